// axe-core finds no WCAG 2.2 A/AA violations in any view of the viewer, at desktop and phone widths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPage, ROOT, useSiteAndBrowser, visit } from './support.mjs';

// Evaluated through the DevTools protocol: the page's CSP rightly forbids injected script tags.
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const shared = useSiteAndBrowser('viewer');

async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  assert.ok(result.passes.length > 15, `axe ran its checks (${result.passes.length} passed)`);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

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
          assert.deepEqual(await violations(page), []);
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
    assert.deepEqual(await violations(page), []);
  });
});

test('no violations with a citation open', async () => {
  await visit(shared.browser, `${shared.site.url}?speaker=briere`, async (page) => {
    await page.locator('article.finding').first().getByText('Cite', { exact: true }).click();
    assert.deepEqual(await violations(page), []);
  });
});

for (const scheme of ['dark', 'light']) {
  for (const query of ['', '?view=overview', '?view=report', '?theme=european-approaches&speaker=delegates']) {
    test(`no violations in ${scheme} mode: ${query || 'every finding'}`, async () => {
      const { context, page } = await openPage(shared.browser, { viewport: { width: 1280, height: 800 }, colorScheme: scheme });
      try {
        await page.goto(shared.site.url + query);
        await page.locator('main#main').waitFor();
        assert.deepEqual(await violations(page), []);
      } finally {
        await context.close();
      }
    });
  }
}
