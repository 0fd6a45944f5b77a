// A static host configured as the README's "Deploying" section asks: files compressed with brotli
// (as GitHub Pages, Netlify and CDNs send them), hashed files cached for a year, the rest
// revalidated. For measuring the site as readers get it; the tests use Python's plain server.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** The Content-Type of each kind of file the site has (the tests' Node host uses it too). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.webmanifest', '.bin']);
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|css|wasm|bin)$/;

/** The Cache-Control header for a file of the site, as the README's table gives it. */
function cacheControl(file) {
  if (HASHED.test(file)) return 'public, max-age=31536000, immutable';
  if (file.startsWith('icons/')) return 'public, max-age=86400';
  return 'no-cache';
}

/** Serves the built site in `dist` at http://127.0.0.1:PORT/SUBPATH/; resolves to { url, close }. */
export function serveStatic(dist, subPath = 'viewer') {
  const prefix = `/${subPath}/`;
  const compressed = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const relative = path.startsWith(prefix) ? normalize(path.slice(prefix.length) || 'index.html') : null;
    const file = relative && !relative.startsWith('..') ? join(dist, relative) : null;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('Not found');
      return;
    }
    const extension = extname(file);
    const headers = { 'Content-Type': TYPES[extension] ?? 'application/octet-stream', 'Cache-Control': cacheControl(relative) };
    let body = readFileSync(file);
    if (COMPRESSIBLE.has(extension) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      body = compressed.get(file);
      headers['Content-Encoding'] = 'br';
      headers.Vary = 'Accept-Encoding';
    }
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}${prefix}`, close: () => new Promise((done) => server.close(done)) }),
    ),
  );
}
