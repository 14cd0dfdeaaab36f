// What a page downloads from the split bundle (dist/cdn/): the entry, then for each tag on the page its chunk
// and every chunk those import, and the English text where the page is in English. Read from the built files
// (their relative `import … from "./x.js"` and `import("./x.js")`), so the test and `npm run size` see exactly
// what a browser fetches.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRY = 'ledelsesgrundlag.js';

/** The files a chunk imports statically (`import … from "./x.js"`, wherever the minifier put them). */
export const staticImports = (code) => [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?"\.\/([^"]+)"/g)].map((m) => m[1]);

/** The files of `dir` that `file` loads with it (itself and its static imports, recursively). */
export function closure(dir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const f of staticImports(readFileSync(join(dir, file), 'utf8'))) closure(dir, f, seen);
  return seen;
}

/** The chunk file of `tag` (lg-focus-areas → lg-focus-areas-<hash>.js), or of `english`. */
export function chunkOf(dir, name) {
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f));
  if (!file) throw new Error(`no chunk for ${name} in ${dir}`);
  return file;
}

/**
 * The elements each element shows inside itself, whose code the loader fetches with it: read from the `uses` of
 * components/autoload.ts, the one place they are written (the end-to-end test of loading compares the result with
 * what a browser fetches).
 */
export const USES = Object.fromEntries(
  [...readFileSync(new URL('../components/autoload.ts', import.meta.url), 'utf8').matchAll(/'(lg-[\w-]+)': \{ code: [^\n]*uses: \[([^\]]*)\]/g)].map(
    ([, tag, uses]) => [tag, [...uses.matchAll(/'(lg-[\w-]+)'/g)].map((m) => m[1])],
  ),
);

/** Every file a page with `tags` in `lang` downloads. */
export function filesFor(dir, tags, lang = 'da') {
  const files = closure(dir, ENTRY);
  for (const tag of tags.flatMap((t) => [t, ...(USES[t] ?? [])])) closure(dir, chunkOf(dir, tag), files);
  if (lang === 'en') closure(dir, chunkOf(dir, 'english'), files);
  return [...files];
}
