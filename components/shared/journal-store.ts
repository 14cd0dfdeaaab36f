/**
 * The leader's reflection journal, kept in the browser (IndexedDB, the store `journal` of the one database
 * `ledelsesgrundlag`, added by migration 3) until they export it. Nothing is ever sent anywhere.
 *
 * The same fallback as the task store: where IndexedDB cannot be used (missing, refused, blocked by another tab
 * holding an older version, full), entries are kept in memory with the same API; `persistent` is false and
 * `reason` says why, so the element can say that they will not be kept. Nothing here throws.
 *
 * One difference: a `quota` problem clears itself once every entry kept in memory has been written after all
 * (a later save of the same entry, when there is room again), so `persistent` tells the truth about what a
 * reload would find.
 */
import type { IDBPTransaction } from 'idb';
import {
  byDate,
  createEntry,
  toEntry,
  updateEntry,
  type JournalEntry,
  type JournalInput,
} from '../../content/journal';
import { isQuotaError, newId, openDatabase, type Schema, type StoreProblem } from './database';

export type { StoreProblem } from './database';

export interface JournalStore {
  /** True while every entry is kept in IndexedDB. */
  readonly persistent: boolean;
  /** Why entries are (also) kept in memory only. */
  readonly reason?: StoreProblem;
  /**
   * Creates an entry (no id, or an id not yet stored) dated today by the clock, or updates the stored entry with
   * that id (its date and createdAt stay unless a valid `date` is given). Returns what was kept.
   */
  save(input: JournalInput): Promise<JournalEntry>;
  /** Writes entries as they are (an import), timestamps included, in one transaction: all or nothing. */
  restore(entries: readonly JournalEntry[]): Promise<void>;
  /** All entries, oldest first (by date, then by when they were written). */
  list(): Promise<JournalEntry[]>;
  get(id: string): Promise<JournalEntry | undefined>;
  delete(id: string): Promise<void>;
  /** Deletes every entry. */
  clear(): Promise<void>;
  close(): void;
}

export interface JournalStoreOptions {
  /** Database name (tests). Default `ledelsesgrundlag`. */
  name?: string;
  /** How long opening may take, e.g. while another tab blocks an upgrade. Default 3000 ms. */
  timeoutMs?: number;
  /** The clock: an entry's date and timestamps come from it. */
  now?: () => Date;
}

/** A deep copy, so callers never hold the store's own objects (entries are plain JSON). */
const copy = (e: JournalEntry): JournalEntry => JSON.parse(JSON.stringify(e)) as JournalEntry;

/** Opens the journal; falls back to memory (never rejects). */
export async function openJournalStore(options: JournalStoreOptions = {}): Promise<JournalStore> {
  const { name, timeoutMs, now = () => new Date() } = options;
  const conn = await openDatabase({ name, timeoutMs });
  let failure: StoreProblem | undefined;
  const mem = new Map<string, JournalEntry>();
  const fail = (e: unknown) => void (failure = isQuotaError(e) ? 'quota' : 'error');
  const written = () => {
    if (failure === 'quota' && !mem.size) failure = undefined;
  };
  const reasonOf = () => conn.problem ?? failure;

  const get = async (id: string): Promise<JournalEntry | undefined> => {
    const m = mem.get(id);
    const db = conn.db;
    if (m || !db) return m && copy(m);
    try {
      return toEntry(await db.get('journal', String(id)));
    } catch (e) {
      fail(e);
    }
  };

  return {
    get persistent() {
      return !!conn.db && !reasonOf();
    },
    get reason() {
      return reasonOf();
    },
    get,
    async save(input) {
      const at = now();
      const id = typeof input?.id === 'string' && input.id ? input.id : newId('j');
      const old = await get(id);
      const entry = old ? updateEntry(old, input ?? {}, at) : createEntry(input ?? {}, id, at);
      const db = conn.db;
      try {
        if (db) {
          await db.put('journal', entry);
          mem.delete(id);
          written();
          return copy(entry);
        }
      } catch (e) {
        fail(e);
      }
      mem.set(id, entry);
      return copy(entry);
    },
    async restore(entries) {
      const valid = (Array.isArray(entries) ? entries : []).map(toEntry).filter((e): e is JournalEntry => !!e);
      let tx: IDBPTransaction<Schema, ['journal'], 'readwrite'> | undefined;
      const db = conn.db;
      try {
        if (db) {
          tx = db.transaction('journal', 'readwrite');
          // a failed put aborts the transaction, and tx.done rejects with its error
          for (const e of valid) tx.store.put(e).catch(() => {});
          await tx.done;
          valid.forEach((e) => mem.delete(e.id));
          written();
          return;
        }
      } catch (e) {
        fail(e);
        // all or nothing: what the transaction already wrote is undone
        tx?.done.catch(() => {});
        try {
          tx?.abort();
        } catch {
          /* already finished */
        }
      }
      valid.forEach((e) => mem.set(e.id, e));
    },
    async list() {
      const all = new Map<string, JournalEntry>();
      const db = conn.db;
      try {
        for (const x of db ? await db.getAllFromIndex('journal', 'by-date') : []) {
          const e = toEntry(x);
          if (e) all.set(e.id, e);
        }
      } catch (e) {
        fail(e);
      }
      mem.forEach((e) => all.set(e.id, copy(e)));
      return [...all.values()].sort(byDate);
    },
    async delete(id) {
      mem.delete(id);
      try {
        await conn.db?.delete('journal', String(id));
      } catch (e) {
        fail(e);
      }
    },
    async clear() {
      mem.clear();
      try {
        await conn.db?.clear('journal');
        written();
      } catch (e) {
        fail(e);
      }
    },
    close() {
      conn.close();
    },
  };
}
