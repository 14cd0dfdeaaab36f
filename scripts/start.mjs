// `npm start`: build everything (library, bundles, the documentation site, extension), then serve the site.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

const port = Number(process.env.PORT ?? 4173);
const { url } = await serve({ port }).catch((error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.warn(`Port ${port} is taken; using a free one.`);
  return serve({ port: 0 });
});
console.log(`\nDocumentation: ${url}/site/ (English: ${url}/site/en/)`);
console.log('Extension: .output/chrome-mv3 (Chrome/Edge) and .output/firefox-mv3 (Firefox), load unpacked — see docs/extension.md.');
console.log('Stop with Ctrl+C.');
