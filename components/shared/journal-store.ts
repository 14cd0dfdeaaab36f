/**
 * The leader's reflection journal, kept in the browser (IndexedDB, the store `journal` of the one database
 * `ledelsesgrundlag`, added by migration 3) until they export it. Nothing is ever sent anywhere.
 *
 * The same fallback as the task store (./record-store): where IndexedDB cannot be used (missing, refused, blocked
 * by another tab holding an older version, full), entries are kept in memory with the same API; `persistent` is
 * false and `reason` says why, so the element can say that they will not be kept. Nothing here throws.
 */
import { byDate, createEntry, toEntry, updateEntry, type JournalEntry, type JournalInput } from '../../content/journal';
import { newId, type StoreProblem } from './database';
import { openRecordStore } from './record-store';

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
  /** Calls `listener` when entries may have changed in another tab (or element), or `persistent` / `reason` changed. Returns the unsubscribe function. */
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

/** Opens the journal; falls back to memory (never rejects). */
export async function openJournalStore(options: JournalStoreOptions = {}): Promise<JournalStore> {
  const { name, timeoutMs, now = () => new Date() } = options;
  const journal = await openRecordStore({ name, timeoutMs, store: 'journal', index: 'by-date', validate: toEntry, order: byDate });
  return Object.assign(journal, {
    async save(input: JournalInput) {
      const at = now();
      const id = typeof input?.id === 'string' && input.id ? input.id : newId('j');
      const old = await journal.get(id);
      return journal.put(old ? updateEntry(old, input ?? {}, at) : createEntry(input ?? {}, id, at));
    },
  });
}
