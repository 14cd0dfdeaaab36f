/**
 * The npm package as someone else's project gets it: packed with `npm pack`, installed from the tarball into an empty
 * project (install scripts on), every export imported in Node and in a Vite build that a real browser then runs, a
 * consumer file type-checked under `bundler` and `node16`, and arethetypeswrong run on the tarball for ESM consumers.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementsReady, expectClean, openPage, serve, useChromium } from './browser';
import { pack, root, run as runIn } from './packed';

const bin = (name: string) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
/** Every export of the package but package.json, as a consumer names it (a `*` pattern once per file it matches). */
const EXPORTS = Object.entries(pkg.exports)
  .filter(([e]) => e !== './package.json')
  .flatMap(([e, target]) => (e.includes('*') ? matches(e, target) : [e]))
  .map((e) => (e === '.' ? pkg.name : `${pkg.name}/${e.slice(2)}`));

/** The subpaths an export pattern (`./react/*` → `./dist/components/react/*.js`) gives, from the built files. */
function matches(pattern: string, target: unknown): string[] {
  const file = typeof target === 'string' ? target : (target as { default: string }).default;
  const [folder, suffix] = [dirname(file.slice(2)), basename(file).replace('*', '')];
  return readdirSync(join(root, folder))
    .filter((f) => f.endsWith(suffix) && !f.endsWith('.d.ts'))
    .map((f) => pattern.replace('*', suffix ? f.slice(0, -suffix.length) : f));
}

let dir: string;
let tarball: string;

const run = (cmd: string, args: string[], cwd = dir) => runIn(cmd, args, cwd);

beforeAll(() => {
  ({ dir, tarball } = pack('lg-consumer-'));
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
      e.includes('/html/')
        ? `console.log(${JSON.stringify(e)}, /\\/dist\\/html\\/.+\\.html$/.test(import.meta.resolve(${JSON.stringify(e)})));`
        : e.endsWith('/cdn') || e.endsWith('/cdn/all')
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

  it('declares every tag for a page that imports only the loader or the one-file bundle', () => {
    for (const entry of ['cdn', 'cdn/all']) {
      writeFileSync(
        join(dir, 'tags-only.ts'),
        `import '${pkg.name}/${entry}';
const picker = document.createElement('lg-task-picker');
const value: string = picker.value;
const round = document.querySelector('lg-round');
console.log(value, round?.mode, document.createElement('lg-focus-area-card').variant);
`,
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['es2022', 'dom'], types: [] }, files: ['tags-only.ts'] }),
      );
      const r = run(bin('tsc'), ['-p', 'tsconfig.json']);
      expect(r.status, `${entry}:\n${r.out}`).toBe(0);
    }
  }, 120_000);

  it('holds exactly what its exports reach, with README, LICENSE and package.json, and no install script', () => {
    const installed = join(dir, 'node_modules', pkg.name);
    const listed = (JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root).out.replace(/^[^[]*/, '')) as [{ files: { path: string }[] }])[0].files
      .map((f) => f.path)
      .sort();
    const reached = new Set(['package.json', 'README.md', 'LICENSE']);
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      if (!/\.(js|d\.ts)$/.test(file)) return;
      const text = readFileSync(join(installed, file), 'utf8');
      // static imports and re-exports, side-effect imports, dynamic imports; in declarations `./x.js` means `./x.d.ts`
      for (const [, spec] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
        const target = posix.join(posix.dirname(file), spec);
        visit(file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target);
      }
    };
    for (const target of Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t as Record<string, string>))))
      for (const file of target.includes('*') ? readdirSync(join(installed, dirname(target))).map((f) => `${dirname(target)}/${f}`).filter((f) => new RegExp(`^${target.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(`./${posix.normalize(f)}`)) : [target])
        visit(posix.normalize(file));
    expect(listed).toEqual([...reached].sort());
    expect([...reached].every((f) => existsSync(join(installed, f)))).toBe(true);
    const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; 'web-types'?: string };
    expect(Object.keys(packed.scripts ?? {}).filter((s) => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
    expect(existsSync(join(installed, packed['web-types']!))).toBe(true);
  });

  it('has a manifest of the shipped modules: every path in the tarball, one definition per tag and no other', async () => {
    const installed = join(dir, 'node_modules', pkg.name);
    type Ref = { name: string; module?: string };
    const manifest = JSON.parse(readFileSync(join(installed, 'dist/custom-elements.json'), 'utf8')) as {
      modules: { path: string; exports?: { kind: string; name: string; declaration: Ref }[] }[];
    };
    expect(manifest.modules.filter((m) => !existsSync(join(installed, m.path))).map((m) => m.path)).toEqual([]);
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    const tags = Object.keys((await import(join(installed, 'dist/components/define.js')) as { tags: object }).tags);
    expect(definitions.map((d) => d.name).sort()).toEqual(tags.sort());
    expect(definitions.filter((d) => !existsSync(join(installed, d.declaration.module!)))).toEqual([]);
    // every reference to a module of ours names a shipped file
    const modules = [...JSON.stringify(manifest).matchAll(/"module":"([^"]+)"/g)].map((m) => m[1]).filter((m) => /^\/?(dist|components|content)\//.test(m));
    expect(modules.filter((m) => !existsSync(join(installed, m)))).toEqual([]);
  });

  it('has editor data for VS Code and JetBrains: every tag, its documented attributes and their values', () => {
    const installed = join(dir, 'node_modules', pkg.name);
    const vscode = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8')) as {
      version: number;
      tags: { name: string; description: string; attributes: { name: string; description: string; values?: { name: string }[] }[] }[];
    };
    const webTypes = JSON.parse(readFileSync(join(installed, 'dist/web-types.json'), 'utf8')) as {
      name: string;
      contributions: { html: { elements: { name: string; attributes: { name: string }[]; events: { name: string }[] }[] } };
    };
    const tags = ['lg-dialogue', 'lg-focus-area-card', 'lg-focus-areas', 'lg-framework', 'lg-meeting', 'lg-reflection', 'lg-reflection-journal', 'lg-round', 'lg-search', 'lg-task-picker'];
    expect(vscode.version).toBe(1.1);
    expect(vscode.tags.map((t) => t.name).sort()).toEqual(tags);
    expect(webTypes.name).toBe(pkg.name);
    expect(webTypes.contributions.html.elements.map((t) => t.name).sort()).toEqual(tags);
    for (const tag of vscode.tags) {
      expect(tag.description, tag.name).not.toBe('');
      expect(tag.attributes.filter((a) => !a.description).map((a) => a.name), tag.name).toEqual([]);
      const web = webTypes.contributions.html.elements.find((e) => e.name === tag.name)!;
      expect(web.attributes.map((a) => a.name), tag.name).toEqual(tag.attributes.map((a) => a.name));
    }
    const card = vscode.tags.find((t) => t.name === 'lg-focus-area-card')!;
    expect(card.attributes.find((a) => a.name === 'area')?.values?.map((v) => v.name)).toEqual(['faglighed', 'innovation', 'mening', 'drift']);
    expect(card.attributes.find((a) => a.name === 'variant')?.values?.map((v) => v.name)).toEqual(['compact', 'full']);
    expect(webTypes.contributions.html.elements.find((e) => e.name === 'lg-task-picker')!.events.map((e) => e.name)).toEqual(['input', 'change']);
  });

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
      EXPORTS.filter((e) => !e.endsWith('.json') && !e.endsWith('/cdn') && !e.includes('/html/'))
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
        [...document.querySelector('lg-focus-areas')!.shadowRoot!.querySelectorAll('[part="card"] h2')].map((h) => h.textContent?.trim()),
      );
      expect(titles).toContain('Vi vil lede fagligt kompetente fællesskaber');
      expectClean(record);
      await page.context().close();
    } finally {
      await server.close();
    }
  }, 120_000);
});
