// A library of 300 reports (the synthetic generator's, each with its own words): it lists them
// all, narrows them by year, searches all their findings while it reads their data (saying how
// far it has got), and opens a report from a match.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { address, openPage, statusLine, synthetic, useBuiltSite, visit } from './support.mjs';

const REPORTS = 300;
// The generated reports' folder, once the site is built.
let folder;

const shared = useBuiltSite((reports) => {
  // The generator writes into a folder that holds no reports yet.
  rmSync(reports, { recursive: true, force: true });
  synthetic(['--library', REPORTS, reports]);
  folder = reports;
});

/** A word of the first finding's heading of one report: what a reader of that report might look for. */
function wordOf(reports) {
  const file = readdirSync(reports).filter((name) => name.endsWith('.md')).sort()[137];
  const heading = readFileSync(join(reports, file), 'utf8').match(/^## (.+) \{#f0\}$/m)[1];
  return { report: file.replace(/\.md$/, ''), word: heading.split(/\s+/).sort((a, b) => b.length - a.length)[0].replace(/[^\p{L}]/gu, '') };
}

test(`the library lists all ${REPORTS} reports and narrows them by year`, async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    assert.equal(await page.locator('.library-card').count(), REPORTS);
    assert.equal(await page.locator('.library > .status').textContent(), `${REPORTS} reports, the newest first`);
    const year = (await page.getByLabel('Year').locator('option').nth(1).textContent()).match(/^(\d{4}) \((\d+)\)$/);
    await page.getByLabel('Year').selectOption(year[1]);
    assert.equal(await page.locator('.library-card').count(), Number(year[2]));
    for (const date of await page.locator('.library-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))) {
      assert.ok(date.startsWith(year[1]), date);
    }
  });
});

test(`a search reads all ${REPORTS} reports' data, says how far it has got, and finds the report a word comes from`, async () => {
  const { report, word } = wordOf(folder);
  await visit(shared.browser, shared.site.url, async (page) => {
    const status = page.locator('.library > .status');
    await page.getByLabel('Search every report').fill(word);
    await status.filter({ hasText: `(searching: ` }).first().waitFor();
    await status.filter({ hasText: /every word$/ }).waitFor({ timeout: 60_000 });
    const names = await page.locator('.report-match h2 a').evaluateAll((links) => links.map((a) => new URL(a.href).searchParams.get('report')));
    assert.ok(names.includes(report), `${word} is found in ${report}: ${names.join(', ')}`);
    assert.ok((await page.locator('.report-match mark.hit').count()) >= names.length, 'every group marks the word');
    await page.locator(`.report-match:has(a[href*="report=${report}&"]) .match-heading`).first().click();
    await statusLine(page).first().waitFor();
    assert.equal(await address(page), `?report=${report}&q=${encodeURIComponent(word)}`);
  });
});

test(`without JavaScript the front page draws the newest reports and links to a page of all ${REPORTS}`, async () => {
  const { context, page, problems } = await openPage(shared.browser, { javaScriptEnabled: false });
  try {
    await page.goto(shared.site.url);
    assert.equal(await page.locator('.library-card').count(), 24, 'the front page stays small');
    await page.getByRole('link', { name: `All ${REPORTS} reports` }).click();
    assert.equal(await page.locator('.library-card').count(), REPORTS);
    await page.locator('.library-card a').nth(REPORTS - 1).click();
    assert.ok((await page.locator('article.finding').count()) > 0, 'the last report reads, every finding');
    // With JavaScript off, Chromium refuses the page's script preload, and says so as "(csp)".
    assert.deepEqual(problems.filter((problem) => !problem.endsWith('.js (csp)')), []);
  } finally {
    await context.close();
  }
});
