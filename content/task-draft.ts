/**
 * The task picker's model: the task being weighed (title, description, the four weights), the saved task it is,
 * if any, and a suggestion awaiting the person's decision; with its form value and its URL-fragment form. Plain
 * data and functions: every change returns a new draft. Pure, no DOM.
 */
import { FOCUS_AREA_IDS, type FocusAreaId } from './model';
import type { Suggestion } from './suggest';
import { coerceWeights, emptyWeights, formatWeights, hasAnyWeight, parseWeights, type Weight, type Weights } from './task-weights';

/** A task as it is shared (a link, the form's restore state): its title, description and weights. */
export interface TaskState {
  weights: Weights;
  task: string;
  description: string;
}

export interface TaskDraft extends TaskState {
  /** The id of the saved task being edited; absent for a task not saved yet. */
  savedId?: string;
  /**
   * The version of that task the form began from (its `updatedAt` when it was opened or last saved here): a save over
   * a newer version (another tab's) is refused, not written (#27).
   */
  basedOn?: string;
  /** A suggestion shown and not yet used or dismissed. */
  suggestion?: Suggestion;
  /** The malformed `value` last given (for the notice); absent when the value was clean. */
  badValue?: string;
}

export const emptyDraft = (): TaskDraft => ({ weights: emptyWeights(), task: '', description: '' });

/** A draft holding `task` (a missing part empty): no suggestion, and the saved task's id when it is one. */
export function draftOf(task: Partial<TaskState> & { id?: string; updatedAt?: string } = {}): TaskDraft {
  const d: TaskDraft = { weights: coerceWeights(task.weights), task: task.task ?? '', description: task.description ?? '' };
  if (task.id) d.savedId = task.id;
  if (task.id && task.updatedAt) d.basedOn = task.updatedAt;
  return d;
}

/** The weights read from a value such as `faglighed=2&innovation=3` (what is valid is kept; see parseWeights). */
export function withValue(d: TaskDraft, value: unknown): TaskDraft {
  const text = value == null ? '' : String(value);
  const { weights, problems } = parseWeights(text);
  const next: TaskDraft = { ...d, weights };
  if (problems.length) next.badValue = text;
  else delete next.badValue;
  return next;
}

/** All four weights at once (anything not 0–3 counts as 0). */
export function withWeights(d: TaskDraft, weights: unknown): TaskDraft {
  const next: TaskDraft = { ...d, weights: coerceWeights(weights) };
  delete next.badValue;
  return next;
}

/** One area's weight. */
export const withWeight = (d: TaskDraft, id: FocusAreaId, weight: Weight): TaskDraft => withWeights(d, { ...d.weights, [id]: weight });

/** The title or the description. */
export const withText = (d: TaskDraft, field: 'task' | 'description', text: unknown): TaskDraft => ({ ...d, [field]: text == null ? '' : String(text) });

/** Shows a suggestion (or, with undefined, ends it). */
export function withSuggestion(d: TaskDraft, suggestion: Suggestion | undefined): TaskDraft {
  const next = { ...d, suggestion };
  if (!suggestion) delete next.suggestion;
  return next;
}

/** Uses the suggestion's weights, and ends it. */
export const applySuggestion = (d: TaskDraft): TaskDraft => withSuggestion(d.suggestion ? withWeights(d, d.suggestion.weights) : d, undefined);

/** The draft is no longer a saved task (it was deleted). */
export function unsaved(d: TaskDraft): TaskDraft {
  const next = { ...d };
  delete next.savedId;
  delete next.basedOn;
  return next;
}

/**
 * The form holds work that would be lost if something else were opened in it: some text or weight, and not just what
 * the saved task it came from (`saved`, if any) holds.
 */
export function hasUnsavedWork(d: TaskDraft, saved?: { title: string; description: string; weights: Weights }): boolean {
  if (!d.task.trim() && !d.description.trim() && !hasAnyWeight(d.weights)) return false;
  if (!saved) return true;
  return saved.title !== d.task || saved.description !== d.description || formatWeights(saved.weights) !== formatWeights(d.weights);
}

/** `required` and no weight above 0. */
export const isMissing = (d: TaskDraft, required: boolean): boolean => required && !hasAnyWeight(d.weights);

/** The task as it is shared. */
export const stateOf = (d: TaskDraft): TaskState => ({ weights: { ...d.weights }, task: d.task, description: d.description });

/** What a form submits for the picker named `name`: the weights, the title and the description. */
export function formEntries(name: string, d: TaskDraft): [string, string][] {
  return [
    [name, formatWeights(d.weights)],
    [`${name}-task`, d.task],
    [`${name}-description`, d.description],
  ];
}

/** The key in a URL fragment that holds the weights (`#opgave=…`). */
export const FRAGMENT_KEY = 'opgave';

/**
 * The state as a URL fragment (without `#`): `opgave=<weights>&task=<title>&description=<description>`, each value
 * percent-encoded; an empty title or description is left out.
 */
export function stateToFragment(state: TaskState): string {
  const e = encodeURIComponent;
  let out = `${FRAGMENT_KEY}=${e(formatWeights(state.weights))}`;
  if (state.task) out += `&task=${e(state.task)}`;
  if (state.description) out += `&description=${e(state.description)}`;
  return out;
}

/** The longest link fragment read (characters), and the longest title and description a link may carry. */
export const MAX_FRAGMENT = 12_000;
export const MAX_TITLE = 300;
export const MAX_DESCRIPTION = 5_000;

export type TaskLink = { state: TaskState } | { problem: 'too-long' };

/**
 * Reads a link's fragment made by `stateToFragment` (a leading `#` is allowed), as strictly as an import: undefined
 * when it has no `opgave`; `too-long` when the fragment, the title or the description is longer than a task of this
 * package can be (a link made to carry something else). Tolerant within that: malformed weights keep what is valid,
 * and an unencoded `opgave=faglighed=2&innovation=3…` (areas as keys of their own) is read too. Never throws.
 */
export function readTaskLink(hash: string | null | undefined): TaskLink | undefined {
  const text = String(hash ?? '').replace(/^#/, '');
  if (text.length > MAX_FRAGMENT) return /(^|&)opgave=/.test(text.slice(0, 200)) ? { problem: 'too-long' } : undefined;
  const p = new URLSearchParams(text);
  if (!p.has(FRAGMENT_KEY)) return undefined;
  const task = p.get('task') ?? '';
  const description = p.get('description') ?? '';
  if (task.length > MAX_TITLE || description.length > MAX_DESCRIPTION) return { problem: 'too-long' };
  const loose = FOCUS_AREA_IDS.filter((id) => p.has(id)).map((id) => `${id}=${p.get(id)}`);
  return { state: { weights: parseWeights([p.get(FRAGMENT_KEY), ...loose].join('&')).weights, task, description } };
}

/** The task a link's fragment holds (see readTaskLink), or undefined for none or a link that cannot be one. */
export function stateFromFragment(hash: string | null | undefined): TaskState | undefined {
  const link = readTaskLink(hash);
  return link && 'state' in link ? link.state : undefined;
}

/** A link made of `state` opens it again: its title and description are not longer than a link may carry. */
export const linkCarries = (state: TaskState): boolean => 'state' in (readTaskLink(stateToFragment(state)) ?? { problem: 'too-long' });

/**
 * The form as it is kept between visits (localStorage), so that a reload loses no unsaved task (#27): the title, the
 * description, the weights, and the saved task it is, with the version it began from. Undefined for an empty form.
 */
export function keptForm(d: TaskDraft): string | undefined {
  if (!hasUnsavedWork(d) && !d.savedId) return undefined;
  return JSON.stringify({ v: 1, task: d.task, description: d.description, weights: d.weights, savedId: d.savedId, basedOn: d.basedOn });
}

/** The form kept by `keptForm`, checked (titles and descriptions no longer than a task's), or undefined. */
export function readKeptForm(raw: string | null | undefined): TaskDraft | undefined {
  try {
    const x = JSON.parse(raw ?? 'null') as Record<string, unknown> | null;
    if (!x || x.v !== 1) return undefined;
    const text = (t: unknown, max: number) => (typeof t === 'string' ? t.slice(0, max) : '');
    const id = typeof x.savedId === 'string' && x.savedId ? x.savedId : undefined;
    const d = draftOf({ task: text(x.task, MAX_TITLE), description: text(x.description, MAX_DESCRIPTION), weights: x.weights as Weights, id });
    if (id && typeof x.basedOn === 'string') d.basedOn = x.basedOn;
    return hasUnsavedWork(d) || d.savedId ? d : undefined;
  } catch {
    return undefined; // a damaged draft is no draft
  }
}
