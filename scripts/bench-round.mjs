// `node scripts/bench-round.mjs [people=10]`: what a round costs the facilitator in a real room — the actions (clicks,
// keys, pastes) on the meeting screen from starting a round to the group's picture, with ten participants on phones of
// their own who send their codes in the meeting's chat (scripts/round-meeting.mjs). Target: at most 5.
import { launchChromium } from './chromium.mjs';
import { report } from './bench-report.mjs';
import { serve } from './serve.mjs';
import { runRound } from './round-meeting.mjs';

const people = Math.max(3, Number(process.argv[2] ?? 10) || 10);
const server = await serve();
const browser = await launchChromium();
try {
  const { actions } = await runRound(browser, `${server.url}/tests/e2e/pages/round.html`, people);
  report([{ name: `round of ${people}: the facilitator's actions from start to the picture`, value: actions.length, unit: 'actions', target: 5, note: actions.join(', ') }]);
} finally {
  await browser.close();
  await server.close();
}
