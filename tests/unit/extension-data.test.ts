/**
 * The options page's data actions: export (the task store's own file format, with the options added), import
 * (validated whole, then all or nothing), delete everything.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diskFull } from './idb-fixtures';
import { openTaskStore, type TaskStore } from '../../components/shared/task-store';
import { openJournalStore, type JournalStore } from '../../components/reflection-journal/journal-store';
import { emptyAreas, exportJournal } from '../../content/journal';
import { exportBackup } from '../../content/backup';
import { applyData, deleteAllData, exportData, parseDataImport, previewData, previewLines, type DataStores } from '../../extension/lib/data';
import { PAGE_CACHE_KEY } from '../../extension/lib/settings';
import { STRINGS } from '../../extension/lib/strings';
import { USER_KEY, saveUserOptions } from '../../extension/lib/settings';
import { testBrowser } from './extension-fake';
import { journalEntry, savedTask } from './records';

let store: TaskStore;
let journal: JournalStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await openTaskStore({ name: 'extension-data-test' });
  journal = await openJournalStore({ name: 'extension-data-test' });
});
afterEach(() => {
  store.close();
  journal.close();
});

const W = { faglighed: 1, innovation: 3, mening: 0, drift: 2 } as const;
const task = (id: string, title = `Opgave ${id}`, updatedAt = '2025-01-03T08:00:00.000Z') =>
  savedTask({ id, title, description: 'Beskrivelse', weights: { ...W }, createdAt: '2025-01-02T08:00:00.000Z', updatedAt });
/** The same task, changed later than `task(id)`. */
const later = (id: string, title: string) => task(id, title, '2025-02-01T08:00:00.000Z');
const file = (tasks: unknown[], extra: object = {}) => JSON.stringify({ format: 'ledelsesgrundlag-tasks', version: 1, tasks, ...extra });

const stores = (): DataStores => ({ tasks: store, journal });
/** Previews and, when the file is valid, imports it. */
async function importData(text: string, lang: 'da' | 'en' = 'en') {
  const preview = await previewData(stores(), text, lang);
  return preview.ok ? { preview, result: await applyData(stores(), preview) } : { preview };
}

describe('export', () => {
  it('writes the one backup file: every task, every note and the person\'s options', async () => {
    testBrowser();
    await store.save({ title: 'Ny vagtplan', description: 'Hjemmeplejen', weights: { ...W } });
    await journal.restore([journalEntry('2025-03-03')]);
    await saveUserOptions({ language: 'en', popupStart: 'task' });
    const { text, tasks, entries } = await exportData(stores(), new Date('2026-12-01T10:00:00Z'));
    expect([tasks, entries]).toEqual([1, 1]);
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'ledelsesgrundlag-backup', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', options: { language: 'en', popupStart: 'task' } });
    expect(data.tasks[0]).toMatchObject({ title: 'Ny vagtplan', description: 'Hjemmeplejen', weights: W });
    expect(data.entries).toHaveLength(1);
  });

  it('leaves out options that were never set', async () => {
    testBrowser();
    const data = JSON.parse((await exportData(stores())).text);
    expect(data).toMatchObject({ format: 'ledelsesgrundlag-backup', tasks: [], entries: [] });
    expect(data.options).toBeUndefined();
  });
});

describe('import', () => {
  it('brings back an export in a fresh browser: tasks, notes and options', async () => {
    testBrowser();
    await store.save({ title: 'Budget', description: '', weights: { ...W } });
    await journal.restore([journalEntry('2025-03-03')]);
    await saveUserOptions({ language: 'en' });
    const { text } = await exportData(stores());
    store.close();
    journal.close();
    globalThis.indexedDB = new IDBFactory();
    store = await openTaskStore({ name: 'extension-data-test' });
    journal = await openJournalStore({ name: 'extension-data-test' });
    const b = testBrowser();
    const { preview, result } = await importData(text);
    expect(preview.ok && preview.plan.tasks.add.length).toBe(1);
    expect(result).toEqual({ ok: true, tasks: 1, entries: 1 });
    expect((await store.list()).map((t) => t.title)).toEqual(['Budget']);
    expect((await journal.list()).map((e) => e.date)).toEqual(['2025-03-03']);
    expect((await b.fake.storage.local.get(USER_KEY))[USER_KEY]).toEqual({ language: 'en' });
  });

  it('reads a file from the task picker (no options) and one from the journal', async () => {
    const { fake } = testBrowser();
    expect((await importData(file([task('a'), task('b')]))).result).toEqual({ ok: true, tasks: 2, entries: 0 });
    expect((await store.list()).map((t) => t.id).sort()).toEqual(['a', 'b']);
    expect(await fake.storage.local.get(USER_KEY)).toEqual({});
    expect((await importData(exportJournal([journalEntry('2025-01-02')]))).result).toEqual({ ok: true, tasks: 0, entries: 1 });
  });

  it('says first what it will add, replace and keep; replaces an older task with a newer one and keeps the others', async () => {
    testBrowser();
    await store.restore([task('a', 'Gammel'), task('keep'), task('same'), later('mine', 'Rettet her')]);
    const { preview } = await importData(file([later('a', 'Ny'), task('new'), task('same'), task('mine', 'Fra filen, ældre')]));
    expect(preview.ok && preview.plan.tasks).toMatchObject({ add: [expect.objectContaining({ id: 'new' })], replace: [expect.objectContaining({ id: 'a' })], skipped: 2, kept: 1 });
    expect(Object.fromEntries((await store.list()).map((t) => [t.id, t.title]))).toEqual({ a: 'Ny', keep: 'Opgave keep', new: 'Opgave new', same: 'Opgave same', mine: 'Rettet her' });
  });

  it('the preview names only what the file holds, in either language; a file with nothing new says so', async () => {
    testBrowser();
    await store.restore([task('a')]);
    const preview = await previewData(stores(), file([later('a', 'Ny'), task('b')]));
    expect(preview.ok && previewLines(preview, STRINGS.da)).toEqual(['Opgaver: 1 ny, 1 erstatter en ældre udgave, 0 springes over (findes allerede, eller den gemte er nyere); 0 andre bevares.']);
    expect(preview.ok && previewLines(preview, STRINGS.en)).toEqual(['Tasks: 1 new, 1 replacing an older version, 0 skipped (already here, or the one here is newer); 0 others kept.']);
    const same = await previewData(stores(), file([task('a')]));
    expect(same.ok && previewLines(same, STRINGS.da)).toEqual([]);
    const withOptions = await previewData(stores(), file([task('a')], { options: { language: 'en' } }));
    expect(withOptions.ok && previewLines(withOptions, STRINGS.da)).toEqual(['Opgaver: 0 nye, 0 erstatter en ældre udgave, 1 springes over (findes allerede, eller den gemte er nyere); 0 andre bevares.', 'Indstillingerne i filen erstatter dine.']);
  });

  it('imports nothing when one task is invalid, and says why in the page\'s language', async () => {
    const { fake } = testBrowser();
    const { preview } = await importData(file([task('a'), { ...task('b'), weights: { faglighed: 7 } }], { options: { language: 'en' } }));
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.errors.join('\n')).toMatch(/task 2: weights\.faglighed/);
    expect(await store.list()).toEqual([]);
    const dansk = await previewData(stores(), file([task('a')], { options: { language: 'fr' } }), 'da');
    expect(dansk).toEqual({ ok: false, errors: ['options.language skal være "auto", "da" eller "en"'] });
    expect(await fake.storage.local.get(USER_KEY)).toEqual({});
  });

  it('a file from a newer version gets a clear message, and changes nothing', async () => {
    testBrowser();
    const newer = JSON.stringify({ format: 'ledelsesgrundlag-backup', version: 2, tasks: [], entries: [] });
    expect(await previewData(stores(), newer, 'da')).toEqual({
      ok: false,
      errors: ['Filen er lavet af en nyere udgave af værktøjet (version 2). Opdatér udvidelsen, eller genindlæs siden, og prøv igen. Intet er ændret.'],
    });
  });

  it('while the journal is locked: exports tasks and says the notes are not in it; refuses to import notes, writing nothing', async () => {
    testBrowser();
    await journal.save({ areas: { ...emptyAreas(), drift: { level: 1, strengths: 'Låst tekst', develop: '' } } });
    await journal.setLock('en lang sætning');
    const locked = await openJournalStore({ name: 'extension-data-test' });
    try {
      const out = await exportData({ tasks: store, journal: locked });
      expect(out.journalLocked).toBe(true);
      expect(out.text).not.toContain('Låst tekst');
      expect(STRINGS.da.exportedLocked(0)).toContain('Min refleksion er låst med en adgangskode, så notaterne er ikke med');
      const withNotes = exportBackup({ tasks: [task('a')], entries: [journalEntry('2025-01-02')] }, new Date());
      expect(await previewData({ tasks: store, journal: locked }, withNotes, 'da')).toEqual({
        ok: false,
        errors: ['Min refleksion er låst med en adgangskode, så filens notater kan ikke importeres her. Åbn Min refleksion, lås den op, og importér filen dér. Intet er ændret.'],
      });
      expect(await store.list()).toEqual([]);
      // tasks alone still come in
      const preview = await previewData({ tasks: store, journal: locked }, file([task('a')]));
      expect(preview.ok && (await applyData({ tasks: store, journal: locked }, preview))).toMatchObject({ ok: true, tasks: 1 });
    } finally {
      locked.close();
    }
  });

  it('imports nothing when the options are invalid', async () => {
    testBrowser();
    for (const options of [{ language: 'fr' }, { popupStart: 1 }, { readMoreUrl: 'https://x' }, 'en', null, []]) {
      const { preview } = await importData(file([task('a')], { options }));
      expect(preview.ok, JSON.stringify(options)).toBe(false);
    }
    expect(await store.list()).toEqual([]);
  });

  it('refuses what is not an export', () => {
    for (const text of ['', 'not json', '{}', '[]', JSON.stringify({ format: 'other', version: 1, tasks: [] }), file([task('a'), task('a')])])
      expect(parseDataImport(text).ok, text).toBe(false);
  });

  it('writes nothing, and says so, where the browser cannot keep data', async () => {
    const { fake } = testBrowser();
    const preview = await previewData(stores(), file([task('a')], { options: { language: 'en' } }));
    // the disk full between the preview and the import
    diskFull();
    expect(preview.ok && (await applyData(stores(), preview))).toEqual({ ok: false, notKept: true });
    vi.restoreAllMocks();
    expect(await fake.storage.local.get(USER_KEY)).toEqual({});
    expect(await store.list()).toEqual([]);
  });
});

describe('delete everything', () => {
  it("deletes every task, every journal note, the options and the page's remembered settings, and leaves the policy alone", async () => {
    const { browser, fake } = testBrowser();
    await journal.save({ answers: {} });
    await store.restore([task('a'), task('b')]);
    await saveUserOptions({ language: 'en' });
    await fake.storage.session.set({ panelRequest: { description: 'x', at: Date.now() } });
    await fake.storage.managed.set({ showOmnibox: false });
    localStorage.setItem(PAGE_CACHE_KEY, '{"lang":"en"}');
    await deleteAllData(browser, stores());
    expect(await store.list()).toEqual([]);
    expect(await journal.list()).toEqual([]);
    expect(await fake.storage.local.get()).toEqual({});
    expect(await fake.storage.session.get()).toEqual({});
    expect(localStorage.getItem(PAGE_CACHE_KEY)).toBeNull();
    expect(await fake.storage.managed.get()).toEqual({ showOmnibox: false });
  });

  it('deletes hundreds of tasks in one write, not one by one (which other tabs would hear of hundreds of times)', async () => {
    const { browser } = testBrowser();
    await store.restore(Array.from({ length: 300 }, (_, i) => task(`t${i}`)));
    const writes = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await deleteAllData(browser, stores());
    expect(await store.list()).toEqual([]);
    const taskWrites = writes.mock.calls.filter(([names, mode]) => mode === 'readwrite' && [names].flat().includes('tasks'));
    expect(taskWrites).toHaveLength(1);
  });
});
