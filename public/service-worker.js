// The service worker: precaches exactly this build's files (BUILD and FILES are written above by
// scripts/post-build.mjs when the site is built), answers from them cache-first, and
// deletes the caches of older builds of the same site once it is active.

const PREFIX = `report-viewer ${self.registration.scope} `;
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  // `cache: 'reload'` skips the HTTP cache, so a stale index.html is never stored with new files;
  // addAll fails, and so does the install, if any file does not come back 200 OK.
  // On failure the half-made cache goes too, and the worker is discarded.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })));
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
  if (request.mode === 'navigate') {
    // The app's state is in the query string, so every visit to the page is the same file.
    return url.pathname === scope || url.pathname === `${scope}index.html` ? 'index.html' : null;
  }
  return url.pathname.startsWith(scope) ? url.pathname.slice(scope.length) : null;
}

self.addEventListener('fetch', (event) => {
  const key = cacheKey(event.request);
  if (key === null) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(event.request)),
  );
});
