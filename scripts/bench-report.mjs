// How every benchmark script prints its figures: a readable line each, plus a machine-readable
// "BENCH {json}" line that `npm run bench` (scripts/bench.mjs) gathers into one table.
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/**
 * The ratio of two things timed in one run, alternately: the median of each round's ratio (`larger[i] /
 * smaller[i]`, timed one after the other), so that a busy spell on the machine falls on both sides of a ratio.
 */
export const pairedRatio = (larger, smaller) => median(larger.map((t, i) => t / smaller[i]));
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** rows: { name, value, unit, target?, note? } — target is an upper bound. */
export function report(rows) {
  for (const row of rows) {
    const value = Number.isInteger(row.value) ? String(row.value) : row.unit === '×' ? row.value.toFixed(2) : row.unit === '' ? row.value.toFixed(3) : row.value.toFixed(row.value < 10 ? 2 : 1);
    const target = row.target == null ? '' : ` (target ≤ ${row.target} ${row.unit}: ${row.value <= row.target ? 'met' : 'NOT met'})`;
    console.log(`${row.name}: ${value} ${row.unit}${target}${row.note ? ` — ${row.note}` : ''}`);
  }
  for (const row of rows) console.log(`BENCH ${JSON.stringify(row)}`);
}

/** The markers in docs/performance.md between which `npm run bench` writes its table. */
export const TABLE_BEGIN = /<!-- bench:begin[^>]*-->/;
export const TABLE_END = '<!-- bench:end -->';

/** `page` with the text between the bench markers replaced by `table`; throws when the markers are missing. */
export function withTable(page, table) {
  const begin = page.match(TABLE_BEGIN);
  const end = page.indexOf(TABLE_END);
  if (!begin || end < begin.index) throw new Error('docs/performance.md has no <!-- bench:begin --> … <!-- bench:end --> markers');
  const head = page.slice(0, begin.index + begin[0].length);
  return `${head}\n${table.trim()}\n${page.slice(end)}`;
}
