// `npm run bench:popup`: how fast the popup is ready for typing. Loads the built Chrome extension
// (.output/chrome-mv3; run `npm run build` first) into headless Chromium, opens popup.html N times, and reads
// the popup's own mark `lg:search-ready` (set when the search field receives focus), in ms since the
// navigation started. Prints median, p95 and the target (50 ms).
// Its floor, measured in the same run: a copy of the built extension (in a temporary folder; what ships is not
// touched) gets one more page, a bare text field that focuses itself and sets the same mark — what any extension
// page costs this browser on this machine. The two are opened alternately, and the ratio printed (the median of
// each pair's ratio).
// Usage: node scripts/bench-popup.mjs [runs=20]   CHROMIUM_PATH=… to use another Chromium.
import { launchWithExtension } from './chromium.mjs';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, pairedRatio, percentile, report } from './bench-report.mjs';

const TARGET_MS = 50;
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.output/chrome-mv3');
const runs = Math.max(1, Number(process.argv[2] ?? 20) || 20);
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run `npm run build` first.');
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'lg-bench-'));
const copy = mkdtempSync(join(tmpdir(), 'lg-bench-ext-'));
cpSync(dir, copy, { recursive: true });
writeFileSync(
  join(copy, 'bench-floor.html'),
  '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Floor</title></head><body><input aria-label="Søg"><script type="module" src="/bench-floor.js"></script></body></html>',
);
writeFileSync(
  join(copy, 'bench-floor.js'),
  "const field = document.querySelector('input');\nfield.addEventListener('focus', () => { performance.mark('lg:search-focused'); performance.mark('lg:search-ready'); });\nfield.focus();\n",
);
const context = await launchWithExtension(profile, copy);

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;

  /** One opening of `page`: ms from navigation start to the focused search field, and to the field that answers. */
  async function open(name = 'popup.html') {
    const page = await context.newPage();
    await page.goto(`${base}/${name}`);
    // Read the marks from here, a few times if need be, rather than polling inside the page (waitForFunction would
    // inject its script and run every frame while the popup is still starting, and be counted in its time).
    let marks;
    for (let tries = 0; marks === undefined && tries < 200; tries++) {
      marks = await page.evaluate(() => {
        const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
        return at('lg:search-ready') === undefined ? undefined : { focused: at('lg:search-focused'), ready: at('lg:search-ready') };
      });
      if (marks === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (marks === undefined) throw new Error('The popup never had its search field ready (no lg:search-ready mark in 10 s).');
    await page.close();
    return marks;
  }

  // The first opening after the browser starts also starts the extension's renderer: shown, not counted.
  const cold = (await open()).ready;
  await open('bench-floor.html');
  const times = [];
  const focusTimes = [];
  const floors = [];
  for (let i = 0; i < runs; i++) {
    const popupMarks = await open();
    times.push(popupMarks.ready);
    focusTimes.push(popupMarks.focused);
    floors.push((await open('bench-floor.html')).focused);
  }
  const ms = (x) => `${x.toFixed(1)} ms`;
  const popup = median(times);
  const floor = median(floors);
  const p95 = percentile(times, 95);
  console.log(`Popup: navigation start → search field focused and ready (${runs} openings, headless Chromium)`);
  console.log(`  first opening (cold): ${ms(cold)}`);
  console.log(`  median ${ms(popup)}   p95 ${ms(p95)}   min ${ms(Math.min(...times))}   max ${ms(Math.max(...times))}`);
  console.log(`  a bare extension page with one text field, same run: median ${ms(floor)}`);
  console.log(`  target: under ${TARGET_MS} ms (median) — ${popup < TARGET_MS ? 'met' : 'NOT met'}`);
  report([
    { name: 'popup: opening → search field focused (its HTML, prerendered; what is typed is kept), median', value: median(focusTimes), unit: 'ms', note: `${runs} openings` },
    { name: 'popup: opening → search field answers (hydrated), median', value: popup, unit: 'ms', target: TARGET_MS, note: `${runs} openings; p95 ${ms(p95)}` },
    { name: 'popup: first opening after browser start (answers)', value: cold, unit: 'ms' },
    { name: 'extension page with nothing but a text field (the floor), median', value: floor, unit: 'ms', note: `${runs} openings, alternating` },
    { name: 'popup focused / that floor', value: pairedRatio(focusTimes, floors), unit: '×', target: 1.15, note: `median of ${runs} pairs` },
    { name: 'popup answers / that floor', value: pairedRatio(times, floors), unit: '×', note: `median of ${runs} pairs` },
  ]);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(copy, { recursive: true, force: true });
}
