// `npm run size`: what a page downloads, gzipped.
// - Each element alone on a Danish page, from the split bundle (dist/cdn/ledelsesgrundlag.js and the chunks it
//   loads), against that page's floor: lit plus the Danish text (what no page of these elements can go below).
// - The one-file build (ledelsesgrundlag.all.js) and its parts, against its floor: lit plus both texts.
// Builds both in a temporary folder (the same settings as scripts/build.mjs). Parts are minified and gzipped
// alone, so they add up to a little more than the whole (gzip finds more repetition in one stream).
import { build, transformWithEsbuild } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_BUDGET_BYTES, PAGE_BUDGET_BYTES, allInOneBuildOptions, cdnBuildOptions } from './bundle-options.mjs';
import { filesFor } from './chunk-graph.mjs';
import { report } from './bench-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = BUNDLE_BUDGET_BYTES;

const split = mkdtempSync(join(tmpdir(), 'lg-size-'));
const splitOptions = cdnBuildOptions(root);
await build({ ...splitOptions, logLevel: 'silent', build: { ...splitOptions.build, outDir: split } });
const allOptions = allInOneBuildOptions(root);
const [output] = await build({ ...allOptions, logLevel: 'silent', build: { ...allOptions.build, write: false } });
const chunk = output.output.find((o) => o.type === 'chunk');

const partOf = (id) => {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)) return 'lit';
  if (id.endsWith('/gentofte/da.json')) return 'text: Danish (da.json)';
  if (id.endsWith('/gentofte/en.json')) return 'text: English (en.json)';
  if (/\/keywords\.\w+\.json$/.test(id)) return 'suggester word lists';
  if (/node_modules\/idb\//.test(id)) return 'idb';
  if (id.includes('/content/')) return 'content code';
  const element = id.match(/\/components\/([\w-]+)\//)?.[1];
  if (element) return element === 'shared' ? 'elements: shared code' : `element: ${element}`;
  return 'other';
};
const parts = new Map();
for (const [id, mod] of Object.entries(chunk.modules)) {
  const name = partOf(id);
  parts.set(name, (parts.get(name) ?? '') + mod.code + '\n');
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const [name, code] of parts) {
  const { code: min } = await transformWithEsbuild(code, 'part.js', { minify: true, target: 'es2021' });
  rows.push([name, gz(min)]);
}
rows.sort((a, b) => b[1] - a[1]);
const total = gz(chunk.code);

console.log(`dist/cdn/ledelsesgrundlag.all.js: ${kb(chunk.code.length)} minified, ${kb(total)} gzip (budget ${kb(BUDGET)})`);
for (const [name, size] of rows) console.log(`  ${name.padEnd(26)} ${kb(size).padStart(8)} gzip`);
const size = (name) => rows.find(([part]) => part === name)?.[1] ?? 0;
const floor = size('lit') + size('text: Danish (da.json)') + size('text: English (en.json)');
const pageFloor = size('lit') + size('text: Danish (da.json)');

// each element alone on a Danish page: the files it downloads (each file gzipped, as a server sends them)
const TAGS = ['lg-focus-areas', 'lg-focus-area-card', 'lg-reflection', 'lg-framework', 'lg-search', 'lg-task-picker', 'lg-reflection-journal', 'lg-dialogue', 'lg-round', 'lg-meeting'];
const pages = TAGS.map((tag) => {
  const files = filesFor(split, [tag]);
  return { tag, files: files.length, bytes: files.reduce((n, f) => n + gz(readFileSync(join(split, f))), 0) };
});
rmSync(split, { recursive: true, force: true });
console.log('\nEach element alone on a Danish page (split bundle), JavaScript transferred, gzip:');
console.log('| element | files | gzip | × floor |\n| --- | --- | --- | --- |');
for (const p of pages) console.log(`| \`<${p.tag}>\` | ${p.files} | ${kb(p.bytes)} | ${(p.bytes / pageFloor).toFixed(2)} × |`);
const focusAreas = pages[0];
report([
  { name: 'page with only <lg-focus-areas>, Danish: JavaScript, gzip', value: focusAreas.bytes / 1024, unit: 'KB', target: PAGE_BUDGET_BYTES / 1024 },
  { name: 'page floor (lit + Danish text), gzip', value: pageFloor / 1024, unit: 'KB' },
  { name: 'page with only <lg-focus-areas> / its floor', value: focusAreas.bytes / pageFloor, unit: '×', target: 1.5 },
  ...pages.slice(1).map((p) => ({ name: `page with only <${p.tag}> / the floor`, value: p.bytes / pageFloor, unit: '×' })),
  { name: 'one-file build (ledelsesgrundlag.all.js), gzip', value: total / 1024, unit: 'KB', target: BUDGET / 1024 },
  { name: 'one-file floor (lit + both texts), gzip', value: floor / 1024, unit: 'KB' },
  { name: 'one-file ratio (bundle / floor)', value: total / floor, unit: '×' },
]);
if (total > BUDGET || focusAreas.bytes > PAGE_BUDGET_BYTES || focusAreas.bytes / pageFloor > 1.5) {
  console.error('Over budget.');
  process.exitCode = 1;
}
