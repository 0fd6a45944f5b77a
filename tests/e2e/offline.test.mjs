// Offline after the first visit, and at home at a domain's root or under any sub-path.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { expected, findings } from './oracle.mjs';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchBrowser, offlineReady, openPage, serveDist, statusLine } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const showing = (n) => `Showing ${n} of ${findings.length} findings`;

test('after the first visit the app opens, reloads, filters and opens deep links with the server gone', async () => {
  const site = await serveDist('org/viewer');
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${site.url}?theme=cooperation`);
    await offlineReady(page);
    await site.stop();
    assert.equal((await fetch(site.url).catch(() => null))?.ok, undefined, 'the server is really gone');

    await page.reload();
    assert.equal(await statusLine(page).textContent(), showing(expected({ themes: ['cooperation'] }).length));
    await page.locator('input[name="speaker"][value="delegates"]').check();
    const both = expected({ themes: ['cooperation'], speakers: ['delegates'] }).length;
    assert.equal(await statusLine(page).textContent(), showing(both));

    const tab = await context.newPage();
    await tab.goto(`${site.url}?speaker=ecat`);
    assert.equal(await statusLine(tab).textContent(), showing(expected({ speakers: ['ecat'] }).length));
    await tab.goto(site.url);
    assert.equal(await statusLine(tab).textContent(), showing(findings.length));
    assert.equal(await tab.locator('article.finding').count(), findings.length, 'every finding is there');
    await tab.getByRole('link', { name: 'Report', exact: true }).click();
    assert.ok((await tab.locator('.narrative-text p').count()) > 10, 'and the full report');
    assert.ok(await tab.evaluate(() => document.querySelector('link[rel="manifest"]') !== null));

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});

for (const subPath of ['', 'viewer', 'org/reports/viewer']) {
  test(`served at ${subPath ? `/${subPath}/` : 'the root'}: loads, filters, installs offline support, no failed request`, async () => {
    const site = await serveDist(subPath);
    const { context, page, problems } = await openPage(browser, { viewport: { width: 360, height: 780 } });
    try {
      await page.goto(`${site.url}?speaker=briere`);
      assert.equal(await statusLine(page).textContent(), showing(expected({ speakers: ['briere'] }).length));
      await offlineReady(page);
      const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
      assert.equal(scope, site.url);
      for (const icon of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png', 'icons/icon.svg']) {
        assert.equal((await fetch(site.url + icon)).status, 200, icon);
      }
      const manifest = await (await fetch(`${site.url}manifest.webmanifest`)).json();
      assert.equal(manifest.start_url, './');
      assert.equal(manifest.scope, './');
      assert.equal(manifest.display, 'standalone');
      assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });
}

test('a first visit fetches the page, the service worker and exactly what it precaches: every file but the install-only icons', async () => {
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const entries = JSON.parse(worker.match(/const FILES = (\[[^\]]*\]);/)[1]);
  // Each file with its revision, the start of its content's SHA-256; the page under its address, `./`.
  const listed = entries.map(({ url }) => (url === './' ? 'index.html' : url)).sort();
  for (const { url, revision } of entries) {
    const file = join(DIST, url === './' ? 'index.html' : url);
    assert.equal(revision, createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16), url);
  }
  const built = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1))
    .filter((file) => file !== 'sw.js' && !/^(icons\/icon|manifest\.webmanifest$)/.test(file))
    .sort();
  assert.deepEqual(listed, built);

  const site = await serveDist('viewer');
  const { context, page } = await openPage(browser, { viewport: { width: 360, height: 780 } });
  try {
    site.requests.length = 0;
    await page.goto(site.url);
    await offlineReady(page);
    const fetched = new Set(site.requests.map((path) => decodeURIComponent(path.slice('/viewer/'.length)) || 'index.html'));
    // The interface's translations are fetched only by a reader who chooses one (this browser's is English).
    const translations = new Set(entries.filter((entry) => entry.later === 'language').map(({ url }) => url));
    assert.deepEqual([...fetched].sort(), [...new Set(['index.html', 'sw.js', ...listed.filter((file) => !translations.has(file))])].sort());
  } finally {
    await context.close();
    await site.close();
  }
});

test('a build with a missing file is never cached: an error response does not enter the cache', async () => {
  const broken = mkdtempSync(join(tmpdir(), 'report-viewer-broken-'));
  cpSync(DIST, broken, { recursive: true });
  rmSync(join(broken, 'icons/favicon.png')); // precached, as every file a visit needs
  const site = await serveDist('viewer', broken);
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(site.url);
    await statusLine(page).waitFor();
    // The install fails on the missing file: wait until the installing worker is discarded.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.register('sw.js');
      const worker = registration.installing || registration.waiting || registration.active;
      if (worker && worker.state !== 'redundant') {
        await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'redundant' && done()));
      }
    });
    const state = await page.evaluate(async () => ({ keys: await caches.keys(), controlled: !!navigator.serviceWorker.controller }));
    assert.deepEqual(state, { keys: [], controlled: false });
    assert.equal(await page.getByText('Available offline').isVisible(), false);
  } finally {
    await context.close();
    await site.close();
    rmSync(broken, { recursive: true, force: true });
  }
});
