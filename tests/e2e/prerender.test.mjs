// The page drawn at build time: readable without JavaScript, and replaced by the app without a
// visible jump (every landmark stays where it was drawn).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './oracle.mjs';
import { openPage, useSiteAndBrowser } from './support.mjs';

const shared = useSiteAndBrowser('viewer');

test('without JavaScript the findings are readable, each with its passage, and say what needs JavaScript', async () => {
  const { context, page } = await openPage(shared.browser, { javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  try {
    await page.goto(shared.site.url);
    assert.equal(await page.locator('h1').textContent(), '5th Annual International Symposium on Preventing Human Trafficking');
    assert.equal(await page.title(), '5th Annual International Symposium on Preventing Human Trafficking · RENATE');
    assert.deepEqual(
      await page.locator('article.finding h3').allTextContents(),
      findings.map((f) => f.heading),
    );
    assert.deepEqual(
      await page.locator('article.finding blockquote').allTextContents(),
      findings.map((f) => f.passage),
    );
    assert.match(await page.locator('.notice').textContent(), /without JavaScript/);
    assert.equal(await page.locator('[role="status"]').filter({ hasText: 'Showing' }).textContent(), `Showing ${findings.length} of ${findings.length} findings`);
  } finally {
    await context.close();
  }
});

/** Holds the page's wasm back until the returned function is called: the drawn page stays. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Where the page's landmarks are drawn, relative to the document. */
const landmarks = (page) =>
  page.evaluate(() =>
    ['h1', '.tabs', '#filters-heading', '#search', '.findings-bar', 'article.finding', 'article.finding:nth-of-type(1) blockquote'].map(
      (selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box && `${selector}: ${Math.round(box.x)},${Math.round(box.y + scrollY)} ${Math.round(box.width)}×${Math.round(box.height)}`;
      },
    ),
  );

for (const viewport of [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
]) {
  test(`at ${viewport.width} px the app takes over the drawn page without moving anything`, async () => {
    const { context, page, problems } = await openPage(shared.browser, { viewport });
    const release = await holdWasm(page);
    try {
      await page.goto(shared.site.url);
      await page.locator('article.finding').first().waitFor();
      assert.equal(await page.locator('#app.prerendered').count(), 1, 'the drawn page shows while the app loads');
      const before = await landmarks(page);
      assert.ok(before.every(Boolean), `every landmark is drawn: ${before}`);
      release();
      await page.locator('#app:not(.prerendered) article.finding').first().waitFor();
      assert.deepEqual(await landmarks(page), before);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('an address with filters waits for the app instead of showing unfiltered findings', async () => {
  const { context, page } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  const release = await holdWasm(page);
  try {
    await page.goto(`${shared.site.url}?speaker=briere`);
    await page.locator('#app.prerendered').waitFor({ state: 'attached' });
    assert.equal(await page.locator('article.finding').first().isVisible(), false);
    assert.match(await page.evaluate(() => getComputedStyle(document.getElementById('app'), '::before').content), /Loading the report/);
    release();
    await page.locator('#app:not(.prerendered) article.finding').first().waitFor();
    assert.ok((await page.locator('article.finding').count()) < findings.length);
  } finally {
    await context.close();
  }
});
