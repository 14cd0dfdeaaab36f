/**
 * The journal's lock (components/reflection-journal/journal-store.ts): with a passphrase every entry is kept sealed, nothing of
 * it readable in IndexedDB; a store opened later (a reload, another tab) shows nothing until the passphrase is given;
 * a wrong one changes nothing; taking the lock off brings every entry back unsealed; deleting everything needs no
 * passphrase.
 */
import { describe, expect, it } from 'vitest';
import { LOCK_ID, openJournalStore } from '../../components/reflection-journal/journal-store';
import { MIGRATIONS, openTaskStore } from '../../components/shared/task-store';
import { emptyAreas, QUESTION, type JournalContent } from '../../content/journal';
import { diskFull, rawOpen, useFreshIndexedDB, watchConnections } from './idb-fixtures';
import { journalEntry, savedTask } from './records';

const keep = useFreshIndexedDB();
const journal = async () => keep(await openJournalStore({ timeoutMs: 500, now: () => new Date(2026, 10, 20, 9) }));
const content = (text: string): JournalContent => ({
  areas: { ...emptyAreas(), drift: { level: 2, strengths: text, develop: '' } },
  answers: { [QUESTION.overall]: text },
});
const PASS = 'min hemmelige sætning';

/** Everything in the database, as the text a person could read with the browser's developer tools. */
async function rawText(): Promise<string> {
  const db = await rawOpen(MIGRATIONS.length);
  const out: unknown[] = [];
  for (const name of db.objectStoreNames) {
    const all = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
    });
    out.push(name, all);
  }
  db.close();
  return JSON.stringify(out);
}

/** Resolves the next time `watch` calls its listener. */
const heard = (watch: (l: () => void) => () => void) =>
  new Promise<void>((resolve) => {
    const stop = watch(() => {
      stop();
      resolve();
    });
  });

describe('the journal lock', () => {
  it('seals every entry: nothing of the notes is readable in IndexedDB, and the journal still lists them', async () => {
    const s = await journal();
    await s.save(content('Samtalen med Mette om sygefraværet'));
    expect(s.lock).toBe('off');
    expect(await rawText()).toContain('Mette');
    expect(await s.setLock(PASS)).toBeUndefined();
    expect(s.lock).toBe('open');
    const raw = await rawText();
    for (const word of ['Mette', 'sygefraværet', 'drift', '2026-11-20', PASS]) expect(raw).not.toContain(word);
    expect((await s.list()).map((e) => e.areas.drift.strengths)).toEqual(['Samtalen med Mette om sygefraværet']);
    // a note written while open is sealed too
    await s.save(content('Ny plan for Hanne'));
    expect(await rawText()).not.toContain('Hanne');
    expect(await s.list()).toHaveLength(2);
  });

  it('opened again (a reload, another tab): shows nothing until the right passphrase, and a wrong one changes nothing', async () => {
    const first = await journal();
    await first.save(content('Fortroligt'));
    await first.setLock(PASS);
    const later = await journal();
    expect(later.lock).toBe('locked');
    expect(await later.list()).toEqual([]);
    expect(await later.unlock('forkert sætning')).toBe(false);
    expect(later.lock).toBe('locked');
    expect(await later.list()).toEqual([]);
    expect(await later.unlock(PASS)).toBe(true);
    expect(later.lock).toBe('open');
    expect((await later.list()).map((e) => e.areas.drift.strengths)).toEqual(['Fortroligt']);
    later.forget();
    expect(later.lock).toBe('locked');
    expect(await later.list()).toEqual([]);
  });

  it('takes the lock off: every entry back, unsealed, and no lock left', async () => {
    const s = await journal();
    await s.save(content('Før låsen'));
    await s.setLock(PASS);
    await s.save(content('Under låsen'));
    expect(await s.removeLock()).toBeUndefined();
    expect(s.lock).toBe('off');
    expect((await s.list()).map((e) => e.areas.drift.strengths).sort()).toEqual(['Før låsen', 'Under låsen']);
    const raw = await rawText();
    expect(raw).toContain('Under låsen');
    expect(raw).not.toContain(LOCK_ID);
    expect((await journal()).lock).toBe('off');
  });

  it('deletes everything, the lock included, without the passphrase (forgotten: start again)', async () => {
    const s = await journal();
    await s.save(content('Glemt'));
    await s.setLock(PASS);
    const later = await journal();
    await later.clear();
    expect(later.lock).toBe('off');
    expect(await rawText()).toBe(JSON.stringify(['journal', [], 'journal-sealed', [], 'rounds', [], 'settings', [], 'tasks', [], 'teams', []]));
  });

  it('imports a backup while open sealed, with its tasks, in one go; while locked, writes nothing', async () => {
    const s = await journal();
    await s.setLock(PASS);
    const entry = journalEntry('2026-11-01', { id: 'j-import', areas: { ...emptyAreas(), mening: { level: 1, strengths: 'Importeret tekst', develop: '' } } });
    expect(await s.restoreWithTasks([savedTask({ id: 't1', title: 'Budget' })], [entry])).toBe(true);
    expect(await rawText()).not.toContain('Importeret tekst');
    expect((await s.list()).map((e) => e.id)).toEqual(['j-import']);
    expect((await keep(await openTaskStore({ timeoutMs: 500 })).list()).map((t) => t.id)).toEqual(['t1']);
    const locked = await journal();
    expect(await locked.restoreWithTasks([savedTask({ id: 'task-nicht-geschrieben' })], [journalEntry('2026-11-02', { id: 'j-2' })])).toBe(false);
    expect(await rawText()).not.toContain('task-nicht-geschrieben');
  });

  it('changes nothing where the lock cannot be written (disk full): the notes stay as they were', async () => {
    const s = await journal();
    await s.save(content('Uændret'));
    diskFull();
    expect(await s.setLock(PASS)).toBe('error');
    expect(s.lock).toBe('off');
    expect((await s.list()).map((e) => e.areas.drift.strengths)).toEqual(['Uændret']);
    expect(await rawText()).toContain('Uændret');
  });

  it('other tabs hear when the lock is turned on, and then show nothing', async () => {
    const here = await journal();
    await here.save(content('Delt'));
    const there = await journal();
    expect(await there.list()).toHaveLength(1);
    const news = heard((l) => there.watch(l));
    await here.setLock(PASS);
    await news;
    expect(there.lock).toBe('locked');
    expect(await there.list()).toEqual([]);
  });

  it('cannot be turned on where the browser keeps nothing', async () => {
    // @ts-expect-error: no IndexedDB at all
    globalThis.indexedDB = undefined;
    const s = await journal();
    await s.save(content('Kun i hukommelsen'));
    expect(await s.setLock(PASS)).toBe('storage');
    expect(s.lock).toBe('off');
    expect(await s.list()).toHaveLength(1);
  });

  it('site data cleared while open: the sealed notes and their lock are written back together, still sealed', async () => {
    const site = watchConnections();
    const s = await journal();
    await s.save(content('Overlever rydningen'));
    await s.setLock(PASS);
    expect(await s.list()).toHaveLength(1);
    await site.clearSiteData();
    await s.save(content('Efter rydningen'));
    expect(await s.list()).toHaveLength(2);
    const raw = await rawText();
    expect(raw).toContain(LOCK_ID);
    expect(raw).not.toContain('rydningen');
    const later = await journal();
    expect(later.lock).toBe('locked');
    expect(await later.unlock(PASS)).toBe(true);
    expect((await later.list()).map((e) => e.areas.drift.strengths).sort()).toEqual(['Efter rydningen', 'Overlever rydningen']);
  });
});
