// `npm run bench`: builds, runs every benchmark script, prints one table (Markdown) with the day and the machine it
// ran on, and writes it into docs/performance.md between its bench markers, so no figure is ever pasted by hand.
// Benchmarks print figures; they never pass or fail a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { withTable } from './bench-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const scripts = ['size.mjs', 'bench-render.mjs', 'bench-search.mjs', 'bench-picker.mjs', 'bench-history.mjs', 'bench-popup.mjs', 'bench-suggest.mjs', 'bench-round.mjs'];

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const rows = [];
for (const script of scripts) {
  process.stderr.write(`running ${script}…\n`);
  const { stdout, status } = spawnSync(process.execPath, [`scripts/${script}`], { cwd: root, encoding: 'utf8' });
  const found = stdout.split('\n').filter((line) => line.startsWith('BENCH ')).map((line) => JSON.parse(line.slice(6)));
  if (!found.length) rows.push({ name: script, value: NaN, unit: '', note: `no figures (exit ${status})` });
  rows.push(...found);
}

const chromium = (() => {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium not found';
  }
})();
const format = (row) => (Number.isNaN(row.value) ? '–' : Number.isInteger(row.value) ? String(row.value) : row.unit === '×' ? row.value.toFixed(2) : row.unit === '' ? row.value.toFixed(3) : row.value.toFixed(row.value < 10 ? 2 : 1));
const day = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const lines = [
  `Latest run: ${day}, headless Chromium on the machine below.`,
  '',
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}`,
  '',
  '| measure | figure | target |',
  '| --- | --- | --- |',
];
for (const row of rows) {
  const target = row.target == null ? '' : `≤ ${row.target} ${row.unit} (${row.value <= row.target ? 'met' : 'not met'})`;
  lines.push(`| ${row.name}${row.note ? ` (${row.note})` : ''} | ${format(row)} ${row.unit} | ${target} |`);
}
const table = lines.join('\n');
console.log(table);
const page = `${root}docs/performance.md`;
writeFileSync(page, withTable(readFileSync(page, 'utf8'), table));
console.error('\nwritten into docs/performance.md');
