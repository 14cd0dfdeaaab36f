// The vite settings of the single-file bundle, shared by the build and the size report.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { transformWithEsbuild } from 'vite';

/**
 * Vite leaves an ES-format library unminified (to keep pure annotations for the consumer's tree-shaking).
 * The single-file bundle is the end of the line — nothing shakes it further — so minify it fully.
 */
const minifyBundle = (target) => ({
  name: 'minify-single-file-bundle',
  // generateBundle, not renderChunk: vite's own esbuild pass would re-print a renderChunk result unminified.
  // charset utf8: keep æ, ø, å as they are (module scripts are always read as UTF-8) instead of \u escapes.
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await transformWithEsbuild(chunk.code, chunk.fileName, { minify: true, target, format: 'esm', legalComments: 'none', charset: 'utf8' });
      chunk.code = result.code;
    }
  },
});

/**
 * An element's chunk is fetched together with the chunks it imports (lit and the shared code), instead of those
 * being asked for only once the element's chunk has arrived and been parsed: one round trip where there were two.
 * The loader's `import("./lg-x.js")` becomes `Promise.all([import("./lg-x.js"), import("./shared.js"), …])`;
 * modules are fetched and run once whoever asks first, so nothing runs twice or out of order.
 */
const fetchImportsTogether = () => ({
  name: 'fetch-chunk-imports-together',
  enforce: 'pre',
  renderDynamicImport({ chunk, targetChunk, getTargetChunkImports }) {
    const imports = (targetChunk && getTargetChunkImports?.()) || [];
    // resolvedImportPath is already a quoted string, relative to the loader
    const paths = imports.filter((i) => i.type === 'internal' && i.fileName !== chunk.fileName).map((i) => i.resolvedImportPath);
    if (!paths.length) return null;
    return { left: 'Promise.all([import(', right: `),${paths.map((path) => `import(${path})`).join(',')}]).then((modules) => modules[0])` };
  },
});

/** A chunk's file name: `lg-<element>-<hash>.js` for an element's own chunk, `<name>-<hash>.js` for shared code. */
const chunkName = (chunk) => {
  const element = chunk.facadeModuleId?.match(/components\/([\w-]+)\/\1\.ts$/)?.[1];
  return element ? `lg-${element}-[hash].js` : '[name]-[hash].js';
};

/** A minified ES module build of `entry` as `fileName` in `outDir` (lit included), for the browser. */
const browserBuild = (root, { entry, fileName, outDir = 'dist/cdn', target = 'es2021', rollupOptions, modulePreload, plugins = [] }) => ({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    target,
    outDir,
    emptyOutDir: false,
    ...(modulePreload === undefined ? {} : { modulePreload }),
    lib: { entry, formats: ['es'], fileName: () => fileName },
    rollupOptions,
  },
  plugins: [minifyHtmlLiterals({ failOnError: true }), ...plugins, minifyBundle(target)],
});

/**
 * The split bundle: `dist/cdn/ledelsesgrundlag.js` (components/autoload.ts) and, beside it, one chunk per element,
 * the code they share, and the English text, all loaded by relative URLs when a page first needs them.
 */
export const cdnBuildOptions = (root) =>
  browserBuild(root, {
    entry: 'components/autoload.ts',
    fileName: 'ledelsesgrundlag.js',
    modulePreload: false,
    plugins: [fetchImportsTogether()],
    // allow-extension: the code every element shares may live in the entry itself (one request fewer)
    rollupOptions: { preserveEntrySignatures: 'allow-extension', output: { inlineDynamicImports: false, chunkFileNames: chunkName } },
  });

/** The one-file build, `dist/cdn/ledelsesgrundlag.all.js`: every element and both languages in one module. */
export const allInOneBuildOptions = (root) =>
  browserBuild(root, { entry: 'components/define.ts', fileName: 'ledelsesgrundlag.all.js', rollupOptions: { output: { inlineDynamicImports: true } } });

/**
 * The most the one-file build (`ledelsesgrundlag.all.js`, every element at once) may weigh, gzipped. It began at 24 KB for the four reading elements
 * (lit ≈ 6 KB, the text of both languages ≈ 8 KB); the tools that followed (the task picker with its
 * suggester, word lists and IndexedDB storage; search; the journal and the dialogue) are in the same file
 * so that one script tag still gives an editor every element. `npm run size` shows where the bytes go.
 * 64 KB until December 2026; 68 KB since the storage that loses nothing (the journal in the extension, tabs
 * that agree, write-back after eviction, asking the browser to keep the data, the export reminder, two tabs on
 * one draft, the backup file) took the file from 61.9 to 66.9 KB, mostly their words in both languages. 76 KB
 * since encryption with a passphrase (the journal's lock, encrypted export files: the lock's form and messages in
 * both languages, and the code that seals and opens) took it from 66.9 to 73.3 KB. Since December 2026 a page
 * includes the split bundle (ledelsesgrundlag.js) and pays only for its elements (PAGE_BUDGET_BYTES below); this
 * one file is for systems that can host only one.
 * 96 KB since the round (`<lg-round>`: its QR encoder, uqr, 4.5 KB; its words in both languages; the facilitator's
 * and the participant's screens) took it from 74.8 to 92.7 KB. 97 KB since the journal's and the round's state each
 * got one owner (a DOM-free model in content/ — the import's state machine, the round's session — and controllers
 * for the journal's data, lock and talk sheet and the round's camera and participant side, issue #26) took it from
 * 94.8 to 96.6 KB: the same behaviour, more named structure, whose property names a minifier keeps. 101 KB since
 * the kept promises (issue #27: the picker's import question, rounds that two tabs unite and never reopen, areas
 * withheld below the threshold, deleting a round with answers asked first, a note or task saved over another tab's
 * change asked about with both versions shown; their words in both languages) took it from 96.6 to 100.4 KB.
 * 117 KB since the meeting that carries over (issue #29: a tenth element, `<lg-meeting>` — the plan, agreements,
 * minutes, the trend, the team's file with its merge and optional encryption, their words in both languages — the
 * round's pasted codes, plural rules everywhere, and teams in the backup) took it from 100.4 to 116.2 KB. A page that
 * uses the split bundle pays for none of it unless it shows the meeting.
 * 119 KB since what a newcomer met (issue #31: the journal's notes listed by their first words and opened in place,
 * with Lit's `repeat` to keep an open note open; the picker's link to the intranet's page and its message; longer word
 * lists for the suggester; id attributes that forgive case; reworded messages in both languages) took it from 116.3
 * to 118.7 KB. 120 KB since the fixes that followed (a save that finishes late no longer takes the
 * focus, or a code pasted meanwhile, from where the person went on; the picker, the journal and the round read what
 * React's wrappers set before their first render, not at connection; the dialogue's key badge kept with its word)
 * took it from 118.7 to 119.1 KB.
 */
export const BUNDLE_BUDGET_BYTES = 120 * 1024;

/**
 * The most a page that shows only `<lg-focus-areas>` (Danish) may download from the split bundle, gzipped: 1.5×
 * its floor (lit and the Danish text, 10.5 KB as `npm run size` measures it; it prints the ratio itself), rounded
 * down to 15.6 KB. (It was 16 KB, which let the design pass of December 2026 take the page to 1.51× unnoticed by the
 * tests; the export reminder's styles then moved from `base` to `controls`, which only the elements with forms load.
 * 15.5 KB until every element's notice about bad input got a length limit (issue #27: 100 KB in an attribute made an
 * 81,930-character notice), which the page pays for at 1.48× its floor. 15.7 KB since the loader knows a tenth
 * element, `<lg-meeting>`, whose entry lists the chunks it fetches together (issue #29). 15.75 KB, exactly 1.5× the floor,
 * since prerendered HTML (issue #30) is upgraded in place — the first render replaces it, and the loader waits for the
 * page's first frame before it loads their code — which every page pays for in the shared code and the loader. Held
 * there since (issue #31) by giving the buttons, which the reading elements do not have, a module of their own, and
 * keeping the popup's hydration out of the shared code.)
 */
export const PAGE_BUDGET_BYTES = 15.75 * 1024;

/**
 * The bundle the SharePoint web part calls: `mount()` and every element, lit included, down-levelled to ES2017,
 * because the SharePoint Framework's webpack build has failed on Lit 3's newer syntax elsewhere. The web part's own
 * build bundles it into the .sppkg (scripts/sharepoint.mjs copies it into sharepoint/src/elements/).
 */
export const mountBuildOptions = (root) =>
  browserBuild(root, {
    entry: 'components/mount.ts',
    fileName: 'mount.js',
    outDir: 'build/sharepoint',
    target: 'es2017',
    rollupOptions: { output: { inlineDynamicImports: true } },
  });
