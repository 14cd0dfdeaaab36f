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
