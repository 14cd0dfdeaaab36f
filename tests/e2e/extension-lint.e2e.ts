/**
 * Mozilla's addons-linter (the checks addons.mozilla.org runs) on the Firefox build: zero errors, and only the
 * warnings docs/extension.md explains (section "Firefox: addons-linter").
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FIREFOX_BUILD } from './extension-harness';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LinterResult {
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

/** Warnings docs/extension.md explains; any other warning fails the test, so a new one gets explained too. */
const EXPLAINED = new Set(['UNSAFE_VAR_ASSIGNMENT']);

describe('addons-linter on .output/firefox-mv3', () => {
  it('finds zero errors, and no warning docs/extension.md does not explain', async () => {
    const linter = createRequire(import.meta.url)('addons-linter') as {
      createInstance(options: object): { run(): Promise<LinterResult> };
    };
    const result = await linter
      .createInstance({
        config: {
          _: [FIREFOX_BUILD],
          logLevel: 'fatal',
          stack: false,
          pretty: false,
          warningsAsErrors: false,
          metadata: false,
          output: 'none',
          boring: false,
          selfHosted: false,
        },
        runAsBinary: false,
      })
      .run();
    const show = (m: Message) => `${m.code} ${m.file ?? ''}: ${m.message}`;
    console.log(`addons-linter: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
    for (const w of result.warnings) console.log(`  warning ${show(w)}`);
    expect(result.errors.map(show)).toEqual([]);
    expect(result.warnings.filter((w) => !EXPLAINED.has(w.code)).map(show)).toEqual([]);
    // The explained warning is Lit's own template preparation (the innerHTML of a fresh <template> element, from
    // the element's static template strings), and nothing else's.
    for (const w of result.warnings) {
      const line = readFileSync(join(FIREFOX_BUILD, w.file!), 'utf8').split('\n')[(w.line ?? 1) - 1];
      const at = (w.column ?? 0) - 1;
      expect(line.slice(Math.max(0, at - 80), at + 40), show(w)).toMatch(/createElement\("template"\);return \w+\.innerHTML=/);
    }
  });
});
