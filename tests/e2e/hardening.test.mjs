// Hostile links, damaged files and broken caches never break the page, and the page keeps to its
// Content-Security-Policy.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { expected, findings } from './oracle.mjs';
import { DIST, offlineReady, openPage, serveDist, statusLine, useSiteAndBrowser } from './support.mjs';

const shared = useSiteAndBrowser('viewer');

/** Opens a page that records CSP violations and any dialog (an injected alert would open one). */
async function guardedPage(viewport = { width: 1280, height: 900 }) {
  const opened = await openPage(shared.browser, { viewport });
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  opened.page.on('dialog', (dialog) => {
    opened.problems.push(`dialog opened: ${dialog.message()}`);
    dialog.dismiss();
  });
  return opened;
}

const wasmFile = (dir) => readdirSync(dir).find((name) => name.endsWith('_bg.wasm'));

describe('Content-Security-Policy', () => {
  test('the page declares a strict policy and works through every view with no violation', async () => {
    const { context, page, problems } = await guardedPage();
    try {
      await page.goto(shared.site.url);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      // Inline, only the prerendered page's panel opener, by hash (the app is loaded by boot.js).
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
      assert.ok(!policy.includes('unsafe-inline') && !policy.includes("'unsafe-eval'") && !policy.includes('http'), policy);
      await page.getByLabel('Search the findings').fill('money');
      await statusLine(page).waitFor();
      for (const tab of ['Overview', 'Speakers', 'Report', 'Findings']) {
        await page.getByRole('link', { name: tab, exact: true }).click();
      }
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      const origins = new Set();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));
      await page.reload();
      await statusLine(page).waitFor();
      assert.deepEqual([...origins].filter((o) => o !== shared.site.origin && !o.startsWith('blob:')), [], 'no other origin');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

describe('hostile links', () => {
  const cases = [
    ['a script in the search', '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['markup in a filter value', '?theme=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&speaker=vries'],
    ['bad percent-encoding', '?theme=%E2%28%A1&speaker=%zz&q=%&view=%FF'],
    ['a very long query', `?q=${'a'.repeat(20_000)}&theme=${'b'.repeat(20_000)}`],
    ['thousands of repeated keys', `?${Array.from({ length: 3000 }, (_, i) => `theme=t${i}`).join('&')}&theme=cooperation`],
    ['a hostile hash', '?speaker=briere#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ];
  for (const [name, query] of cases) {
    test(`${name}: the page works, runs nothing injected, and says what it ignored`, async () => {
      const { context, page, problems } = await guardedPage();
      try {
        await page.goto(shared.site.url + query);
        await statusLine(page).waitFor();
        assert.equal(await page.locator('img[src="x"]').count(), 0);
        assert.deepEqual(await page.evaluate(() => window.__violations), []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test('what cannot be used is named in a short note, and what can is applied', async () => {
    const { context, page } = await guardedPage();
    try {
      await page.goto(`${shared.site.url}?${Array.from({ length: 3000 }, (_, i) => `theme=t${i}`).join('&')}&theme=cooperation`);
      await statusLine(page).waitFor();
      assert.equal(await statusLine(page).textContent(), `Showing ${expected({ themes: ['cooperation'] }).length} of ${findings.length} findings`);
      const note = await page.locator('.notice').textContent();
      assert.ok(note.includes('theme “t0”') && note.endsWith('and 2,995 more.'), note);
      await page.goto(`${shared.site.url}?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
      await statusLine(page).waitFor();
      assert.equal(await page.getByLabel('Search the findings').inputValue(), '<script>alert(1)</script>');
      assert.equal(await page.locator('.chip').first().textContent().then((t) => t.includes('<script>alert(1)</script>')), true);
    } finally {
      await context.close();
    }
  });
});

describe('damaged files and caches', () => {
  test('a truncated wasm file gives a message, Try again, then clearing the offline copy; a good file then works', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'report-viewer-truncated-'));
    cpSync(DIST, broken, { recursive: true });
    const wasm = wasmFile(broken);
    const bytes = readFileSync(join(broken, wasm));
    writeFileSync(join(broken, wasm), bytes.subarray(0, bytes.length >> 1));
    const damaged = await serveDist('viewer', broken);
    const { context, page } = await openPage(shared.browser, { viewport: { width: 360, height: 780 } });
    try {
      await page.goto(damaged.url);
      await page.getByRole('heading', { name: 'The report could not be shown' }).waitFor();
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('button', { name: 'Clear the offline copy and try again' }).waitFor();
      damaged.replaceWith(DIST);
      await page.getByRole('button', { name: 'Clear the offline copy and try again' }).click();
      await statusLine(page).waitFor();
      assert.equal(await statusLine(page).textContent(), `Showing ${findings.length} of ${findings.length} findings`);
    } finally {
      await context.close();
      await damaged.close();
      rmSync(broken, { recursive: true, force: true });
    }
  });

  test('a corrupt offline copy is detected and cleared, and the site then loads from the network', async () => {
    const own = await serveDist('viewer');
    const { context, page } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${own.url}?speaker=ecat`);
      await page.getByText('Available offline').waitFor();
      const wasm = wasmFile(DIST);
      await page.evaluate(async (name) => {
        const cacheName = (await caches.keys()).find((key) => key.startsWith('report-viewer '));
        const cache = await caches.open(cacheName);
        const keys = await cache.keys();
        const entry = keys.find((request) => request.url.endsWith(name));
        await cache.put(entry, new Response(new Uint8Array([0, 97, 115, 109, 1, 0]), { headers: { 'Content-Type': 'application/wasm' } }));
      }, wasm);
      await page.reload();
      await page.getByRole('heading', { name: 'The report could not be shown' }).waitFor();
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('button', { name: 'Clear the offline copy and try again' }).click();
      await statusLine(page).waitFor();
      assert.equal(await statusLine(page).textContent(), `Showing ${expected({ speakers: ['ecat'] }).length} of ${findings.length} findings`);
    } finally {
      await context.close();
      await own.close();
    }
  });

  test('clearing the offline copy clears only this site: another site and an unrelated worker on the origin keep theirs', async () => {
    // One origin: site A at /a/, site B at /b/, and another app's worker at the root with its own cache.
    const host = await serveDist('a');
    host.add('b', DIST);
    const other = mkdtempSync(join(tmpdir(), 'report-viewer-other-'));
    writeFileSync(
      join(other, 'other-sw.js'),
      "self.addEventListener('install', (event) => event.waitUntil(caches.open('other-app').then((cache) => cache.put('/other-data', new Response('other')))));\n",
    );
    host.add('', other);
    const { origin } = host;
    const { context, page } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
    /** The scopes registered on the origin and its caches, seen from `from`. */
    const state = (from) =>
      from.evaluate(async () => ({
        scopes: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort(),
        caches: (await caches.keys()).map((name) => name.replace(location.origin, '')).sort(),
      }));
    try {
      await page.goto(`${origin}/b/`);
      await offlineReady(page);
      // Site A opened at its index.html: the page's folder, not its address, is the site's scope.
      await page.goto(`${origin}/a/index.html?speaker=ecat`);
      await offlineReady(page);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.register('/other-sw.js', { scope: '/' });
        const worker = registration.installing || registration.waiting || registration.active;
        if (worker.state !== 'activated') {
          await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
        }
      });
      const before = await state(page);
      assert.deepEqual(before.scopes, ['/', '/a/', '/b/']);
      assert.equal(before.caches.length, 3, before.caches.join(', '));
      assert.ok(before.caches.includes('other-app'));
      const [siteA, siteB] = ['/a/', '/b/'].map((path) => before.caches.find((name) => name.startsWith(`report-viewer ${path} `)));
      assert.ok(siteA && siteB, before.caches.join(', '));

      // With the server gone, A's clear-and-reload leaves A without an offline copy, and B still has its own.
      await host.stop();
      for (const attempt of [1, 2]) {
        await page.evaluate((n) => {
          document.querySelector('.fatal')?.remove();
          window.dispatchEvent(new CustomEvent('report-viewer-failed', { detail: `Failure ${n}.` }));
        }, attempt);
      }
      await Promise.all([page.waitForEvent('framenavigated'), page.getByRole('button', { name: 'Clear the offline copy and try again' }).click()]);
      const tabB = await context.newPage();
      await tabB.goto(`${origin}/b/?speaker=ecat`);
      assert.equal(await statusLine(tabB).textContent(), `Showing ${expected({ speakers: ['ecat'] }).length} of ${findings.length} findings`);
      assert.deepEqual(await state(tabB), { scopes: ['/', '/b/'], caches: ['other-app', siteB].sort() }, 'only site A was cleared');

      // Back online, A loads from the network and makes its offline copy again.
      await host.start();
      await page.goto(`${origin}/a/`);
      await offlineReady(page);
      const again = await state(page);
      assert.deepEqual(again.scopes, ['/', '/a/', '/b/']);
      assert.deepEqual(again.caches, before.caches);
    } finally {
      await context.close();
      await host.close();
      rmSync(other, { recursive: true, force: true });
    }
  });

  /** A copy of dist/ changed by `damage(dir)`, served under /viewer/; the page opened on it. */
  async function openDamaged(damage, body) {
    const dir = mkdtempSync(join(tmpdir(), 'report-viewer-damaged-'));
    cpSync(DIST, dir, { recursive: true });
    damage(dir);
    const damaged = await serveDist('viewer', dir);
    const { context, page } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(damaged.url);
      await body(page);
    } finally {
      await context.close();
      await damaged.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('a missing wasm file (a failed request) gives the message instead of a blank page', async () => {
    await openDamaged(
      (dir) => rmSync(join(dir, wasmFile(dir))),
      async (page) => {
        await page.getByRole('heading', { name: 'The report could not be shown' }).waitFor();
        await page.getByRole('button', { name: 'Try again' }).waitFor();
      },
    );
  });

  test('a damaged report data file is detected by the app and reported, not shown broken', async () => {
    await openDamaged(
      (dir) => {
        const file = join(dir, 'data', readdirSync(join(dir, 'data')).find((name) => name.startsWith('renate-')));
        const bytes = readFileSync(file);
        const at = bytes.indexOf(Buffer.from('prosecution-problematic'));
        assert.ok(at > 0, 'the report data is in its own file');
        bytes[at] = 0xff; // no longer valid UTF-8: the data cannot be decoded
        writeFileSync(file, bytes);
      },
      async (page) => {
        const alert = page.getByRole('alert');
        await alert.getByText(/The report’s data in this copy of the site is damaged/).waitFor();
        await alert.getByRole('button', { name: 'Try again' }).waitFor();
      },
    );
  });

  test('a report data file that cannot be fetched gives the message and a way on, with the findings drawn at build time still readable', async () => {
    await openDamaged(
      (dir) => rmSync(join(dir, 'data'), { recursive: true }),
      async (page) => {
        const alert = page.getByRole('alert');
        await alert.getByText(/The report’s data could not be loaded \(data\/renate-brussels-2014-[0-9a-f]{16}\.bin: HTTP 404\)/).waitFor();
        await alert.getByRole('button', { name: 'Try again' }).waitFor();
        assert.ok(await page.getByRole('heading', { name: 'Recruitment is where trafficking starts' }).isVisible());
      },
    );
  });

  test('when the app reports damaged data or a crash, the reader gets the message and a way on', async () => {
    const { context, page } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(shared.site.url);
      await statusLine(page).waitFor();
      await page.evaluate(() =>
        window.dispatchEvent(new CustomEvent('report-viewer-failed', { detail: 'The viewer met an error it could not recover from.' })),
      );
      await page.getByRole('alert').getByText('The viewer met an error it could not recover from.').waitFor();
      await page.getByRole('button', { name: 'Try again' }).click();
      await statusLine(page).waitFor();
    } finally {
      await context.close();
    }
  });
});
