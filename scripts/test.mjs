// `npm test`: everything, in the order a failure is cheapest to read.
//   1. WXT's types, type check   2. unit tests (vitest + happy-dom)   3. build, and the SharePoint package (its own Node 22
//   toolchain, installed into sharepoint/ on first use)   4. end-to-end tests (real Chromium and Firefox)
// Ends with one line "tests: N passed, N failed" over both test runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'lg-test-'));

function step(title, cmd, args) {
  console.log(`\n▶ ${title}`);
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return status === 0;
}

function vitest(title, config, name) {
  const outputFile = join(reports, `${name}.json`);
  const ok = step(title, bin('vitest'), ['run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`]);
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    // A file that fails outside any test (an error while loading it) counts as one failure.
    return { ok, passed: report.numPassedTests, failed: report.numFailedTests || (ok ? 0 : Math.max(1, report.numFailedTestSuites ?? 0)) };
  } catch {
    return { ok, passed: 0, failed: 1 };
  }
}

const results = [];
// WXT's generated types first (tsconfig.json extends them; no install script makes them, see package.json).
const typed = step('WXT types', bin('wxt'), ['prepare']) && step('Type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
results.push(vitest('Unit tests', null, 'unit'));
const built =
  step('Build', process.execPath, ['scripts/build.mjs']) &&
  step('SharePoint package (Node 22, Heft)', process.execPath, ['scripts/sharepoint.mjs']);
if (built) results.push(vitest('End-to-end tests (Chromium, and Firefox for the extension)', 'tests/e2e/vitest.config.ts', 'e2e'));

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
if (!typed) console.log('\nThe type check failed.');
if (!built) console.log('\nThe build failed, so the end-to-end tests did not run.');
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(typed && built && results.every((r) => r.ok) ? 0 : 1);
