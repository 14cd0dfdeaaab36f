// `npm run size`: the gzip size of the single-file bundle, and of its parts, and the bundle against its
// floor: lit plus the text of both languages, each gzipped (what no bundle of these elements can go below).
// Builds the bundle in memory (the same settings as scripts/build.mjs), groups its modules into parts,
// minifies each part on its own and gzips it. Parts are measured alone, so they add up to a little
// more than the whole (gzip finds more repetition in one stream).
import { build, transformWithEsbuild } from 'vite';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { BUNDLE_BUDGET_BYTES, cdnBuildOptions } from './bundle-options.mjs';
import { report } from './bench-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = BUNDLE_BUDGET_BYTES;

const [output] = await build({ ...cdnBuildOptions(root), logLevel: 'silent', build: { ...cdnBuildOptions(root).build, write: false } });
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

console.log(`dist/cdn/ledelsesgrundlag.js: ${kb(chunk.code.length)} minified, ${kb(total)} gzip (budget ${kb(BUDGET)})`);
for (const [name, size] of rows) console.log(`  ${name.padEnd(26)} ${kb(size).padStart(8)} gzip`);
const size = (name) => rows.find(([part]) => part === name)?.[1] ?? 0;
const floor = size('lit') + size('text: Danish (da.json)') + size('text: English (en.json)');
report([
  { name: 'bundle: single file, gzip', value: total / 1024, unit: 'KB', target: BUDGET / 1024 },
  { name: 'bundle: floor (lit + both texts), gzip', value: floor / 1024, unit: 'KB' },
  { name: 'bundle ratio (bundle / floor)', value: total / floor, unit: '×' },
]);
if (total > BUDGET) {
  console.error(`Over budget by ${kb(total - BUDGET)}.`);
  process.exitCode = 1;
}
