/** The dialogue's model, without a DOM or a clock: position, the framework text and the timer. */
import { describe, expect, it } from 'vitest';
import { idleRun, showQuestion, startTimer, step, tick, toggleTimer, type DialogueRun } from '../../content/dialogue-run';

const MIN = 60_000;

describe('a conversation', () => {
  it('starts at a question, with the timer running when there is one', () => {
    const run = showQuestion(idleRun(), 0, 5, 2 * MIN, 1000);
    expect(run).toEqual({ running: true, index: 0, showText: false, timer: { deadline: 1000 + 2 * MIN, remaining: 2 * MIN, ticking: true } });
    expect(showQuestion(idleRun(), 9, 5, 0, 0)).toEqual({ running: true, index: 4, showText: false });
  });

  it('moves, restarting the timer, and says when it is at either end', () => {
    let run = showQuestion(idleRun(), 0, 3, MIN, 0);
    const back = step(run, 'previous', 3, MIN, 10);
    expect(back).toMatchObject({ moved: false, edge: 'first' });
    const next = step(run, 'next', 3, MIN, 5000);
    expect(next.moved).toBe(true);
    expect(next.run.index).toBe(1);
    expect(next.run.timer?.deadline).toBe(5000 + MIN);
    run = step(next.run, 'last', 3, MIN, 6000).run;
    expect(step(run, 'next', 3, MIN, 7000)).toMatchObject({ moved: false, edge: 'last' });
    expect(step(idleRun(), 'next', 3, MIN, 0)).toEqual({ run: idleRun(), moved: false });
  });

  it('shows and hides the framework text without moving', () => {
    const run = showQuestion(idleRun(), 1, 3, 0, 0);
    const shown = step(run, 'toggle-text', 3, 0, 0);
    expect(shown).toMatchObject({ moved: false, run: { index: 1, showText: true } });
    expect(step(shown.run, 'toggle-text', 3, 0, 0).run.showText).toBe(false);
  });
});

describe('the timer', () => {
  it('counts down in whole seconds and says the time is up exactly once', () => {
    let run: DialogueRun = { ...idleRun(), running: true, timer: startTimer(3000, 0) };
    run = tick(run, 1200).run;
    expect(run.timer).toMatchObject({ remaining: 2000, ticking: true });
    const up = tick(run, 3000);
    expect(up.timeUp).toBe(true);
    expect(up.run.timer).toMatchObject({ remaining: 0, ticking: false });
    expect(tick(up.run, 4000).timeUp).toBe(false);
  });

  it('pauses with the exact time left, resumes from it, and restarts once it is up', () => {
    const run = { ...idleRun(), running: true, timer: startTimer(MIN, 0) };
    const paused = toggleTimer(run, MIN, 10_500);
    expect(paused.timer).toEqual({ deadline: MIN, remaining: MIN - 10_500, ticking: false });
    expect(tick(paused, 50_000).run).toBe(paused);
    const resumed = toggleTimer(paused, MIN, 100_000);
    expect(resumed.timer).toEqual({ deadline: 100_000 + MIN - 10_500, remaining: MIN - 10_500, ticking: true });
    const over = tick(resumed, 200_000).run;
    expect(toggleTimer(over, MIN, 300_000).timer).toEqual({ deadline: 300_000 + MIN, remaining: MIN, ticking: true });
    expect(toggleTimer(idleRun(), MIN, 0)).toEqual(idleRun());
  });

  it('is absent without minutes', () => {
    expect(startTimer(0, 0)).toBeUndefined();
  });
});
