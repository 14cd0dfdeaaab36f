// A tiny static file server for the documentation site and the e2e test pages: no dependency, localhost only.
// `serve({ port })` resolves to { url, close }. Run directly: node scripts/serve.mjs [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.zip': 'application/zip',
};
// Only these folders are served; everything else (sources, node_modules) is not.
const allowed = ['/site/', '/dist/', '/build/', '/tests/e2e/pages/'];

/** The page with each `<!--#include virtual="/path" -->` replaced by that file, where it may be served. */
async function withIncludes(html, base, served) {
  const includes = [...html.matchAll(/<!--#include virtual="([^"]+)" -->/g)];
  for (const [all, path] of includes) {
    const safe = normalize(path);
    const text = served.some((prefix) => safe.startsWith(prefix)) ? await readFile(join(base, safe), 'utf8').catch(() => '') : '';
    html = html.replace(all, text);
  }
  return html;
}

/**
 * Extra response headers per path prefix, e.g. a strict CSP for a test page. With `root`, serves every file below
 * that folder instead of the repository's site, dist and test pages (e.g. a consumer's build, a copied folder).
 */
export async function serve({ port = 0, headers = {}, root } = {}) {
  const base = root ?? repo;
  const served = root ? ['/'] : allowed;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if ((path === '/' || path.startsWith('/demo')) && !root) {
      res.writeHead(302, { location: '/site/' }).end();
      return;
    }
    const safe = normalize(path);
    if (!served.some((prefix) => safe.startsWith(prefix))) {
      res.writeHead(404).end('Not found');
      return;
    }
    let file = join(base, safe);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // a static site's include, as Apache and nginx do it (`<!--#include virtual="/dist/html/…" -->`): the prerendered
      // snippets in a page, for the recipes and their tests
      const raw = await readFile(file);
      const body = extname(file) === '.html' ? await withIncludes(raw.toString('utf8'), base, served) : raw;
      const extra = Object.entries(headers).find(([prefix]) => safe.startsWith(prefix))?.[1] ?? {};
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://localhost:${server.address().port}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve({ port: Number(process.argv[2] ?? 4173) });
  console.log(`Documentation: ${url}/site/`);
}
