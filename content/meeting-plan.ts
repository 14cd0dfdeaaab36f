/**
 * A meeting's plan (drejebog): the phases of a team's meeting on the framework, each with a timebox, in an order the
 * facilitator may change, any of them skipped. Pure, no DOM.
 *
 *   check-in → last time's agreements → a round → the group's picture (where it disagrees most) → the dialogue on that
 *   area with the framework's questions → new agreements → close (what did we get out of it?)
 */
export const PHASE_IDS = ['checkin', 'follow-up', 'round', 'picture', 'dialogue', 'agreements', 'close'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export interface Phase {
  id: PhaseId;
  /** The timebox, in whole minutes (1–120). */
  minutes: number;
  skipped: boolean;
}

const DEFAULT_MINUTES: Record<PhaseId, number> = { checkin: 5, 'follow-up': 10, round: 10, picture: 10, dialogue: 25, agreements: 10, close: 5 };

/** The plan a meeting starts from: every phase, in the order above. */
export const defaultPlan = (): Phase[] => PHASE_IDS.map((id) => ({ id, minutes: DEFAULT_MINUTES[id], skipped: false }));

/** The phase `id` moved one place up (-1) or down (1); at an end, the plan as it was. */
export function movePhase(plan: readonly Phase[], id: PhaseId, by: -1 | 1): Phase[] {
  const i = plan.findIndex((p) => p.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= plan.length) return [...plan];
  const next = [...plan];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** The phase `id` skipped, or back in. */
export const toggleSkipped = (plan: readonly Phase[], id: PhaseId): Phase[] => plan.map((p) => (p.id === id ? { ...p, skipped: !p.skipped } : p));

/** The timebox of `id` as typed: a whole number 1–120, or the plan unchanged and false. */
export function setMinutes(plan: readonly Phase[], id: PhaseId, typed: string): { plan: Phase[]; ok: boolean } {
  const n = /^\s*\d{1,3}\s*$/.test(typed) ? Number(typed) : NaN;
  if (!(n >= 1 && n <= 120)) return { plan: [...plan], ok: false };
  return { plan: plan.map((p) => (p.id === id ? { ...p, minutes: n } : p)), ok: true };
}

/** The minutes of the phases not skipped. */
export const plannedMinutes = (plan: readonly Phase[]): number => plan.reduce((sum, p) => sum + (p.skipped ? 0 : p.minutes), 0);

/** A plan read from a file or the store: every phase once, known ids, sane minutes; else the default plan. */
export function toPlan(x: unknown): Phase[] {
  if (!Array.isArray(x)) return defaultPlan();
  const read = x.flatMap((p): Phase[] => {
    const id = PHASE_IDS.find((known) => known === (p as Partial<Phase> | null)?.id);
    const minutes = (p as Partial<Phase>).minutes;
    return id && Number.isInteger(minutes) && minutes! >= 1 && minutes! <= 120 ? [{ id, minutes: minutes!, skipped: (p as Partial<Phase>).skipped === true }] : [];
  });
  return read.length === PHASE_IDS.length && new Set(read.map((p) => p.id)).size === PHASE_IDS.length ? read : defaultPlan();
}
