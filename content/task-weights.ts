/**
 * How much a task calls for each focus area, and its URL-query form.
 *
 * 0 = hardly, 1 = somewhat, 2 = clearly, 3 = "i særlig grad". The query form is
 * `faglighed=2&innovation=3&mening=1&drift=0` (canonical order, always all four areas).
 *
 * Pure and total: nothing here throws, whatever it is given.
 */
import { FOCUS_AREA_IDS, type FocusAreaId } from './model';

export type Weight = 0 | 1 | 2 | 3;
export type Weights = Record<FocusAreaId, Weight>;

export interface ParsedWeights {
  weights: Weights;
  /** Short English descriptions of what was ignored (machine-facing; empty when the input was clean). */
  problems: string[];
}

/** At most this many problems are listed; the rest are summed up in one last entry. */
const MAX_PROBLEMS = 10;

export const isWeight = (x: unknown): x is Weight => x === 0 || x === 1 || x === 2 || x === 3;

export const isFocusAreaId = (x: unknown): x is FocusAreaId =>
  (FOCUS_AREA_IDS as readonly unknown[]).includes(x);

/** All four areas at 0. */
export function emptyWeights(): Weights {
  return { faglighed: 0, innovation: 0, mening: 0, drift: 0 };
}

/** Quote a piece of the input for a problem message, cut short. */
const q = (s: string) => JSON.stringify(s.length > 24 ? s.slice(0, 24) + '…' : s);

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/**
 * Reads `faglighed=2&innovation=3&…` (a leading `?` or `#` is allowed). Areas that are missing are 0.
 * Unknown keys, values that are not an integer 0–3, fragments without `=` and repeated areas are
 * reported in `problems` and otherwise ignored; everything valid is kept. Keys are matched
 * case-insensitively. When an area is given more than once, the first valid value wins (as with
 * `URLSearchParams.get`), and every later occurrence is reported.
 */
export function parseWeights(value: string | null | undefined): ParsedWeights {
  const weights = emptyWeights();
  const problems: string[] = [];
  const seen = new Set<FocusAreaId>();
  let dropped = 0;
  const problem = (p: string) => (problems.length < MAX_PROBLEMS ? problems.push(p) : dropped++);

  const text = typeof value === 'string' ? value.trim().replace(/^[?#]/, '') : '';
  for (const part of text.split('&')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      problem(`no "=" in ${q(decode(part))}`);
      continue;
    }
    const key = decode(part.slice(0, eq)).trim().toLowerCase();
    const raw = decode(part.slice(eq + 1)).trim();
    if (!isFocusAreaId(key)) {
      problem(`unknown key ${q(key)}`);
      continue;
    }
    if (!/^[0-3]$/.test(raw)) {
      problem(
        /^[+-]?\d+$/.test(raw)
          ? `${key}: ${q(raw)} is out of range 0–3`
          : `${key}: ${q(raw)} is not an integer 0–3`,
      );
      continue;
    }
    if (seen.has(key)) {
      problem(`${key}: repeated, ${q(raw)} ignored`);
      continue;
    }
    seen.add(key);
    weights[key] = Number(raw) as Weight;
  }
  if (dropped) problems.push(`… and ${dropped} more`);
  return { weights, problems };
}

/** A weight read defensively: anything that is not 0–3 counts as 0. */
const weightOf = (w: unknown, id: FocusAreaId): Weight => {
  const v = w && typeof w === 'object' ? (w as Record<string, unknown>)[id] : 0;
  return isWeight(v) ? v : 0;
};

/** Weights read defensively from anything (e.g. stored data): what is not 0–3 counts as 0. */
export function coerceWeights(w: unknown): Weights {
  const out = emptyWeights();
  for (const id of FOCUS_AREA_IDS) out[id] = weightOf(w, id);
  return out;
}

/** `faglighed=2&innovation=3&mening=1&drift=0`: canonical order, always all four areas. */
export function formatWeights(w: Weights): string {
  return FOCUS_AREA_IDS.map((id) => `${id}=${weightOf(w, id)}`).join('&');
}

/** True when at least one area has a weight above 0. */
export function hasAnyWeight(w: Weights): boolean {
  return FOCUS_AREA_IDS.some((id) => weightOf(w, id) > 0);
}

/** The areas with the highest weight, in canonical order; empty when every weight is 0. */
export function strongestAreas(w: Weights): FocusAreaId[] {
  const max = Math.max(...FOCUS_AREA_IDS.map((id) => weightOf(w, id)));
  return max > 0 ? FOCUS_AREA_IDS.filter((id) => weightOf(w, id) === max) : [];
}
