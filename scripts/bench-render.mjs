// Render benchmark: how long <lg-framework> takes to show the whole framework, against the physical limit —
// a static HTML page with the same text. Both pages are loaded fresh, alternately, in headless Chromium;
// each reports the time from navigation start to the first frame after its text is in the DOM.
// Prints the medians and the ratio (the median of each round's ratio; goal ≤ 1.25×); the same ratio for the one-file build (no chunks, so no second
// round trip: it shows how much of the cost is the loading and how much the rendering); and the layout shift of a
// page with several elements and the editors' guide's snippet against layout jumps (goal CLS ≤ 0.02).
// Its floor: a minimal Lit element that renders the same text into one shadow root (bundled here with Vite), in the
// same run: `<lg-framework>` against it (goal ≤ 1.2×) is what the element's own work costs over Lit's.
// The prerendered snippet (dist/html/framework.da.html, with the loader) against the same static page: the text's
// first paint (goal ≤ 1.1×); and the layout shift while snippets upgrade (goal ≤ 0.01).
// Needs a build (dist/cdn, dist/html). Usage: node scripts/bench-render.mjs [runs]
import { build } from 'vite';
import { launchChromium } from './chromium.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { median, pairedRatio, report } from './bench-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const da = JSON.parse(readFileSync(`${root}content/gentofte/da.json`, 'utf8'));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraphs = (list) => list.map((p) => `<p>${escape(p)}</p>`).join('');
const list = (items) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
const section = (s) =>
  `<section><h2>${escape(s.heading)}</h2>${paragraphs(s.paragraphs)}${s.quote ? `<blockquote>${escape(s.quote)}</blockquote>` : ''}${(s.subsections ?? []).map(section).join('')}</section>`;
const staticBody = [
  `<h1>${escape(da.title)}</h1>`,
  `<nav><ul>${da.focusAreas.map((a) => `<li><a href="#${a.id}">${escape(a.title)}</a></li>`).join('')}</ul></nav>`,
  ...da.sections.map(section),
  `<p>${escape(da.symbol.caption)}</p>`,
  ...da.focusAreas.map(
    (a) => `<section id="${a.id}"><h2>${escape(a.title)}</h2><h3>${escape(da.labels.statementsHeading)}</h3>${list(a.statements)}<p>${escape(da.labels.pointsLead)}</p>${list(a.points)}${paragraphs(a.leaderRole)}</section>`,
  ),
  ...da.reflection.map((l) => `<section><h2>${escape(l.title)}</h2>${l.parts.map((p) => (p.title ? `<h3>${escape(p.title)}</h3>` : '') + list(p.questions.map((q) => q.text))).join('')}</section>`),
  paragraphs(da.closing),
  `<section><h2>${escape(da.glossary.heading)}</h2>${da.glossary.entries.map((e) => `<p><b>${escape(e.term)}</b> ${escape(e.explanation)}</p>`).join('')}</section>`,
].join('\n');

// The page says when it is done in the console, so that nothing polls it (and competes with it) while it loads.
const done = `requestAnimationFrame(() => setTimeout(() => console.log('rendered ' + performance.now())));`;
mkdirSync(`${root}dist/bench`, { recursive: true });
writeFileSync(
  `${root}dist/bench/static.html`,
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Static</title><link rel="icon" href="data:,"><style>body{font:1rem/1.5 system-ui;max-width:66ch}</style></head><body>${staticBody}<script>${done}</script></body></html>`,
);
const elementPage = (bundle) =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Element</title><link rel="icon" href="data:,"><script type="module" src="/dist/cdn/${bundle}"></script></head><body><lg-framework></lg-framework>
<script type="module">
await customElements.whenDefined('lg-framework');
const framework = document.querySelector('lg-framework');
await framework.updateComplete;
const deep = (root) => [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...deep(el.shadowRoot)] : []));
await Promise.all(deep(framework.shadowRoot).map((el) => el.updateComplete));
${done}
</script></body></html>`;
writeFileSync(`${root}dist/bench/element.html`, elementPage('ledelsesgrundlag.js'));
// the floor: the same text from a minimal Lit element (lit bundled in, one module, one shadow root)
writeFileSync(
  `${root}dist/bench/minimal-src.js`,
  `import { LitElement, html, css, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
const body = ${JSON.stringify(staticBody)};
customElements.define('min-framework', class extends LitElement {
  static styles = css\`:host { display: block; font: 1rem/1.5 system-ui; max-width: 66ch }\`;
  render() { return html\`\${unsafeHTML(body)}\`; }
});
`,
);
await build({
  root,
  configFile: false,
  logLevel: 'silent',
  publicDir: false,
  build: { outDir: `${root}dist/bench/minimal`, emptyOutDir: true, lib: { entry: `${root}dist/bench/minimal-src.js`, formats: ['es'], fileName: () => 'minimal.js' } },
});
writeFileSync(
  `${root}dist/bench/minimal.html`,
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Minimal Lit</title><link rel="icon" href="data:,"><script type="module" src="/dist/bench/minimal/minimal.js"></script></head><body><min-framework></min-framework>
<script type="module">
await customElements.whenDefined('min-framework');
await document.querySelector('min-framework').updateComplete;
${done}
</script></body></html>`,
);
// the prerendered framework with the loader: its text is in the HTML, painted as the page is (the upgrade comes later)
const snippetOf = (name) => readFileSync(`${root}dist/html/${name}.da.html`, 'utf8');
writeFileSync(
  `${root}dist/bench/prerendered.html`,
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Prerendered</title><link rel="icon" href="data:,"><script type="module" src="/dist/cdn/ledelsesgrundlag.js"></script></head><body>${snippetOf('framework')}<script>${done}</script></body></html>`,
);
writeFileSync(
  `${root}dist/bench/bare.html`,
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Prerendered, no loader</title><link rel="icon" href="data:,"></head><body>${snippetOf('framework')}<script>${done}</script></body></html>`,
);
// snippets between paragraphs, upgraded by the loader: what moves while they upgrade
writeFileSync(
  `${root}dist/bench/upgrade.html`,
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Upgrade</title><link rel="icon" href="data:,"><style>body{font:1rem/1.5 system-ui;max-width:66ch}</style><script type="module" src="/dist/cdn/ledelsesgrundlag.js"></script></head><body>
<h1>Ledelse</h1>${paragraphs(da.sections[0].paragraphs)}${snippetOf('focus-areas')}${paragraphs(da.sections[0].paragraphs)}${snippetOf('reflection-ledergruppe')}${snippetOf('focus-area-card-drift')}
<script type="module">
let cls = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
await Promise.all(['lg-focus-areas', 'lg-reflection', 'lg-focus-area-card'].map((t) => customElements.whenDefined(t)));
setTimeout(() => { window.shift = cls; window.shiftDone = true; }, 1000);
</script></body></html>`,
);
writeFileSync(`${root}dist/bench/element-one-file.html`, elementPage('ledelsesgrundlag.all.js'));

// a page of text with four elements between its paragraphs, and the editors' guide's snippet
const guide = readFileSync(`${root}docs/editors.md`, 'utf8');
const snippet = guide.match(/### No layout jump while the elements load[\s\S]*?```css\n([\s\S]*?)```/)[1];
const filler = paragraphs(da.sections[0].paragraphs);
writeFileSync(
  `${root}dist/bench/shift.html`,
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Shift</title><link rel="icon" href="data:,"><style>body{font:1rem/1.5 system-ui;max-width:66ch}${snippet}</style><script type="module" src="/dist/cdn/ledelsesgrundlag.js"></script></head><body>
<h1>Ledelse</h1>${filler}<lg-search></lg-search>${filler}<lg-focus-areas></lg-focus-areas>${filler}<lg-reflection></lg-reflection>${filler}<lg-focus-area-card area="drift"></lg-focus-area-card>${filler}
<script type="module">
let cls = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
await Promise.all(['lg-search', 'lg-focus-areas', 'lg-reflection', 'lg-focus-area-card'].map((t) => customElements.whenDefined(t)));
setTimeout(() => { window.shift = cls; window.shiftDone = true; }, 1000);
</script></body></html>`,
);

const server = await serve();
const browser = await launchChromium();
const times = { static: [], element: [], 'element-one-file': [], prerendered: [], minimal: [], bare: [] };
for (let i = 0; i < runs + 2; i++) {
  for (const kind of Object.keys(times)) {
    const page = await browser.newPage();
    const rendered = new Promise((resolve) =>
      page.on('console', (message) => message.text().startsWith('rendered ') && resolve(Number(message.text().slice(9)))),
    );
    await page.goto(`${server.url}/dist/bench/${kind}.html`);
    const t = await rendered;
    if (i >= 2) times[kind].push(t); // the first two rounds warm up the browser
    await page.close();
  }
}
/** The worst layout shift of five loads of `page`. */
async function worstShift(page_) {
  const shifts = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/dist/bench/${page_}.html`);
    await page.waitForFunction(() => window.shiftDone);
    shifts.push(await page.evaluate(() => window.shift));
    await page.close();
  }
  return Math.max(...shifts);
}
const shift = await worstShift('shift');
const upgradeShift = await worstShift('upgrade');
await browser.close();
await server.close();

report([
  { name: 'render: static HTML page (the limit)', value: median(times.static), unit: 'ms', note: `median of ${runs}` },
  { name: 'render: <lg-framework>, whole framework', value: median(times.element), unit: 'ms', note: `median of ${runs}` },
  { name: 'render ratio (element / static)', value: pairedRatio(times.element, times.static), unit: '×', target: 1.25, note: `median of ${runs} rounds` },
  { name: 'render ratio, one-file build (for comparison)', value: pairedRatio(times['element-one-file'], times.static), unit: '×', note: `median of ${runs} rounds` },
  { name: 'render: a minimal Lit element with the same text (the floor for a script-rendered element)', value: median(times.minimal), unit: 'ms', note: `median of ${runs}` },
  { name: 'render ratio, <lg-framework> / that minimal Lit element', value: pairedRatio(times.element, times.minimal), unit: '×', target: 1.2, note: `median of ${runs} rounds` },
  { name: 'layout shift (CLS), a page with four elements and the editors’ snippet, worst of 5', value: shift, unit: '', target: 0.02 },
  { name: 'render: the framework prerendered (dist/html) with the loader, first paint of its text', value: median(times.prerendered), unit: 'ms', note: `median of ${runs}` },
  { name: 'render ratio, prerendered snippet / static page', value: pairedRatio(times.prerendered, times.static), unit: '×', target: 1.1, note: `median of ${runs} rounds` },
  { name: 'render ratio, the same snippet without the loader / static page (what the HTML itself costs)', value: pairedRatio(times.bare, times.static), unit: '×', note: `median of ${runs} rounds` },
  { name: 'layout shift (CLS) while three prerendered snippets upgrade, worst of 5', value: upgradeShift, unit: '', target: 0.01 },
]);
