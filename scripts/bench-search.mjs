// `node scripts/bench-search.mjs`: how fast the quick lookup is over the whole framework, per language.
// Loads content/search.ts through vite (no build step), times building the index, then types realistic queries
// letter by letter (as in <lg-search>, one search per keystroke) and prints the median and p95 per keystroke.
// Budgets: building < 5 ms, a keystroke < 1 ms. Exits with 1 when a median is over budget.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { report } from './bench-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const QUERIES = {
  da: ['arbejdsmiljø', 'arbejdsmiljo', 'fællesskab', 'faellesskab', 'borgere', 'god ledelse', 'tværs af fagligheder',
    'sarlig rolle', 'TRIO', 'miljø', 'tillid og nærvær', 'hvordan samarbejder vi', 'innovation', 'fejl'],
  en: ['working environment', 'communities', 'citizens', 'good leadership', 'across professional disciplines',
    'special role', 'TRIO', 'trust', 'reflection', 'mistakes'],
};
const RUNS = 20;

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let failed = false;
const rows = [];
try {
  const { buildIndex, search } = await server.ssrLoadModule('/content/search.ts');
  const { getFramework } = await server.ssrLoadModule('/content/index.ts');
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
    return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
  };
  const ms = (x) => `${x.toFixed(3)} ms`;

  for (const lang of ['da', 'en']) {
    const fw = getFramework(lang);
    for (let i = 0; i < 50; i++) buildIndex(fw); // warm up
    const builds = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      buildIndex(fw);
      builds.push(performance.now() - t);
    }
    const index = buildIndex(fw);
    const keystrokes = [];
    let hits = 0;
    for (let run = 0; run < RUNS; run++) {
      for (const q of QUERIES[lang]) {
        for (let i = 1; i <= q.length; i++) {
          const t = performance.now();
          const found = search(index, q.slice(0, i));
          keystrokes.push(performance.now() - t);
          hits += found.length;
        }
      }
    }
    const b = stats(builds);
    const k = stats(keystrokes);
    const chars = index.entries.reduce((n, e) => n + e.text.length, 0);
    console.log(`${lang}: ${index.entries.length} texts, ${chars} characters`);
    console.log(`  build index   median ${ms(b.median)}   p95 ${ms(b.p95)}   max ${ms(b.max)}`);
    console.log(`  per keystroke median ${ms(k.median)}   p95 ${ms(k.p95)}   max ${ms(k.max)}   (${keystrokes.length / RUNS} keystrokes × ${RUNS}, ${Math.round(hits / keystrokes.length)} hits on average)`);
    rows.push(
      { name: `search (${lang}): build the index, median`, value: b.median, unit: 'ms', target: 5 },
      { name: `search (${lang}): per keystroke over the whole content, median`, value: k.median, unit: 'ms', target: 1, note: `p95 ${ms(k.p95)}` },
    );
    if (b.median > 5 || k.median > 1) failed = true;
  }
} finally {
  await server.close();
}
report(rows);
if (failed) {
  console.error('over budget (build < 5 ms, keystroke < 1 ms)');
  process.exitCode = 1;
}
