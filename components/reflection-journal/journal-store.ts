/**
 * The leader's reflection journal, kept in the browser (IndexedDB, the store `journal` of the one database
 * `ledelsesgrundlag`, added by migration 3) until they export it. Nothing is ever sent anywhere.
 *
 * The same fallback as the task store (./record-store): where IndexedDB cannot be used (missing, refused, blocked
 * by another tab holding an older version, full), entries are kept in memory with the same API; `persistent` is
 * false and `reason` says why, so the element can say that they will not be kept. Nothing here throws.
 *
 * A long history is not read whole to be shown (`overview`): the charts come from the summary the record store
 * keeps with the entries (each entry's day and levels, in `settings` as `journal-summary`), the list from the
 * newest entries by the date index. Export, import and the lock read every entry, when asked.
 *
 * The lock (`lock`): with a passphrase, every entry is kept sealed (content/sealed.ts) in the store
 * `journal-sealed`, and the lock itself (the key's parameters and a sealed check value, never the key) in
 * `settings` as `journal-lock`; the plain store is then empty. The derived key is kept in this object only, in
 * memory, for as long as the page is open (or until `forget`). Locked (`locked`), the store lists nothing and writes
 * nothing until `unlock`; `clear` deletes everything, lock included (a forgotten passphrase: start again). Turning
 * the lock on or off rewrites every entry in one transaction, and other tabs hear of it.
 */
import { byDate, createEntry, packPoint, toEntry, unpackPoint, updateEntry, type JournalEntry, type JournalInput, type LevelPoint } from '../../content/journal';
import { deriveKey, newKeyParams, readKeyParams, readSealed, seal, unseal, type KeyParams, type Sealed } from '../../content/sealed';
import type { SavedTask } from '../../content/task-file';
import { newId, openDatabase, quietly, type SealedRecord, type StoreProblem } from '../shared/database';
import { announceChange, isCurrent, openRecordStore, writeAll, type Checked, type Packers } from '../shared/record-store';

export type { StoreProblem } from '../shared/database';

/** The journal's lock: none (`off`), on and not opened in this page (`locked`), on and opened (`open`). */
export type LockState = 'off' | 'locked' | 'open';

/** Why the lock could not be turned on or off: no database to keep sealed entries in, no WebCrypto, a failed write. */
export type LockProblem = 'storage' | 'crypto' | 'error';

/** What the journal shows of a long history without reading all of it. */
export interface JournalOverview {
  /** Every entry as the charts see it (its day and levels), oldest first. */
  points: LevelPoint[];
  /** The newest entries in full, oldest first: as many as asked, and the one before them (what the first one changed from). */
  newest: JournalEntry[];
}

export interface JournalStore {
  /** True while every entry is kept in IndexedDB. */
  readonly persistent: boolean;
  /** Why entries are (also) kept in memory only. */
  readonly reason?: StoreProblem;
  /** The lock's state in this page. */
  readonly lock: LockState;
  /**
   * Creates an entry (no id, or an id not yet stored) dated today by the clock, or updates the stored entry with
   * that id (its date and createdAt stay unless a valid `date` is given). Returns what was kept. Locked: writes
   * nothing.
   */
  save(input: JournalInput): Promise<JournalEntry>;
  /**
   * As `save`, over the version the form began from (`basedOn`: the entry's `updatedAt` when it was opened, or when
   * this tab last saved it): where another tab has saved the entry since, nothing is written, and the entry as it
   * is now comes back to decide with. A new entry (no `basedOn`) is always written.
   */
  saveOver(input: JournalInput, basedOn: string | undefined): Promise<Checked<JournalEntry>>;
  /** Writes entries as they are (an import), timestamps included, in one transaction: all or nothing. */
  restore(entries: readonly JournalEntry[]): Promise<void>;
  /**
   * Writes saved tasks and entries in one transaction over both stores (a backup's import): all or nothing.
   * Resolves whether they were written. Locked: tasks alone are written; with entries, nothing is.
   */
  restoreWithTasks(tasks: readonly SavedTask[], entries: readonly JournalEntry[]): Promise<boolean>;
  /** All entries, oldest first (by date, then by when they were written). Locked: none. */
  list(): Promise<JournalEntry[]>;
  /**
   * Every entry's day and levels, and the newest `n` entries in full (with the one before them): two reads, from the
   * summary kept with the entries and from the index by date, however long the history. Locked and opened, every
   * entry is unsealed (nothing of a locked journal is kept unsealed, the summary neither). Locked: none.
   */
  overview(n: number): Promise<JournalOverview>;
  /**
   * Resolves true once every entry has been read into memory (`overview` starts it, in the background), so that none
   * is lost if the browser deletes the database while the page is open; false where not started, or without a database.
   */
  copied(): Promise<boolean>;
  get(id: string): Promise<JournalEntry | undefined>;
  delete(id: string): Promise<void>;
  /** Deletes every entry, and the lock with them (no passphrase needed). */
  clear(): Promise<void>;
  /** Opens a locked journal with its passphrase. Resolves false for a wrong one (nothing changes). */
  unlock(passphrase: string): Promise<boolean>;
  /** Locks the journal with a passphrase (or changes it when open): every entry is sealed with the new key. */
  setLock(passphrase: string): Promise<LockProblem | undefined>;
  /** Takes the lock off an open journal: every entry is written back unsealed. */
  removeLock(): Promise<LockProblem | undefined>;
  /** Forgets the key: an open journal is locked again. */
  forget(): void;
  /** Calls `listener` when entries may have changed in another tab (or element), the lock changed, or `persistent` / `reason` changed. Returns the unsubscribe function. */
  watch(listener: () => void): () => void;
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

/** The id of the lock's record in `settings`. */
export const LOCK_ID = 'journal-lock';
/** What the check value of a lock holds, sealed: opening it proves the passphrase. */
const CHECK = 'ledelsesgrundlag-journal';

interface LockRecord {
  id: typeof LOCK_ID;
  kdf: KeyParams;
  check: Sealed;
}

const readLock = (x: unknown): LockRecord | undefined => {
  const r = x as Partial<LockRecord> | undefined;
  const kdf = readKeyParams(r?.kdf);
  const check = readSealed(r?.check);
  return r?.id === LOCK_ID && kdf && check ? { id: LOCK_ID, kdf, check } : undefined;
};

const toSealedRecord = (x: unknown): SealedRecord | undefined => {
  const id = (x as { id?: unknown } | undefined)?.id;
  const sealed = readSealed(x);
  return typeof id === 'string' && id && sealed ? { id, ...sealed } : undefined;
};

/** How an entry is kept in the journal's summary (its day and levels): for every write of the journal. */
const PACKERS: Packers = { journal: packPoint };

/** Opens the journal; falls back to memory (never rejects). */
export async function openJournalStore(options: JournalStoreOptions = {}): Promise<JournalStore> {
  const { name, timeoutMs, now = () => new Date() } = options;
  const plain = await openRecordStore({ name, timeoutMs, store: 'journal', index: 'by-date', validate: toEntry, order: byDate, pack: packPoint, unpack: unpackPoint });
  const sealed = await openRecordStore({ name, timeoutMs, store: 'journal-sealed', validate: toSealedRecord, order: () => 0 });
  const settings = await openDatabase({ name, timeoutMs });
  let lockRecord: LockRecord | undefined;
  let key: CryptoKey | undefined;

  async function readLockRecord(): Promise<void> {
    try {
      lockRecord = readLock(settings.db && (await quietly(settings.db.transaction('settings')).store.get(LOCK_ID)));
    } catch {
      /* keep what was known */
    }
    if (!lockRecord) key = undefined;
  }
  await readLockRecord();
  const state = (): LockState => (!lockRecord ? 'off' : key ? 'open' : 'locked');

  async function sealEntry(entry: JournalEntry, k: CryptoKey): Promise<SealedRecord | undefined> {
    const s = await seal(k, JSON.stringify(entry));
    return s && { id: entry.id, ...s };
  }
  async function sealAll(entries: readonly JournalEntry[], k: CryptoKey): Promise<SealedRecord[] | undefined> {
    const out: SealedRecord[] = [];
    for (const e of entries) {
      const r = await sealEntry(e, k);
      if (!r) return undefined;
      out.push(r);
    }
    return out;
  }
  async function openEntry(r: SealedRecord, k: CryptoKey): Promise<JournalEntry | undefined> {
    const text = await unseal(k, r);
    if (text === undefined) return undefined;
    try {
      return toEntry(JSON.parse(text));
    } catch {
      return undefined;
    }
  }
  async function listOpen(k: CryptoKey): Promise<JournalEntry[]> {
    const out: JournalEntry[] = [];
    for (const r of await sealed.list()) {
      const e = await openEntry(r, k);
      if (e) out.push(e);
    }
    return out.sort(byDate);
  }
  /**
   * The lock record written again where it went missing while this page held it (site data cleared, storage
   * evicted: the sealed entries are written back by their store, and must not be left without their lock).
   */
  async function keepLock(): Promise<void> {
    if (!lockRecord) return;
    if (!settings.db) await settings.reopen();
    try {
      const tx = settings.db && quietly(settings.db.transaction('settings', 'readwrite'));
      if (tx && !(await tx.store.get(LOCK_ID))) await tx.store.put(lockRecord);
      await tx?.done;
    } catch {
      /* kept in this page; written on the next try */
    }
  }
  const announce = () => {
    announceChange(name, 'journal');
    announceChange(name, 'journal-sealed');
  };

  const store: JournalStore = {
    get persistent() {
      return (lockRecord ? sealed : plain).persistent;
    },
    get reason() {
      return (lockRecord ? sealed : plain).reason;
    },
    get lock() {
      return state();
    },
    async save(input) {
      const at = now();
      const id = typeof input?.id === 'string' && input.id ? input.id : newId('j');
      const old = await store.get(id);
      const entry = old ? updateEntry(old, input ?? {}, at) : createEntry(input ?? {}, id, at);
      if (!lockRecord) return plain.put(entry);
      const record = key && (await sealEntry(entry, key));
      if (record) await sealed.put(record);
      await keepLock();
      return entry;
    },
    async saveOver(input, basedOn) {
      const kept = typeof input?.id === 'string' && input.id ? await store.get(input.id) : undefined;
      return isCurrent(kept, basedOn) ? { ok: true, record: await store.save(input) } : { ok: false, current: kept! };
    },
    async restore(entries) {
      if (!lockRecord) return plain.restore(entries);
      const records = key && (await sealAll(entries.map(toEntry).filter((e): e is JournalEntry => !!e), key));
      if (records) await sealed.restore(records);
      await keepLock();
    },
    async restoreWithTasks(tasks, entries) {
      const valid = entries.map(toEntry).filter((e): e is JournalEntry => !!e);
      if (lockRecord && !key && valid.length) return false;
      const records = key ? await sealAll(valid, key) : undefined;
      if (key && !records) return false;
      if (!settings.db) await settings.reopen();
      const db = settings.db;
      if (!db) return false;
      const outcome = await writeAll(db, { put: { tasks, ...(records ? { 'journal-sealed': records } : valid.length ? { journal: valid } : {}) } }, PACKERS);
      if (!outcome.ok) return false;
      announceChange(name, 'tasks');
      announce();
      return true;
    },
    async list() {
      if (lockRecord) {
        if (!key) return [];
        const entries = await listOpen(key);
        await keepLock();
        return entries;
      }
      return plain.list();
    },
    async overview(n) {
      if (lockRecord) {
        const entries = await store.list();
        return { points: entries, newest: entries.slice(-(n + 1)) };
      }
      const points = [...(await plain.summary()).values()].sort(byDate);
      const first = points[Math.max(0, points.length - n - 1)];
      return { points, newest: first ? (await plain.since(first.date)).slice(-(n + 1)) : [] };
    },
    copied() {
      return plain.copied();
    },
    async get(id) {
      if (!lockRecord) return plain.get(id);
      const r = key && (await sealed.get(id));
      return r && key ? openEntry(r, key) : undefined;
    },
    async delete(id) {
      if (!lockRecord) return plain.delete(id);
      if (key) await sealed.delete(id);
    },
    async clear() {
      await plain.clear();
      await sealed.clear();
      const db = settings.db;
      if (lockRecord && db) {
        const outcome = await writeAll(db, { remove: { settings: [LOCK_ID] } });
        if (outcome.ok) {
          lockRecord = undefined;
          key = undefined;
          announce();
        }
      }
    },
    async unlock(passphrase) {
      await readLockRecord();
      if (!lockRecord) return state() === 'off';
      const k = await deriveKey(passphrase, lockRecord.kdf);
      if (!k || (await unseal(k, lockRecord.check)) !== CHECK) return false;
      key = k;
      return true;
    },
    async setLock(passphrase) {
      const db = settings.db;
      if (!db || !plain.persistent || (lockRecord && !key)) return 'storage';
      const entries = await store.list();
      const kdf = newKeyParams();
      const k = await deriveKey(passphrase, kdf);
      const check = k && (await seal(k, CHECK));
      const records = k && (await sealAll(entries, k));
      if (!k || !check || !records) return 'crypto';
      const next: LockRecord = { id: LOCK_ID, kdf, check };
      // one transaction: the lock, every entry sealed with its key, and nothing left unsealed (or none of it)
      const outcome = await writeAll(db, { clear: ['journal', 'journal-sealed'], put: { settings: [next], 'journal-sealed': records } }, PACKERS);
      if (!outcome.ok) return 'error';
      lockRecord = next;
      key = k;
      await plain.clear(); // forgets what it held in memory, so nothing unsealed is ever written back
      announce();
      return undefined;
    },
    async removeLock() {
      const db = settings.db;
      if (!lockRecord) return undefined;
      if (!db || !key) return 'storage';
      const entries = await listOpen(key);
      const outcome = await writeAll(db, { clear: ['journal-sealed'], remove: { settings: [LOCK_ID] }, put: { journal: entries } }, PACKERS);
      if (!outcome.ok) return 'error';
      lockRecord = undefined;
      key = undefined;
      await sealed.clear();
      announce();
      return undefined;
    },
    forget() {
      key = undefined;
    },
    watch(listener) {
      // the lock may have changed with the entries (another tab turned it on or off): read it before telling
      const heard = () => void readLockRecord().then(listener);
      const stops = [plain.watch(heard), sealed.watch(heard)];
      return () => stops.forEach((stop) => stop());
    },
    close() {
      plain.close();
      sealed.close();
      settings.close();
    },
  };
  return store;
}
