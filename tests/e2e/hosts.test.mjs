// The site on the hosts it is deployed to: a plain one that serves `…/index.html` as it is
// (Python's http.server), and one that answers `…/index.html` with a 308 to `…/`, as Cloudflare
// Pages does. On both, the first visit, a second one, a reload, a reload with the server gone and
// a deep link opened offline in a new tab all show the findings.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expected, findings } from './oracle.mjs';
import { launchBrowser, offlineReady, openPage, serveDist, statusLine } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const showing = (n) => `Showing ${n} of ${findings.length} findings`;

/** The status line's text once the app has drawn it ("Showing N of 21 findings"). */
async function status(page) {
  const line = statusLine(page);
  await line.waitFor({ timeout: 15000 });
  return line.textContent();
}

const HOSTS = [
  ['a plain host (index.html served as it is)', {}],
  ['a host that redirects index.html to the folder (like Cloudflare Pages)', { host: 'node', redirectIndex: true }],
];

for (const [name, options] of HOSTS) {
  test(`${name}: first visit, second visit, reload, offline reload and an offline deep link show the findings`, async () => {
    const site = await serveDist('org/viewer', undefined, options);
    if (options.redirectIndex) {
      const answer = await fetch(`${site.url}index.html?speaker=ecat`, { redirect: 'manual' });
      assert.equal(answer.status, 308, 'the host redirects index.html');
      assert.equal(answer.headers.get('location'), '/org/viewer/?speaker=ecat');
    }
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(site.url);
      assert.equal(await status(page), showing(findings.length), 'first visit');
      await offlineReady(page);
      // Nothing the worker keeps is a redirected answer: a navigation cannot use one.
      const redirected = await page.evaluate(async () => {
        const found = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) if ((await cache.match(request)).redirected) found.push(request.url);
        }
        return found;
      });
      assert.deepEqual(redirected, [], 'no redirected response is cached');

      const second = await context.newPage();
      await second.goto(site.url);
      assert.equal(await status(second), showing(findings.length), 'second visit');
      await second.goto(`${site.url}index.html?speaker=briere`);
      assert.equal(await status(second), showing(expected({ speakers: ['briere'] }).length), 'second visit, by index.html');

      await page.reload();
      assert.equal(await status(page), showing(findings.length), 'reload');

      await site.stop();
      await page.reload();
      assert.equal(await status(page), showing(findings.length), 'offline reload');

      const ecat = expected({ speakers: ['ecat'] });
      const tab = await context.newPage();
      await tab.goto(`${site.url}?speaker=ecat#finding-${ecat.at(-1).id}`);
      assert.equal(await status(tab), showing(ecat.length), 'offline deep link');
      await tab.locator(`#finding-${ecat.at(-1).id}`).waitFor();
      await tab.goto(`${site.url}index.html?speaker=ecat`);
      assert.equal(await status(tab), showing(ecat.length), 'offline deep link, by index.html');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });
}
