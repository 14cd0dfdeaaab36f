/**
 * A saved task, and the file the person keeps their tasks in: `{ format: 'ledelsesgrundlag-tasks', version: 1,
 * tasks: [...] }`. Reading a file returns either every task (all valid) or what is wrong as issue codes, which the
 * elements word in the person's language. Never throws. Pure, no DOM.
 */
import { isObject, readEnvelope, recordIssues, shown, type EnvelopeIssue } from './file-envelope';
import { FOCUS_AREA_IDS } from './model';
import { coerceWeights, isWeight, type Weights } from './task-weights';

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

export const TASKS_FORMAT = 'ledelsesgrundlag-tasks';
export const TASKS_VERSION = 1;

export type TaskIssue =
  | EnvelopeIssue
  | { code: 'tasks-not-list' }
  /** `task` is the 1-based number of the task in the file; `field` names what is wrong in it. */
  | { code: 'not-object'; task: number }
  | { code: 'id'; task: number }
  | { code: 'text'; task: number; field: 'title' | 'description' }
  | { code: 'weights'; task: number }
  | { code: 'weight'; task: number; field: string }
  | { code: 'unknown-area'; task: number; value: string }
  | { code: 'date'; task: number; field: 'createdAt' | 'updatedAt' }
  | { code: 'duplicate-id'; task: number; value: string }
  | { code: 'more'; count: number };

export type TaskIssueCode = TaskIssue['code'];

const isDate = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d\d-\d\dT/.test(x) && !Number.isNaN(Date.parse(x));

/** What is wrong with one task record ([] when it is valid); `task` is its number in the file. */
export function taskIssues(x: unknown, task: number): TaskIssue[] {
  if (!isObject(x)) return [{ code: 'not-object', task }];
  const out: TaskIssue[] = [];
  if (typeof x.id !== 'string' || !x.id) out.push({ code: 'id', task });
  for (const field of ['title', 'description'] as const) if (typeof x[field] !== 'string') out.push({ code: 'text', task, field });
  const w = x.weights;
  if (!isObject(w)) out.push({ code: 'weights', task });
  else {
    for (const id of FOCUS_AREA_IDS) if (!isWeight(w[id])) out.push({ code: 'weight', task, field: id });
    for (const k of Object.keys(w))
      if (!(FOCUS_AREA_IDS as readonly string[]).includes(k)) out.push({ code: 'unknown-area', task, value: shown(k) });
  }
  for (const field of ['createdAt', 'updatedAt'] as const) if (!isDate(x[field])) out.push({ code: 'date', task, field });
  return out;
}

/** A valid record as a clean SavedTask (dates in UTC ISO form), or undefined. */
export function toTask(x: unknown): SavedTask | undefined {
  if (taskIssues(x, 0).length) return undefined;
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

export type TaskImport = { ok: true; tasks: SavedTask[]; data: Record<string, unknown> } | { ok: false; issues: TaskIssue[] };

/** Reads an exported file: either every task is valid (`ok`, with the file's whole object as `data`) or none is returned. */
export function parseTaskFile(text: unknown): TaskImport {
  const envelope = readEnvelope(text, TASKS_FORMAT, TASKS_VERSION);
  if (!envelope.ok) return { ok: false, issues: [envelope.issue] };
  const { data } = envelope;
  const list = readTaskList(data.tasks);
  return list.ok ? { ...list, data } : list;
}

/** A file's list of tasks: every one valid, or what is wrong (also used by the backup file). */
export function readTaskList(tasks: unknown): { ok: true; tasks: SavedTask[] } | { ok: false; issues: TaskIssue[] } {
  if (!Array.isArray(tasks)) return { ok: false, issues: [{ code: 'tasks-not-list' }] };
  const issues = recordIssues<TaskIssue>(tasks, {
    issuesOf: taskIssues,
    twice: (task, value) => ({ code: 'duplicate-id', task, value }),
    more: (count) => ({ code: 'more', count }),
  });
  return issues.length ? { ok: false, issues } : { ok: true, tasks: tasks.map((t) => toTask(t)!) };
}

/** How an imported task stands against the one kept with its id: new here, newer, older, or the same. */
export type TaskImportStatus = 'new' | 'newer' | 'older' | 'same';

/** What importing tasks would do: each task's standing, and what is written (never an older over a newer). */
export interface TaskImportPlan {
  items: { task: SavedTask; status: TaskImportStatus }[];
  toWrite: SavedTask[];
}

const sameTask = (a: SavedTask, b: SavedTask) =>
  a.title === b.title && a.description === b.description && FOCUS_AREA_IDS.every((id) => a.weights[id] === b.weights[id]);

/**
 * Plans importing `incoming` into the tasks kept now, by the time each was last changed (`updatedAt`): a task not
 * kept is new; one changed later than the kept one is newer and replaces it; the same content is the same; anything
 * else is older, and the kept task stays (a file holds each id once: readTaskList refuses it twice). Pure.
 */
export function planTaskImport(existing: readonly SavedTask[], incoming: readonly SavedTask[]): TaskImportPlan {
  const kept = new Map(existing.map((t) => [t.id, t]));
  const items = incoming.map((task) => {
    const old = kept.get(task.id);
    const status: TaskImportStatus = !old ? 'new' : sameTask(old, task) ? 'same' : task.updatedAt > old.updatedAt ? 'newer' : 'older';
    return { task, status };
  });
  return { items, toWrite: items.filter((i) => i.status === 'new' || i.status === 'newer').map((i) => i.task) };
}
