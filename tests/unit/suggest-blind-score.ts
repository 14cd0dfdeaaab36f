/** The suggester's score on the blind set, shared by its test and by `npm run bench` (scripts/bench-suggest.mjs). */
import da from '../../content/gentofte/keywords.da.json';
import en from '../../content/gentofte/keywords.en.json';
import { suggestWeights } from '../../content/suggest';
import { strongestAreas } from '../../content/task-weights';
import { BLIND_SET } from './suggest-blind-set';

const LISTS = { da, en };

export function blindScore() {
  let right = 0;
  let silent = 0;
  const wrong: string[] = [];
  for (const task of BLIND_SET) {
    const top = strongestAreas(suggestWeights(task.text, LISTS[task.lang]).weights);
    const expected: readonly string[] = typeof task.expected === 'string' ? [task.expected] : task.expected;
    if (!top.length) silent++;
    // Right if an expected area is the single strongest, or tied with at most one other.
    else if (top.length <= 2 && top.some((a) => expected.includes(a))) right++;
    else wrong.push(`${expected.join('+')} ← [${top.join(', ')}]: ${task.text.slice(0, 60)}`);
  }
  return { tasks: BLIND_SET.length, right, silent, wrong };
}
