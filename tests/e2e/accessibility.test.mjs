// axe-core finds no WCAG 2.2 A/AA violations in any view of the viewer, at desktop and phone widths.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, openPage, useSiteAndBrowser, visit } from './support.mjs';

const shared = useSiteAndBrowser('viewer');

const views = [
  ['every finding', ''],
  ['filtered by theme and speaker', '?theme=victim-centred&speaker=pemberton-ford,delegates'],
  ['no findings', '?theme=european-approaches&speaker=delegates'],
  ['a link with unknown values', '?theme=nope'],
  ['a search with highlighted words', '?q=victims+money'],
  ['the overview', '?view=overview'],
  ['the overview under a search', '?view=overview&q=victims'],
  ['the speakers', '?view=speakers'],
  ['the full report', '?view=report'],
];

for (const [name, query] of views) {
  for (const width of [1280, 360]) {
    test(`no violations: ${name}, ${width} px`, async () => {
      await visit(
        shared.browser,
        shared.site.url + query,
        async (page) => {
          const panel = page.locator('summary', { hasText: 'Filter findings' });
          if (width < 600 && (await panel.count())) await panel.click();
          assert.deepEqual(await axeViolations(page), []);
        },
        { width, height: 800 },
      );
    });
  }
}

test('no violations with a passage shown in context', async () => {
  await visit(shared.browser, `${shared.site.url}?speaker=ecat`, async (page) => {
    await page.getByRole('link', { name: 'Read in context' }).first().click();
    await page.locator('mark.passage-mark:focus').waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('no violations with a citation open', async () => {
  await visit(shared.browser, `${shared.site.url}?speaker=briere`, async (page) => {
    await page.locator('article.finding').first().getByText('Cite', { exact: true }).click();
    assert.deepEqual(await axeViolations(page), []);
  });
});

for (const scheme of ['dark', 'light']) {
  for (const query of ['', '?view=overview', '?view=report', '?theme=european-approaches&speaker=delegates']) {
    test(`no violations in ${scheme} mode: ${query || 'every finding'}`, async () => {
      const { context, page } = await openPage(shared.browser, { viewport: { width: 1280, height: 800 }, colorScheme: scheme });
      try {
        await page.goto(shared.site.url + query);
        await page.locator('main#main').waitFor();
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }
}

test('the keyboard stays in place when the button it pressed goes: the first chip left, else the results heading', async () => {
  await visit(shared.browser, `${shared.site.url}?theme=victim-centred&speaker=pemberton-ford,delegates`, async (page) => {
    const focused = () => page.evaluate(() => `${document.activeElement.tagName.toLowerCase()}#${document.activeElement.id} ${document.activeElement.textContent.trim()}`);
    const chips = page.locator('.chip');
    assert.equal(await chips.count(), 3);
    await chips.nth(1).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chip').length === 2);
    await page.waitForFunction(() => document.activeElement?.classList.contains('chip'));
    assert.match(await focused(), /^button# Remove Theme:/, 'the first chip left');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chip').length === 1);
    await page.waitForFunction(() => document.activeElement?.classList.contains('chip'));
    assert.match(await focused(), /^button# Remove Speaker: Symposium delegates/, 'the first chip left');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'findings-heading');
    await page.goto(`${shared.site.url}?view=overview`);
    await page.locator('#app:not(.prerendered) .matrix').waitFor();
    await page.locator('.matrix a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'findings-heading');
  });
});
