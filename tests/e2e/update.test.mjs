// A new deployment reaches an open tab: it offers a reload, which keeps the filters and loads
// only the new build's files; a changed report changes only its data file and the page, and a
// returning reader fetches only those and sw.js.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { after, before, test } from 'node:test';
import { buildSite, DIST, launchBrowser, offlineReady, openPage, ROOT, serveDist } from './support.mjs';

const REVISED = 'Recruitment is where trafficking starts (revised)';
let browser;
let build2;

/** Build 2: the same site with one finding's heading changed, built into its own folder. */
function buildRevisedSite() {
  const work = mkdtempSync(join(tmpdir(), 'report-viewer-build2-'));
  const reports = join(work, 'reports');
  cpSync(join(ROOT, 'reports'), reports, { recursive: true });
  const file = join(reports, 'renate-brussels-2014.md');
  const source = readFileSync(file, 'utf8');
  assert.ok(source.includes('## Recruitment is where trafficking starts {#'));
  writeFileSync(file, source.replace('## Recruitment is where trafficking starts {#', `## ${REVISED} {#`));
  const dist = join(work, 'dist');
  buildSite(reports, dist);
  return { work, dist };
}

before(async () => {
  build2 = buildRevisedSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  rmSync(build2.work, { recursive: true, force: true });
});

/** The names of the content-hashed files (name-hash.ext) of a build's folder, the data files' included. */
const hashedFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((path) => path.split('/').pop())
    .filter((name) => /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(name));

/** The app's own files: its wasm, scripts and styles. */
const appFiles = (dir) => readdirSync(dir).filter((name) => /\.(wasm|js|css)$/.test(name) && name !== 'sw.js');

test('the app is the same files whatever the reports: a changed report changes only its data file and the page', () => {
  assert.deepEqual(appFiles(build2.dist), appFiles(DIST), 'the same wasm, scripts and styles, by name');
  for (const name of appFiles(DIST)) {
    assert.ok(readFileSync(join(DIST, name)).equals(readFileSync(join(build2.dist, name))), `${name} is byte for byte the same`);
  }
  const data = (dir) => readdirSync(join(dir, 'data')).sort();
  const [before, now] = [data(DIST), data(build2.dist)];
  assert.deepEqual(
    now.filter((name) => !before.includes(name)).map((name) => name.replace(/-[0-9a-f]{16}\.bin$/, '')),
    ['renate-brussels-2014'],
    'only the changed report has a new data file',
  );
});

test('a new deployment is offered to an open tab, and Reload brings it in with the same filters', async () => {
  const build2Files = hashedFiles(build2.dist);

  const buildId = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const BUILD = "(\w+)"/)[1];
  assert.notEqual(buildId(build2.dist), buildId(DIST), 'build 2 has its own service worker');
  const site = await serveDist('viewer');
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    const query = '?theme=law-enforcement&speaker=vries';
    await page.goto(site.url + query);
    await offlineReady(page);
    assert.equal(await page.getByRole('heading', { name: REVISED }).count(), 0);

    site.replaceWith(build2.dist);
    // The tab checks for a new version when the network comes back, on becoming visible, and
    // every 15 minutes; the first of these is the quickest to cause here. A check that starts
    // while the browser's own check is still running joins it, so keep nudging until it shows.
    const reload = page.getByRole('button', { name: 'Reload' });
    for (let attempt = 0; attempt < 120 && !(await reload.isVisible()); attempt++) {
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await page.waitForTimeout(500);
    }
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { installing: r.installing?.state, waiting: r.waiting?.state, active: r.active?.state };
    });
    assert.ok(await reload.isVisible(), `the tab offers the new version (${JSON.stringify(registration)})`);
    assert.ok((await page.locator('.update-banner').innerText()).includes('A new version is available'));

    const loaded = [];
    page.on('response', (response) => loaded.push(new URL(response.url()).pathname.split('/').pop()));
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.getByRole('heading', { name: REVISED }).waitFor();

    assert.equal(await page.evaluate(() => location.search), query, 'the filters are kept');
    assert.equal(await page.locator('input[name="theme"][value="law-enforcement"]').isChecked(), true);
    assert.equal(await page.locator('input[name="speaker"][value="vries"]').isChecked(), true);
    const loadedHashed = loaded.filter((name) => /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(name));
    assert.ok(loadedHashed.length >= 3, `the page loaded its hashed files: ${loaded.join(', ')}`);
    for (const name of loadedHashed) {
      assert.ok(build2Files.includes(name), `${name} is build 2's`);
    }
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1, `only the new build's cache is left: ${caches.join(', ')}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});

/** The files a build's worker precaches, by path: every file but sw.js and the install-only icons. */
function precached(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((file) => file !== 'sw.js' && !/^(icons\/icon|manifest\.webmanifest$)/.test(file));
}

/** Nudges the tab to look for a new version until it offers it; returns the Reload button. */
async function waitForUpdate(page) {
  const reload = page.getByRole('button', { name: 'Reload' });
  for (let attempt = 0; attempt < 120 && !(await reload.isVisible()); attempt++) {
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForTimeout(500);
  }
  assert.ok(await reload.isVisible(), 'the new version was installed');
  return reload;
}

/** Each file the Node host served since `served` was emptied, once (the tab's checks fetch sw.js again and again), with its bytes. */
function fetchedFiles(site) {
  const fetched = new Map();
  for (const { path, status, bytes } of site.served) {
    const file = decodeURIComponent(new URL(path, site.url).pathname.slice('/viewer/'.length)) || 'index.html';
    if (status === 200 && !fetched.has(file)) fetched.set(file, bytes);
  }
  return fetched;
}

test('an update fetches only the files whose content changed, and copies the rest from the old build', async (t) => {
  // What changed between the builds, read from the files themselves: a file whose bytes (and kind)
  // build 1 already had need not be fetched again, whatever its name.
  const content = (dir, file) => `${extname(file)} ${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}`;
  const old = new Set(precached(DIST).map((file) => content(DIST, file)));
  const changed = precached(build2.dist).filter((file) => !old.has(content(build2.dist, file)));
  const unchanged = precached(build2.dist).filter((file) => !changed.includes(file));
  assert.deepEqual(
    changed.map((file) => file.replace(/-[0-9a-f]{16}\.bin$/, '')).sort(),
    ['data/renate-brussels-2014', 'index.html'],
    `only the page and the changed report's data changed: ${changed.join(', ')}`,
  );
  assert.ok(unchanged.some((file) => file.endsWith('.wasm')) && unchanged.some((file) => file.endsWith('.css')), `unchanged: ${unchanged.join(', ')}`);

  // On a host that redirects index.html to the folder, as Cloudflare Pages does: a new deploy must not cache a redirect either.
  const site = await serveDist('viewer', DIST, { host: 'node', redirectIndex: true });
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(site.url);
    await offlineReady(page);

    site.served.length = 0;
    site.replaceWith(build2.dist);
    const reload = await waitForUpdate(page);
    // The new worker fetched the changed app files; the changed report's data comes when the
    // reloaded page opens it (and is kept for offline use then).
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.getByRole('heading', { name: REVISED }).waitFor();
    await offlineReady(page);
    const fetched = fetchedFiles(site);
    const bytes = (files) => files.reduce((sum, file) => sum + readFileSync(join(build2.dist, file)).length, 0);
    const brotli = (files) =>
      files.reduce(
        (sum, file) =>
          sum + brotliCompressSync(readFileSync(join(build2.dist, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        0,
      );
    const total = [...fetched.values()].reduce((sum, n) => sum + n, 0);
    const everything = ['sw.js', ...precached(build2.dist)];
    t.diagnostic(
      `the update fetched ${fetched.size} files, ${total} bytes (${brotli([...fetched.keys()])} brotli): ${[...fetched.keys()].sort().join(', ')}; ` +
        `refetching every file would be ${everything.length} files, ${bytes(everything)} bytes (${brotli(everything)} brotli)`,
    );
    assert.deepEqual([...fetched.keys()].sort(), ['sw.js', ...changed].sort(), 'only sw.js and the changed files are fetched');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});

test('a cached file whose bytes no longer match its revision is fetched again by the update, not copied', async () => {
  const css = readdirSync(DIST).find((name) => name.endsWith('.css'));
  assert.ok(readdirSync(build2.dist).includes(css), 'build 2 has the same stylesheet');
  const site = await serveDist('viewer', DIST, { host: 'node' });
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(site.url);
    await offlineReady(page);
    // Damage the stylesheet in the offline copy, keeping the headers that name its revision.
    await page.evaluate(async (name) => {
      const cache = await caches.open((await caches.keys()).find((key) => key.startsWith('report-viewer ')));
      const request = (await cache.keys()).find((r) => r.url.endsWith(name));
      const old = await cache.match(request);
      if (!old.headers.get('X-Revision')) throw new Error('the cached file has no revision');
      await cache.put(request, new Response('body{display:none}', { headers: old.headers }));
    }, css);

    site.served.length = 0;
    site.replaceWith(build2.dist);
    const reload = await waitForUpdate(page);
    assert.ok(fetchedFiles(site).has(css), `the damaged stylesheet is fetched again: ${[...fetchedFiles(site).keys()].join(', ')}`);
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.getByRole('heading', { name: REVISED }).waitFor();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block', 'the good stylesheet is used');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});
