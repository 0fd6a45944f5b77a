// A large, fictional report (10,000 findings, 200 speakers): the list is drawn a page (10) at a
// time, "Show more" adds the next page, filters start again from the first page, a permalink far
// down opens at its own page with "Show earlier" above it, and the long list of speakers folds
// (in the filter panel and in the overview), the report's long text ships apart, fetched when it
// is first shown, and the long views (speakers, the report's text) come in parts.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeViolations, offlineReady, openPage, statusLine, synthetic, useBuiltSite, visit } from './support.mjs';

const shared = useBuiltSite((reports) =>
  writeFileSync(join(reports, 'synthetic.md'), synthetic(['--shape', 'even', 10000])),
);

const drawn = (page) => page.locator('article.finding').count();

test('10,000 findings are drawn 10 at a time, and filters start again from the first page', async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    await page.locator('[role="status"]').filter({ hasText: 'Showing 10,000 of 10,000 findings' }).waitFor();
    assert.equal(await drawn(page), 10);
    await page.getByRole('button', { name: 'Show 10 more of the 9,990 not yet shown' }).click();
    await page.waitForFunction(() => document.querySelectorAll('article.finding').length === 20);
    await page.locator('input[name="speaker"][value="s3"]').check();
    await page.waitForFunction(() => !document.querySelector('.status').textContent.startsWith('Showing 10,000 of'));
    const shown = Number((await page.locator('.status').textContent()).match(/Showing ([\d,]+)/)[1].replaceAll(',', ''));
    assert.ok(shown > 0 && shown < 10000);
    // Lists of up to 30 are drawn whole (the cards out of sight once the frame is painted).
    await page.waitForFunction((n) => document.querySelectorAll('article.finding').length === n, shown <= 30 ? shown : 10);
  });
});

test('a permalink to a finding far down the list opens at its page, with the findings before it a click away', async () => {
  await visit(shared.browser, `${shared.site.url}#finding-f9504`, async (page) => {
    await page.waitForFunction(() => document.activeElement?.id === 'finding-f9504');
    const ids = () => page.locator('article.finding').evaluateAll((cards) => cards.map((card) => card.id));
    assert.deepEqual(await ids(), Array.from({ length: 10 }, (_, i) => `finding-f${9500 + i}`));
    await page.getByRole('button', { name: 'Show 10 earlier of the 9,500 before these' }).click();
    await page.getByRole('button', { name: 'Show 10 earlier of the 9,490 before these' }).waitFor();
    assert.deepEqual(await ids(), Array.from({ length: 20 }, (_, i) => `finding-f${9490 + i}`));
    await page.getByRole('button', { name: 'Show 10 more of the 490 not yet shown' }).click();
    await page.waitForFunction(() => document.querySelectorAll('article.finding').length === 30);
    // A new filter starts again from the top.
    await page.locator('input[name="theme"][value="t3"]').check();
    await page.locator('.show-earlier').waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.querySelectorAll('article.finding').length === 10);
  });
});

test('a filter click draws the cards in sight in the frame that answers it, the rest just after, and the page keeps its place', async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    await statusLine(page).filter({ hasText: 'Showing 10,000 of 10,000 findings' }).waitFor();
    // Scrolled down the list: the fourth card at the top of the window, the filters beside it.
    await page.evaluate(() => document.querySelectorAll('article.finding')[3].scrollIntoView());
    const scrollY = await page.evaluate(() => window.scrollY);
    const painted = await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() => {
            document.querySelector('input[name="theme"][value="t3"]').click();
            // Just after the frame that answers the click is painted.
            setTimeout(() => {
              const cards = [...document.querySelectorAll('article.finding')];
              // The reader's place: the first card whose top is in the window.
              const inSight = cards.find((card) => card.getBoundingClientRect().top >= 0);
              done({
                cards: cards.length,
                lastBottom: cards.at(-1).getBoundingClientRect().bottom,
                beforeLastBottom: cards.at(-2)?.getBoundingClientRect().bottom ?? -Infinity,
                scrollY: window.scrollY,
                inSight: inSight.id,
                top: inSight.getBoundingClientRect().top,
              });
            });
          }),
        ),
    );
    assert.ok(painted.cards > 0 && painted.cards < 10, `${painted.cards} cards drawn in the click's frame`);
    assert.ok(painted.lastBottom >= 900, `the cards drawn reach the bottom of the window (${painted.lastBottom})`);
    // No more than that: every card drawn now is one less for the frame to lay out and paint.
    assert.ok(painted.beforeLastBottom < 900, `the card before the last already reached the bottom (${painted.beforeLastBottom})`);
    // The page moves only as the browser keeps the reader's place (the new filter's chip above the
    // list), not when the rest of the cards come, nor when the cards drawn pending come whole
    // (the browser scrolls as those above the window grow, and the card in sight stays put).
    assert.ok(Math.abs(painted.scrollY - scrollY) < 100, `scrolled from ${scrollY} to ${painted.scrollY}`);
    await page.waitForFunction(() => document.querySelectorAll('article.finding').length === 10);
    await page.waitForFunction(() => !document.querySelector('article.finding.pending'));
    const after = await page.evaluate(
      (id) => [document.getElementById(id).getBoundingClientRect().top, document.querySelector('.finding-list').style.minHeight],
      painted.inSight,
    );
    assert.ok(Math.abs(after[0] - painted.top) < 2, `the card in sight moved from ${painted.top} to ${after[0]}`);
    assert.equal(after[1], '');
    const ids = await page.locator('article.finding').evaluateAll((cards) => cards.map((card) => card.id));
    assert.equal(new Set(ids).size, 10, 'each card once');

    // A second change before the first one's rest came, to a list drawn whole: the first one's
    // rest never comes, and nor does the height it held stay.
    await page.evaluate(async () => {
      document.querySelector('input[name="theme"][value="t3"]').click();
      await Promise.resolve();
      const search = document.querySelector('input#search');
      search.value = 'finding 9999';
      search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await statusLine(page).filter({ hasText: /^Showing [1-9] of 10,000 findings$/ }).waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(done))))));
    const list = await page.evaluate(() => {
      const list = document.querySelector('.finding-list');
      return { minHeight: list.style.minHeight, cards: list.querySelectorAll('article.finding').length };
    });
    assert.equal(list.minHeight, '');
    assert.ok(list.cards >= 1 && list.cards <= 9, `${list.cards} cards`);
  });
});

test('after a search that found nothing, its "clear the search" fills the window in the frame that answers it', async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    // A tall window (a screen turned upright): the list's first card is far from filling it.
    await page.setViewportSize({ width: 1080, height: 1920 });
    await statusLine(page).filter({ hasText: 'Showing 10,000 of 10,000 findings' }).waitFor();
    await page.locator('input#search').fill('qqqqzzzz');
    await page.getByRole('button', { name: 'Clear the search to see 10,000 findings' }).waitFor();
    // The list is empty: no card is there to judge by how many fill the window.
    const painted = await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() => {
            document.querySelector('.empty button').click();
            setTimeout(() => {
              const cards = [...document.querySelectorAll('article.finding')];
              const bottoms = cards.map((card) => card.getBoundingClientRect().bottom);
              done({ cards: cards.length, lastBottom: bottoms.at(-1) ?? 0, beforeLastBottom: bottoms.at(-2) ?? -Infinity, window: innerHeight });
            });
          }),
        ),
    );
    assert.ok(painted.lastBottom >= painted.window, `${painted.cards} cards drawn, the last ending at ${painted.lastBottom} of ${painted.window}`);
    assert.ok(painted.beforeLastBottom < painted.window, `${painted.cards} cards drawn, the one before the last ending at ${painted.beforeLastBottom}`);
  });
});

test("the report's long text ships apart: the first answer does without it, the Report view fetches it, a failed fetch says so with a way on", async () => {
  // No service worker: it would save the text as soon as the page is interactive.
  const { context, page, problems } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const fetched = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.match(/\/data\/(.+)-[0-9a-f]{16}\.bin$/);
      if (file) fetched.push(file[1]);
    });
    // The first time it is asked for, the text does not come (a dropped connection).
    let drops = 1;
    await page.route('**/data/synthetic-text-*.bin', (route) => (drops-- > 0 ? route.abort() : route.continue()));
    await page.goto(shared.site.url);
    await statusLine(page).filter({ hasText: 'Showing 10,000 of 10,000 findings' }).waitFor();
    assert.deepEqual(fetched, ['synthetic'], 'the first answer fetches the findings, not the text');

    await page.getByRole('link', { name: 'Report', exact: true }).click();
    const notice = page.locator('.narrative-text [role="status"]');
    await notice
      .filter({ hasText: /^The report’s text could not be loaded \(data\/synthetic-text-[0-9a-f]{16}\.bin: Failed to fetch\)\. Try again$/ })
      .waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await notice.getByRole('link', { name: 'Try again' }).click();
    await page.locator('.narrative-text #context-0').waitFor();
    assert.equal(await notice.count(), 0);

    // From a card to its passage: the text is fetched once, and the passage shown when it comes.
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await page.locator('article#finding-f3').getByRole('link', { name: 'Read in context' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'passage-f3');
    // Not the findings' words: the headings that label the links back come with the text.
    assert.deepEqual(fetched, ['synthetic', 'synthetic-text', 'synthetic', 'synthetic-text']);
    const dropped = /synthetic-text-.*net::ERR_FAILED|Failed to load resource: net::ERR_FAILED|Service Worker registration blocked/;
    assert.deepEqual(
      problems.filter((problem) => !dropped.test(problem)),
      [],
      'no console errors and no failed requests but the dropped one (and the worker the test blocks)',
    );
  } finally {
    await context.close();
  }
});

test("a report counts as saved for offline once its text is too, which then opens offline", async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    await offlineReady(page);
    await page.context().setOffline(true);
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.locator('.narrative-text #context-0').waitFor();
  });
});

test('200 speakers: the list shows its first 12 and any chosen, and unfolds on request', async () => {
  await visit(shared.browser, `${shared.site.url}?speaker=s150`, async (page) => {
    const shownSpeakers = () =>
      page.evaluate(() => [...document.querySelectorAll('input[name="speaker"]')].filter((box) => box.checkVisibility()).map((box) => box.value));
    const first12 = Array.from({ length: 12 }, (_, s) => `s${s}`);
    assert.deepEqual(await shownSpeakers(), [...first12, 's150']);
    assert.equal(await page.locator('input[value="s150"]').isChecked(), true);

    const more = page.getByRole('button', { name: 'Show all 200 speakers' });
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await more.click();
    assert.equal((await shownSpeakers()).length, 200);
    const fewer = page.getByRole('button', { name: 'Show fewer speakers' });
    assert.equal(await fewer.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Show fewer speakers');

    // A speaker chosen from the unfolded list stays in sight when it folds, even once unchosen.
    await page.locator('input[value="s40"]').check();
    await page.locator('[role="status"]').filter({ hasText: /^Showing [\d,]+ of 10,000 findings$/ }).waitFor();
    await fewer.click();
    assert.deepEqual(await shownSpeakers(), [...first12, 's40', 's150']);
    await page.locator('input[value="s40"]').uncheck();
    assert.deepEqual(await shownSpeakers(), [...first12, 's40', 's150']);
    assert.equal(await page.locator('input[value="s40"]').isChecked(), false);
  });
});

test('200 speakers in the overview: most findings first, the first 12 shown until unfolded', async () => {
  await visit(shared.browser, `${shared.site.url}?view=overview`, async (page) => {
    const totals = () =>
      page.locator('#overview-speakers tbody tr').evaluateAll((trs) =>
        trs.filter((tr) => tr.checkVisibility()).map((tr) => Number(tr.querySelector('.total-number').textContent.replaceAll(',', ''))),
      );
    const first = await totals();
    assert.equal(first.length, 12);
    assert.deepEqual(first, [...first].sort((a, b) => b - a));
    // The rows come in parts: those in sight at once, the rest in the frames after.
    await page.waitForFunction(() => document.querySelectorAll('.overview-rows > tr').length === 200);
    await page.getByRole('button', { name: 'Show all 200 speakers' }).click();
    const all = await totals();
    assert.equal(all.length, 200);
    assert.deepEqual(all, [...all].sort((a, b) => b - a));
    assert.equal(all.reduce((sum, n) => sum + n, 0), 10000);
  });
});

/** Clicks the tab `name` in a frame and counts `items` in the frame that answers it. */
const countAnswering = (page, name, items) =>
  page.evaluate(
    ([name, items]) =>
      new Promise((done) =>
        requestAnimationFrame(() => {
          [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === name).click();
          requestAnimationFrame(() => done(document.querySelectorAll(items).length));
        }),
      ),
    [name, items],
  );

/**
 * Waits for the list `list` to be whole (drawn, not a notice that what it shows is loading, and
 * its held height let go) and gives its items' ids.
 */
const wholeList = async (page, list) => {
  await page.waitForFunction(
    (list) => document.querySelector(list)?.style.minHeight === '' && !document.querySelector(`${list} > [role="status"]`),
    list,
  );
  return page.locator(`${list} > *`).evaluateAll((items) => items.map((item) => item.id));
};

test("long views come in parts (the overview's rows, the speakers' cards, the report's text): what fills the window in the frame that answers the tab, the rest in the frames after, in order", async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    await statusLine(page).filter({ hasText: 'Showing 10,000 of 10,000 findings' }).waitFor();
    const rows = await countAnswering(page, 'Overview', '.overview-rows > tr');
    assert.ok(rows > 0 && rows < 100, `${rows} rows of the overview in the first frame`);
    assert.equal((await wholeList(page, '.overview-rows')).length, 200);
    // The findings' words ship apart: the first visit to the view fetches them, the next ones draw it in parts at once.
    await page.getByRole('link', { name: 'Speakers', exact: true }).click();
    await page.locator('.speaker-card').first().waitFor();
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    const cards = await countAnswering(page, 'Speakers', '.speaker-card');
    assert.ok(cards > 0 && cards < 20, `${cards} cards in the first frame`);
    const speakers = await wholeList(page, '.speaker-grid');
    assert.deepEqual(speakers, Array.from({ length: 200 }, (_, i) => `speaker-s${i}`));

    // The text ships apart: fetched on the first visit to the view, then drawn in parts on each.
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    const whole = await wholeList(page, '.narrative-text');
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    const blocks = await countAnswering(page, 'Report', '.narrative-text > *');
    assert.ok(blocks > 0 && blocks < 100, `${blocks} of ${whole.length} blocks in the first frame`);
    assert.deepEqual(await wholeList(page, '.narrative-text'), whole);
    assert.deepEqual(whole, Array.from({ length: whole.length }, (_, i) => `context-${i}`));
  });
});

test('a link to the last speaker of a long list lands on its card at once', async () => {
  await visit(shared.browser, `${shared.site.url}?view=speakers#speaker-s199`, async (page) => {
    await page.waitForFunction(() => document.activeElement?.id === 'speaker-s199');
    const top = await page.evaluate(() => document.getElementById('speaker-s199').getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 900, `the card is in the window (${top})`);
    assert.equal((await wholeList(page, '.speaker-grid')).length, 200);
  });
});
