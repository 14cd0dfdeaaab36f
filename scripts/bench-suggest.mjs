// `npm run bench:suggest`: the suggester on the 100 tasks written blind to its word lists
// (tests/unit/suggest-blind-set.ts). Targets: the strongest area right in at least 85 % (printed as "not right"
// at most 15 %), wrong in at most 5 % (the rest: no suggestion, which the picker says plainly).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { report } from './bench-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({ root, configFile: false, logLevel: 'silent', server: { middlewareMode: true }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
try {
  const { blindScore } = await server.ssrLoadModule('/tests/unit/suggest-blind-score.ts');
  const { tasks, right, silent, wrong } = blindScore();
  const pct = (n) => (100 * n) / tasks;
  report([
    { name: 'suggester, blind set: right', value: pct(right), unit: '%', note: `${right} of ${tasks}; target ≥ 85 %` },
    { name: 'suggester, blind set: not right (wrong or silent)', value: pct(tasks - right), unit: '%', target: 15 },
    { name: 'suggester, blind set: wrong', value: pct(wrong.length), unit: '%', target: 5, note: `${silent} without a suggestion` },
  ]);
} finally {
  await server.close();
}
