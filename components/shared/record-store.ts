/**
 * One object store of the database (`tasks`, `journal`) as records by id, with the fallback every store of this
 * package shares: where IndexedDB cannot be used (missing, refused, blocked by another tab holding an older
 * version, full), records are kept in memory with the same API; `persistent` is false and `reason` says why, so
 * the elements can say that they will not be kept. Nothing here throws.
 *
 * - A record that cannot be written stays in memory (and wins over the database's copy) until a later write of
 *   it succeeds. A failed read falls back to what memory holds.
 * - `restore` writes in one transaction: all or nothing; on failure every record is kept in memory.
 * - A `quota` problem clears itself once every record kept in memory has been written after all (a later save
 *   of the same record, when there is room again), so `persistent` tells the truth about what a reload would find.
 * - Records read from the database are passed through `validate` (invalid ones are skipped); callers always get
 *   copies, never the store's own objects.
 * - Tabs agree: every write that reaches the database is announced on a BroadcastChannel named after the database
 *   and the store, and `watch` listeners (in other tabs, and other elements of this page) hear of it, so they can
 *   read the list again. They also hear when this store's own state changes: a newer version opened in another
 *   tab (`outdated`: writes stay in memory until the page is reloaded), or the browser closed the database.
 * - Nothing lost when the database goes away while the page is open (site data cleared, storage evicted): every
 *   record this store has read or written is kept in memory, and written again as soon as the database can be
 *   opened once more (on the next read or write). A store read a window at a time (through its summary, below, or
 *   `newest`) also reads every record in the background, a slice at a time while the page is idle, to keep them all.
 * - A summary (`SUMMARIES`, the journal's): one record in `settings` holding a small packed form of every record
 *   (the journal: each entry's day and levels), written in the same transaction as the records by every write
 *   (`writeAll`), so that a history of ten years is charted from one read. It also holds how many records the store
 *   had; where that disagrees, or it is missing, it is built again from the records (in one transaction).
 */
import type { IDBPTransaction, IndexNames, StoreNames, StoreValue } from 'idb';
import { DB_NAME, isQuotaError, openDatabase, quietly, type DatabaseOptions, type Db, type Schema, type StoreProblem } from './database';

/** The stores whose records are summarised, and the id of the summary's record in `settings`. */
export const SUMMARIES: { [S in StoreNames<Schema>]?: string } = { journal: 'journal-summary' };

/** How the records of summarised stores are packed into their summary (the journal store gives its own). */
export type Packers = { [S in StoreNames<Schema>]?: (record: StoreValue<Schema, S>) => unknown };

/** The summary's record: how many records the store held when it was written, and each one's packed form by id. */
interface SummaryRecord {
  id: string;
  count: number;
  items: Record<string, unknown>;
}

/**
 * An object keyed by record ids, with no prototype: an id is data, so `__proto__`, `constructor` or `toString` is a
 * key like any other (on a plain object, `items['__proto__'] = …` would set its prototype instead).
 */
const byId = (from: Record<string, unknown> = {}): Record<string, unknown> => Object.assign(Object.create(null) as Record<string, unknown>, from);

const isSummary = (x: unknown): x is SummaryRecord => {
  const r = x as Partial<SummaryRecord> | undefined;
  return typeof r?.count === 'number' && typeof r.items === 'object' && r.items !== null && !Array.isArray(r.items);
};

export interface RecordStore<T, P = never> {
  /** True while every record is kept in IndexedDB. */
  readonly persistent: boolean;
  /** Why records are (also) kept in memory only. */
  readonly reason?: StoreProblem;
  /**
   * Writes the record (made one with the one kept, in a store that merges), or keeps it in memory where it cannot be
   * written. Returns a copy of what was written.
   */
  put(record: T): Promise<T>;
  get(id: string): Promise<T | undefined>;
  /** Every record, in `order`. */
  list(): Promise<T[]>;
  /** The records whose `index` key is at least `lower`, in `order` (a store without an index: every record). */
  since(lower: string): Promise<T[]>;
  /**
   * The first `n` records in `order`, read from the end of the index (so `order` must sort by the index's key,
   * greatest first), and how many records there are in all: a window of a long list, as cheap as a short one. Starts
   * the background copy (below), as the rest are not read. A store without an index, or `n` not finite: every record.
   */
  newest(n: number): Promise<Newest<T>>;
  /** Every record's summary (`unpack` of its packed form in SUMMARIES), by id; empty for a store without one. */
  summary(): Promise<Map<string, P>>;
  /**
   * The background copy that `summary` and `newest` start (they read only some records): every record read into
   * memory, a slice at a time while the page is idle, so that none is lost if the database goes away. Resolves true
   * once all are read; false where no copy was started (or it stopped), or without a database.
   */
  copied(): Promise<boolean>;
  /** The record with this id is kept in memory only (it could not be written), for now. */
  inMemory(id: string): boolean;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  /** Writes the valid ones of `records` in one transaction: all or nothing. */
  restore(records: readonly T[]): Promise<void>;
  /**
   * Calls `listener` when the records may have changed elsewhere (another tab, another element) or this store's
   * `persistent` / `reason` changed. Returns the unsubscribe function.
   */
  watch(listener: () => void): () => void;
  close(): void;
}

/**
 * A write over a version (#27: a stale write cannot get past it): written, or refused because the record kept was
 * changed since that version (another tab saved it), with the record as it is now.
 */
export type Checked<T> = { ok: true; record: T } | { ok: false; current: T };

/** Whether a write based on the version `basedOn` (a record's `updatedAt`) may go over `kept`. */
/** Every record of a store opened for the moment and closed again: for a backup of everything. */
export async function listOnce<T>(open: () => Promise<{ list(): Promise<T[]>; close(): void }>): Promise<T[]> {
  const store = await open();
  try {
    return await store.list();
  } finally {
    store.close();
  }
}

export const isCurrent = (kept: { updatedAt: string } | undefined, basedOn: string | undefined): boolean =>
  !kept || basedOn === undefined || kept.updatedAt === basedOn;

/** A window of a long list: its first records, and how many there are in all. */
export interface Newest<T> {
  records: T[];
  /** How many records the store holds (where the window does not reach the end, invalid ones among them). */
  count: number;
}

export interface RecordStoreOptions<S extends StoreNames<Schema>, P = never> extends DatabaseOptions {
  store: S;
  /** The index `list` and `since` read by (none: the store's own order, by id). */
  index?: IndexNames<Schema, S>;
  /** A valid record as a clean, new object, or undefined. */
  validate: (x: unknown) => StoreValue<Schema, S> | undefined;
  order: (a: StoreValue<Schema, S>, b: StoreValue<Schema, S>) => number;
  /** A summarised store (SUMMARIES): a record's packed form, kept in the summary with every write … */
  pack?: (record: StoreValue<Schema, S>) => unknown;
  /** … and its summary from its id and that packed form, or undefined where that is not one. */
  unpack?: (id: string, packed: unknown) => P | undefined;
  /**
   * Records that two tabs may change at once (a round's answers): `put` writes the record kept and the one given made
   * one, read and written in one transaction, so that what another tab wrote meanwhile is never lost. Not for a
   * summarised store.
   */
  merge?: (kept: StoreValue<Schema, S>, given: StoreValue<Schema, S>) => StoreValue<Schema, S>;
}

/** The BroadcastChannel on which writes to `store` of database `name` are announced. */
const channelName = (name: string | undefined, store: string) => `${name ?? DB_NAME}:${store}`;

/** Tells the stores of `store` open in this page and in other tabs that its records changed (written directly). */
export function announceChange(name: string | undefined, store: StoreNames<Schema>): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(channelName(name, store));
  channel.postMessage('changed');
  channel.close();
}

/** Writes to several stores at once: stores emptied first, then records removed by id, then records put. */
export interface Writes {
  clear?: StoreNames<Schema>[];
  remove?: { [S in StoreNames<Schema>]?: string[] };
  put?: { [S in StoreNames<Schema>]?: readonly StoreValue<Schema, S>[] };
}

/**
 * Carries out `writes` in one transaction: all or nothing (a failed request aborts it, and what was already
 * written is undone). Never rejects: says whether it was written, or the error. A summarised store's summary is
 * kept up to date in the same transaction by its packer; written without one, the summary is deleted (built again
 * when read).
 */
export async function writeAll(db: Db, writes: Writes, packers: Packers = {}): Promise<{ ok: true } | { ok: false; error: unknown }> {
  const { clear = [], remove = {}, put = {} } = writes;
  const names = [...new Set([...clear, ...Object.keys(remove), ...Object.keys(put)])] as StoreNames<Schema>[];
  let tx: IDBPTransaction<Schema, StoreNames<Schema>[], 'readwrite'> | undefined;
  try {
    tx = db.transaction(names.some((n) => SUMMARIES[n]) ? [...new Set([...names, 'settings' as const])] : names, 'readwrite');
    const quiet = (request: Promise<unknown>) => void request.catch(() => {});
    for (const name of clear) quiet(tx.objectStore(name).clear());
    for (const name of Object.keys(remove) as StoreNames<Schema>[]) for (const id of remove[name] ?? []) quiet(tx.objectStore(name).delete(id));
    for (const name of Object.keys(put) as StoreNames<Schema>[]) for (const r of put[name] ?? []) quiet(tx.objectStore(name).put(r as never));
    for (const name of names) if (SUMMARIES[name]) await keepSummary(tx, name, writes, packers[name] as ((r: unknown) => unknown) | undefined);
    await tx.done;
    return { ok: true };
  } catch (error) {
    tx?.done.catch(() => {});
    try {
      tx?.abort();
    } catch {
      /* already finished */
    }
    return { ok: false, error };
  }
}

/**
 * Brings the summary of `name` up to date with `writes`, in their transaction (a store emptied by them, or without
 * one, starts a new one). Where the count of records then disagrees with the summary's (it was missing and the store
 * held more), or the store is empty, it is deleted, to be built when next read.
 */
async function keepSummary(
  tx: IDBPTransaction<Schema, StoreNames<Schema>[], 'readwrite'>,
  name: StoreNames<Schema>,
  writes: Writes,
  pack: ((r: unknown) => unknown) | undefined,
): Promise<void> {
  const id = SUMMARIES[name]!;
  const settings = tx.objectStore('settings');
  if (!pack) return void (await settings.delete(id));
  const kept = await settings.get(id);
  // without a summary to go on, one is started all the same: it is whole if the store holds only what is put now
  const items = byId(!writes.clear?.includes(name) && isSummary(kept) ? kept.items : {});
  for (const removed of writes.remove?.[name] ?? []) delete items[removed];
  for (const r of writes.put?.[name] ?? []) items[r.id] = pack(r);
  const count = await tx.objectStore(name).count();
  // an empty store keeps no summary (nothing is left behind by "delete all")
  if (count && count === Object.keys(items).length) await settings.put({ id, count, items } as SummaryRecord);
  else await settings.delete(id);
}

/** Runs `work` when the page is idle (soon, where the browser cannot say). */
const whenIdle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 20));

/** How many records the background copy reads at a time. */
const SLICE = 100;

/** A deep copy, so callers never hold the store's own objects (records are plain JSON). */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Opens the database and the store; falls back to memory (never rejects). */
export async function openRecordStore<S extends StoreNames<Schema>, P = never>(
  options: RecordStoreOptions<S, P>,
): Promise<RecordStore<StoreValue<Schema, S>, P>> {
  type T = StoreValue<Schema, S>;
  const { store, index, validate, order, pack, unpack, merge, ...opening } = options;
  const summaryId = SUMMARIES[store];
  const packers = { [store]: pack } as Packers;
  const conn = await openDatabase(opening);
  let failure: StoreProblem | undefined;
  /** Records that could not be written (they win over the database's copy). */
  const mem = new Map<string, T>();
  /** Every record this store has read or written: what is put back if the database goes away. */
  const known = new Map<string, T>();
  const fail = (e: unknown) => void (failure = isQuotaError(e) ? 'quota' : 'error');
  const written = () => {
    if (failure === 'quota' && !mem.size) failure = undefined;
  };
  const reason = () => conn.problem ?? failure;

  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(opening.name, store)) : undefined;
  channel?.addEventListener('message', notify);
  /** Tells the other tabs (and the other stores of this page) that the database changed. */
  const announce = () => channel?.postMessage('changed');
  const unwatch = conn.watch(() => {
    if (!conn.db) known.forEach((r, id) => mem.has(id) || mem.set(id, r));
    notify();
  });

  let closed = false;
  const database = () => conn.db;

  /** Every record (a `range` of the index: some), validated, with what memory holds; all kept in `known`. */
  async function read(range?: IDBKeyRange): Promise<T[]> {
    await ensureOpen();
    const all = new Map<string, T>();
    const db = conn.db;
    try {
      const tx = db && quietly(db.transaction(store));
      for (const x of !tx ? [] : index ? await tx.store.index(index).getAll(range) : await tx.store.getAll()) {
        const r = validate(x);
        if (r) all.set(r.id, r);
      }
    } catch (e) {
      fail(e);
    }
    mem.forEach((r) => all.set(r.id, copy(r)));
    all.forEach((r, id) => known.set(id, copy(r)));
    return [...all.values()].sort(order);
  }

  /** The first `n` records in `order`, from the end of the index, with what memory holds; and how many in all. */
  async function readNewest(n: number): Promise<Newest<T>> {
    if (!index || !Number.isFinite(n)) {
      const records = await read();
      return { records, count: records.length };
    }
    await ensureOpen();
    const found = new Map<string, T>();
    let count = 0;
    const db = conn.db;
    try {
      if (db) {
        const tx = quietly(db.transaction(store));
        count = await tx.store.count();
        // all the records of the last key (a string): `order` may put those that share it the other way round
        let cursor = await tx.store.index(index).openCursor(null, 'prev');
        let last: unknown;
        for (; cursor && (found.size < n || cursor.key === last); cursor = await cursor.continue()) {
          const r = validate(cursor.value);
          if (r) found.set(r.id, r);
          if (found.size <= n) last = cursor.key;
        }
        // read to the end: what is left of the count were records no longer valid
        if (!cursor) count = found.size;
        // what memory holds and the database does not (a record that could not be written) adds to the count
        for (const id of mem.keys()) if ((await tx.store.getKey(id)) === undefined) count++;
        await tx.done;
      } else count = mem.size;
    } catch (e) {
      fail(e);
      count = Math.max(found.size, mem.size);
    }
    mem.forEach((r) => found.set(r.id, copy(r)));
    found.forEach((r, id) => known.set(id, copy(r)));
    if (db) void copyInBackground();
    return { records: [...found.values()].sort(order).slice(0, n), count: Math.max(count, found.size) };
  }

  /**
   * The summary's items as kept, or built again from every record where it is missing or out of date (`stale`: one of
   * its items could not be read).
   */
  async function summaryItems(db: Db, stale = false): Promise<Record<string, unknown>> {
    const id = summaryId!;
    const reading = quietly(db.transaction([store, 'settings']));
    const [kept, count] = await Promise.all([reading.objectStore('settings').get(id), reading.objectStore(store).count()]);
    if (!count) return {};
    if (!stale && isSummary(kept) && kept.count === count) return byId(kept.items);
    const tx = quietly(db.transaction([store, 'settings'], 'readwrite'));
    const all = await tx.objectStore(store).getAll();
    const items = byId();
    for (const x of all) {
      const r = validate(x);
      if (r) items[r.id] = pack!(r);
    }
    await tx.objectStore('settings').put({ id, count: all.length, items } as SummaryRecord);
    await tx.done;
    return items;
  }

  /** The background copy under way or finished (undefined: not started, or stopped by an error). */
  let copying: Promise<boolean> | undefined;
  /** Counts deletes, so a slice read while one happened is read again (it must not bring a deleted record back). */
  let forgets = 0;
  /** Reads every record into `known`, a slice at a time while the page is idle (once per store). */
  function copyInBackground(): Promise<boolean> {
    const idle = () => new Promise<void>((resolve) => whenIdle(resolve));
    const copyAll = async (): Promise<boolean> => {
      let after: string | undefined;
      for (;;) {
        await idle();
        const db = conn.db;
        if (closed || !db) return false;
        const seen = forgets;
        const batch = await quietly(db.transaction(store)).store.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), SLICE);
        if (seen !== forgets) continue;
        for (const x of batch) {
          const r = validate(x);
          if (r && !known.has(r.id)) known.set(r.id, r);
        }
        if (batch.length < SLICE) return true;
        after = batch[batch.length - 1].id;
      }
    };
    copying ??= copyAll()
      .catch(() => false)
      .then((done) => {
        if (!done) copying = undefined; // tried again on the next summary
        return done;
      });
    return copying;
  }
  /** Reads the record kept under `record`'s id and writes the two made one, in one transaction. Never rejects. */
  async function mergeInto(db: Db, record: T): Promise<{ ok: true; record: T } | { ok: false; error: unknown }> {
    try {
      const tx = quietly(db.transaction(store, 'readwrite'));
      const kept = validate(await tx.store.get(record.id as never));
      const merged = kept ? merge!(kept, record) : record;
      await tx.store.put(merged as never);
      await tx.done;
      return { ok: true, record: merged };
    } catch (error) {
      return { ok: false, error };
    }
  }

  /** Where the browser closed the database, opens it again and writes back what memory holds, in one go. */
  async function ensureOpen(): Promise<void> {
    if (conn.db || !(await conn.reopen())) return;
    const db = database();
    if (!db || !mem.size) return;
    const outcome = await writeAll(db, { put: { [store]: [...mem.values()] } }, packers);
    if (!outcome.ok) return fail(outcome.error);
    mem.clear();
    failure = undefined;
    announce();
  }

  return {
    get persistent() {
      return !!conn.db && !reason();
    },
    get reason() {
      return reason();
    },
    async put(given) {
      await ensureOpen();
      const db = conn.db;
      let record = given;
      if (merge) {
        const held = mem.get(given.id) ?? known.get(given.id);
        if (held) record = merge(held, record);
      }
      if (db && merge) {
        const outcome = await mergeInto(db, record);
        if (outcome.ok) {
          known.set(outcome.record.id, copy(outcome.record));
          mem.delete(record.id);
          written();
          announce();
          return copy(outcome.record);
        }
        fail(outcome.error);
        mem.set(record.id, record);
        known.set(record.id, copy(record));
        return copy(record);
      }
      known.set(record.id, copy(record));
      if (db) {
        const outcome = await writeAll(db, { put: { [store]: [record] } }, packers);
        if (outcome.ok) {
          mem.delete(record.id);
          written();
          announce();
          return copy(record);
        }
        fail(outcome.error);
      }
      mem.set(record.id, record);
      return copy(record);
    },
    async get(id) {
      await ensureOpen();
      const m = mem.get(id);
      const db = conn.db;
      if (m || !db) return m && copy(m);
      try {
        const r = validate(await quietly(db.transaction(store)).store.get(String(id) as never));
        if (r) known.set(r.id, copy(r));
        return r;
      } catch (e) {
        fail(e);
      }
    },
    list() {
      return read();
    },
    since(lower) {
      return read(IDBKeyRange.lowerBound(lower));
    },
    newest(n) {
      return readNewest(n);
    },
    async summary() {
      await ensureOpen();
      const out = new Map<string, P>();
      if (!summaryId || !pack || !unpack) return out;
      const db = conn.db;
      const unpackAll = (items: Record<string, unknown>) => {
        out.clear();
        for (const [id, packed] of Object.entries(items)) {
          const p = unpack(id, packed);
          if (!p) return false;
          out.set(id, p);
        }
        return true;
      };
      try {
        if (db && !unpackAll(await summaryItems(db))) unpackAll(await summaryItems(db, true));
      } catch (e) {
        fail(e);
      }
      mem.forEach((r) => {
        const p = unpack(r.id, pack(r));
        if (p) out.set(r.id, p);
      });
      if (db) void copyInBackground();
      return out;
    },
    inMemory(id) {
      return mem.has(id);
    },
    async copied() {
      return !!conn.db && !!copying && (await copying);
    },
    async delete(id) {
      await ensureOpen();
      mem.delete(id);
      known.delete(id);
      forgets++;
      const db = conn.db;
      if (!db) return;
      const outcome = await writeAll(db, { remove: { [store]: [String(id)] } }, packers);
      if (outcome.ok) announce();
      else fail(outcome.error);
    },
    async clear() {
      await ensureOpen();
      mem.clear();
      known.clear();
      forgets++;
      const db = conn.db;
      if (!db) return;
      const outcome = await writeAll(db, { clear: [store] }, packers);
      if (!outcome.ok) return fail(outcome.error);
      written();
      announce();
    },
    async restore(records) {
      const valid = (Array.isArray(records) ? records : []).map(validate).filter((r): r is T => !!r);
      await ensureOpen();
      valid.forEach((r) => known.set(r.id, copy(r)));
      const db = conn.db;
      if (db) {
        const outcome = await writeAll(db, { put: { [store]: valid } }, packers);
        if (outcome.ok) {
          valid.forEach((r) => mem.delete(r.id));
          written();
          announce();
          return;
        }
        fail(outcome.error);
      }
      valid.forEach((r) => mem.set(r.id, r));
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      unwatch();
      channel?.close();
      conn.close();
    },
  };
}
