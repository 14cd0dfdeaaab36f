// `npm run it-kit`: IT's kit for the extension in build/it-kit/, generated from public/managed_schema.json (see
// extension/it-kit/kit.ts): ADMX/ADML for Edge and Chrome (Danish and English), a .reg example, the Intune guide,
// Firefox's policies.json, and the update manifests for self-hosting with the version filled in. `npm run zip` runs it.
// The extension ids and the address IT hosts the files at are options, as an organisation knows them:
//   npm run it-kit -- --edge-id <id> --chrome-id <id> --host https://intranet.example.dk/software/ledelsesgrundlag/
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const schema = JSON.parse(readFileSync(`${root}public/managed_schema.json`, 'utf8'));
const options = {
  version: pkg.version,
  ids: { edge: arg('edge-id', 'EDGE_EXTENSION_ID'), chrome: arg('chrome-id', 'CHROME_EXTENSION_ID') },
  geckoId: 'ledelsesgrundlag@gentofte.dk',
  hostUrl: arg('host', 'https://intranet.example.dk/software/ledelsesgrundlag/'),
};

const server = await createServer({ root, configFile: false, logLevel: 'silent', server: { middlewareMode: true }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
try {
  const { kitFiles } = await server.ssrLoadModule('/extension/it-kit/kit.ts');
  const files = kitFiles(schema, options);
  for (const [path, text] of Object.entries(files)) {
    const file = `${root}build/it-kit/${path}`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  console.log(`Wrote ${Object.keys(files).length} files to build/it-kit/ (version ${options.version}).`);
} finally {
  await server.close();
}
