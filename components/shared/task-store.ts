/**
 * The leader's saved tasks, kept in the browser (IndexedDB) until they export them.
 *
 * One database, `ledelsesgrundlag`, versioned by `MIGRATIONS` (in ./database, re-exported here): step n
 * takes it from version n to n + 1. Later features (the reflection journal) append a step; existing steps
 * never change.
 *
 * Where IndexedDB cannot be used (missing, refused, blocked by another tab holding an older
 * version, full), the store keeps tasks in memory with the same API: `persistent` is false and
 * `reason` says why, so the UI can say that nothing will be kept (see ./record-store). Nothing here throws.
 */
import { toTask, type SavedTask } from '../../content/task-file';
import { coerceWeights } from '../../content/task-weights';
import { newId, type StoreProblem } from './database';
import { isCurrent, listOnce, openRecordStore, type Checked, type Newest } from './record-store';

export { DB_NAME, MIGRATIONS, type StoreProblem } from './database';
export type { SavedTask } from '../../content/task-file';

/** What `save` takes: a new task (no id) or a changed one (an existing id). */
export type TaskInput = Pick<SavedTask, 'title' | 'description' | 'weights'> & { id?: string };

export interface TaskStore {
  /** True while every task is kept in IndexedDB. */
  readonly persistent: boolean;
  /** Why tasks are (also) kept in memory only; a `quota` problem clears once they have all been written. */
  readonly reason?: StoreProblem;
  /** Creates (no or unknown id) or updates a task; sets createdAt/updatedAt. */
  save(task: TaskInput): Promise<SavedTask>;
  /**
   * As `save`, over the version the form began from (`basedOn`: the task's `updatedAt` when it was opened or last
   * saved here): where another tab has saved the task since, nothing is written and the task as it is now comes back.
   */
  saveOver(task: TaskInput, basedOn: string | undefined): Promise<Checked<SavedTask>>;
  /** Writes tasks as they are (e.g. from an import), timestamps included, in one transaction. */
  restore(tasks: readonly SavedTask[]): Promise<void>;
  /** All tasks, the most recently updated first. */
  list(): Promise<SavedTask[]>;
  /** The `n` most recently updated tasks (as `list` orders them), and how many are saved in all: what the picker shows. */
  newest(n: number): Promise<Newest<SavedTask>>;
  /**
   * Resolves true once every task has been read into memory (`newest` starts it, in the background), so that none is
   * lost if the browser deletes the database while the page is open; false where not started, or without a database.
   */
  copied(): Promise<boolean>;
  /** The task with this id is kept in memory only (it could not be written), for now. */
  inMemory(id: string): boolean;
  get(id: string): Promise<SavedTask | undefined>;
  delete(id: string): Promise<void>;
  /** Deletes every task, in one transaction (one message to the other tabs, however many there were). */
  clear(): Promise<void>;
  /** Calls `listener` when tasks may have changed in another tab (or element), or `persistent` / `reason` changed. Returns the unsubscribe function. */
  watch(listener: () => void): () => void;
  close(): void;
}

export interface TaskStoreOptions {
  /** Database name (tests). Default `ledelsesgrundlag`. */
  name?: string;
  /** How long opening may take, e.g. while another tab blocks an upgrade. Default 3000 ms. */
  timeoutMs?: number;
  /** The clock (tests). */
  now?: () => Date;
}

const time = (t: SavedTask) => Date.parse(t.updatedAt);
const newestFirst = (a: SavedTask, b: SavedTask) => time(b) - time(a) || (a.id < b.id ? -1 : 1);

/** Opens the store; falls back to memory (never rejects). */
export async function openTaskStore(options: TaskStoreOptions = {}): Promise<TaskStore> {
  const { name, timeoutMs, now = () => new Date() } = options;
  const tasks = await openRecordStore({ name, timeoutMs, store: 'tasks', index: 'by-updated', validate: toTask, order: newestFirst });
  const save = async (input: TaskInput): Promise<SavedTask> => {
    const at = now().toISOString();
    const id = typeof input?.id === 'string' && input.id ? input.id : newId();
    return tasks.put({
      id,
      title: typeof input?.title === 'string' ? input.title : '',
      description: typeof input?.description === 'string' ? input.description : '',
      weights: coerceWeights(input?.weights),
      createdAt: (await tasks.get(id))?.createdAt ?? at,
      updatedAt: at,
    });
  };
  return Object.assign(tasks, {
    save,
    async saveOver(input: TaskInput, basedOn: string | undefined): Promise<Checked<SavedTask>> {
      const kept = typeof input?.id === 'string' && input.id ? await tasks.get(input.id) : undefined;
      return isCurrent(kept, basedOn) ? { ok: true, record: await save(input) } : { ok: false, current: kept! };
    },
  });
}

/** Every saved task, read once (the store is opened and closed again): for a backup of everything. */
export const listTasks = (): Promise<SavedTask[]> => listOnce(openTaskStore);
