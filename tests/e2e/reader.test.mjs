// The reader's tools end to end: search, counts, suggestions, chips, the overview, speakers, the
// full report, permalinks, citations, export, print, dark mode and small screens; by mouse and
// by keyboard.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { expected, findings, fold, speakers, themes } from './oracle.mjs';
import { address, expectStatus, openPage, settled, useSiteAndBrowser, visit } from './support.mjs';

const shared = useSiteAndBrowser('viewer');

const withPage = (query, body, viewport) => visit(shared.browser, shared.site.url + query, body, viewport);
const shownIds = (page) =>
  page.locator('article.finding').evaluateAll((articles) => articles.map((a) => a.id.replace(/^finding-/, '')));
const search = (page) => address(page);

// The other forms of the words searched below that the seed report has (the same stem).
const FORMS = { victims: ['victim'], recruitment: ['recruit', 'recruiters'] };

/** The page shows what the oracle expects: in the report's order, or with a search in any order (best match first). */
async function expectShown(page, filters) {
  const want = expected({ forms: FORMS, ...filters }).map((f) => f.id);
  await page.waitForFunction((n) => document.querySelectorAll('article.finding').length === n, want.length);
  await expectStatus(page, `Showing ${want.length} of ${findings.length} findings`);
  const shown = await shownIds(page);
  if (filters.search) assert.deepEqual([...shown].sort(), [...want].sort());
  else assert.deepEqual(shown, want);
}

describe('search', () => {
  test('is instant, ignores case and accents, highlights the words and lives in the URL', async () => {
    await withPage('', async (page) => {
      const box = page.getByLabel('Search the findings');
      await box.pressSequentially('GENÈVE');
      await expectShown(page, { search: 'GENÈVE' });
      assert.equal(await search(page), '?q=GEN%C3%88VE');
      await box.fill('follow money');
      await expectShown(page, { search: 'follow money' });
      const hits = await page.locator('mark.hit').allTextContents();
      assert.ok(hits.length >= 2);
      for (const hit of hits) assert.ok(['follow', 'money'].includes(fold(hit)), hit);
      assert.equal(await search(page), '?q=follow+money');
      await page.reload();
      await expectShown(page, { search: 'follow money' });
      assert.equal(await box.inputValue(), 'follow money');
    });
  });

  test('combines with the filters, and the facet counts follow the search', async () => {
    await withPage('?q=victims', async (page) => {
      await expectShown(page, { search: 'victims' });
      for (const theme of themes) {
        const label = page.locator('label.facet', { has: page.locator(`input[value="${theme.id}"]`) });
        const n = expected({ themes: [theme.id], search: 'victims', forms: FORMS }).length;
        assert.equal(await label.locator('.facet-count').textContent(), `${n} finding${n === 1 ? '' : 's'}`);
      }
      await page.locator('input[name="theme"][value="cooperation"]').check();
      await expectShown(page, { themes: ['cooperation'], search: 'victims' });
      assert.equal(await search(page), '?theme=cooperation&q=victims');
    });
  });

  test('forgives: other forms of a word, a typo corrected and said, best match first or the report order', async () => {
    await withPage('', async (page) => {
      const box = page.getByLabel('Search the findings');
      // "recruiters" finds the findings that say "recruitment" (the same stem).
      await box.fill('recruiters');
      await expectShown(page, { search: 'recruiters', forms: { recruiters: ['recruit', 'recruitment'] } });
      assert.ok((await page.locator('mark.hit').allTextContents()).some((hit) => fold(hit) === 'recruitment'));
      // A word the report does not have, one letter off, is read as the report's word, and said.
      await box.fill('traficking');
      await expectShown(page, { search: 'trafficking', forms: { trafficking: ['traffickers'] } });
      assert.equal(await page.locator('.search-note .corrections').textContent(), 'Also showing results for trafficking.');
      // Best match first: a finding with the word in its heading comes before one with it only further down.
      const ranked = await shownIds(page);
      const inHeading = (id) => fold(findings.find((f) => f.id === id).heading).includes('traffick');
      assert.ok(ranked.findIndex((id) => !inHeading(id)) > ranked.findLastIndex(inHeading) || ranked.every(inHeading));
      await page.locator('.search-note').getByRole('link', { name: 'Report order' }).click();
      assert.equal(await search(page), '?q=traficking&order=report');
      const inReportOrder = expected({ search: 'trafficking', forms: { trafficking: ['traffickers'] } }).map((f) => f.id);
      await page.waitForFunction((first) => document.querySelector('article.finding')?.id === `finding-${first}`, inReportOrder[0]);
      assert.deepEqual(await shownIds(page), inReportOrder);
      // Nothing at all: the report's nearest word, one click away.
      await box.fill('genava');
      await expectStatus(page, `Showing 0 of ${findings.length} findings`);
      const geneve = expected({ search: 'geneve' }).length;
      const offer = `Search for “geneve” instead of “genava” to see ${geneve} finding${geneve === 1 ? '' : 's'}`;
      await page.getByRole('button', { name: offer }).click();
      await expectShown(page, { search: 'geneve' });
    });
  });

  test('is written to the address once typing pauses, or at once when the focus leaves the field', async () => {
    await withPage('', async (page) => {
      // Each write costs the browser, and Safari throws on more than 100 in 10 seconds.
      await page.evaluate(() => {
        window.addressWrites = [];
        for (const name of ['pushState', 'replaceState']) {
          const write = History.prototype[name];
          History.prototype[name] = function (...args) {
            window.addressWrites.push(`${name} ${args[2]}`);
            return write.apply(this, args);
          };
        }
      });
      const box = page.getByLabel('Search the findings');
      await box.pressSequentially('recruitment', { delay: 30 });
      await expectShown(page, { search: 'recruitment' });
      assert.equal(await search(page), '?q=recruitment');
      const writes = await page.evaluate(() => window.addressWrites);
      assert.match(writes[0], /^pushState \/viewer\/\?q=r/, 'starting a search is a step in the history');
      assert.match(writes.at(-1), /^replaceState \/viewer\/\?q=recruitment$/);
      assert.ok(writes.length < 6, `far fewer writes than the 11 keystrokes: ${writes.join(', ')}`);
      await box.pressSequentially(' victims', { delay: 30 });
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get('q')), 'recruitment victims');
    });
  });

  test('by keyboard: / jumps to the search, Escape clears it, Back undoes it', async () => {
    await withPage('', async (page) => {
      await page.keyboard.press('/');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
      await page.keyboard.type('recruitment');
      await expectShown(page, { search: 'recruitment' });
      await page.keyboard.press('Escape');
      await expectShown(page, {});
      await settled(page);
      await page.goBack();
      await expectShown(page, { search: 'recruitment' });
    });
  });
});

describe('filters', () => {
  test('active filters show as chips that remove themselves, and Clear all', async () => {
    await withPage('?theme=victim-centred&speaker=pemberton-ford,delegates&q=victims', async (page) => {
      const chips = page.locator('.chips');
      assert.deepEqual(
        (await chips.locator('.chip').allTextContents()).map((t) => t.replace('×', '').trim()),
        [
          'Remove Theme: Victim-centred protection',
          'Remove Speaker: Dr. Carrie Pemberton-Ford',
          'Remove Speaker: Symposium delegates',
          'Remove Search: “victims”',
        ],
      );
      await page.getByRole('button', { name: 'Remove Speaker: Symposium delegates' }).click();
      await expectShown(page, { themes: ['victim-centred'], speakers: ['pemberton-ford'], search: 'victims' });
      await page.getByRole('button', { name: 'Clear all', exact: true }).click();
      await expectShown(page, {});
      assert.equal(await page.locator('.chips').count(), 0);
    });
  });

  test('with no results, it says which filter to drop and how many that gives, in one click', async () => {
    await withPage('?theme=european-approaches&speaker=delegates', async (page) => {
      const dropTheme = expected({ speakers: ['delegates'] }).length;
      const dropSpeaker = expected({ themes: ['european-approaches'] }).length;
      const buttons = await page.locator('.suggestions button').allTextContents();
      assert.ok(buttons.includes(`Remove the theme “European approaches” to see ${dropTheme} findings`), buttons.join('|'));
      assert.ok(buttons.includes(`Remove the speaker Symposium delegates to see ${dropSpeaker} findings`), buttons.join('|'));
      await page.getByRole('button', { name: `Remove the speaker Symposium delegates to see ${dropSpeaker} findings` }).click();
      await expectShown(page, { themes: ['european-approaches'] });
    });
  });

  test('by keyboard: Space on a theme checkbox filters, and Enter submits nothing', async () => {
    await withPage('?q=victims', async (page) => {
      // The boxes are in a form (one whose states the browser does not keep): Enter on one must
      // not send it, which would reload the page without the search.
      await page.evaluate(() => (window.stillHere = true));
      const box = page.locator('input[name="theme"][value="law-enforcement"]');
      await box.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.stillHere), true);
      assert.equal(await search(page), '?q=victims');
      await page.keyboard.press('Space');
      await expectShown(page, { themes: ['law-enforcement'], search: 'victims' });
    });
  });
});

describe('overview', () => {
  test('counts every theme × speaker pair, and a cell opens its findings (mouse and keyboard)', async () => {
    await withPage('?view=overview', async (page) => {
      await page.getByRole('heading', { name: 'Overview' }).waitFor();
      for (const theme of themes) {
        for (const speaker of speakers) {
          const n = expected({ themes: [theme.id], speakers: [speaker.id] }).length;
          const name = [speaker.title, speaker.name].filter(Boolean).join(' ');
          const label = `${n} finding${n === 1 ? '' : 's'} by ${name} on ${theme.short}`;
          assert.equal(await page.getByRole('link', { name: label, exact: true }).count(), 1, label);
        }
      }
      // Speakers run down the page, most findings first (ties in report order), each with its
      // total; themes are the columns; 6 speakers are too few to fold.
      const nameOf = (speaker) => [speaker.title, speaker.name].filter(Boolean).join(' ');
      const total = (speaker) => expected({ speakers: [speaker.id] }).length;
      const byCount = [...speakers].sort((a, b) => total(b) - total(a));
      const rows = page.locator('table.matrix tbody tr');
      assert.deepEqual(await rows.locator('th[scope="row"]').allTextContents(), byCount.map(nameOf));
      assert.deepEqual(
        await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('.total-number').textContent)),
        byCount.map((speaker) => String(total(speaker))),
      );
      assert.deepEqual(
        await page.locator('table.matrix thead th').allTextContents(),
        ['Speaker', ...themes.map((theme) => theme.short), 'All themes'],
      );
      assert.equal(await page.locator('[data-fold][aria-controls="overview-speakers"]').count(), 0);
      await page.getByRole('link', { name: /^3 findings by Ms. Chloe Briere on Law enforcement/ }).click();
      await expectShown(page, { themes: ['law-enforcement'], speakers: ['briere'] });
      assert.equal(await search(page), '?theme=law-enforcement&speaker=briere');
      await page.goBack();
      const n = expected({ themes: ['cooperation'], speakers: ['delegates'] }).length;
      const cell = page.getByRole('link', { name: `${n} findings by Symposium delegates on International cooperation` });
      await cell.focus();
      await page.keyboard.press('Enter');
      await expectShown(page, { themes: ['cooperation'], speakers: ['delegates'] });
    });
  });
});

describe('speakers and the full report', () => {
  test('each speaker is shown as the report gives them, with their findings', async () => {
    await withPage('?view=speakers', async (page) => {
      for (const speaker of speakers) {
        const card = page.locator(`#speaker-${speaker.id}`);
        const text = await card.innerText();
        for (const part of [speaker.name, speaker.title, speaker.role, speaker.affiliation].filter(Boolean)) {
          assert.ok(text.includes(part), `${speaker.id}: ${part}`);
        }
        assert.equal(await card.locator('.speaker-findings li').count(), expected({ speakers: [speaker.id] }).length);
      }
      await page.locator('#speaker-vries').getByRole('link', { name: 'Show 3 findings with sources' }).click();
      await expectShown(page, { speakers: ['vries'] });
    });
  });

  test('the full report marks every finding’s passage and each mark leads to its finding', async () => {
    await withPage('?view=report', async (page) => {
      for (const finding of findings) {
        assert.equal(await page.locator(`mark#passage-${finding.id}`).count(), 1, finding.id);
      }
      assert.equal(await page.locator('a.to-finding').count(), findings.length);
      const marked = (await page.locator('mark.passage-mark').allTextContents()).join(' ');
      assert.ok(marked.includes('location;') && marked.includes('the modus operandi of recruiters;'));
      await page.getByRole('link', { name: 'Back to the finding: “Follow the money”' }).click();
      await page.locator('#finding-follow-the-money').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'finding-follow-the-money');
    });
  });
});

describe('share and keep', () => {
  test('Copy link gives a permalink that opens on the finding, and Cite gives a citation', async () => {
    const { context, page, problems } = await openPage(shared.browser, {
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      await page.goto(`${shared.site.url}?speaker=briere`);
      const card = page.locator('#finding-free-movement');
      await card.getByRole('button', { name: 'Copy link' }).click();
      await card.getByText('Link copied').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(link, `${shared.site.url}#finding-free-movement`);
      const cite = card.getByRole('button', { name: 'Cite', exact: true });
      assert.equal(await cite.getAttribute('aria-expanded'), 'false');
      assert.equal(await card.locator('.cite-text').isVisible(), false);
      await cite.click();
      assert.equal(await cite.getAttribute('aria-expanded'), 'true');
      await card.locator('.cite-text').waitFor({ state: 'visible' });
      const citation = await card.locator('.cite-text').textContent();
      assert.equal(
        citation,
        `“Free movement has opened opportunities for crime”, in Anne Kelleher (RENATE Communications Person), “5th Annual International Symposium on Preventing Human Trafficking”, RENATE, Brussels, 27 November 2014. ${link}`,
      );
      // Its citation is copied from the panel; "Cite" again hides it.
      await card.getByRole('button', { name: 'Copy citation' }).click();
      await card.getByText('Citation copied').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
      await cite.click();
      assert.equal(await cite.getAttribute('aria-expanded'), 'false');
      await card.locator('.cite-text').waitFor({ state: 'hidden' });
      const other = await context.newPage();
      await other.goto(link);
      await other.locator('#finding-free-movement').waitFor();
      await other.waitForFunction(() => document.activeElement?.id === 'finding-free-movement');
      const box = await other.locator('#finding-free-movement').boundingBox();
      assert.ok(box.y >= 0 && box.y < 900, `the finding is scrolled into view (${JSON.stringify(box)})`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('CSV and Markdown downloads hold exactly the shown findings', async () => {
    await withPage('?theme=cooperation&q=collaboration', async (page) => {
      const shown = expected({ themes: ['cooperation'], search: 'collaboration' });
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      assert.match(csvDownload.suggestedFilename(), /\.csv$/);
      const csv = readFileSync(await csvDownload.path(), 'utf8');
      const lines = csv.split('\r\n').filter(Boolean);
      assert.equal(lines[0], 'id,heading,kind,speaker,speaker_details,themes,summary,passage,link');
      assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), shown.map((f) => f.id));
      const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
      const markdown = readFileSync(await mdDownload.path(), 'utf8');
      assert.ok(markdown.includes('Filters: themes: Improving Cooperation Amongst Key Actors at International level · search: “collaboration”'));
      assert.ok(markdown.includes(`Showing ${shown.length} of ${findings.length} findings.`));
      assert.deepEqual([...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1]), shown.map((f) => f.heading));
    });
  });

  test('printing shows the findings with the filters at the top and the citation at the bottom', async () => {
    await withPage('?speaker=ecat', async (page) => {
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.filters').isVisible(), false);
      assert.equal(await page.locator('.tabs').isVisible(), false);
      assert.equal(await page.locator('.finding-actions').first().isVisible(), false);
      assert.equal(await page.locator('.print-filters').textContent(), 'Filters: speakers: ECAT (European Communities against Trafficking)');
      assert.ok((await page.locator('.report-citation').textContent()).includes('Anne Kelleher (RENATE Communications Person)'));
      const pdf = await page.pdf();
      assert.ok(pdf.length > 1000);
    });
  });
});

describe('for everyone', () => {
  test('dark mode follows the system, and the toggle overrides it and is remembered', async () => {
    const { context, page } = await openPage(shared.browser, {
      viewport: { width: 1280, height: 900 },
      colorScheme: 'dark',
    });
    try {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.goto(shared.site.url);
      // The switch drawn at build time cannot know the reader's choice: the app sets it.
      await page.locator('#app:not(.prerendered) main#main').waitFor();
      assert.equal(await background(), 'rgb(20, 25, 31)');
      const toggle = page.getByRole('button', { name: 'Dark mode' });
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      await toggle.click();
      assert.equal(await background(), 'rgb(246, 244, 239)');
      await page.reload();
      await page.locator('#app:not(.prerendered) main#main').waitFor();
      assert.equal(await background(), 'rgb(246, 244, 239)', 'the choice is remembered');
      assert.equal(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed'), 'false');
    } finally {
      await context.close();
    }
  });

  test('a skip link comes first and moves the focus to the content', async () => {
    await withPage('', async (page) => {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the content');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    });
  });

  for (const [name, viewport, zoom] of [
    ['320 px wide', { width: 320, height: 700 }, '100%'],
    ['200% text at 640 px', { width: 640, height: 800 }, '200%'],
  ]) {
    test(`every view fits ${name} without sideways scrolling`, async () => {
      await withPage(
        '',
        async (page) => {
          await page.evaluate((size) => (document.documentElement.style.fontSize = size), zoom);
          for (const view of ['findings', 'overview', 'speakers', 'report']) {
            await page.getByRole('link', { name: view[0].toUpperCase() + view.slice(1), exact: true }).click();
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.equal(overflow, 0, `${view} overflows by ${overflow}px`);
          }
        },
        viewport,
      );
    });
  }
});
