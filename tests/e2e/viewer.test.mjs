// The viewer end to end: the release build under a sub-path, in Debian's Chromium.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expected, findings, speakers, themes } from './oracle.mjs';
import { address, expectStatus, settled, useSiteAndBrowser, visit } from './support.mjs';

const shared = useSiteAndBrowser('viewer');

const withPage = (query, body, viewport) => visit(shared.browser, shared.site.url + query, body, viewport);

const shownIds = (page) =>
  page.locator('article.finding').evaluateAll((articles) => articles.map((a) => a.id.replace(/^finding-/, '')));
const countText = (n) => `${n} finding${n === 1 ? '' : 's'}`;
const facetCount = (label) => label.locator('.facet-count').textContent();
const search = (page) => address(page);
const themeBox = (page, id) => page.locator(`input[name="theme"][value="${id}"]`);
const speakerBox = (page, id) => page.locator(`input[name="speaker"][value="${id}"]`);

async function expectShown(page, filters) {
  const want = expected(filters).map((f) => f.id);
  await expectStatus(page, `Showing ${want.length} of ${findings.length} findings`);
  assert.deepEqual(await shownIds(page), want);
}

describe('the seed report', () => {
  test('shows its header and every finding with heading, summary, speaker, themes and passage', async () => {
    await withPage('', async (page) => {
      assert.equal(await page.locator('h1').textContent(), '5th Annual International Symposium on Preventing Human Trafficking');
      const header = await page.locator('header.masthead').innerText();
      for (const part of ['RENATE', 'Brussels', 'Thursday, 27 November 2014', 'Anne Kelleher', 'RENATE Communications Person']) {
        assert.ok(header.includes(part), `header shows ${part}`);
      }
      assert.ok(findings.length > 12, 'the seed has well over a dozen findings');
      await expectShown(page, {});
      const first = page.locator('article.finding').first();
      assert.equal(await first.locator('h3').textContent(), findings[0].heading);
      assert.ok((await first.locator('.summary').textContent()).length > 20);
      assert.ok((await first.locator('.speaker').innerText()).includes('Ms. Ieke Vries'));
      assert.ok((await first.locator('.speaker').innerText()).includes('researcher at the office of the Dutch National Rapporteur'));
      assert.ok((await first.locator('blockquote').textContent()).startsWith('Progress on prosecution and conviction'));
      assert.equal(await first.locator('.theme-label').count(), findings[0].themes.length);
      assert.equal(await page.title(), '5th Annual International Symposium on Preventing Human Trafficking · RENATE');
    });
  });

  test('every theme and speaker has a labelled checkbox showing its count', async () => {
    await withPage('', async (page) => {
      for (const theme of themes) {
        const label = page.locator('label.facet', { has: themeBox(page, theme.id) });
        assert.ok((await label.innerText()).includes(theme.name));
        const count = expected({ themes: [theme.id] }).length;
        assert.equal(await facetCount(label), countText(count));
        assert.equal(await page.getByRole('checkbox', { name: theme.name }).count(), 1);
      }
      for (const speaker of speakers) {
        const label = page.locator('label.facet', { has: speakerBox(page, speaker.id) });
        assert.ok((await label.innerText()).includes(speaker.name));
        assert.equal(await facetCount(label), countText(expected({ speakers: [speaker.id] }).length));
      }
    });
  });
});

describe('filtering', () => {
  test('by theme, then a second theme widens the result (OR within a facet)', async () => {
    await withPage('', async (page) => {
      await themeBox(page, 'law-enforcement').check();
      await expectShown(page, { themes: ['law-enforcement'] });
      assert.equal(await search(page), '?theme=law-enforcement');
      await themeBox(page, 'european-approaches').check();
      await expectShown(page, { themes: ['european-approaches', 'law-enforcement'] });
      assert.equal(await search(page), '?theme=european-approaches,law-enforcement');
    });
  });

  test('by speaker, and by speaker and theme together (AND across facets)', async () => {
    await withPage('', async (page) => {
      await speakerBox(page, 'pemberton-ford').check();
      await expectShown(page, { speakers: ['pemberton-ford'] });
      await speakerBox(page, 'delegates').check();
      await expectShown(page, { speakers: ['pemberton-ford', 'delegates'] });
      await themeBox(page, 'victim-centred').check();
      await expectShown(page, { themes: ['victim-centred'], speakers: ['pemberton-ford', 'delegates'] });
      assert.equal(await search(page), '?theme=victim-centred&speaker=pemberton-ford,delegates');
      // Counts follow the other facet: a theme's count is among the chosen speakers' findings.
      const cooperation = page.locator('label.facet', { has: themeBox(page, 'cooperation') });
      const want = expected({ themes: ['cooperation'], speakers: ['pemberton-ford', 'delegates'] }).length;
      assert.equal(await facetCount(cooperation), countText(want));
    });
  });

  test('Clear all shows everything again and empties the query string', async () => {
    await withPage('?theme=cooperation&speaker=renate', async (page) => {
      await expectShown(page, { themes: ['cooperation'], speakers: ['renate'] });
      await page.getByRole('button', { name: 'Clear all', exact: true }).click();
      await expectShown(page, {});
      assert.equal(await search(page), '');
      assert.equal(await page.locator('input[type="checkbox"]:checked').count(), 0);
    });
  });

  test('a combination with no findings says so and offers to clear', async () => {
    await withPage('?theme=european-approaches&speaker=delegates', async (page) => {
      assert.equal(expected({ themes: ['european-approaches'], speakers: ['delegates'] }).length, 0);
      await expectStatus(page, `Showing 0 of ${findings.length} findings`);
      await page.getByText('No findings match all of these filters.').waitFor();
      await page.locator('.empty').getByRole('button', { name: 'Clear all filters' }).click();
      await expectShown(page, {});
    });
  });
});

describe('the URL holds the state', () => {
  test('a shared link reproduces the view, and reload keeps it', async () => {
    await withPage('?speaker=briere', async (page) => {
      await expectShown(page, { speakers: ['briere'] });
      assert.equal(await speakerBox(page, 'briere').isChecked(), true);
      await themeBox(page, 'european-approaches').check();
      await settled(page);
      await page.reload();
      await page.locator('[role="status"]').filter({ hasText: 'Showing' }).waitFor();
      await expectShown(page, { themes: ['european-approaches'], speakers: ['briere'] });
      assert.equal(await themeBox(page, 'european-approaches').isChecked(), true);
    });
  });

  test('Back and Forward step through the changes, one step each', async () => {
    await withPage('', async (page) => {
      await themeBox(page, 'cooperation').check();
      await speakerBox(page, 'delegates').check();
      await expectShown(page, { themes: ['cooperation'], speakers: ['delegates'] });
      await settled(page);
      await page.goBack();
      await expectShown(page, { themes: ['cooperation'] });
      assert.equal(await speakerBox(page, 'delegates').isChecked(), false);
      await page.goBack();
      await expectShown(page, {});
      assert.equal(await themeBox(page, 'cooperation').isChecked(), false);
      await page.goForward();
      await expectShown(page, { themes: ['cooperation'] });
      assert.equal(await themeBox(page, 'cooperation').isChecked(), true);
    });
  });

  test('unknown values in the link are ignored, with a quiet note, not an error', async () => {
    await withPage('?theme=nope,law-enforcement&speaker=nobody&utm_source=mail', async (page) => {
      await expectShown(page, { themes: ['law-enforcement'] });
      const notice = await page.locator('.notice').innerText();
      assert.ok(notice.includes('theme “nope”') && notice.includes('speaker “nobody”'), notice);
      await themeBox(page, 'cooperation').check();
      assert.equal(await page.locator('.notice').count(), 0, 'the note goes once the reader chooses');
    });
  });

  test('"Read in context" opens the full report at the marked passage, and its link leads back', async () => {
    await withPage('?speaker=ecat', async (page) => {
      await page.locator('article.finding').first().getByRole('link', { name: 'Read in context' }).click();
      const target = page.locator('mark#passage-ecat-business-research');
      await target.waitFor();
      assert.ok((await target.textContent()).startsWith('ECAT (European Communities against Trafficking) have completed'));
      assert.equal(await search(page), '?view=report&speaker=ecat');
      assert.equal(await address(page, 'hash'), '#passage-ecat-business-research');
      await page.getByRole('link', { name: /^Back to the finding: What UK businesses do/ }).click();
      await page.locator('#finding-ecat-business-research').waitFor();
      assert.equal(await search(page), '?speaker=ecat');
      await page.goBack();
      await target.waitFor();
    });
  });
});

describe('on a phone', () => {
  test('the filters fold into a panel that opens and filters', async () => {
    await withPage(
      '',
      async (page) => {
        assert.equal(await themeBox(page, 'cooperation').isVisible(), false);
        await page.locator('summary', { hasText: 'Filter findings' }).click();
        await themeBox(page, 'cooperation').check();
        await expectShown(page, { themes: ['cooperation'] });
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scrolling');
      },
      { width: 360, height: 780 },
    );
  });
});
