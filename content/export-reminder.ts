/**
 * When to remind a person to export what they keep in the browser (saved tasks, reflections): after a number of
 * saved changes, or a month after the oldest change not yet exported. Pure: the state is a small record the
 * elements keep (in localStorage), the clock is passed in.
 */

/** Saved changes without an export after which the reminder shows. */
export const CHANGES_BEFORE_REMINDER = 10;
/** Days after the oldest change not yet exported after which the reminder shows. */
export const DAYS_BEFORE_REMINDER = 30;

export interface ReminderState {
  /** Saved changes since the last export (or since the reminder was put off). */
  changes: number;
  /** When the oldest of those changes was saved (ISO); absent when there are none. */
  since?: string;
}

/** Why the reminder shows. */
export type ReminderReason = 'changes' | 'days';

export const NO_CHANGES: ReminderState = { changes: 0 };

/** One more saved change. */
export function changed(state: ReminderState, now: Date): ReminderState {
  return { changes: state.changes + 1, since: state.since ?? now.toISOString() };
}

/** Everything exported (or the reminder put off): counting starts again. */
export const exported = (): ReminderState => NO_CHANGES;

/** Whether the reminder is due, and why; undefined when it is not. */
export function reminderDue(state: ReminderState, now: Date): ReminderReason | undefined {
  if (state.changes >= CHANGES_BEFORE_REMINDER) return 'changes';
  const since = state.since ? Date.parse(state.since) : NaN;
  if (state.changes > 0 && now.getTime() - since >= DAYS_BEFORE_REMINDER * 86_400_000) return 'days';
  return undefined;
}

/** The state from what was kept: anything malformed counts as no changes (a reminder missed, never an error). */
export function toReminderState(x: unknown): ReminderState {
  const r = x as Partial<ReminderState> | null;
  const changes = typeof r?.changes === 'number' && Number.isInteger(r.changes) && r.changes > 0 ? r.changes : 0;
  const since = typeof r?.since === 'string' && !Number.isNaN(Date.parse(r.since)) ? r.since : undefined;
  return changes ? { changes, since } : NO_CHANGES;
}
