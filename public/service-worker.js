// The service worker: precaches exactly this build's files (BUILD, and FILES as { url, revision }
// with each file's content hash, are written above by scripts/post-build.mjs when the site is
// built), answers from them cache-first, and deletes the caches of older builds of the same site
// once it is active. As Workbox does:
// - an update fetches only what changed: a file whose content an older build of this site already
//   cached is copied from there (after checking its bytes still hash to its revision);
// - the page is kept under the address a visit uses, the site's folder (`./`, the scope), and
//   answers visits to `./` and `./index.html` with any query;
// - no redirected answer is ever stored: each one is copied into a fresh response first. Hosts
//   such as Cloudflare Pages answer `index.html` with a redirect to `./`, and a browser refuses a
//   redirected answer to a visit, which would leave the site dead from the second visit on.

const PREFIX = `report-viewer ${self.registration.scope} `;
const CACHE = PREFIX + BUILD;
// Each cached response carries its file's revision, so a later build knows what it holds.
const REVISION = 'X-Revision';

/** The file's extension, '' for the page (`./`): a copy must be of the same kind of file. */
const kind = (url) => /\.([\w]+)$/.exec(new URL(url, self.location.href).pathname)?.[1] ?? '';

/** The revision of some bytes: the start of their SHA-256 in hex, as post-build.mjs writes it. */
async function revisionOf(bytes, length) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, length);
}

/** A fresh response with this body, the answer's status and headers, and the revision (Workbox's copyResponse). */
function stored(body, answer, revision) {
  const headers = new Headers(answer.headers);
  headers.set(REVISION, revision);
  return new Response(body, { status: answer.status, statusText: answer.statusText, headers });
}

/** What the caches of this site's builds (this one's too, if left over) hold, by kind and revision. */
async function cachedFiles() {
  const found = new Map();
  for (const name of (await caches.keys()).filter((name) => name.startsWith(PREFIX))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const revision = (await cache.match(request))?.headers.get(REVISION);
      if (revision) found.set(`${kind(request.url)} ${revision}`, { cache, request });
    }
  }
  return found;
}

/** The response to cache for one file: copied from an older build if it has the same bytes, else fetched. */
async function copyOrFetch({ url, revision }, cached) {
  const old = cached.get(`${kind(url)} ${revision}`);
  const copy = old && (await old.cache.match(old.request));
  if (copy) {
    const body = await copy.arrayBuffer();
    if ((await revisionOf(body, revision.length)) === revision) return stored(body, copy, revision);
  }
  // `cache: 'reload'` skips the HTTP cache, so a stale index.html is never stored with new files.
  const answer = await fetch(new Request(url, { cache: 'reload' }));
  if (!answer.ok) throw new Error(`${url}: HTTP ${answer.status}`);
  return stored(await answer.arrayBuffer(), answer, revision);
}

self.addEventListener('install', (event) => {
  // The install fails if any file does not come back OK (after redirects): the half-made cache
  // goes too, and the worker is discarded. Nothing is stored until every file is in hand.
  event.waitUntil(
    (async () => {
      try {
        const cached = await cachedFiles();
        const responses = await Promise.all(FILES.map((file) => copyOrFetch(file, cached)));
        const cache = await caches.open(CACHE);
        await Promise.all(FILES.map(({ url }, i) => cache.put(new URL(url, self.location.href).href, responses[i])));
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

// The page asks the waiting worker to take over when the reader chooses to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/** The cached file that answers a request, or null to leave it to the network. */
function cacheKey(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return null;
  const scope = new URL(self.registration.scope).pathname;
  if (!url.pathname.startsWith(scope)) return null;
  const file = url.pathname.slice(scope.length);
  // The app's state is in the query string, so every visit to the page is the same file.
  if (file === '' || file === 'index.html') return './';
  return request.mode === 'navigate' ? null : file;
}

self.addEventListener('fetch', (event) => {
  const key = cacheKey(event.request);
  if (key === null) return;
  // caches.match with a cacheName, not caches.open: opening would make the cache again, empty,
  // after the page cleared the offline copy while this worker still controls it.
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((cached) => cached || fetch(event.request)));
});
