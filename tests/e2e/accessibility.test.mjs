// axe-core finds no WCAG 2.2 A/AA violations in any view of the viewer, at desktop and phone widths.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, ROOT, serveDist, visit } from './support.mjs';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let site;
let browser;

before(async () => {
  site = await serveDist('viewer');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  assert.ok(result.passes.length > 15, `axe ran its checks (${result.passes.length} passed)`);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const views = [
  ['every finding', ''],
  ['filtered by theme and speaker', '?theme=victim-centred&speaker=pemberton-ford,delegates'],
  ['no findings', '?theme=european-approaches&speaker=delegates'],
  ['a link with unknown values', '?theme=nope'],
];

for (const [name, query] of views) {
  for (const width of [1280, 360]) {
    test(`no violations: ${name}, ${width} px`, async () => {
      await visit(
        browser,
        site.url + query,
        async (page) => {
          if (width < 600) await page.locator('summary', { hasText: 'Filter findings' }).click();
          assert.deepEqual(await violations(page), []);
        },
        { width, height: 800 },
      );
    });
  }
}

test('no violations with a passage shown in context', async () => {
  await visit(browser, `${site.url}?speaker=ecat`, async (page) => {
    await page.getByRole('link', { name: 'Read in context' }).first().click();
    assert.deepEqual(await violations(page), []);
  });
});
