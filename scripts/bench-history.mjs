// Cost as the work grows: how long the journal takes to be ready with 2,000 notes against 20, the picker with
// 1,000 saved tasks against 20, and how long importing 2,000 notes takes. Each store is filled (through the
// package's own stores, the npm build in dist/) in a fresh browser context, then the page with the element is
// loaded and timed from navigation to the first frame after its list is rendered. Sizes alternate; a ratio is the
// median of each round's ratio (the two sizes are timed one after the other, so a busy spell on the machine falls
// on both). Needs a build (dist/). Usage: node scripts/bench-history.mjs [runs]
import { launchChromium } from './chromium.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { median, pairedRatio, report } from './bench-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 7);
const head = `<meta charset="utf-8"><link rel="icon" href="data:,"><script type="importmap">{"imports":{"idb":"/node_modules/idb/build/index.js"}}</script>`;
mkdirSync(`${root}dist/bench`, { recursive: true });

// filling the stores: notes weekly from 2016, tasks one a day
writeFileSync(
  `${root}dist/bench/fill.html`,
  `<!doctype html><html lang="da"><head>${head}<title>Fill</title></head><body><script type="module">
import { openJournalStore } from '/dist/components/reflection-journal/journal-store.js';
import { openTaskStore } from '/dist/components/shared/task-store.js';
const params = new URLSearchParams(location.search);
const n = Number(params.get('n'));
const level = (i) => i % 4;
const area = (i) => ({ level: level(i), strengths: 'Sparring med teamet om ' + i, develop: 'Uddelegere mere' });
const at = (i) => new Date(Date.UTC(2016, 0, 4 + 7 * i, 9)).toISOString();
if (params.get('kind') === 'journal') {
  const store = await openJournalStore();
  await store.restore(Array.from({ length: n }, (_, i) => ({ id: 'j' + i, date: at(i).slice(0, 10), createdAt: at(i), updatedAt: at(i),
    areas: { faglighed: area(i), innovation: area(i + 1), mening: area(i + 2), drift: area(i + 3) }, answers: {} })));
  store.close();
} else {
  const store = await openTaskStore();
  const t = (i) => new Date(Date.UTC(2020, 0, 1 + i, 9)).toISOString();
  await store.restore(Array.from({ length: n }, (_, i) => ({ id: 't' + i, title: 'Opgave ' + i, description: 'Beskrivelse', weights: { faglighed: i % 4, innovation: (i + 1) % 4, mening: (i + 2) % 4, drift: (i + 3) % 4 }, createdAt: t(i), updatedAt: t(i) })));
  store.close();
}
window.filled = true;
</script></body></html>`,
);
const timed = (tag, ready) => `<!doctype html><html lang="da"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Bench</title><script type="module" src="/dist/cdn/ledelsesgrundlag.js"></script></head><body><${tag}></${tag}>
<script type="module">
await customElements.whenDefined('${tag}');
const el = document.querySelector('${tag}');
const until = async (f) => { while (!f()) { await el.updateComplete; await new Promise((r) => setTimeout(r, 5)); } };
await until(() => ${ready});
requestAnimationFrame(() => setTimeout(() => { window.readyAt = performance.now(); }));
</script></body></html>`;
writeFileSync(`${root}dist/bench/journal.html`, timed('lg-reflection-journal', "el.shadowRoot.querySelector('.entries li')"));
writeFileSync(`${root}dist/bench/picker.html`, timed('lg-task-picker', "el.shadowRoot.querySelector('[part=saved] li')"));

const server = await serve({ root }); // node_modules/idb too, for filling the stores
const browser = await launchChromium();

async function readyTime(kind, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(kind, n, String(e)));
  page.on('console', (m) => m.type() === 'error' && console.error(kind, n, m.text()));
  await page.goto(`${server.url}/dist/bench/fill.html?kind=${kind}&n=${n}`);
  await page.waitForFunction(() => window.filled, null, { timeout: 120_000 });
  await page.goto(`${server.url}/dist/bench/${kind === 'journal' ? 'journal' : 'picker'}.html`);
  const t = await (await page.waitForFunction(() => window.readyAt, null, { timeout: 60_000 })).jsonValue();
  await context.close();
  return t;
}

const times = { journal20: [], journal2000: [], picker20: [], picker1000: [] };
for (let i = 0; i < runs + 1; i++) {
  for (const [key, kind, n] of [['journal20', 'journal', 20], ['journal2000', 'journal', 2000], ['picker20', 'tasks', 20], ['picker1000', 'tasks', 1000]]) {
    const t = await readyTime(kind, n);
    if (i >= 1) times[key].push(t); // the first round warms up the browser
  }
}

// importing 2,000 notes into an empty journal: preview, then import, timed in the page
const imports = [];
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/dist/bench/journal.html`.replace('journal.html', 'fill.html') + '?kind=journal&n=0');
  await page.waitForFunction(() => window.filled);
  await page.goto(`${server.url}/tests/e2e/pages/journal.html`);
  await page.waitForFunction(() => customElements.get('lg-reflection-journal'));
  imports.push(
    await page.evaluate(async () => {
      const at = (i) => new Date(Date.UTC(2016, 0, 4 + 7 * i, 9)).toISOString();
      const a = (i) => ({ level: i % 4, strengths: 'Tekst ' + i, develop: '' });
      const entries = Array.from({ length: 2000 }, (_, i) => ({ id: 'i' + i, date: at(i).slice(0, 10), createdAt: at(i), updatedAt: at(i), areas: { faglighed: a(i), innovation: a(i + 1), mening: a(i + 2), drift: a(i + 3) }, answers: {} }));
      const text = JSON.stringify({ format: 'ledelsesgrundlag-journal', version: 1, exportedAt: at(0), entries });
      const el = document.querySelector('lg-reflection-journal');
      await el.updateComplete;
      const start = performance.now();
      await el.previewImport(text);
      await el.confirmImport();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - start;
    }),
  );
  await context.close();
}
await browser.close();
await server.close();

const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
report([
  { name: 'journal with 20 notes: ready', value: m.journal20, unit: 'ms', note: `median of ${runs}` },
  { name: 'journal with 2,000 notes: ready', value: m.journal2000, unit: 'ms', note: `median of ${runs}` },
  { name: 'journal ratio (2,000 / 20)', value: pairedRatio(times.journal2000, times.journal20), unit: '×', target: 1.25, note: `median of ${runs} rounds` },
  { name: 'picker with 20 saved tasks: ready', value: m.picker20, unit: 'ms', note: `median of ${runs}` },
  { name: 'picker with 1,000 saved tasks: ready', value: m.picker1000, unit: 'ms', note: `median of ${runs}` },
  { name: 'picker ratio (1,000 / 20)', value: pairedRatio(times.picker1000, times.picker20), unit: '×', target: 1.25, note: `median of ${runs} rounds` },
  { name: 'journal: import 2,000 notes (preview, then import)', value: median(imports) / 1000, unit: 's', target: 2, note: 'median of 3' },
]);
