// `npm run schema`: writes content/framework.schema.json, the JSON Schema for editors, generated from the one
// valibot schema (content/schema.ts) by @valibot/to-json-schema. A unit test fails when the committed file is not
// what this generates. With --check it only compares, and exits 1 on a difference.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}content/framework.schema.json`;
const server = await createServer({ root, configFile: false, logLevel: 'silent', server: { middlewareMode: true }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
try {
  const { frameworkJsonSchema } = await server.ssrLoadModule('/content/json-schema.ts');
  const text = frameworkJsonSchema();
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    console.log(same ? 'content/framework.schema.json is up to date.' : 'content/framework.schema.json differs: run npm run schema.');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, text);
    console.log('Wrote content/framework.schema.json.');
  }
} finally {
  await server.close();
}
