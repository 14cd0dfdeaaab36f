import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, MIGRATIONS, type Schema } from '../../components/shared/database';
import { openJournalStore } from '../../components/reflection-journal/journal-store';
import { writeAll } from '../../components/shared/record-store';
import { openTaskStore } from '../../components/shared/task-store';
import { emptyAreas, QUESTION, type JournalContent } from '../../content/journal';
import { diskFull, oldTabHolding, putRaw, rawOpen, useFreshIndexedDB, watchConnections } from './idb-fixtures';
import { journalEntry } from './records';

/** A clock that starts on a local date and moves one day per call. */
function days(y = 2025, m = 3, d = 3) {
  let n = 0;
  return () => new Date(y, m - 1, d + n++, 9, 30);
}

const content = (text: string, level: 0 | 1 | 2 | 3 | null = 1): JournalContent => ({
  areas: { ...emptyAreas(), mening: { level, strengths: text, develop: '' } },
  answers: { [QUESTION.overall]: text },
});

const keep = useFreshIndexedDB();
const journal = async (options: Parameters<typeof openJournalStore>[0] = {}) => keep(await openJournalStore({ timeoutMs: 200, now: days(), ...options }));
const taskStore = async () => keep(await openTaskStore({ timeoutMs: 200 }));

describe('journal store on IndexedDB', () => {
  it('is persistent, in the same database as the tasks, at version 7', async () => {
    const s = await journal();
    expect(s.persistent).toBe(true);
    expect(s.reason).toBeUndefined();
    expect(MIGRATIONS).toHaveLength(7);
    const db = await rawOpen(MIGRATIONS.length);
    expect([...db.objectStoreNames]).toEqual(['journal', 'journal-sealed', 'rounds', 'settings', 'tasks', 'teams']);
    const store = db.transaction('journal').objectStore('journal');
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toEqual(['by-date']);
    expect(store.index('by-date').keyPath).toBe('date');
    db.close();
  });

  it('creates entries dated by the clock, updates them keeping id, date and createdAt, and deletes them', async () => {
    const s = await journal();
    const a = await s.save(content('første'));
    expect(a.date).toBe('2025-03-03');
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    const b = await s.save(content('anden'));
    expect(b.date).toBe('2025-03-04');
    const a2 = await s.save({ id: a.id, ...content('første, rettet', 2) });
    expect(a2).toMatchObject({ id: a.id, date: '2025-03-03', createdAt: a.createdAt });
    expect(a2.updatedAt > a.updatedAt).toBe(true);
    expect(a2.areas.mening).toEqual({ level: 2, strengths: 'første, rettet', develop: '' });
    expect(await s.list()).toEqual([a2, b]);
    await s.delete(b.id);
    expect(await s.list()).toEqual([a2]);
    expect(await s.get(b.id)).toBeUndefined();
  });

  it('lists oldest first by date, whatever order they were written in', async () => {
    const s = await journal();
    await s.save({ ...content('c'), date: '2025-06-01' });
    await s.save({ ...content('a'), date: '2025-01-01' });
    await s.save({ ...content('b'), date: '2025-03-01' });
    expect((await s.list()).map((e) => e.areas.mening.strengths)).toEqual(['a', 'b', 'c']);
  });

  it('keeps entries across connections and hands out copies', async () => {
    const s = await journal();
    const a = await s.save(content('x'));
    a.areas.mening.strengths = 'changed by the caller';
    s.close();
    const t = await journal();
    expect((await t.list())[0].areas.mening.strengths).toBe('x');
  });

  it('restores an import with its timestamps, and clears everything', async () => {
    const s = await journal();
    const e = journalEntry('2024-12-24', { id: 'imp', updatedAt: '2024-12-25T10:00:00.000Z', ...content('importeret') });
    await s.restore([e]);
    expect(await s.list()).toEqual([e]);
    await s.save(content('y'));
    await s.clear();
    expect(await s.list()).toEqual([]);
    expect(s.persistent).toBe(true);
  });

  it('shares the database with the task store (the picker keeps working)', async () => {
    const tasks = await taskStore();
    const s = await journal();
    await tasks.save({ title: 'Budget', description: '', weights: { faglighed: 1, innovation: 0, mening: 0, drift: 3 } });
    await s.save(content('x'));
    expect(await tasks.list()).toHaveLength(1);
    expect(await s.list()).toHaveLength(1);
    expect(tasks.persistent && s.persistent).toBe(true);
  });
});

describe('migration v2 → v3', () => {
  /** The database exactly as version 2 of the app left it: the tasks store with its index, and tasks in it. */
  async function writtenByVersion2() {
    const db = await rawOpen(2, (d) => {
      const tasks = d.createObjectStore('tasks', { keyPath: 'id' });
      tasks.createIndex('by-updated', 'updatedAt');
      const w = { faglighed: 2, innovation: 0, mening: 1, drift: 3 };
      tasks.put({ id: 't1', title: 'Sygefravær', description: 'Med TRIO’en', weights: w, createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-05-02T10:00:00.000Z' });
      tasks.put({ id: 't2', title: 'Budget', description: '', weights: w, createdAt: '2024-04-01T10:00:00.000Z', updatedAt: '2024-04-01T10:00:00.000Z' });
    });
    expect([...db.objectStoreNames]).toEqual(['tasks']);
    db.close();
  }

  it('keeps every task and adds the journal store (opened by the journal first)', async () => {
    await writtenByVersion2();
    const s = await journal();
    expect(s.persistent).toBe(true);
    expect(await s.list()).toEqual([]);
    await s.save(content('efter opgraderingen'));
    const tasks = await taskStore();
    expect((await tasks.list()).map((t) => [t.id, t.title, t.updatedAt])).toEqual([
      ['t1', 'Sygefravær', '2024-05-02T10:00:00.000Z'],
      ['t2', 'Budget', '2024-04-01T10:00:00.000Z'],
    ]);
    const db = await rawOpen(MIGRATIONS.length);
    expect([...db.objectStoreNames]).toEqual(['journal', 'journal-sealed', 'rounds', 'settings', 'tasks', 'teams']);
    expect([...db.transaction('tasks').objectStore('tasks').indexNames]).toEqual(['by-updated']);
    db.close();
  });

  it('keeps every task and adds the journal store (opened by the task store first)', async () => {
    await writtenByVersion2();
    const tasks = await taskStore();
    expect((await tasks.list()).map((t) => t.id)).toEqual(['t1', 't2']);
    const s = await journal();
    await s.save(content('x'));
    expect(await s.list()).toHaveLength(1);
  });

  it('v1 → v3 in one go', async () => {
    (await rawOpen(1, (d) => d.createObjectStore('tasks', { keyPath: 'id' }).put({ id: 'old', title: 'Gammel', description: '', weights: { faglighed: 0, innovation: 0, mening: 0, drift: 0 }, createdAt: '2024-01-01T00:00:00.000Z' }))).close();
    const s = await journal();
    expect(s.persistent).toBe(true);
    const tasks = await taskStore();
    expect((await tasks.get('old'))?.updatedAt).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('falling back to memory', () => {
  it('when another tab holds version 2 open: says "blocked" within the timeout, keeps entries in memory', async () => {
    const other = await oldTabHolding(2, (d) => d.createObjectStore('tasks', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt'));
    const started = Date.now();
    const s = await journal({ timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(s.persistent).toBe(false);
    expect(s.reason).toBe('blocked');
    const a = await s.save(content('i hukommelsen'));
    expect(await s.list()).toEqual([a]);
    other.close();
  });

  it('when a newer tab upgrades: lets it, and goes on in memory with the entries it had', async () => {
    const s = await journal();
    const a = await s.save(content('a'));
    const newer = await rawOpen(MIGRATIONS.length + 1);
    newer.close();
    expect(s.reason).toBe('outdated');
    const b = await s.save(content('b'));
    expect((await s.list()).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('when indexedDB is missing', async () => {
    globalThis.indexedDB = undefined as never;
    const s = await journal();
    expect(s.reason).toBe('unavailable');
    const a = await s.save(content('a'));
    expect(await s.get(a.id)).toEqual(a);
    await s.clear();
    expect(await s.list()).toEqual([]);
  });

  it('when a save hits the quota: keeps the entry in memory, says "quota", and is persistent again once it is written', async () => {
    const s = await journal();
    const a = await s.save(content('a'));
    diskFull();
    const b = await s.save(content('b — lang tekst'));
    expect(s.persistent).toBe(false);
    expect(s.reason).toBe('quota');
    expect((await s.list()).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());

    vi.restoreAllMocks();
    // the element saves the same entry again (its id is kept in the draft)
    const b2 = await s.save({ id: b.id, ...content('b — lang tekst') });
    expect(b2.createdAt).toBe(b.createdAt);
    expect(s.reason).toBeUndefined();
    expect(s.persistent).toBe(true);
    s.close();
    const t = await journal();
    expect((await t.list()).map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('when an import hits the quota halfway: writes none of it', async () => {
    const s = await journal();
    diskFull(1);
    const at = '2024-01-01T00:00:00.000Z';
    await s.restore([
      { id: 'x', date: '2024-01-01', createdAt: at, updatedAt: at, ...content('x') },
      { id: 'y', date: '2024-01-02', createdAt: at, updatedAt: at, ...content('y') },
    ]);
    expect(s.reason).toBe('quota');
    expect((await s.list()).map((e) => e.id)).toEqual(['x', 'y']);
    vi.restoreAllMocks();
    s.close();
    expect(await (await journal()).list()).toEqual([]);
  });

  it('skips records that are not entries instead of failing', async () => {
    const s = await journal();
    await s.save(content('ok'));
    s.close();
    await putRaw('journal', { id: 'junk', date: 'i går' });
    const t = await journal();
    expect((await t.list()).map((e) => e.areas.mening.strengths)).toEqual(['ok']);
    expect(await t.get('junk')).toBeUndefined();
  });
});

describe('a long history read a window at a time', () => {
  /** `n` entries a week apart from 2016, each with its own levels. */
  const history = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      journalEntry(new Date(Date.UTC(2016, 0, 4 + 7 * i)).toISOString().slice(0, 10), {
        id: `h${i}`,
        areas: { ...emptyAreas(), faglighed: { level: (i % 4) as 0 | 1 | 2 | 3, strengths: `Note ${i}`, develop: '' }, drift: { level: null, strengths: '', develop: '' } },
      }),
    );
  const levels = (e: { id: string; areas: Record<string, { level: unknown }> }) => [e.id, e.areas.faglighed.level, e.areas.drift.level];
  /** The summary as the database holds it. */
  async function rawSummary(): Promise<unknown> {
    const db = await rawOpen(MIGRATIONS.length);
    const value = await new Promise((resolve) => {
      const req = db.transaction('settings').objectStore('settings').get('journal-summary');
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return value;
  }

  it('gives every entry’s day and levels, oldest first, and only the newest entries in full', async () => {
    const all = history(30);
    const s = await journal();
    await s.restore([...all].reverse());
    const { points, newest } = await s.overview(20);
    expect(points.map(levels)).toEqual(all.map(levels));
    expect(points.map((p) => p.date)).toEqual(all.map((e) => e.date));
    // the newest 20 and the one before them, in full
    expect(newest.map((e) => e.id)).toEqual(all.slice(-21).map((e) => e.id));
    expect(newest[0].areas.faglighed.strengths).toBe('Note 9');
    expect((await s.overview(Infinity)).newest).toHaveLength(30);
    expect((await s.overview(100)).newest).toHaveLength(30);
  });

  it('cuts the window where several entries share a day by when they were written', async () => {
    const s = await journal();
    const day = '2026-03-02';
    await s.restore(['c', 'a', 'b'].map((id, i) => journalEntry(day, { id, createdAt: `${day}T0${[3, 1, 2][i]}:00:00.000Z` })));
    await s.restore([journalEntry('2026-03-01', { id: 'early' })]);
    expect((await s.overview(1)).newest.map((e) => e.id)).toEqual(['b', 'c']);
    expect((await s.overview(3)).newest.map((e) => e.id)).toEqual(['early', 'a', 'b', 'c']);
  });

  it('keeps the summary with every write: a new entry, changed levels, a deletion, an import, delete all', async () => {
    const s = await journal();
    await s.restore(history(3));
    const a = await s.save(content('Ny', 2));
    expect((await rawSummary()) as object).toMatchObject({ count: 4, items: { [a.id]: [a.date, a.createdAt, null, null, 2, null] } });
    await s.save({ ...content('Ændret', 3), id: a.id });
    expect((await s.overview(20)).points.find((p) => p.id === a.id)?.areas.mening.level).toBe(3);
    await s.delete('h0');
    expect((await s.overview(20)).points.map((p) => p.id)).toEqual(['h1', 'h2', a.id]);
    expect((await rawSummary()) as object).toMatchObject({ count: 3 });
    await s.clear();
    expect(await rawSummary()).toBeUndefined();
    expect(await s.overview(20)).toEqual({ points: [], newest: [] });
  });

  it('builds the summary again where it is missing, out of date or not a summary', async () => {
    const s = await journal();
    await s.restore(history(3));
    // written past the store (as no version of this package does): the count disagrees, so it is built again
    await putRaw('journal', journalEntry('2020-01-01', { id: 'raw' }));
    expect((await s.overview(20)).points.map((p) => p.id)).toContain('raw');
    expect((await rawSummary()) as object).toMatchObject({ count: 4 });
    await putRaw('settings', { id: 'journal-summary', count: 4, items: { h0: 'nonsense' } });
    expect((await s.overview(20)).points).toHaveLength(4); // an item that cannot be read: built again
    await putRaw('settings', { id: 'journal-summary', count: 'four' });
    expect((await s.overview(20)).points).toHaveLength(4); // not a summary: built again
    // written by code that cannot pack an entry: the summary is deleted in the same transaction, and built again
    const db = await openDB<Schema>(DB_NAME, MIGRATIONS.length);
    const changed = journalEntry('2020-01-01', { id: 'raw', areas: { ...emptyAreas(), drift: { level: 3, strengths: '', develop: '' } } });
    expect(await writeAll(db, { put: { journal: [changed] } })).toEqual({ ok: true });
    db.close();
    expect(await rawSummary()).toBeUndefined();
    expect((await s.overview(20)).points.find((p) => p.id === 'raw')?.areas.drift.level).toBe(3);
    // a record that is not an entry is counted but never summarised
    await putRaw('journal', { id: 'broken', date: 'yesterday' });
    expect((await s.overview(20)).points).toHaveLength(4);
    expect((await s.overview(20)).points).toHaveLength(4);
  });

  it('migration v5 → v6: the entries of a version-5 journal are all in the history', async () => {
    // the database as version 5 of this package left it: its five steps, entries in the journal, no summary
    const db = await openDB<Schema>(DB_NAME, 5, {
      async upgrade(d, from, _to, tx) {
        for (let v = from; v < 5; v++) await MIGRATIONS[v](d, tx);
      },
    });
    for (const e of history(25)) await db.put('journal', e);
    db.close();
    const s = await journal();
    const { points, newest } = await s.overview(20);
    expect(points).toHaveLength(25);
    expect(newest).toHaveLength(21);
  });

  it('nothing lost when site data is cleared: every entry was read in the background and is written back', async () => {
    const site = watchConnections();
    const first = await journal();
    await first.restore(history(250));
    first.close();
    const s = await journal();
    expect((await s.overview(20)).newest).toHaveLength(21);
    expect(await s.copied()).toBe(true); // the background copy, 100 at a time when idle
    await site.clearSiteData();
    await s.save(content('Efter'));
    const fresh = await journal();
    expect(await fresh.list()).toHaveLength(251);
  });
});
