// The service worker: precaches this build's app files (BUILD, and FILES as { url, revision }
// with each file's content hash, are written above by scripts/post-build.mjs when the site is
// built), answers from them cache-first, and deletes the caches of older builds of the same site
// once it is active. The reports' data files (`later`, with their size; what a long report ships
// apart, its narrative and its findings' words whole, with `report`: its report's data file; the
// words' parts, word list and shards are not listed) are not fetched at
// install: the page asks for them once it is interactive ('save-offline', see src/offline.rs),
// and the worker then fetches those it lacks one by one, telling every page how many reports are
// saved; on a metered connection (Save-Data, or cellular) it waits until the reader asks
// ('save-offline-all'). A data file a page opens is kept too. As Workbox does:
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

/** The response to cache for one file: copied from an older build if it has the same bytes, else fetched (or null, if not `fetching`). */
async function copyOrFetch({ url, revision }, cached, fetching = true) {
  const old = cached.get(`${kind(url)} ${revision}`);
  const copy = old && (await old.cache.match(old.request));
  if (copy) {
    const body = await copy.arrayBuffer();
    if ((await revisionOf(body, revision.length)) === revision) return stored(body, copy, revision);
  }
  if (!fetching) return null;
  // `cache: 'reload'` skips the HTTP cache, so a stale index.html is never stored with new files.
  const answer = await fetch(new Request(url, { cache: 'reload' }));
  if (!answer.ok) throw new Error(`${url}: HTTP ${answer.status}`);
  return stored(await answer.arrayBuffer(), answer, revision);
}

/**
 * The app's files, fetched at install; the reports' data files, saved later; and the interface's
 * translations, each kept when a page fetches it (the reader's language), never fetched for it.
 */
const SHELL = FILES.filter((file) => !file.later);
const KEPT = FILES.filter((file) => file.later);
const LATER = KEPT.filter((file) => file.later !== 'language');
/** What each long report ships apart (its narrative, its findings' words), by the report's data file (`report`). */
const APART_OF = new Map();
for (const file of LATER.filter((file) => file.report)) APART_OF.set(file.report, [...(APART_OF.get(file.report) ?? []), file.url]);
const address = (url) => new URL(url, self.location.href).href;

self.addEventListener('install', (event) => {
  // The install fails if any app file does not come back OK (after redirects): the half-made
  // cache goes too, and the worker is discarded. Nothing is stored until every file is in hand.
  // Data files an older build saved with the same bytes are copied; the rest wait for a page.
  event.waitUntil(
    (async () => {
      try {
        const cached = await cachedFiles();
        const responses = await Promise.all(SHELL.map((file) => copyOrFetch(file, cached)));
        const kept = await Promise.all(KEPT.map((file) => copyOrFetch(file, cached, false).catch(() => null)));
        const cache = await caches.open(CACHE);
        await Promise.all(SHELL.map(({ url }, i) => cache.put(address(url), responses[i])));
        await Promise.all(KEPT.map(({ url }, i) => kept[i] && cache.put(address(url), kept[i])));
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

/** This build's cache, or null once the page has cleared the offline copy (never made again). */
const ownCache = async () => ((await caches.has(CACHE)) ? caches.open(CACHE) : null);

/** Whether the reader pays by the byte: Save-Data is on, or the connection is cellular. */
const metered = () => Boolean(self.navigator.connection?.saveData || self.navigator.connection?.type === 'cellular');

/** Tells every page of the site how many reports are saved, and what the rest would cost. */
async function tell(cache) {
  const missing = [];
  for (const file of LATER) if (!(await cache.match(address(file.url)))) missing.push(file);
  const reports = LATER.filter((file) => file.later === 'report');
  // A report is saved once its data file is, and what it ships apart.
  const lacking = new Set(missing.map((file) => file.url));
  const unsaved = reports.filter((file) => [file.url, ...(APART_OF.get(file.url) ?? [])].some((url) => lacking.has(url)));
  const news = {
    saved: reports.length - unsaved.length,
    total: reports.length,
    bytes: missing.reduce((sum, file) => sum + file.bytes, 0),
    metered: metered(),
  };
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(news);
  return missing;
}

/**
 * Saves the data files this build lacks, one at a time: on a metered connection, unless the
 * reader asked for `all`, only those the browser already holds (the report the page opened).
 */
let saving = null;
async function save(all) {
  const cache = await ownCache();
  if (!cache) return;
  const missing = await tell(cache);
  if (saving || !missing.length) return;
  // Data files are named after their content, so any copy the browser holds is the right one.
  const options = metered() && !all ? { cache: 'only-if-cached', mode: 'same-origin' } : { cache: 'force-cache' };
  saving = (async () => {
    for (const file of missing) {
      const answer = await fetch(file.url, options).catch(() => null);
      if (!answer?.ok) continue;
      await cache.put(address(file.url), stored(await answer.arrayBuffer(), answer, file.revision));
      await tell(cache);
    }
  })().finally(() => {
    saving = null;
  });
  await saving;
}

self.addEventListener('message', (event) => {
  // The page asks the waiting worker to take over when the reader chooses to reload.
  if (event.data === 'skip-waiting') self.skipWaiting();
  // A page that was loading while this version activated missed its claim: it asks again.
  else if (event.data === 'claim') event.waitUntil(self.clients.claim());
  else if (event.data === 'save-offline' || event.data === 'save-offline-all') event.waitUntil(save(event.data === 'save-offline-all'));
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

/** The network's answer to a request for a data file, kept in the cache when it is one of this build's. */
async function fetchAndKeep(request, key) {
  const answer = await fetch(request);
  const file = KEPT.find(({ url }) => url === key);
  const cache = file && answer.ok && (await ownCache());
  if (!cache) return answer;
  const body = await answer.arrayBuffer();
  await cache.put(address(key), stored(body, answer, file.revision));
  return stored(body, answer, file.revision);
}

/** A report's own page (`report-NAME.html`) or the library's (`library.html`), for readers without JavaScript: the network's, else offline the app's page, which opens them. */
const reportPage = (request) => fetch(request).catch(() => caches.match('./', { cacheName: CACHE }).then((page) => page || Response.error()));

self.addEventListener('fetch', (event) => {
  const key = cacheKey(event.request);
  if (key === null) {
    if (event.request.mode === 'navigate' && /\/(report-[^/]*|library)\.html$/.test(new URL(event.request.url).pathname)) event.respondWith(reportPage(event.request));
    return;
  }
  // caches.match with a cacheName, not caches.open: opening would make the cache again, empty,
  // after the page cleared the offline copy while this worker still controls it.
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((cached) => cached || fetchAndKeep(event.request, key)));
});
