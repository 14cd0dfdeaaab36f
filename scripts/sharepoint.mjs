// `npm run build:sharepoint`: the SharePoint Framework package, sharepoint/solution/ledelsesgrundlag.sppkg.
//   1. installs the SharePoint solution's own dependencies (sharepoint/package-lock.json) when they are missing,
//      Node 22 among them (the npm package `node`), because the current SharePoint Framework needs Node 22; that
//      install itself runs on Node 22 (the same package, fetched first into node_modules/.cache/node22), so that npm
//      does not warn about every SharePoint package's `engines`;
//   2. copies the elements' down-levelled bundle (build/sharepoint/mount.js, from `npm run build`) into the solution;
//   3. builds and packages it with Microsoft's toolchain (Heft): `heft build --production`, `heft package-solution`.
// The root project keeps running on its own Node; only the commands inside sharepoint/ run on Node 22 (npm puts
// sharepoint/node_modules/.bin, where the `node` package puts its binary, first on their PATH).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const solution = `${root}sharepoint`;
const quiet = { npm_config_audit: 'false', npm_config_fund: 'false' };
const npm = (args, env = {}) => execFileSync('npm', args, { cwd: solution, stdio: 'inherit', env: { ...process.env, ...quiet, ...env } });

/** The directory of a Node 22 binary to install the solution with: the npm package `node` at the solution's version. */
function node22() {
  const version = JSON.parse(readFileSync(`${solution}/package-lock.json`, 'utf8')).packages['node_modules/node'].version;
  const prefix = `${root}node_modules/.cache/node22`;
  const bin = `${prefix}/node_modules/.bin`;
  if (!existsSync(`${bin}/node`)) {
    // its install script fetches the binary: allowed by name, as in sharepoint/package.json (npm 11.16+ asks, npm 12 blocks)
    mkdirSync(prefix, { recursive: true });
    writeFileSync(`${prefix}/package.json`, JSON.stringify({ private: true, allowScripts: { node: true } }));
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', prefix, `node@${version}`], { stdio: 'inherit', env: { ...process.env, ...quiet } });
  }
  return bin;
}

if (!existsSync(`${root}build/sharepoint/mount.js`)) {
  console.error('No build/sharepoint/mount.js: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(`${solution}/node_modules/.bin/heft`) || !existsSync(`${solution}/node_modules/.bin/node`)) {
  // npm (a script run by the first `node` on the PATH) runs the install on Node 22
  npm(['ci'], { PATH: `${node22()}:${process.env.PATH}` });
}
copyFileSync(`${root}build/sharepoint/mount.js`, `${solution}/src/elements/mount.js`);
npm(['run', 'build']);
console.log('Built sharepoint/solution/ledelsesgrundlag.sppkg');
