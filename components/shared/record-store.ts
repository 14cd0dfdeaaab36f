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
 *   opened once more (on the next read or write).
 */
import type { IDBPTransaction, IndexNames, StoreNames, StoreValue } from 'idb';
import { DB_NAME, isQuotaError, openDatabase, type DatabaseOptions, type Db, type Schema, type StoreProblem } from './database';

export interface RecordStore<T> {
  /** True while every record is kept in IndexedDB. */
  readonly persistent: boolean;
  /** Why records are (also) kept in memory only. */
  readonly reason?: StoreProblem;
  /** Writes the record as it is, or keeps it in memory where it cannot be written. Returns a copy. */
  put(record: T): Promise<T>;
  get(id: string): Promise<T | undefined>;
  /** Every record, in `order`. */
  list(): Promise<T[]>;
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

export interface RecordStoreOptions<S extends StoreNames<Schema>> extends DatabaseOptions {
  store: S;
  /** The index `list` reads by (none: the store's own order, by id). */
  index?: IndexNames<Schema, S>;
  /** A valid record as a clean, new object, or undefined. */
  validate: (x: unknown) => StoreValue<Schema, S> | undefined;
  order: (a: StoreValue<Schema, S>, b: StoreValue<Schema, S>) => number;
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
 * written is undone). Never rejects: says whether it was written, or the error.
 */
export async function writeAll(db: Db, writes: Writes): Promise<{ ok: true } | { ok: false; error: unknown }> {
  const { clear = [], remove = {}, put = {} } = writes;
  const names = [...new Set([...clear, ...Object.keys(remove), ...Object.keys(put)])] as StoreNames<Schema>[];
  let tx: IDBPTransaction<Schema, StoreNames<Schema>[], 'readwrite'> | undefined;
  try {
    tx = db.transaction(names, 'readwrite');
    const quiet = (request: Promise<unknown>) => void request.catch(() => {});
    for (const name of clear) quiet(tx.objectStore(name).clear());
    for (const name of Object.keys(remove) as StoreNames<Schema>[]) for (const id of remove[name] ?? []) quiet(tx.objectStore(name).delete(id));
    for (const name of Object.keys(put) as StoreNames<Schema>[]) for (const r of put[name] ?? []) quiet(tx.objectStore(name).put(r as never));
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

/** A deep copy, so callers never hold the store's own objects (records are plain JSON). */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Opens the database and the store; falls back to memory (never rejects). */
export async function openRecordStore<S extends StoreNames<Schema>>(
  options: RecordStoreOptions<S>,
): Promise<RecordStore<StoreValue<Schema, S>>> {
  type T = StoreValue<Schema, S>;
  const { store, index, validate, order, ...opening } = options;
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

  const database = () => conn.db;
  /** Where the browser closed the database, opens it again and writes back what memory holds, in one go. */
  async function ensureOpen(): Promise<void> {
    if (conn.db || !(await conn.reopen())) return;
    const db = database();
    if (!db || !mem.size) return;
    const outcome = await writeAll(db, { put: { [store]: [...mem.values()] } });
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
    async put(record) {
      await ensureOpen();
      known.set(record.id, copy(record));
      const db = conn.db;
      try {
        if (db) {
          await db.put(store, record);
          mem.delete(record.id);
          written();
          announce();
          return copy(record);
        }
      } catch (e) {
        fail(e);
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
        const r = validate(await db.get(store, String(id)));
        if (r) known.set(r.id, copy(r));
        return r;
      } catch (e) {
        fail(e);
      }
    },
    async list() {
      await ensureOpen();
      const all = new Map<string, T>();
      const db = conn.db;
      try {
        for (const x of !db ? [] : index ? await db.getAllFromIndex(store, index) : await db.getAll(store)) {
          const r = validate(x);
          if (r) all.set(r.id, r);
        }
      } catch (e) {
        fail(e);
      }
      mem.forEach((r) => all.set(r.id, copy(r)));
      all.forEach((r, id) => known.set(id, copy(r)));
      return [...all.values()].sort(order);
    },
    async delete(id) {
      await ensureOpen();
      mem.delete(id);
      known.delete(id);
      try {
        await conn.db?.delete(store, String(id));
        if (conn.db) announce();
      } catch (e) {
        fail(e);
      }
    },
    async clear() {
      await ensureOpen();
      mem.clear();
      known.clear();
      try {
        await conn.db?.clear(store);
        written();
        if (conn.db) announce();
      } catch (e) {
        fail(e);
      }
    },
    async restore(records) {
      const valid = (Array.isArray(records) ? records : []).map(validate).filter((r): r is T => !!r);
      await ensureOpen();
      valid.forEach((r) => known.set(r.id, copy(r)));
      const db = conn.db;
      if (db) {
        const outcome = await writeAll(db, { put: { [store]: valid } });
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
      listeners.clear();
      unwatch();
      channel?.close();
      conn.close();
    },
  };
}
