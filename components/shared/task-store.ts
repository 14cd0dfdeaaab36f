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
import { FOCUS_AREA_IDS, type Language } from '../../content/model';
import { coerceWeights, isWeight, type Weights } from '../../content/task-weights';
import { newId, type StoreProblem } from './database';
import { openRecordStore } from './record-store';

export { DB_NAME, MIGRATIONS, type StoreProblem } from './database';

export interface SavedTask {
  id: string;
  title: string;
  description: string;
  weights: Weights;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** ISO 8601, UTC. */
  updatedAt: string;
}

/** What `save` takes: a new task (no id) or a changed one (an existing id). */
export type TaskInput = Pick<SavedTask, 'title' | 'description' | 'weights'> & { id?: string };

export interface TaskStore {
  /** True while every task is kept in IndexedDB. */
  readonly persistent: boolean;
  /** Why tasks are (also) kept in memory only; a `quota` problem clears once they have all been written. */
  readonly reason?: StoreProblem;
  /** Creates (no or unknown id) or updates a task; sets createdAt/updatedAt. */
  save(task: TaskInput): Promise<SavedTask>;
  /** Writes tasks as they are (e.g. from an import), timestamps included, in one transaction. */
  restore(tasks: readonly SavedTask[]): Promise<void>;
  /** All tasks, the most recently updated first. */
  list(): Promise<SavedTask[]>;
  get(id: string): Promise<SavedTask | undefined>;
  delete(id: string): Promise<void>;
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
  return Object.assign(tasks, {
    async save(input: TaskInput) {
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
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Validation, export and import

export const TASKS_FORMAT = 'ledelsesgrundlag-tasks';
export const TASKS_VERSION = 1;
const MAX_IMPORT = 5_000_000;
const MAX_ERRORS = 20;

const isDate = (x: unknown): x is string =>
  typeof x === 'string' && /^\d{4}-\d\d-\d\dT/.test(x) && !Number.isNaN(Date.parse(x));

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** What an import can say is wrong, in both languages (the person reads it; field names stay as in the file). */
const PROBLEMS = {
  en: {
    empty: 'the file is empty',
    tooLarge: 'the file is too large (over 5 MB)',
    notJson: (m: string) => `not JSON: ${m}`,
    foreign: 'not a ledelsesgrundlag tasks file',
    version: (v: string) => `unsupported version ${v} (this reads version 1)`,
    notList: '"tasks" must be a list',
    task: (i: number, e: string) => `task ${i}: ${e}`,
    notObject: 'not an object',
    id: 'id must be a non-empty string',
    text: (k: string) => `${k} must be a string`,
    weights: 'weights must be an object',
    weight: (id: string) => `weights.${id} must be 0, 1, 2 or 3`,
    unknownArea: (k: string) => `weights has an unknown area ${k}`,
    date: (k: string) => `${k} must be an ISO date`,
    twice: (id: string) => `the id ${id} is used twice`,
    more: (n: number) => `… and ${n} more`,
  },
  da: {
    empty: 'filen er tom',
    tooLarge: 'filen er for stor (over 5 MB)',
    notJson: (m: string) => `ikke JSON: ${m}`,
    foreign: 'ikke en fil med opgaver fra ledelsesgrundlaget',
    version: (v: string) => `version ${v} kan ikke læses (kun version 1)`,
    notList: '"tasks" skal være en liste',
    task: (i: number, e: string) => `opgave ${i}: ${e}`,
    notObject: 'ikke et objekt',
    id: 'id skal være en tekst, der ikke er tom',
    text: (k: string) => `${k} skal være en tekst`,
    weights: 'weights skal være et objekt',
    weight: (id: string) => `weights.${id} skal være 0, 1, 2 eller 3`,
    unknownArea: (k: string) => `weights har et ukendt fokusområde ${k}`,
    date: (k: string) => `${k} skal være en ISO-dato`,
    twice: (id: string) => `id'et ${id} er brugt to gange`,
    more: (n: number) => `… og ${n} mere`,
  },
} satisfies Record<Language, unknown>;
type Problems = (typeof PROBLEMS)['en'];

/** What is wrong with one task record ([] when it is valid). */
function taskErrors(x: unknown, p: Problems = PROBLEMS.en): string[] {
  if (!isObject(x)) return [p.notObject];
  const e: string[] = [];
  if (typeof x.id !== 'string' || !x.id) e.push(p.id);
  for (const k of ['title', 'description']) if (typeof x[k] !== 'string') e.push(p.text(k));
  const w = x.weights;
  if (!isObject(w)) e.push(p.weights);
  else {
    for (const id of FOCUS_AREA_IDS) if (!isWeight(w[id])) e.push(p.weight(id));
    for (const k of Object.keys(w))
      if (!(FOCUS_AREA_IDS as readonly string[]).includes(k)) e.push(p.unknownArea(JSON.stringify(k.slice(0, 40))));
  }
  for (const k of ['createdAt', 'updatedAt']) if (!isDate(x[k])) e.push(p.date(k));
  return e;
}

/** A valid record as a clean SavedTask (dates in UTC ISO form), or undefined. */
function toTask(x: unknown): SavedTask | undefined {
  if (taskErrors(x).length) return undefined;
  const t = x as SavedTask;
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    weights: coerceWeights(t.weights),
    createdAt: new Date(t.createdAt).toISOString(),
    updatedAt: new Date(t.updatedAt).toISOString(),
  };
}

/** The tasks as a JSON file the person can keep: `{ format, version, tasks }`. Invalid records are left out. */
export function exportTasks(tasks: readonly SavedTask[]): string {
  const valid = (Array.isArray(tasks) ? tasks : []).map(toTask).filter(Boolean);
  return JSON.stringify({ format: TASKS_FORMAT, version: TASKS_VERSION, tasks: valid }, null, 2) + '\n';
}

export type TaskImport = { ok: true; tasks: SavedTask[] } | { ok: false; errors: string[] };

/**
 * Reads an exported file. Either every task is valid (`ok: true`) or none is returned, with what is wrong in
 * `lang` (English by default).
 */
export function parseTaskImport(text: string, lang: Language = 'en'): TaskImport {
  const p: Problems = PROBLEMS[lang] ?? PROBLEMS.en;
  const bad = (...errors: string[]): TaskImport => ({ ok: false, errors });
  if (typeof text !== 'string' || !text.trim()) return bad(p.empty);
  if (text.length > MAX_IMPORT) return bad(p.tooLarge);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return bad(p.notJson((e as Error).message));
  }
  if (!isObject(data) || data.format !== TASKS_FORMAT) return bad(p.foreign);
  if (data.version !== TASKS_VERSION) return bad(p.version(JSON.stringify(data.version) ?? 'undefined'));
  if (!Array.isArray(data.tasks)) return bad(p.notList);
  const errors: string[] = [];
  const ids = new Set<unknown>();
  data.tasks.forEach((t, i) => {
    for (const e of taskErrors(t, p)) errors.push(p.task(i + 1, e));
    const id = isObject(t) ? t.id : undefined;
    if (typeof id === 'string' && id) {
      if (ids.has(id)) errors.push(p.task(i + 1, p.twice(JSON.stringify(id.slice(0, 40)))));
      ids.add(id);
    }
  });
  if (errors.length > MAX_ERRORS) errors.splice(MAX_ERRORS, Infinity, p.more(errors.length - MAX_ERRORS));
  return errors.length ? bad(...errors) : { ok: true, tasks: data.tasks.map((t) => toTask(t)!) };
}
