/**
 * The npm package as someone else's project gets it: packed with `npm pack`, installed from the tarball into an empty
 * project (install scripts on), every export imported in Node and in a Vite build that a real browser then runs, a
 * consumer file type-checked under `bundler` and `node16`, and arethetypeswrong run on the tarball for ESM consumers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementsReady, expectClean, openPage, serve, useChromium } from './browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
/** Every export of the package but package.json, as a consumer names it. */
const EXPORTS = Object.keys(pkg.exports).filter((e) => e !== './package.json').map((e) => (e === '.' ? pkg.name : `${pkg.name}/${e.slice(2)}`));

let dir: string;
let tarball: string;

const run = (cmd: string, args: string[], cwd = dir) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lg-consumer-'));
  execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: root, stdio: 'ignore' });
  tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'an-intranet', private: true, type: 'module' }));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed npm package, in an empty project', () => {
  it('installs from the tarball with install scripts on', () => {
    // React too, as a project that uses the ./react wrappers has it (a peer dependency).
    const r = run('npm', ['install', tarball, 'react@19', '--foreground-scripts']);
    expect(r.status, r.out).toBe(0);
    expect(r.out).not.toMatch(/wxt: not found|ERR!/);
  }, 180_000);

  it('imports every export in Node (the browser bundles, split and one-file, resolve)', () => {
    const script = EXPORTS.map((e) =>
      e.endsWith('/cdn') || e.endsWith('/cdn/all')
        ? `console.log(${JSON.stringify(e)}, /\\/dist\\/cdn\\/ledelsesgrundlag(\\.all)?\\.js$/.test(import.meta.resolve(${JSON.stringify(e)})));`
        : e.endsWith('.json')
          ? `console.log(${JSON.stringify(e)}, Object.keys((await import(${JSON.stringify(e)}, { with: { type: 'json' } })).default).length > 0);`
          : `console.log(${JSON.stringify(e)}, Object.keys(await import(${JSON.stringify(e)})).length > 0);`,
    );
    writeFileSync(join(dir, 'imports.mjs'), script.join('\n'));
    const r = run(process.execPath, ['imports.mjs']);
    expect(r.status, r.out).toBe(0);
    expect(r.out.trim().split('\n').filter((l) => l.startsWith('@'))).toEqual(EXPORTS.map((e) => `${e} true`));
  });

  it('type-checks a consumer file under moduleResolution bundler and node16', () => {
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import { LgTaskPicker, LgJournalChangeEvent, parseTaskFile, stateToFragment, type SavedTask } from '${pkg.name}';
import { tags } from '${pkg.name}/define';
import { getFramework, parseFramework, FOCUS_AREA_IDS, type Framework } from '${pkg.name}/content';
import { tags as cdnTags, load } from '${pkg.name}/cdn';
const picker: LgTaskPicker = document.createElement('lg-task-picker');
picker.weights = { faglighed: 2, innovation: 0, mening: 3, drift: 1 };
const value: string = picker.value;
document.addEventListener('lg-journal-change', (e: LgJournalChangeEvent) => console.log(e.detail.action));
document.addEventListener('lg-open', (e) => console.log(e.detail.target));
const fw: Framework = getFramework('da');
const ok: boolean = parseFramework(fw).ok;
const file = parseTaskFile('{}');
const first: SavedTask | undefined = file.ok ? file.tasks[0] : undefined;
console.log(value, ok, first, FOCUS_AREA_IDS.length, Object.keys(tags).length, cdnTags.length, load('lg-framework'), stateToFragment({ weights: picker.weights, task: '', description: '' }));
`,
    );
    for (const resolution of ['bundler', 'node16'] as const) {
      const module = resolution === 'bundler' ? 'esnext' : 'node16';
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { target: 'es2022', module, moduleResolution: resolution, strict: true, noEmit: true, lib: ['es2022', 'dom', 'dom.iterable'], types: [] }, files: ['consumer.ts'] }),
      );
      const r = run(bin('tsc'), ['-p', 'tsconfig.json']);
      expect(r.status, `${resolution}:\n${r.out}`).toBe(0);
    }
  }, 120_000);

  it('has no problem for ESM consumers (arethetypeswrong)', () => {
    const r = run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json']);
    expect(r.status, r.out).toBe(0);
    // The ESM-only profile ignores CommonJS and node10 resolution; nothing may be wrong for the rest.
    type Problem = { kind: string; resolutionKind?: string; entrypoint?: string };
    const problems = Object.values((JSON.parse(r.out.slice(r.out.indexOf('{'))) as { problems?: Record<string, Problem[]> }).problems ?? {}).flat();
    expect(problems.filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind ?? ''))).toEqual([]);
  }, 120_000);
});

describe('the package in a Vite build, in a real browser', () => {
  const chromium = useChromium();

  it('bundles every export and the page shows the elements', async () => {
    mkdirSync(join(dir, 'site'), { recursive: true });
    writeFileSync(
      join(dir, 'site/main.js'),
      EXPORTS.filter((e) => !e.endsWith('.json') && !e.endsWith('/cdn'))
        .map((e, i) => `import * as m${i} from '${e}';`)
        .concat([`import '${pkg.name}/cdn';`, `document.body.dataset.imported = String(${EXPORTS.length - 2});`])
        .join('\n'),
    );
    writeFileSync(
      join(dir, 'site/index.html'),
      '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title></head><body><lg-focus-areas></lg-focus-areas><script type="module" src="./main.js"></script></body></html>',
    );
    await build({ root: join(dir, 'site'), configFile: false, logLevel: 'silent', build: { outDir: join(dir, 'site/dist'), emptyOutDir: true } });
    const server = await serve({ root: join(dir, 'site/dist') });
    try {
      const { page, record } = await openPage(chromium.browser);
      await page.goto(`${server.url}/index.html`);
      await elementsReady(page);
      expect(await page.evaluate(() => document.body.dataset.imported)).toBe(String(EXPORTS.length - 2));
      const titles = await page.evaluate(() =>
        [...document.querySelector('lg-focus-areas')!.shadowRoot!.querySelectorAll('lg-focus-area-card')].map((c) => c.shadowRoot?.querySelector('h2')?.textContent?.trim()),
      );
      expect(titles).toContain('Vi vil lede fagligt kompetente fællesskaber');
      expectClean(record);
      await page.context().close();
    } finally {
      await server.close();
    }
  }, 120_000);
});
