/**
 * The one IndexedDB database of this package, `ledelsesgrundlag`, and how it is opened.
 *
 * The database is versioned by `MIGRATIONS`: step n takes it from version n to n + 1. A feature that needs
 * storage appends a step; existing steps never change (a person's browser may hold a database written by any
 * earlier version). Every store module (task-store, journal-store) opens its own connection through
 * `openDatabase` (by way of ./record-store), so they share the schema and the upgrade path.
 *
 *   version 1  tasks (keyPath id)                          the task picker's saved tasks
 *   version 2  tasks: index by-updated, updatedAt filled
 *   version 3  journal (keyPath id), index by-date          the reflection journal's entries
 *   version 4  journal-sealed (keyPath id)                  the journal's entries while it is locked (sealed)
 *              settings (keyPath id)                        e.g. the journal's lock (`journal-lock`)
 *   version 5  rounds (keyPath id)                          the facilitator's rounds (`<lg-round>`)
 *   version 6  settings: `journal-summary`                  every journal entry's day and levels, kept with each
 *              write of the journal (./record-store, SUMMARIES); a version of its own so that no older code,
 *              which does not keep it, writes the journal any more
 *   version 7  teams (keyPath id)                           the teams of `<lg-meeting>`: agreements, rounds (counts
 *              only), meetings; settings: `team-file:<team id>`, the team file's handle where the browser has one
 *
 * Opening never rejects and never hangs: where IndexedDB is missing or refuses, where another tab holds an
 * older version open and does not let go (a blocked upgrade), or where opening takes longer than `timeoutMs`,
 * the connection has no `db` and `problem` says why, so the stores can fall back to memory and the elements
 * can say so.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { JournalEntry } from '../../content/journal';
import type { RoundRecord } from '../../content/round';
import type { Sealed } from '../../content/sealed';
import type { SavedTask } from '../../content/task-file';
import type { Team } from '../../content/team';

export const DB_NAME = 'ledelsesgrundlag';

/**
 * Why data is (also) kept in memory only: IndexedDB missing or refused (`unavailable`); an older version open in
 * another tab (`blocked`); a newer version opened in another tab, so this one must be reloaded (`outdated`); no
 * room (`quota`); the database closed or failing while the page is open, e.g. site data cleared (`error`).
 */
export type StoreProblem = 'unavailable' | 'blocked' | 'outdated' | 'quota' | 'error';

export interface Schema extends DBSchema {
  tasks: { key: string; value: SavedTask; indexes: { 'by-updated': string } };
  journal: { key: string; value: JournalEntry; indexes: { 'by-date': string } };
  /** A locked journal's entries: nothing but the id and the sealed JSON of the entry. */
  'journal-sealed': { key: string; value: SealedRecord };
  settings: { key: string; value: { id: string } };
  rounds: { key: string; value: RoundRecord };
  teams: { key: string; value: Team };
}

/** A record kept sealed (content/sealed.ts): its id, and the rest as ciphertext. */
export interface SealedRecord extends Sealed {
  id: string;
}
export type Db = IDBPDatabase<Schema>;
export type UpgradeTx = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;

/** Upgrade steps: `MIGRATIONS[n]` takes the database from version n to n + 1. Append only. */
export const MIGRATIONS: ((db: Db, tx: UpgradeTx) => void | Promise<void>)[] = [
  // 1: tasks by id
  (db) => void db.createObjectStore('tasks', { keyPath: 'id' }),
  // 2: newest first needs updatedAt on every record and an index on it
  async (_db, tx) => {
    const store = tx.objectStore('tasks');
    store.createIndex('by-updated', 'updatedAt');
    for (let c = await store.openCursor(); c; c = await c.continue()) {
      const t = c.value as Partial<SavedTask>;
      if (typeof t.updatedAt !== 'string') {
        const at = typeof t.createdAt === 'string' ? t.createdAt : new Date().toISOString();
        await c.update({ ...t, createdAt: at, updatedAt: at } as SavedTask);
      }
    }
  },
  // 3: the reflection journal, by id, with the entries' dates (YYYY-MM-DD) indexed for the history
  (db) => {
    const journal = db.createObjectStore('journal', { keyPath: 'id' });
    journal.createIndex('by-date', 'date');
  },
  // 4: the journal's lock: sealed entries, and a place for settings such as the lock itself
  (db) => {
    db.createObjectStore('journal-sealed', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'id' });
  },
  // 5: the facilitator's rounds, by round id
  (db) => void db.createObjectStore('rounds', { keyPath: 'id' }),
  // 6: from here on the journal's summary is written with its entries; it is built from them when first read
  (_db, tx) => void tx.objectStore('settings').delete('journal-summary'),
  // 7: the teams of <lg-meeting>
  (db) => void db.createObjectStore('teams', { keyPath: 'id' }),
];

export interface DatabaseOptions {
  /** Database name (tests). Default `ledelsesgrundlag`. */
  name?: string;
  /** How long opening may take, e.g. while another tab blocks an upgrade. Default 3000 ms. */
  timeoutMs?: number;
}

/** An open (or failed) connection. `db` and `problem` change when another tab upgrades or the browser closes it. */
export interface Connection {
  /** The open database; undefined when it could not be opened or has been given up. */
  readonly db: Db | undefined;
  /** Why there is no database (set at opening, or later when a newer tab takes over). */
  readonly problem: StoreProblem | undefined;
  /** Calls `listener` whenever `db` or `problem` changes after opening. Returns the unsubscribe function. */
  watch(listener: () => void): () => void;
  /**
   * Opens the database again after the browser closed it (site data cleared, storage evicted): resolves true when
   * it is open. Does nothing (false) after a newer version took over: that needs a reload.
   */
  reopen(): Promise<boolean>;
  close(): void;
}

export const isQuotaError = (e: unknown): boolean => (e as { name?: string } | null)?.name === 'QuotaExceededError';

/** Opens the database at the latest version, running the migrations it needs. Never rejects. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Connection> {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  let state = await connect(options, changed);
  let closed = false;
  let reopening: Promise<boolean> | undefined;
  return {
    get db() {
      return state.db;
    },
    get problem() {
      return state.problem;
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reopen() {
      if (state.db) return Promise.resolve(true);
      if (closed || !state.lost) return Promise.resolve(false);
      return (reopening ??= connect(options, changed).then((next) => {
        reopening = undefined;
        if (closed) next.db?.close();
        else if (next.db) {
          state = next;
          changed();
        }
        return !!state.db;
      }));
    },
    close() {
      closed = true;
      listeners.clear();
      state.db?.close();
      state.db = undefined;
    },
  };
}

interface ConnectionState {
  db: Db | undefined;
  problem: StoreProblem | undefined;
  /** The browser closed the database after it was open (it may be opened again). */
  lost: boolean;
}

/** One attempt to open the database; `changed` is called when the browser or another tab later takes it away. */
async function connect(options: DatabaseOptions, changed: () => void): Promise<ConnectionState> {
  const { name = DB_NAME, timeoutMs = 3000 } = options;
  const state: ConnectionState = { db: undefined, problem: undefined, lost: false };
  let db: Db | undefined;
  let problem: StoreProblem | undefined;

  if (typeof indexedDB === 'undefined' || !indexedDB) problem = 'unavailable';
  else {
    let blocked = false;
    let late = false;
    let stopTimer = () => {};
    try {
      const opening = openDB<Schema>(name, MIGRATIONS.length, {
        async upgrade(d, from, to, tx) {
          try {
            for (let v = from; v < (to ?? MIGRATIONS.length); v++) {
              const step = MIGRATIONS[v](d, tx);
              if (step) await step;
            }
          } catch {
            tx.done.catch(() => {});
            try {
              tx.abort();
            } catch {
              /* already finished */
            }
          }
        },
        blocked: () => void (blocked = true),
        // Another tab wants the database: let it. A newer version (an upgrade): keep going in memory and ask for a
        // reload. No version at all (`deleteDatabase`, or site data cleared from another tab): the database is gone,
        // not newer, so it is lost as when the browser closes it — what the page holds is written back when it can.
        blocking: (_current, next) => {
          state.db?.close();
          state.db = undefined;
          if (next === null) {
            state.problem = 'error';
            state.lost = true;
          } else state.problem = 'outdated';
          changed();
        },
        // The browser closed it (site data cleared, storage evicted): keep going in memory until it reopens.
        terminated: () => {
          state.db = undefined;
          state.problem = 'error';
          state.lost = true;
          changed();
        },
      });
      opening.then((d) => late && d.close(), () => {});
      const timeout = new Promise<undefined>((r) => {
        const t = setTimeout(r, timeoutMs);
        stopTimer = () => clearTimeout(t);
      });
      db = await Promise.race([opening, timeout]);
      if (!db) {
        late = true;
        problem = blocked ? 'blocked' : 'error';
      }
    } catch (e) {
      problem = isQuotaError(e) ? 'quota' : 'error';
    }
    stopTimer();
  }
  state.db = db;
  state.problem = problem;
  return state;
}

/**
 * A transaction nobody is left waiting on: where the work in it fails first (the browser closed the database: site
 * data cleared, storage evicted), its rejected `done` would reach the console as an uncaught AbortError. The failure
 * is handled where the work is (every request is awaited in a try). Use it instead of idb's one-request shortcuts
 * (`db.get`, `db.getAll`), whose transactions' `done` nobody can catch.
 */
export const quietly = <T extends { done: Promise<void> }>(tx: T): T => {
  tx.done.catch(() => {});
  return tx;
};

/** A new random id; works outside secure contexts too (an intranet page may be plain http). */
export function newId(prefix = 't'): string {
  try {
    return crypto.randomUUID();
  } catch {
    return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  }
}
