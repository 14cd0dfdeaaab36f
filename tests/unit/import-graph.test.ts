/**
 * No module of components/ or content/ imports, directly or through others, a module that imports it: not even
 * for a type. Reads every import and export-from of the TypeScript sources (type-only ones included), resolves the
 * relative ones and looks for a cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative specifiers a module names: `import … from`, `import type`, `export … from`, `import('…')`. */
export function specifiers(code: string): string[] {
  const found: string[] = [];
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of noComments.matchAll(/(?:^|[;\s])(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of noComments.matchAll(/(?:^|[;\s])import\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of noComments.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found.filter((s) => s.startsWith('.'));
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  return [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
}

/** The cycles in the import graph of `files` (each as the list of files around it, shortest first). */
export function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, specifiers(readFileSync(f, 'utf8')).map((s) => resolveImport(f, s)).filter((x): x is string => !!x)]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const next of graph.get(f) ?? []) {
      if (state.get(next) === 'open') found.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found.sort((a, b) => a.length - b.length);
}

describe('import graph', () => {
  it('reads every kind of import', () => {
    const code = `import a from './a';\nimport type { B } from "./b";\nexport { c } from './c';\nexport * from './d';\nimport './e';\nconst f = () => import('./f');\n// import x from './x'\nimport { g } from 'lit';`;
    expect(specifiers(code)).toEqual(['./a', './b', './c', './d', './e', './f']);
  });

  it('finds a cycle when there is one', () => {
    const dir = join(root, 'tests/unit/fixtures/import-cycle');
    expect(cycles(sources(dir)).map((c) => c.map((f) => relative(dir, f)))).toEqual([['a.ts', 'b.ts']]);
  });

  it('has no import circle in components/ or content/, type-only imports included', () => {
    const files = [...sources(join(root, 'components')), ...sources(join(root, 'content'))];
    const found = cycles(files).map((c) => c.map((f) => relative(root, f)).join(' → '));
    expect(found).toEqual([]);
  });
});

/**
 * The layers, as DESIGN.md draws them: content → components → extension / sharepoint. `content/` knows nothing of
 * the DOM or of what uses it; an element's folder reaches another element only through that element's `define`
 * module (the package's own entry points at the top of components/ gather the classes); the surfaces use the elements' public entry points (the package's index, `define` modules, the loader,
 * `mount`) and the shared layer (`components/shared/`), never an element's inner modules.
 */
const ENTRY_POINTS = ['components/index.ts', 'components/define.ts', 'components/autoload.ts', 'components/mount.ts', 'components/react/index.ts'];

/** Why `from` may not import `to` (paths relative to the root), or undefined when it may. */
export function layerProblem(from: string, to: string): string | undefined {
  const top = (p: string) => p.split('/')[0];
  const element = (p: string) => (p.startsWith('components/') && p.split('/').length > 2 && p.split('/')[1] !== 'shared' ? p.split('/')[1] : undefined);
  const isDefine = (p: string) => /^components\/[^/]+\/define\.ts$/.test(p);
  if (top(from) === 'content' && top(to) !== 'content') return 'content/ imports only content/';
  if (top(from) === 'components' && (top(to) === 'extension' || top(to) === 'sharepoint')) return 'components/ imports nothing of the surfaces';
  const own = element(from);
  if (own && element(to) && element(to) !== own && !isDefine(to)) return `reaches <${element(to)}> other than through its define module`;
  if (top(from) === 'components' && !own && from.startsWith('components/shared/') && element(to)) return 'the shared layer imports no element';
  if ((top(from) === 'extension' || top(from) === 'sharepoint') && top(to) === 'components' && element(to) && !isDefine(to))
    return `uses <${element(to)}>'s inner module, not a public entry point`;
  if ((top(from) === 'extension' || top(from) === 'sharepoint') && top(to) === 'components' && !element(to) && !to.startsWith('components/shared/') && !ENTRY_POINTS.includes(to))
    return 'uses a module that is not a public entry point';
  return undefined;
}

/** Every import in `dirs` that breaks a layer, as `from → to: why`. */
export function layerBreaks(dirs: string[]): string[] {
  const files = dirs.flatMap((d) => (existsSync(join(root, d)) ? sources(join(root, d)) : []));
  return files.flatMap((f) =>
    specifiers(readFileSync(f, 'utf8'))
      .map((s) => resolveImport(f, s))
      .filter((t): t is string => !!t)
      .flatMap((t) => {
        const [from, to] = [relative(root, f), relative(root, t)];
        const why = layerProblem(from, to);
        return why ? [`${from} → ${to}: ${why}`] : [];
      }),
  );
}

describe('the layers', () => {
  it('knows a wrong import when it sees one', () => {
    expect(layerProblem('content/journal.ts', 'components/shared/localize.ts')).toBeDefined();
    expect(layerProblem('components/round/round.ts', 'extension/lib/data.ts')).toBeDefined();
    expect(layerProblem('components/round/round.ts', 'components/dialogue/dialogue.ts')).toBeDefined();
    expect(layerProblem('components/round/define.ts', 'components/dialogue/define.ts')).toBeUndefined();
    expect(layerProblem('components/shared/print.ts', 'components/round/round.strings.ts')).toBeDefined();
    expect(layerProblem('extension/lib/data.ts', 'components/task-picker/task-picker.strings.ts')).toBeDefined();
    expect(layerProblem('extension/options/main.ts', 'components/reflection-journal/journal-store.ts')).toBeDefined();
    expect(layerProblem('extension/options/main.ts', 'components/index.ts')).toBeUndefined();
    expect(layerProblem('extension/popup/main.ts', 'components/search/define.ts')).toBeUndefined();
    expect(layerProblem('sharepoint/src/webparts/x/X.ts', 'components/framework/framework.ts')).toBeDefined();
    expect(layerProblem('components/round/round.ts', 'components/round/facilitator.ts')).toBeUndefined();
    // the package's own entry points (index, loader, React wrappers) gather the classes
    expect(layerProblem('components/index.ts', 'components/round/round.ts')).toBeUndefined();
  });

  it('holds in content/, components/, extension/ and sharepoint/', () => {
    expect(layerBreaks(['content', 'components', 'extension', 'sharepoint/src'])).toEqual([]);
  });
});
