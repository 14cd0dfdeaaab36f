/**
 * The dialogue's model: a conversation under way (which question is shown, whether the framework's text is open)
 * and its timer (how long is left, and whether it is running), as plain data; every change returns a new run.
 * Time is passed in (`now`, in ms), so the model is tested without a clock. Pure, no DOM.
 */
import { move, type DialogueAction } from './dialogue';

export interface DialogueTimer {
  /** When the time is up (ms), while it runs. */
  deadline: number;
  /** What is left (ms): rounded up to whole seconds while it runs, exact while paused. */
  remaining: number;
  ticking: boolean;
}

export interface DialogueRun {
  running: boolean;
  /** The position of the question shown (0-based). */
  index: number;
  /** The framework's text is shown beside the question. */
  showText: boolean;
  /** The timer for the question shown; absent without one. */
  timer?: DialogueTimer;
}

/** Before the conversation starts (and after it ends). */
export const idleRun = (): DialogueRun => ({ running: false, index: 0, showText: false });

const wholeSeconds = (ms: number) => Math.ceil(ms / 1000) * 1000;

/** A timer of `ms` started `now`; undefined for none (`ms` 0). */
export function startTimer(ms: number, now: number): DialogueTimer | undefined {
  return ms > 0 ? { deadline: now + ms, remaining: wholeSeconds(ms), ticking: true } : undefined;
}

/** The run at question `index` (kept within the cards), with the timer started again. */
export function showQuestion(run: DialogueRun, index: number, count: number, ms: number, now: number): DialogueRun {
  const next: DialogueRun = { ...run, running: true, index: Math.max(0, Math.min(count - 1, index)) };
  const timer = startTimer(ms, now);
  if (timer) next.timer = timer;
  else delete next.timer;
  return next;
}

export interface StepResult {
  run: DialogueRun;
  /** The move went nowhere: already at the first or the last question. */
  edge?: 'first' | 'last';
  /** The question shown changed. */
  moved: boolean;
}

/** What an action does to a running conversation (nothing before it starts). */
export function step(run: DialogueRun, action: DialogueAction, count: number, ms: number, now: number): StepResult {
  if (!run.running) return { run, moved: false };
  if (action === 'toggle-text') return { run: { ...run, showText: !run.showText }, moved: false };
  const to = move(run.index, count, action);
  if (to === run.index) return { run, moved: false, edge: action === 'next' || action === 'last' ? 'last' : 'first' };
  return { run: showQuestion(run, to, count, ms, now), moved: true };
}

/** The timer read at `now`; `timeUp` the moment it reaches zero (once: the timer stops there). */
export function tick(run: DialogueRun, now: number): { run: DialogueRun; timeUp: boolean } {
  const t = run.timer;
  if (!t?.ticking) return { run, timeUp: false };
  const left = Math.max(0, t.deadline - now);
  const timer: DialogueTimer = { ...t, remaining: wholeSeconds(left), ticking: left > 0 };
  return { run: { ...run, timer }, timeUp: left <= 0 };
}

/** Pause, resume, or (when the time is up) start the timer again from `ms`. */
export function toggleTimer(run: DialogueRun, ms: number, now: number): DialogueRun {
  const t = run.timer;
  if (!t) return run;
  if (t.ticking) return { ...run, timer: { ...t, ticking: false, remaining: Math.max(0, t.deadline - now) } };
  if (t.remaining <= 0) return { ...run, timer: startTimer(ms, now) ?? t };
  return { ...run, timer: { ...t, ticking: true, deadline: now + t.remaining } };
}
