/**
 * The suggester on tasks written blind to its word lists (tests/unit/suggest-blind-set.ts): how it does on
 * text it was not tuned for. The score is printed (and by `npm run bench`); the floor only guards against the lists
 * getting worse. Do not tune the word lists against these tasks: that would turn the measure into a memory test.
 */
import { describe, expect, it } from 'vitest';
import { blindScore } from './suggest-blind-score';

describe('the suggester on tasks written blind to its word lists', () => {
  it('puts the expected area on top for most tasks, and says nothing rather than guessing wildly', () => {
    const { tasks, right, silent, wrong } = blindScore();
    console.log(
      `suggester, blind set: ${right}/${tasks} = ${Math.round((right / tasks) * 100)}% right, ${silent} without a suggestion, ${wrong.length} wrong`,
    );
    if (wrong.length) console.log(`  wrong:\n  ${wrong.join('\n  ')}`);
    expect(tasks).toBeGreaterThanOrEqual(100);
    expect(right / tasks).toBeGreaterThanOrEqual(FLOOR);
  });
});

/** The floor the issue set: above 80 % right. */
const FLOOR = 0.8;
