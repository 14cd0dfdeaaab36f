// `npm run bench`: builds, runs every benchmark script and prints one table (Markdown, ready for the README),
// with the machine it ran on. Benchmarks print figures; they never pass or fail a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scripts = ['size.mjs', 'bench-render.mjs', 'bench-search.mjs', 'bench-picker.mjs', 'bench-history.mjs', 'bench-popup.mjs', 'bench-suggest.mjs'];

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
const format = (row) => (Number.isNaN(row.value) ? '–' : row.unit === '×' ? row.value.toFixed(2) : row.unit === '' ? row.value.toFixed(3) : row.value.toFixed(row.value < 10 ? 2 : 1));
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}\n`);
console.log('| measure | figure | target |');
console.log('| --- | --- | --- |');
for (const row of rows) {
  const target = row.target == null ? '' : `≤ ${row.target} ${row.unit} (${row.value <= row.target ? 'met' : 'not met'})`;
  console.log(`| ${row.name}${row.note ? ` (${row.note})` : ''} | ${format(row)} ${row.unit} | ${target} |`);
}
