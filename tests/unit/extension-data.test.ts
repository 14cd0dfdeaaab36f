/**
 * The options page's data actions: export (the task store's own file format, with the options added), import
 * (validated whole, then all or nothing), delete everything.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTaskStore, type TaskStore } from '../../components/shared/task-store';
import { openJournalStore } from '../../components/shared/journal-store';
import { parseTaskFile as parseTaskImport } from '../../content/task-file';
import { PAGE_CACHE_KEY, deleteAllData, exportData, importData, parseDataImport } from '../../extension/lib/data';
import { USER_KEY, saveUserOptions } from '../../extension/lib/settings';
import { testBrowser } from './extension-fake';
import { savedTask } from './records';

let store: TaskStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await openTaskStore({ name: 'extension-data-test' });
});
afterEach(() => store.close());

const W = { faglighed: 1, innovation: 3, mening: 0, drift: 2 } as const;
const task = (id: string, title = `Opgave ${id}`) =>
  savedTask({ id, title, description: 'Beskrivelse', weights: { ...W }, createdAt: '2025-01-02T08:00:00.000Z', updatedAt: '2025-01-03T08:00:00.000Z' });
const file = (tasks: unknown[], extra: object = {}) => JSON.stringify({ format: 'ledelsesgrundlag-tasks', version: 1, tasks, ...extra });

describe('export', () => {
  it("writes the task store's format with every task and the person's options", async () => {
    const { browser } = testBrowser();
    await store.save({ title: 'Ny vagtplan', description: 'Hjemmeplejen', weights: { ...W } });
    await saveUserOptions({ language: 'en', popupStart: 'task' });
    const { text, count } = await exportData(browser, store);
    expect(count).toBe(1);
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'ledelsesgrundlag-tasks', version: 1, options: { language: 'en', popupStart: 'task' } });
    expect(data.tasks[0]).toMatchObject({ title: 'Ny vagtplan', description: 'Hjemmeplejen', weights: W });
    // The task picker reads the same file.
    expect(parseTaskImport(text)).toMatchObject({ ok: true, tasks: [expect.objectContaining({ title: 'Ny vagtplan' })] });
  });

  it('leaves out options that were never set', async () => {
    const { browser } = testBrowser();
    expect(JSON.parse((await exportData(browser, store)).text)).toEqual({ format: 'ledelsesgrundlag-tasks', version: 1, tasks: [] });
  });
});

describe('import', () => {
  it('brings back an export: tasks and options', async () => {
    const a = testBrowser();
    await store.save({ title: 'Budget', description: '', weights: { ...W } });
    await saveUserOptions({ language: 'en' });
    const { text } = await exportData(a.browser, store);
    store.close();
    globalThis.indexedDB = new IDBFactory();
    store = await openTaskStore({ name: 'extension-data-test' });
    const b = testBrowser();
    expect(await importData(b.browser, store, text)).toEqual({ ok: true, count: 1 });
    expect((await store.list()).map((t) => t.title)).toEqual(['Budget']);
    expect((await b.fake.storage.local.get(USER_KEY))[USER_KEY]).toEqual({ language: 'en' });
  });

  it('reads a file from the task picker (no options)', async () => {
    const { browser, fake } = testBrowser();
    expect(await importData(browser, store, file([task('a'), task('b')]))).toEqual({ ok: true, count: 2 });
    expect((await store.list()).map((t) => t.id).sort()).toEqual(['a', 'b']);
    expect(await fake.storage.local.get(USER_KEY)).toEqual({});
  });

  it('replaces tasks with the same id and keeps the others', async () => {
    const { browser } = testBrowser();
    await store.restore([task('a', 'Gammel'), task('keep')]);
    await importData(browser, store, file([task('a', 'Ny')]));
    expect(Object.fromEntries((await store.list()).map((t) => [t.id, t.title]))).toEqual({ a: 'Ny', keep: 'Opgave keep' });
  });

  it('imports nothing when one task is invalid', async () => {
    const { browser, fake } = testBrowser();
    const result = await importData(browser, store, file([task('a'), { ...task('b'), weights: { faglighed: 7 } }], { options: { language: 'en' } }));
    expect(result.ok).toBe(false);
    expect('errors' in result && result.errors.join('\n')).toMatch(/task 2: weights\.faglighed/);
    expect(await store.list()).toEqual([]);
    // The options page asks in its own language.
    const dansk = await importData(browser, store, file([task('a')], { options: { language: 'fr' } }), 'da');
    expect(dansk).toEqual({ ok: false, errors: ['options.language skal være "auto", "da" eller "en"'] });
    expect(await fake.storage.local.get(USER_KEY)).toEqual({});
  });

  it('imports nothing when the options are invalid', async () => {
    const { browser } = testBrowser();
    for (const options of [{ language: 'fr' }, { popupStart: 1 }, { readMoreUrl: 'https://x' }, 'en', null, []]) {
      const result = await importData(browser, store, file([task('a')], { options }));
      expect(result.ok, JSON.stringify(options)).toBe(false);
    }
    expect(await store.list()).toEqual([]);
  });

  it('refuses what is not an export', () => {
    for (const text of ['', 'not json', '{}', '[]', JSON.stringify({ format: 'other', version: 1, tasks: [] }), file([task('a'), task('a')])])
      expect(parseDataImport(text).ok, text).toBe(false);
  });

  it('writes nothing, and says so, where the browser keeps tasks in memory only', async () => {
    const { browser, fake } = testBrowser();
    const memory = { ...store, persistent: false } as TaskStore;
    expect(await importData(browser, memory, file([task('a')], { options: { language: 'en' } }))).toEqual({ ok: false, notKept: true });
    expect(await fake.storage.local.get(USER_KEY)).toEqual({});
  });
});

describe('delete everything', () => {
  it("deletes every task, every journal note, the options and the page's remembered settings, and leaves the policy alone", async () => {
    const { browser, fake } = testBrowser();
    const journal = await openJournalStore({ name: 'extension-data-test' });
    await journal.save({ answers: {} });
    await store.restore([task('a'), task('b')]);
    await saveUserOptions({ language: 'en' });
    await fake.storage.session.set({ panelRequest: { description: 'x', at: Date.now() } });
    await fake.storage.managed.set({ showOmnibox: false });
    localStorage.setItem(PAGE_CACHE_KEY, '{"lang":"en"}');
    await deleteAllData(browser, store, journal);
    expect(await store.list()).toEqual([]);
    expect(await journal.list()).toEqual([]);
    journal.close();
    expect(await fake.storage.local.get()).toEqual({});
    expect(await fake.storage.session.get()).toEqual({});
    expect(localStorage.getItem(PAGE_CACHE_KEY)).toBeNull();
    expect(await fake.storage.managed.get()).toEqual({ showOmnibox: false });
  });
});
