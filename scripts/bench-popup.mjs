// `npm run bench:popup`: how fast the popup is ready for typing. Loads the built Chrome extension
// (.output/chrome-mv3; run `npm run build` first) into headless Chromium, opens popup.html N times, and reads the
// popup's own marks, in ms since the navigation started: `lg:search-focused`, when its search field has focus (from
// its prerendered HTML; what is typed from then on is kept), and `lg:search-ready`, when the search answers (the
// element has hydrated). Prints medians, p95 and the old absolute target (50 ms).
// Its floors, measured in the same run: a copy of the built extension (in a temporary folder; what ships is not
// touched) gets two more pages, a bare text field that its script focuses, and the same field focused by the HTML
// (autofocus) — what any extension page costs this browser on this machine. The pages are opened in turn, and the
// ratios printed (the median of each round's ratio); the popup's focus against the page focused by its HTML is the
// like-for-like one (target 1.15×).
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
// the same bare page with its field focused by the HTML (autofocus) and the popup's way of noting when: the floor of a
// page whose field comes with its HTML, as the popup's does
writeFileSync(
  join(copy, 'bench-floor-html.html'),
  '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Floor</title></head><body><input aria-label="Søg" autofocus><script type="module" src="/bench-floor-html.js"></script></body></html>',
);
writeFileSync(
  join(copy, 'bench-floor-html.js'),
  "const field = document.querySelector('input');\nconst done = () => { performance.mark('lg:search-focused'); performance.mark('lg:search-ready'); };\nif (document.activeElement === field) done();\nelse field.addEventListener('focus', done, { once: true });\n",
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
  await open('bench-floor-html.html');
  const times = [];
  const focusTimes = [];
  const floors = [];
  const htmlFloors = [];
  for (let i = 0; i < runs; i++) {
    const popupMarks = await open();
    times.push(popupMarks.ready);
    focusTimes.push(popupMarks.focused);
    floors.push((await open('bench-floor.html')).focused);
    htmlFloors.push((await open('bench-floor-html.html')).focused);
  }
  const ms = (x) => `${x.toFixed(1)} ms`;
  const popup = median(times);
  const floor = median(floors);
  const p95 = percentile(times, 95);
  console.log(`Popup: navigation start → search field answers (${runs} openings, headless Chromium)`);
  console.log(`  first opening (cold): ${ms(cold)}`);
  console.log(`  median ${ms(popup)}   p95 ${ms(p95)}   min ${ms(Math.min(...times))}   max ${ms(Math.max(...times))}`);
  console.log(`  a bare extension page with one text field, same run: median ${ms(floor)}`);
  console.log(`  target: under ${TARGET_MS} ms (median) — ${popup < TARGET_MS ? 'met' : 'NOT met'}`);
  report([
    { name: 'popup: opening → search field focused (its HTML, prerendered; what is typed is kept), median', value: median(focusTimes), unit: 'ms', note: `${runs} openings` },
    { name: 'popup: opening → search field answers (hydrated), median', value: popup, unit: 'ms', target: TARGET_MS, note: `${runs} openings; p95 ${ms(p95)}` },
    { name: 'popup: first opening after browser start (answers)', value: cold, unit: 'ms' },
    { name: 'extension page with nothing but a text field that its script focuses (the floor), median', value: floor, unit: 'ms', note: `${runs} openings, alternating` },
    { name: 'the same page, its field focused by its HTML (autofocus), median', value: median(htmlFloors), unit: 'ms', note: `${runs} openings, alternating` },
    { name: 'popup focused / the page focused by its HTML', value: pairedRatio(focusTimes, htmlFloors), unit: '×', target: 1.15, note: `median of ${runs} triples` },
    { name: 'popup focused / the page its script focuses', value: pairedRatio(focusTimes, floors), unit: '×', note: `median of ${runs} triples` },
    { name: 'popup answers / the page its script focuses', value: pairedRatio(times, floors), unit: '×', note: `median of ${runs} triples` },
  ]);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(copy, { recursive: true, force: true });
}
