// Builds everything `npm run build` promises:
//   dist/components, dist/content  the npm library: ES2021 modules, lit kept external, .d.ts beside them
//   dist/custom-elements.json      the element manifest, generated from the JSDoc in components/
//   site/                          the documentation site (scripts/site.mjs): a page per element, in Danish and
//                                  English, from demo/pages.mjs and that manifest, and dist/cdn/ as a zip
//   dist/cdn/ledelsesgrundlag.js   the split bundle: registers a loader for every tag, and beside it the chunks
//                                  (one per element, shared code, the English text) it loads when a tag appears
//   dist/cdn/ledelsesgrundlag.all.js  one self-contained ES module (lit included) that registers every element
//   dist/html/                     the reading elements prerendered with their declarative shadow roots, Danish and
//                                  English (scripts/prerender.mjs, Lit's own server renderer)
//   dist/vscode.html-custom-data.json, dist/web-types.json  what VS Code and JetBrains editors complete, from the
//                                  manifest (scripts/editor-data.mjs)
//   build/sharepoint/mount.js      mount() and every element, down-levelled to ES2017, for the SharePoint web part
//                                  (outside dist/: the npm package ships dist/, and exactly what its exports reach)
//   .output/chrome-mv3, .output/firefox-mv3  the extension, built by WXT (Firefox as MV3 too: see docs/extension.md)
// Usage: node scripts/build.mjs [--no-extension]
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allInOneBuildOptions, cdnBuildOptions, mountBuildOptions } from './bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => `${root}node_modules/.bin/${name}`;

// WXT's generated types (.wxt/, which tsconfig.json extends): made here and by `npm test`, not by an install script,
// so that the published package has none.
run(bin('wxt'), ['prepare']);
rmSync(`${root}dist`, { recursive: true, force: true });
rmSync(`${root}build/sharepoint`, { recursive: true, force: true });

const common = { root, configFile: false, logLevel: 'warn', publicDir: false };

// 1. The npm library: one module per source file, so bundlers can tree-shake; lit, @lit/react, idb, valibot and react
//    stay external. The React wrappers keep their "use client" (Rollup drops a module's directives, so it is put
//    back as a banner): a Next.js server component may then import them.
await build({
  ...common,
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    lib: {
      entry: {
        'components/index': 'components/index.ts',
        'components/define': 'components/define.ts',
        'components/react/index': 'components/react/index.ts',
        'content/index': 'content/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^idb($|\/)/, /^valibot($|\/)/, /^react($|\/)/, /^uqr($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: root,
        entryFileNames: '[name].js',
        banner: (chunk) => (chunk.fileName.startsWith('components/react/') ? "'use client';" : ''),
      },
      onwarn(warning, warn) {
        // the dropped "use client" (put back above), and Rollup's failure to place that warning in the source
        const directive = ['MODULE_LEVEL_DIRECTIVE', 'SOURCEMAP_ERROR'].includes(warning.code) && /components\/react\//.test(warning.message);
        if (!directive) warn(warning);
      },
    },
  },
});

// 2. The single-file bundle for <script type="module" src="…"> on any page, and the SharePoint web part's bundle.
await build(cdnBuildOptions(root));
await build(allInOneBuildOptions(root));
await build(mountBuildOptions(root));

// 3. Type declarations and the custom elements manifest. The declarations name their relative imports with `.js`
//    (as the JavaScript beside them does), so that `moduleResolution: node16 / nodenext` resolves them too;
//    the single-file bundle gets declarations of its own.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
withJsExtensions(`${root}dist`);
// Both bundles declare every tag in HTMLElementTagNameMap (the element modules do, and define.js reaches them all).
writeFileSync(
  `${root}dist/cdn/ledelsesgrundlag.d.ts`,
  "// Loads each lg- element when its tag first appears; the classes and their types are those of the npm package.\nimport '../components/define.js';\nexport { tags, load, type Tag } from '../components/autoload.js';\n",
);
writeFileSync(`${root}dist/cdn/ledelsesgrundlag.all.d.ts`, "// Registers every lg- element at once.\nexport { tags } from '../components/define.js';\n");
pruneDeclarations();
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
run(process.execPath, ['scripts/editor-data.mjs']);
// The reading elements prerendered (dist/html/), from the library just built.
run(process.execPath, ['scripts/prerender.mjs']);
// The documentation site, from the manifest and demo/pages.mjs (after the bundles: it zips dist/cdn/).
run(process.execPath, ['scripts/site.mjs']);

// 4. The extension for Chrome/Edge and Firefox, both Manifest V3 (an MV2 build from before is removed).
if (!process.argv.includes('--no-extension')) {
  rmSync(`${root}.output/firefox-mv2`, { recursive: true, force: true });
  run(bin('wxt'), ['build', '-b', 'chrome']);
  run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
}

/**
 * Removes the declarations that no export's types reach (tsc writes one for every module the entry points import,
 * also those whose types no declaration names: styles, inner views), so that the package holds only what is used.
 */
function pruneDeclarations() {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file) || !existsSync(file)) return;
    reached.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g))
      visit(resolve(dirname(file), spec.replace(/\.js$/, '.d.ts')));
  };
  for (const target of Object.values(pkg.exports)) {
    const types = typeof target === 'object' ? target.types : undefined;
    if (!types) continue;
    const files = types.includes('*')
      ? readdirSync(resolve(root, dirname(types))).filter((f) => f.endsWith('.d.ts')).map((f) => resolve(root, dirname(types), f))
      : [resolve(root, types)];
    files.forEach(visit);
  }
  const remove = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) remove(path);
      else if (name.endsWith('.d.ts') && !reached.has(path)) rmSync(path);
    }
  };
  remove(`${root}dist`);
}

/** Adds `.js` (or `/index.js`) to every relative import and export of the .d.ts files below `dir`. */
function withJsExtensions(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) withJsExtensions(path);
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const fixed = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*?)(['"])/g, (all, before, spec, after) => {
        if (/\.(js|json)$/.test(spec)) return all;
        const target = resolve(dirname(path), spec);
        return `${before}${spec}${existsSync(`${target}.d.ts`) ? '.js' : existsSync(join(target, 'index.d.ts')) ? '/index.js' : '.js'}${after}`;
      });
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}
