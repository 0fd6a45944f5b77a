// Words as authors write them: a word longer than a phone's screen (a German compound, an
// address) breaks instead of widening the page, and a report in a right-to-left language, or
// Arabic names and quotations within a left-to-right one, read right to left.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeViolations, ROOT, useBuiltSite, visit } from './support.mjs';

const shared = useBuiltSite((reports) => {
  cpSync(join(ROOT, 'reports'), reports, { recursive: true });
  for (const fixture of ['long-words.md', 'right-to-left.md']) {
    cpSync(join(ROOT, 'tests/fixtures/valid', fixture), join(reports, fixture));
  }
});

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The writing direction the browser lays `selector`'s first element out in. */
const direction = (page, selector) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).direction);

for (const width of [320, 360]) {
  test(`words longer than the line break at ${width} px: no view scrolls sideways`, async () => {
    for (const search of [
      '',
      '?report=long-words',
      '?report=long-words&speaker=wolkenstein',
      '?report=long-words&view=overview',
      '?report=long-words&view=speakers',
      '?report=long-words&view=report',
    ]) {
      await visit(
        shared.browser,
        shared.site.url + search,
        async (page) => {
          await page.locator('.library-card, .finding, .matrix, .speaker-card, .narrative-text p').first().waitFor();
          assert.equal(await overflow(page), 0, `${search || 'the library'} scrolls sideways`);
        },
        { width, height: 800 },
      );
    }
  });
}

test('a report in Arabic reads right to left, in an interface that stays left to right', async () => {
  await visit(shared.browser, `${shared.site.url}?report=right-to-left`, async (page) => {
    await page.locator('.finding').first().waitFor();
    for (const words of ['.masthead h1', '.finding h3 span', '.finding .summary', '.finding blockquote', '.finding .speaker-name', '.theme-label']) {
      assert.equal(await direction(page, words), 'rtl', words);
    }
    for (const interfaceWords of ['.tabs', '.status', '.finding-actions', '.filters legend']) {
      assert.equal(await direction(page, interfaceWords), 'ltr', interfaceWords);
    }
    // The card's words line up from the right; the title and the filters' names with the interface.
    const align = (selector) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).textAlign);
    assert.deepEqual([await align('.finding .summary'), await align('.masthead h1'), await align('.filters .speaker-name')], ['start', 'left', 'left']);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.locator('.narrative-text p').first().waitFor();
    assert.equal(await direction(page, '.narrative-text'), 'rtl');
  });
});

test('Arabic words within a left-to-right report read right to left, each kept apart', async () => {
  await visit(shared.browser, `${shared.site.url}?report=long-words&speaker=leila`, async (page) => {
    const card = page.locator('.finding').first();
    await card.waitFor();
    assert.equal(await direction(page, '.finding blockquote'), 'rtl', 'the Arabic passage');
    assert.equal(await direction(page, '.finding .summary'), 'ltr', 'the English summary');
    assert.equal(await direction(page, '.finding .speaker-name'), 'rtl', 'the Arabic name');
    // In the chip, the name is isolated from the interface's words around it.
    const chip = page.locator('.chip').first();
    assert.equal(await chip.locator('bdi').textContent(), 'ليلى بن علي');
    assert.match(await chip.textContent(), /Speaker: ليلى بن علي/);
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('in every language, every tab is in sight at 320 px', async () => {
  for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'nl']) {
    await visit(
      shared.browser,
      `${shared.site.url}?report=renate-brussels-2014&lang=${lang}`,
      async (page) => {
        const tabs = page.locator('.tabs li a');
        assert.equal(await tabs.count(), 4);
        for (const tab of await tabs.all()) {
          const box = await tab.boundingBox();
          assert.ok(box.x >= 0 && box.x + box.width <= 320, `${lang}: ${await tab.textContent()} at ${box.x}–${box.x + box.width}`);
        }
        assert.equal(await overflow(page), 0, lang);
      },
      { width: 320, height: 700 },
    );
  }
});
