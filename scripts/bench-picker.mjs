// Picker benchmark: the time from a keypress on an area's scale (an arrow key in its radio group) to the
// frame in which the heart shows the new weight, in headless Chromium. The figure includes the wait for the
// next frame (up to one frame interval, about 16.7 ms at 60 Hz, whatever the code does), so the script's own
// share is printed too. Measured in the page: from the
// keydown event's timestamp to just after the next frame that follows the heart's change (a message posted
// from requestAnimationFrame runs after that frame's paint). Target: under 16 ms (one frame at 60 Hz).
// Needs a build (dist/cdn). Usage: node scripts/bench-picker.mjs [presses]
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { median, percentile, report } from './bench-report.mjs';

const presses = Number(process.argv[2] ?? 60);
const server = await serve();
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${server.url}/tests/e2e/pages/form.html`);
await page.waitForFunction(() => document.querySelector('lg-task-picker')?.shadowRoot?.querySelector('input[type=radio]'));

await page.evaluate(() => {
  const root = document.querySelector('lg-task-picker').shadowRoot;
  root.querySelector('input[type=radio]').focus();
  window.samples = [];
  window.work = [];
  window.frames = [];
  let pressed = 0;
  // Count display frames, to say whether the heart changed in the very next frame after the key.
  let frame = 0;
  let pressedFrame = 0;
  const tick = () => {
    frame++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener(
    'keydown',
    (event) => {
      pressed = event.timeStamp;
      pressedFrame = frame;
    },
    true,
  );
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    window.samples.push(performance.now() - pressed);
    window.frames.push(frame - pressedFrame);
  };
  new MutationObserver(() => {
    window.work.push(performance.now() - pressed);
    requestAnimationFrame(() => channel.port2.postMessage(0));
  }).observe(root.querySelector('svg.meter'), {
    attributes: true,
    subtree: true,
    attributeFilter: ['transform'],
  });
});

for (let i = 0; i < presses; i++) {
  await page.keyboard.press(i % 6 < 3 ? 'ArrowRight' : 'ArrowLeft');
  await page.waitForFunction((n) => window.samples.length >= n, i + 1);
}
const samples = (await page.evaluate(() => window.samples)).slice(5);
const work = (await page.evaluate(() => window.work)).slice(5);
const frames = (await page.evaluate(() => window.frames)).slice(5);
await browser.close();
await server.close();

report([
  { name: 'picker: keypress → heart updated in the DOM (script work), median', value: median(work), unit: 'ms' },
  { name: 'picker: keypress → heart repainted, median', value: median(samples), unit: 'ms', target: 16, note: `${samples.length} presses` },
  { name: 'picker: keypress → heart repainted, p95', value: percentile(samples, 95), unit: 'ms' },
  {
    name: 'picker: display frames from keypress to repainted heart, median',
    value: median(frames),
    unit: 'frames',
    target: 1,
    note: `${frames.filter((f) => f <= 1).length} of ${frames.length} in the next frame`,
  },
]);
