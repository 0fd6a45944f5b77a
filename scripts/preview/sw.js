// Preview only (scripts/preview.mjs serves it as sw.js, in place of the site's): a service worker
// that removes itself, so that every page of the preview is the newest build, fetched from the
// preview server. It also replaces a worker a `scripts/serve` site left on the same address,
// deleting its offline copy and reloading the pages it was serving from that copy.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const copies = (await caches.keys()).filter((name) => name.startsWith(`report-viewer ${self.registration.scope} `));
      await Promise.all(copies.map((name) => caches.delete(name)));
      await self.registration.unregister();
      if (copies.length === 0) return;
      for (const page of await self.clients.matchAll({ type: 'window' })) page.navigate(page.url);
    })(),
  );
});
