// Builds everything `npm run build` promises:
//   dist/components, dist/content  the npm library: ES2021 modules, lit kept external, .d.ts beside them
//   dist/custom-elements.json      the element manifest, generated from the JSDoc in components/
//   dist/cdn/ledelsesgrundlag.js   one self-contained ES module (lit included) that registers every element
//   .output/chrome-mv3, .output/firefox-mv3  the extension, built by WXT (Firefox as MV3 too: see the README)
// Usage: node scripts/build.mjs [--no-extension]
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cdnBuildOptions } from './bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => `${root}node_modules/.bin/${name}`;

rmSync(`${root}dist`, { recursive: true, force: true });

const common = { root, configFile: false, logLevel: 'warn', publicDir: false };

// 1. The npm library: one module per source file, so bundlers can tree-shake; lit, idb and valibot stay external.
await build({
  ...common,
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    lib: {
      entry: { 'components/index': 'components/index.ts', 'components/define': 'components/define.ts', 'content/index': 'content/index.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^idb($|\/)/, /^valibot($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: root, entryFileNames: '[name].js' },
    },
  },
});

// 2. The single-file bundle for <script type="module" src="…"> on any page.
await build(cdnBuildOptions(root));

// 3. Type declarations and the custom elements manifest.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);

// 4. The extension for Chrome/Edge and Firefox, both Manifest V3 (an MV2 build from before is removed).
if (!process.argv.includes('--no-extension')) {
  rmSync(`${root}.output/firefox-mv2`, { recursive: true, force: true });
  run(bin('wxt'), ['build', '-b', 'chrome']);
  run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
}
