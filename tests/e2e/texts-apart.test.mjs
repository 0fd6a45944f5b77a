// A long report's findings' words ship apart (issue 14 §1): its data file holds what filtering,
// counting and the cards' frames need; the words come in parts of 8 findings for the cards being
// drawn; a search fetches the report's word list and the shards of their occurrences it names;
// and the words come whole when an export or a view of every finding first needs them (or when a
// part, the list or a shard cannot come: offline, the service worker keeps the whole, not the rest).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appFiles } from '../../scripts/first-visit.mjs';
import { axeViolations, DIST, offlineReady, openPage, statusLine, synthetic, useBuiltSite, visit } from './support.mjs';

const FINDINGS = 1000;
let source = '';
const shared = useBuiltSite((reports) => {
  source = synthetic(['--shape', 'realistic', FINDINGS]);
  writeFileSync(join(reports, 'synthetic.md'), source);
});

/** The heading of each finding in the report's Markdown, by id. */
const headings = () => new Map([...source.matchAll(/^## (.+) \{#(f\d+)\}$/gm)].map((m) => [m[2], m[1]]));

/** The speaker of finding `id` in the report's Markdown: one with findings, to filter by. */
const speakerOf = (id) => source.match(new RegExp(`\\{#${id}\\}\\n\\n- Themes: .*\\n- Speaker: (s\\d+)`))[1];

/** A word of finding `id`'s heading, to search for. */
const wordOf = (id) => headings().get(id).split(/[^\p{L}]+/u).find((w) => w.length > 3).toLowerCase();

/** The data files a page asks for, by kind: the report's, its words whole, parts (by number), the
 * word list and the shards of their occurrences (by number). */
function watchData(page) {
  const asked = { report: 0, whole: 0, parts: [], words: 0, shards: [] };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const part = path.match(/\/data\/parts\/synthetic-texts-[0-9a-f]{16}-(\d+)\.bin$/);
    const shard = path.match(/\/data\/parts\/synthetic-texts-[0-9a-f]{16}-shard-(\d+)\.bin$/);
    if (part) asked.parts.push(Number(part[1]));
    else if (shard) asked.shards.push(Number(shard[1]));
    else if (/\/data\/parts\/synthetic-texts-[0-9a-f]{16}-words\.bin$/.test(path)) asked.words += 1;
    else if (/\/data\/synthetic-texts-[0-9a-f]{16}\.bin$/.test(path)) asked.whole += 1;
    else if (/\/data\/synthetic-[0-9a-f]{16}\.bin$/.test(path)) asked.report += 1;
  });
  return asked;
}

/** Opens the site at `query` with the worker blocked (it would save the words whole at once). */
async function open(query, body, route) {
  const { context, page, problems } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const asked = watchData(page);
    if (route) await route(page);
    await page.goto(shared.site.url + query);
    await page.locator('#app:not(.prerendered) main#main').waitFor();
    await body(page, asked);
    const expected = /Service Worker registration blocked|net::ERR_FAILED/;
    assert.deepEqual(problems.filter((p) => !expected.test(p)), [], 'no console errors and no failed requests');
  } finally {
    await context.close();
  }
}

/** Waits (up to 10 s) until `done()` holds. */
async function expectSoon(done) {
  for (let waited = 0; !done(); waited += 50) {
    assert.ok(waited < 10_000, 'waited 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until no card is drawn pending, and gives the cards' ids and headings. */
async function wholeCards(page) {
  await page.waitForFunction(() => document.querySelector('.finding-list article.finding') && !document.querySelector('article.finding.pending'));
  return page.locator('.finding-list article.finding').evaluateAll((cards) => cards.map((card) => [card.id.replace('finding-', ''), card.querySelector('h3').textContent]));
}

test('a long report opens in the long-report app, and a short report\'s site has none of its code', () => {
  assert.deepEqual(Object.keys(appFiles(shared.dist)), ['long']);
  assert.deepEqual(Object.keys(appFiles(DIST)), ['report']);
  assert.deepEqual(readdirSync(DIST).filter((file) => file.startsWith('long-viewer')), []);
});

test('the site ships the words whole, in parts of 8, and as a word list with shards; the worker keeps the whole alone', () => {
  const apart = readdirSync(join(shared.dist, 'data/parts'));
  assert.equal(apart.filter((file) => /-texts-[0-9a-f]{16}-\d+\.bin$/.test(file)).length, FINDINGS / 8);
  assert.equal(apart.filter((file) => /-texts-[0-9a-f]{16}-words\.bin$/.test(file)).length, 1);
  assert.ok(apart.filter((file) => /-texts-[0-9a-f]{16}-shard-\d+\.bin$/.test(file)).length > 1);
  const worker = readFileSync(join(shared.dist, 'sw.js'), 'utf8');
  assert.doesNotMatch(worker, /data\/parts\//);
  assert.match(worker, /"url":"data\/synthetic-texts-[0-9a-f]{16}\.bin".*"later":"text","report":"data\/synthetic-[0-9a-f]{16}\.bin"/);
});

test('the first answer fetches the parts of the cards it draws, not the words whole, and every card reads as written', async () => {
  await open(`?speaker=${speakerOf('f5')}`, async (page, asked) => {
    const cards = await wholeCards(page);
    assert.ok(cards.length > 0);
    const written = headings();
    for (const [id, heading] of cards) assert.equal(heading, written.get(id), `finding ${id}'s heading`);
    // One part per card at most, each once, each holding a card's finding.
    const partsOfCards = new Set(cards.map(([id]) => Math.floor(Number(id.slice(1)) / 8)));
    assert.deepEqual(new Set(asked.parts), partsOfCards);
    assert.equal(asked.parts.length, partsOfCards.size);
    assert.deepEqual([asked.report, asked.whole, asked.words, asked.shards.length], [1, 0, 0, 0], 'no search, no search data');
  });
});

test('cards are drawn pending while their words come, and whole when they do', async () => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await open(
    '',
    async (page, asked) => {
      await statusLine(page).filter({ hasText: 'Showing 1,000 of 1,000 findings' }).waitFor();
      const pending = page.locator('article.finding.pending');
      await pending.first().waitFor();
      assert.equal(await page.locator('article.finding').count(), 10);
      assert.equal(await pending.first().getByRole('heading').textContent(), 'Loading this finding…');
      assert.deepEqual(await axeViolations(page), []);
      // The page says it is ready (and the worker starts saving for offline) once its words are in.
      assert.equal(await page.evaluate(() => window.ready), false);
      release();
      const cards = await wholeCards(page);
      assert.deepEqual(cards.map(([id]) => id), Array.from({ length: 10 }, (_, i) => `f${i}`));
      assert.deepEqual(asked.parts.sort(), [0, 1]);
      await page.waitForFunction(() => window.ready);
    },
    async (page) => {
      await page.addInitScript(() => {
        window.ready = false;
        window.addEventListener('report-viewer-ready', () => (window.ready = true));
      });
      await page.route('**/data/parts/**', async (route) => route.continue(await held));
    },
  );
});

test('a search fetches the word list and the shards its words name, each once, not the words whole, saying so while they come', async () => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await open(
    `?speaker=${speakerOf('f5')}`,
    async (page, asked) => {
      await wholeCards(page);
      const word = wordOf((await wholeCards(page))[0][0]);
      // Coming to the field fetches the word list, before the first keystroke.
      assert.equal(asked.words, 0);
      await page.locator('input#search').focus();
      await expectSoon(() => asked.words === 1);
      await page.locator('input#search').fill(word);
      await statusLine(page).filter({ hasText: 'Loading the findings’ words…' }).waitFor();
      assert.equal(await page.locator('.finding-list article.finding').count(), 0, 'no answer before the words are in');
      assert.equal(await page.locator('.empty').isVisible(), false, 'nor a "nothing matches"');
      release();
      await statusLine(page).filter({ hasText: /^Showing [\d,]+ of 1,000 findings$/ }).waitFor();
      const cards = await wholeCards(page);
      assert.ok(cards.length > 0);
      assert.ok(await page.locator('mark.hit').count(), 'the search word is marked');
      const shards = asked.shards.length;
      assert.ok(shards > 0);
      await page.locator('input#search').fill(`${word} ${word}`);
      await page.locator('input#search').fill('');
      await page.locator('input#search').fill(word);
      await statusLine(page).filter({ hasText: /^Showing [\d,]+ of 1,000 findings$/ }).waitFor();
      assert.deepEqual([asked.whole, asked.words, asked.shards.length], [0, 1, shards]);
      assert.equal(new Set(asked.shards).size, shards, 'each shard once');
    },
    (page) => page.route(/-words\.bin$/, async (route) => route.continue(await held)),
  );
});

test('a search in the address fetches the word list and its shards with the cards\' parts, not the words whole', async () => {
  await open(`?q=${wordOf('f5')}&speaker=${speakerOf('f5')}`, async (page, asked) => {
    await statusLine(page).filter({ hasText: /^Showing [\d,]+ of 1,000 findings$/ }).waitFor();
    const cards = await wholeCards(page);
    assert.ok(cards.map(([id]) => id).includes('f5'));
    const written = headings();
    for (const [id, heading] of cards) assert.equal(heading, written.get(id), `finding ${id}'s heading`);
    assert.ok(await page.locator('mark.hit').count(), 'the search word is marked');
    assert.deepEqual([asked.report, asked.whole, asked.words], [1, 0, 1]);
    assert.ok(asked.shards.length > 0);
  });
});

test('a search whose words could not come says why, and the next search fetches them again', async () => {
  let drops = 2;
  await open(
    `?speaker=${speakerOf('f5')}`,
    async (page, asked) => {
      await wholeCards(page);
      await page.locator('input#search').fill(wordOf('f5'));
      // The word list failed, then the whole, fetched instead.
      await statusLine(page)
        .filter({ hasText: /^The findings’ words could not be loaded \(data\/synthetic-texts-[0-9a-f]{16}\.bin: Failed to fetch\)\.$/ })
        .waitFor();
      assert.equal(await page.locator('.finding-list article.finding').count(), 0);
      assert.equal(await page.locator('.empty').isVisible(), false);
      await page.locator('input#search').fill(`${wordOf('f5')} `.trim().slice(0, -1));
      await page.locator('.finding-list mark.hit').first().waitFor();
      assert.deepEqual([asked.words, asked.whole], [2, 1]);
    },
    (page) => page.route(/\/data\/(parts\/synthetic-texts-[0-9a-f]{16}-words|synthetic-texts-[0-9a-f]{16})\.bin$/, (route) => (drops-- > 0 ? route.abort() : route.continue())),
  );
});

test('what cannot come apart is read from the whole: a search\'s words, the cards\' parts', async () => {
  await open(
    `?q=${wordOf('f5')}&speaker=${speakerOf('f5')}`,
    async (page, asked) => {
      await statusLine(page).filter({ hasText: /^Showing [\d,]+ of 1,000 findings$/ }).waitFor();
      const cards = await wholeCards(page);
      assert.ok(cards.length > 0);
      assert.ok(await page.locator('mark.hit').count(), 'the search word is marked');
      assert.equal(asked.whole, 1);
    },
    (page) => page.route('**/data/parts/**', (route) => route.abort()),
  );
  await open(
    '?theme=t3',
    async (page, asked) => {
      const cards = await wholeCards(page);
      const written = headings();
      for (const [id, heading] of cards) assert.equal(heading, written.get(id));
      assert.ok(asked.parts.length > 0);
      assert.equal(asked.whole, 1, 'the parts failed: the whole came instead, once');
    },
    (page) => page.route('**/data/parts/**', (route) => route.abort()),
  );
});

test('the Report view needs its narrative alone: the passages\' links back are labelled with the headings that come with it', async () => {
  await open('?view=report', async (page, asked) => {
    const back = page.locator('.narrative-text a.to-finding');
    await back.first().waitFor();
    const written = headings();
    const labels = await back.evaluateAll((links) => links.slice(0, 30).map((a) => [a.getAttribute('href').split('#finding-')[1], a.getAttribute('aria-label')]));
    assert.ok(labels.length > 0);
    for (const [id, label] of labels) assert.ok(label.includes(written.get(id)), `finding ${id}'s link back: ${label}`);
    assert.deepEqual([asked.whole, asked.words, asked.parts.length], [0, 0, 0], 'no finding\'s words fetched');
  });
});

test('the Speakers view and an export wait for the words whole, then show every finding', async () => {
  await open('?view=speakers', async (page) => {
    await page.locator('.speaker-card').first().waitFor();
    const written = headings();
    const listed = await page.locator('.speaker-card a[href*="#finding-"]').evaluateAll((links) =>
      links.slice(0, 20).map((a) => [a.getAttribute('href').split('#finding-')[1], a.textContent.trim()]),
    );
    assert.ok(listed.length > 0);
    for (const [id, heading] of listed) assert.equal(heading, written.get(id));
  });
  await open(
    `?speaker=${speakerOf('f5')}`,
    async (page) => {
      const cards = await wholeCards(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
      const markdown = readFileSync(await download.path(), 'utf8');
      const written = headings();
      for (const [id] of cards) assert.ok(markdown.includes(`## ${written.get(id)}`), `finding ${id} exported`);
    },
    // The whole is slow to come: the export waits for it.
    (page) => page.route(/\/data\/synthetic-texts-[0-9a-f]{16}\.bin$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    }),
  );
});

test('offline after the first visit, the report reads and searches from its words whole, which the worker saved', async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    // "Available offline" only once the words are saved too.
    await offlineReady(page);
    const whole = readdirSync(join(shared.dist, 'data')).find((file) => /^synthetic-texts-[0-9a-f]{16}\.bin$/.test(file));
    assert.ok(await page.evaluate(async (url) => Boolean(await caches.match(new URL(url, location.href).href)), `data/${whole}`));
    await page.context().setOffline(true);
    // A page of cards whose parts were never fetched: they come from the whole.
    await page.goto(`${shared.site.url}?theme=t5#finding-f990`);
    const cards = await wholeCards(page);
    const written = headings();
    for (const [id, heading] of cards) assert.equal(heading, written.get(id));
    await page.locator('input#search').fill(wordOf('f990'));
    await page.locator('.finding-list mark.hit').first().waitFor();
  });
});
