// A static host configured as the README's "Deploying" section asks: files compressed with brotli
// (as GitHub Pages, Netlify and CDNs send them), hashed files cached for a year, the rest
// revalidated. For measuring the site as readers get it; the tests use Python's plain server.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompress, constants } from 'node:zlib';

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
// Named after their bytes: `NAME-HASH.bin`, and under data/parts/ `NAME-texts-HASH-K.bin` and the like.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|css|wasm|bin)$|^data\/parts\/.*-[0-9a-f]{16}-[\w-]+\.bin$/;

/** The Cache-Control header for a file of the site, as the README's table gives it. */
function cacheControl(file) {
  if (HASHED.test(file)) return 'public, max-age=31536000, immutable';
  if (file.startsWith('icons/')) return 'public, max-age=86400';
  return 'no-cache';
}

/**
 * Serves the built site in `dist` at http://127.0.0.1:PORT/SUBPATH/; resolves to { url, close }.
 * With `precompress`, every file is compressed before it resolves, as a CDN holds a site's files
 * once they have been asked for: a measure then counts no compressing (which on this 2-core
 * machine would compete with the browser).
 */
export async function serveStatic(dist, subPath = 'viewer', { precompress = false } = {}) {
  const prefix = `/${subPath}/`;
  // Each file compressed once, as a host or CDN keeps it; several at once (zlib's thread pool), as
  // a host serves several requests at once.
  const compressed = new Map();
  const compress = (file, body) => {
    if (!compressed.has(file)) {
      const params = { [constants.BROTLI_PARAM_QUALITY]: 11 };
      compressed.set(file, new Promise((done, fail) => brotliCompress(body, { params }, (error, out) => (error ? fail(error) : done(out)))));
    }
    return compressed.get(file);
  };
  if (precompress) {
    const files = readdirSync(dist, { recursive: true }).map((relative) => join(dist, relative));
    await Promise.all(files.filter((file) => COMPRESSIBLE.has(extname(file)) && statSync(file).isFile()).map((file) => compress(file, readFileSync(file))));
  }
  const server = createServer(async (request, response) => {
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
      body = await compress(file, body);
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
