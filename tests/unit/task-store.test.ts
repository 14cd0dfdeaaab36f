import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openRecordStore } from '../../components/shared/record-store';
import { MIGRATIONS, openTaskStore, type TaskStore } from '../../components/shared/task-store';
import { FILE_ISSUES, taskIssueText } from '../../components/shared/file-issues';
import type { Language } from '../../content/model';
import { exportTasks, parseTaskFile, toTask, type SavedTask } from '../../content/task-file';
import type { Weights } from '../../content/task-weights';
import { diskFull, oldTabHolding, putRaw, rawOpen, useFreshIndexedDB } from './idb-fixtures';
import { savedTask } from './records';

/** The tasks file read, with its issues in words as the picker shows them. */
function parseTaskImport(text: unknown, lang: Language = 'en') {
  const r = parseTaskFile(text);
  return r.ok ? { ok: true as const, tasks: r.tasks } : { ok: false as const, errors: r.issues.map((i) => taskIssueText(FILE_ISSUES[lang], i)) };
}

const W: Weights = { faglighed: 1, innovation: 3, mening: 0, drift: 2 };

/** A clock that advances one second per call. */
function clock(start = Date.UTC(2025, 0, 1, 8)) {
  let t = start;
  return () => new Date((t += 1000));
}

const keep = useFreshIndexedDB();
const open = async (options: Parameters<typeof openTaskStore>[0] = {}) => keep(await openTaskStore({ timeoutMs: 200, now: clock(), ...options }));

describe('task store on IndexedDB', () => {
  it('is persistent and at the latest version', async () => {
    const s = await open();
    expect(s.persistent).toBe(true);
    expect(s.reason).toBeUndefined();
    const db = await rawOpen(MIGRATIONS.length);
    expect(db.version).toBe(7);
    expect([...db.objectStoreNames]).toEqual(['journal', 'journal-sealed', 'rounds', 'settings', 'tasks', 'teams']);
    db.close();
  });

  it('creates, reads, updates and deletes', async () => {
    const s = await open();
    const a = await s.save({ title: 'Budget 2026', description: 'Find 3 mio. kr.', weights: W });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.createdAt).toBe(a.updatedAt);
    expect(await s.get(a.id)).toEqual(a);

    const b = await s.save({ ...a, title: 'Budget 2026 (rev.)', weights: { ...W, drift: 3 } });
    expect(b.id).toBe(a.id);
    expect(b.createdAt).toBe(a.createdAt);
    expect(b.updatedAt > a.updatedAt).toBe(true);
    expect(await s.get(a.id)).toEqual(b);
    expect(await s.list()).toEqual([b]);

    await s.delete(a.id);
    expect(await s.get(a.id)).toBeUndefined();
    expect(await s.list()).toEqual([]);
    expect(s.persistent).toBe(true);
  });

  it('keeps tasks across connections', async () => {
    const s = await open();
    const a = await s.save({ title: 'A', description: '', weights: W });
    s.close();
    const t = await open();
    expect(await t.list()).toEqual([a]);
  });

  it('lists the most recently updated first', async () => {
    const s = await open();
    const a = await s.save({ title: 'A', description: '', weights: W });
    const b = await s.save({ title: 'B', description: '', weights: W });
    const c = await s.save({ title: 'C', description: '', weights: W });
    expect((await s.list()).map((t) => t.title)).toEqual(['C', 'B', 'A']);
    await s.save({ ...a, title: 'A2' });
    expect((await s.list()).map((t) => t.title)).toEqual(['A2', 'C', 'B']);
    expect([b.id, c.id]).not.toContain(a.id);
  });

  it('cleans up what it is given and never hands out its own objects', async () => {
    const s = await open();
    const bad = { title: 42, description: null, weights: { faglighed: 7, drift: 2, x: 1 } };
    const t = await s.save(bad as never);
    expect(t).toMatchObject({ title: '', description: '', weights: { faglighed: 0, innovation: 0, mening: 0, drift: 2 } });
    t.weights.drift = 0;
    expect((await s.get(t.id))!.weights.drift).toBe(2);
    expect(await s.get(undefined as never)).toBeUndefined();
  });

  it('skips records that are not tasks instead of failing', async () => {
    const s = await open();
    await s.save({ title: 'ok', description: '', weights: W });
    s.close();
    await putRaw('tasks', { id: 'junk', updatedAt: 'yesterday' });
    const t = await open();
    expect((await t.list()).map((x) => x.title)).toEqual(['ok']);
    expect(await t.get('junk')).toBeUndefined();
  });

  it('restores exported tasks with their timestamps', async () => {
    const s = await open();
    const tasks: SavedTask[] = [
      { id: 'x', title: 'X', description: '', weights: W, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-01T00:00:00.000Z' },
      { id: 'y', title: 'Y', description: '', weights: W, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-03-01T00:00:00.000Z' },
    ];
    await s.restore(tasks);
    expect(await s.list()).toEqual([tasks[1], tasks[0]]);
    expect(s.persistent).toBe(true);
  });
});

describe('the newest tasks: a window of a long list', () => {
  const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 8, minute)).toISOString();
  /** `n` tasks t000…, one a minute, or `sameMinute` of them (from `from`) saved at one moment. */
  const tasks = (n: number, same?: { from: number; count: number }) =>
    Array.from({ length: n }, (_, i) => {
      const minute = same && i >= same.from && i < same.from + same.count ? same.from : i;
      return savedTask({ id: `t${String(i).padStart(3, '0')}`, title: `T${i}`, createdAt: at(minute), updatedAt: at(minute) });
    });

  it('is the start of the list and how many there are, however long the list', async () => {
    const s = await open();
    await s.restore(tasks(150));
    const all = await s.list();
    expect(await s.newest(20)).toEqual({ records: all.slice(0, 20), count: 150 });
    expect(await s.newest(200)).toEqual({ records: all, count: 150 });
    expect(await s.newest(Infinity)).toEqual({ records: all, count: 150 });
  });

  it('orders tasks saved at the same moment as the list does, where the window ends among them', async () => {
    const s = await open();
    // t010…t019 share a moment: the window of 15 ends among them (the index reads them backwards)
    await s.restore(tasks(30, { from: 10, count: 10 }));
    const all = await s.list();
    for (const n of [1, 12, 15, 20, 21]) expect((await s.newest(n)).records.map((t) => t.id)).toEqual(all.slice(0, n).map((t) => t.id));
  });

  it('reads the window, not the whole list', async () => {
    const s = await open();
    await s.restore(tasks(150));
    s.close();
    let validated = 0;
    const store = keep(await openRecordStore({ store: 'tasks', index: 'by-updated', validate: (x) => (validated++, toTask(x)), order: (a, b) => (a.updatedAt < b.updatedAt ? 1 : -1) }));
    expect((await store.newest(20)).records).toHaveLength(20);
    expect(validated).toBe(20);
  });

  it('counts only the valid tasks once the window reaches the end', async () => {
    const s = await open();
    await s.restore(tasks(5));
    s.close();
    await putRaw('tasks', { id: 'junk', updatedAt: at(59) });
    const t = await open();
    expect((await t.newest(3)).count).toBe(6); // the junk record is not known to be one until it is read
    expect(await t.newest(20)).toEqual({ records: await t.list(), count: 5 });
  });

  it('includes, and counts, tasks kept in memory only (a full disk), and works without IndexedDB', async () => {
    const s = await open({ now: clock(Date.UTC(2025, 1, 1)) });
    await s.restore(tasks(25));
    diskFull();
    const kept = await s.save({ title: 'Too much', description: '', weights: W });
    const window = await s.newest(20);
    expect(window.count).toBe(26);
    expect(window.records[0]).toEqual(kept);
    expect(window.records).toEqual((await s.list()).slice(0, 20));
    vi.restoreAllMocks();

    globalThis.indexedDB = undefined as never;
    const mem = await open();
    await mem.restore(tasks(25));
    expect(await mem.newest(20)).toEqual({ records: (await mem.list()).slice(0, 20), count: 25 });
  });
});

describe('migrations', () => {
  it('v1 → v2 fills updatedAt from createdAt and adds the by-updated index', async () => {
    // a database as version 1 of the app left it: one store, a record without updatedAt
    const v1 = await rawOpen(1, (db) => {
      const store = db.createObjectStore('tasks', { keyPath: 'id' });
      store.put({ id: 'old', title: 'Gammel opgave', description: 'fra v1', weights: W, createdAt: '2024-05-01T10:00:00.000Z' });
      store.put({ id: 'older', title: 'Endnu ældre', description: '', weights: W, createdAt: '2024-04-01T10:00:00.000Z' });
    });
    v1.close();

    const s = await open();
    expect(s.persistent).toBe(true);
    expect(await s.get('old')).toEqual({
      id: 'old',
      title: 'Gammel opgave',
      description: 'fra v1',
      weights: W,
      createdAt: '2024-05-01T10:00:00.000Z',
      updatedAt: '2024-05-01T10:00:00.000Z',
    });
    expect((await s.list()).map((t) => t.id)).toEqual(['old', 'older']);
    s.close();

    const db = await rawOpen(MIGRATIONS.length);
    const tx = db.transaction('tasks');
    expect([...tx.objectStore('tasks').indexNames]).toEqual(['by-updated']);
    expect(tx.objectStore('tasks').index('by-updated').keyPath).toBe('updatedAt');
    db.close();
  });

  it('has one step per version (3: the reflection journal, 4: its lock, 5: the rounds, 6: the journal\'s summary, 7: the teams; see journal-store.test.ts)', () => {
    expect(MIGRATIONS).toHaveLength(7);
  });
});

describe('falling back to memory', () => {
  async function worksInMemory(s: TaskStore) {
    expect(s.persistent).toBe(false);
    const a = await s.save({ title: 'A', description: '', weights: W });
    const b = await s.save({ title: 'B', description: '', weights: W });
    expect((await s.list()).map((t) => t.id)).toEqual([b.id, a.id]);
    expect(await s.get(a.id)).toEqual(a);
    await s.delete(a.id);
    expect(await s.list()).toEqual([b]);
  }

  it('when indexedDB is missing', async () => {
    globalThis.indexedDB = undefined as never;
    const s = await open();
    expect(s.reason).toBe('unavailable');
    await worksInMemory(s);
  });

  it('when open() throws (e.g. a browser that refuses storage)', async () => {
    globalThis.indexedDB = { open: () => { throw new DOMException('no', 'SecurityError'); } } as never;
    const s = await open();
    expect(s.reason).toBe('error');
    await worksInMemory(s);
  });

  it('when open() fails (a newer version of the app has upgraded the database)', async () => {
    (await rawOpen(MIGRATIONS.length + 1)).close();
    const s = await open();
    expect(s.reason).toBe('error');
    await worksInMemory(s);
  });

  it('when a migration fails, without leaving a half-upgraded database', async () => {
    const v1 = await rawOpen(1, (db) => {
      const store = db.createObjectStore('tasks', { keyPath: 'id' });
      store.createIndex('by-updated', 'updatedAt'); // step 2 will fail to create it again
      store.put({ id: 'keep', createdAt: '2024-01-01T00:00:00.000Z' });
    });
    v1.close();
    const s = await open();
    expect(s.reason).toBe('error');
    await worksInMemory(s);
    const db = await rawOpen(1);
    expect(db.version).toBe(1);
    db.close();
  });

  it('when another tab holds an older version open: gives up within the timeout', async () => {
    const other = await oldTabHolding(1, (db) => void db.createObjectStore('tasks', { keyPath: 'id' }));
    const started = Date.now();
    const s = await open({ timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(s.reason).toBe('blocked');
    await worksInMemory(s);
    other.close();
    // the open that finally gets through is closed, so it blocks nobody
    await new Promise((r) => setTimeout(r, 50));
    const db = await rawOpen(MIGRATIONS.length);
    expect(db.version).toBe(MIGRATIONS.length);
    db.close();
  });

  it('when a newer tab wants to upgrade: lets it, says this tab is outdated, and goes on in memory with what it had', async () => {
    const s = await open();
    const a = await s.save({ title: 'A', description: '', weights: W });
    let told = 0;
    s.watch(() => told++);
    const newer = await rawOpen(MIGRATIONS.length + 1);
    expect(newer.version).toBe(MIGRATIONS.length + 1);
    newer.close();
    expect(told).toBe(1);
    expect(s.persistent).toBe(false);
    expect(s.reason).toBe('outdated');
    expect(await s.list()).toEqual([a]);
    const b = await s.save({ ...a, title: 'A2' });
    expect(await s.get(a.id)).toEqual(b);
  });

  it('when a write hits the quota: keeps the task in memory, says so, and is persistent again once it is written', async () => {
    const s = await open();
    const a = await s.save({ title: 'A', description: '', weights: W });
    diskFull();
    const b = await s.save({ title: 'B', description: 'too much', weights: W });
    expect(s.persistent).toBe(false);
    expect(s.reason).toBe('quota');
    expect(await s.get(b.id)).toEqual(b);
    expect((await s.list()).map((t) => t.title)).toEqual(['B', 'A']);
    const a2 = await s.save({ ...a, title: 'A2' });
    expect((await s.list()).map((t) => t.title)).toEqual(['A2', 'B']);

    // once there is room again, a later save of the same task reaches the database
    vi.restoreAllMocks();
    await s.save({ ...b, title: 'B2' });
    expect(s.reason).toBe('quota'); // A2 is still in memory only
    await s.save({ ...a2, title: 'A3' });
    expect(s.reason).toBeUndefined(); // every task is written: persistent again
    expect(s.persistent).toBe(true);
    s.close();
    const t = await open();
    expect((await t.list()).map((x) => x.title)).toEqual(['A3', 'B2']);
    expect(a2.id).toBe(a.id);
  });

  it('when a restore hits the quota halfway: writes none of it, keeps every task in memory', async () => {
    const s = await open();
    diskFull(1);
    const at = '2024-01-01T00:00:00.000Z';
    await s.restore([
      { id: 'x', title: 'X', description: '', weights: W, createdAt: at, updatedAt: at },
      { id: 'y', title: 'Y', description: '', weights: W, createdAt: at, updatedAt: at },
    ]);
    expect(s.reason).toBe('quota');
    expect((await s.list()).map((t) => t.id)).toEqual(['x', 'y']);
    vi.restoreAllMocks();
    s.close();
    expect(await (await open()).list()).toEqual([]);
  });

  it('makes ids without crypto.randomUUID (plain-http intranet pages)', async () => {
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      throw new TypeError('not a secure context');
    });
    const s = await open();
    const a = await s.save({ title: 'A', description: '', weights: W });
    const b = await s.save({ title: 'B', description: '', weights: W });
    expect(a.id).toMatch(/^t-/);
    expect(a.id).not.toBe(b.id);
  });
});

describe('export and import', () => {
  const task = savedTask({
    title: 'Sygefravær i køkkenet',
    description: 'Sammen med TRIO’en',
    weights: { faglighed: 0, innovation: 1, mening: 3, drift: 2 },
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-03T03:04:05.000Z',
  });
  const file = (x: unknown) => JSON.stringify(x);
  const wrap = (tasks: unknown) => file({ format: 'ledelsesgrundlag-tasks', version: 1, tasks });

  it('round-trips', () => {
    const text = exportTasks([task]);
    expect(JSON.parse(text)).toEqual({ format: 'ledelsesgrundlag-tasks', version: 1, tasks: [task] });
    expect(parseTaskImport(text)).toEqual({ ok: true, tasks: [task] });
    expect(parseTaskImport(exportTasks([]))).toEqual({ ok: true, tasks: [] });
  });

  it('round-trips through the store', async () => {
    const s = await open();
    await s.save({ title: 'A', description: 'a', weights: W });
    await s.save({ title: 'B', description: 'b', weights: W });
    const before = await s.list();
    const parsed = parseTaskImport(exportTasks(before));
    globalThis.indexedDB = new IDBFactory();
    const t = await open();
    if (!parsed.ok) throw new Error(parsed.errors.join());
    await t.restore(parsed.tasks);
    expect(await t.list()).toEqual(before);
  });

  it('accepts a byte-order mark and other ISO date forms (normalised to UTC)', () => {
    const r = parseTaskImport('\uFEFF' + wrap([{ ...task, createdAt: '2025-01-02T05:04:05+02:00' }]));
    expect(r).toEqual({ ok: true, tasks: [task] });
  });

  const malformed: [string, string, string[]][] = [
    ['an empty file', '  \n', ['the file is empty']],
    ['a file that is not JSON', '{"format": "ledelsesgrundlag-tasks", ', ['the file is not valid JSON']],
    ['a JSON list', '[1, 2]', ['not a tasks file from the leadership framework']],
    ['another kind of JSON file', file({ id: 'gentofte', lang: 'da' }), ['not a tasks file from the leadership framework']],
    ['a foreign format marker', file({ format: 'something-else', version: 1, tasks: [] }), ['not a tasks file from the leadership framework']],
    ['a newer version', file({ format: 'ledelsesgrundlag-tasks', version: 2, tasks: [] }), ['unsupported version 2 (this reads version 1)']],
    ['no version', file({ format: 'ledelsesgrundlag-tasks', tasks: [] }), ['the file does not say which version it is (this reads version 1)']],
    ['tasks that are not a list', file({ format: 'ledelsesgrundlag-tasks', version: 1, tasks: {} }), ['“tasks” must be a list']],
    ['a task that is not an object', wrap([task, 'hello']), ['task 2: not an object']],
    ['a task without id', wrap([{ ...task, id: '' }]), ['task 1: id must be a non-empty string']],
    ['a task with a numeric title', wrap([{ ...task, title: 7 }]), ['task 1: title must be a string']],
    ['a task without description', wrap([{ ...task, description: undefined }]), ['task 1: description must be a string']],
    ['a weight out of range', wrap([{ ...task, weights: { ...task.weights, drift: 4 } }]), ['task 1: weights.drift must be 0, 1, 2 or 3']],
    ['a weight as a string', wrap([{ ...task, weights: { ...task.weights, mening: '3' } }]), ['task 1: weights.mening must be 0, 1, 2 or 3']],
    ['a missing area', wrap([{ ...task, weights: { faglighed: 1, innovation: 1, mening: 1 } }]), ['task 1: weights.drift must be 0, 1, 2 or 3']],
    ['an unknown area', wrap([{ ...task, weights: { ...task.weights, ledelse: 1 } }]), ['task 1: weights has an unknown area "ledelse"']],
    ['no weights', wrap([{ ...task, weights: [1, 2, 3, 0] }]), ['task 1: weights must be an object']],
    ['a bad date', wrap([{ ...task, updatedAt: 'i går' }]), ['task 1: updatedAt must be an ISO date']],
    ['an impossible date', wrap([{ ...task, createdAt: '2025-13-45T00:00:00Z' }]), ['task 1: createdAt must be an ISO date']],
    ['a repeated id', wrap([task, { ...task }]), ['task 2: the id "a1" is used twice']],
  ];
  it.each(malformed)('rejects %s, returning no tasks', (_, text, errors) => {
    const r = parseTaskImport(text);
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('tasks');
    if (r.ok) return;
    if (errors[0].endsWith('…')) expect(r.errors[0].startsWith(errors[0].slice(0, -1))).toBe(true);
    else expect(r.errors).toEqual(errors);
  });

  it('reports every problem of a file, capped', () => {
    const r = parseTaskImport(wrap([{ ...task, title: 1, weights: null }, 3]));
    expect(r).toEqual({
      ok: false,
      errors: ['task 1: title must be a string', 'task 1: weights must be an object', 'task 2: not an object'],
    });
    const many = parseTaskImport(wrap(Array.from({ length: 30 }, () => 0)));
    expect(many.ok === false && many.errors.length).toBe(21);
    expect(many.ok === false && many.errors[20]).toBe('… and 10 more');
  });

  it('says what is wrong in Danish when asked, with the same problems', () => {
    const r = parseTaskImport(wrap([{ ...task, title: 1, weights: null }, 3]), 'da');
    expect(r).toEqual({
      ok: false,
      errors: ['opgave 1: title skal være en tekst', 'opgave 1: weights skal være et objekt', 'opgave 2: ikke et objekt'],
    });
    expect(parseTaskImport('{ nope', 'da')).toEqual({ ok: false, errors: ['filen er ikke gyldig JSON'] });
    expect(parseTaskImport('{"format":"x"}', 'da')).toEqual({ ok: false, errors: ['ikke en fil med opgaver fra ledelsesgrundlaget'] });
  });

  it('never throws', () => {
    for (const x of [undefined, null, 42, {}, 'null', '"x"', '1e999', 'x'.repeat(5_000_001)] as never[]) {
      expect(() => parseTaskImport(x)).not.toThrow();
      expect(parseTaskImport(x).ok).toBe(false);
    }
    for (const x of [undefined, null, 'x', [null, 1, { id: 'x' }]] as never[]) {
      expect(JSON.parse(exportTasks(x)).tasks).toEqual([]);
    }
  });
});
