import { FOCUS_AREA_IDS } from '../../content/model';
import { formatWeights, parseWeights, type Weights } from '../../content/task-weights';

/** A task as the picker holds it: its title, description and weights. */
export interface TaskState {
  weights: Weights;
  task: string;
  description: string;
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

/**
 * Reads a fragment made by `stateToFragment` (a leading `#` is allowed). Undefined when it has no `opgave`.
 * Tolerant: malformed weights keep what is valid, and an unencoded `opgave=faglighed=2&innovation=3…`
 * (areas as keys of their own) is read too. Never throws.
 */
export function stateFromFragment(hash: string | null | undefined): TaskState | undefined {
  const p = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  if (!p.has(FRAGMENT_KEY)) return undefined;
  const loose = FOCUS_AREA_IDS.filter((id) => p.has(id)).map((id) => `${id}=${p.get(id)}`);
  return {
    weights: parseWeights([p.get(FRAGMENT_KEY), ...loose].join('&')).weights,
    task: p.get('task') ?? '',
    description: p.get('description') ?? '',
  };
}
