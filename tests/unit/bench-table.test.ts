/** `npm run bench` writes its table into docs/performance.md between the bench markers, and nowhere else. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withTable } from '../../scripts/bench-report.mjs';

const page = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/performance.md'), 'utf8');

describe('the bench table in docs/performance.md', () => {
  it('replaces only what is between the markers', () => {
    const next = withTable(page, '| measure | figure | target |\n| --- | --- | --- |\n| x | 1.00 × | |');
    const [before, after] = page.split(/<!-- bench:begin[^>]*-->[\s\S]*<!-- bench:end -->/);
    expect(next.startsWith(before)).toBe(true);
    expect(next.endsWith(after)).toBe(true);
    expect(next).toContain('| x | 1.00 × | |');
    expect(withTable(next, 'again')).toContain('again');
    expect(withTable(next, 'again')).not.toContain('| x |');
  });

  it('refuses a page without the markers, rather than losing the prose', () => {
    expect(() => withTable('# Performance\n\nno table here', 'x')).toThrow(/markers/);
  });
});
