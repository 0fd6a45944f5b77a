// A site with several reports: a library lists them, each report has its own address, and the
// report's name stays in every link within it.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appFiles } from '../../scripts/first-visit.mjs';
import { expected } from './oracle.mjs';
import { address, axeViolations, DIST, offlineReady, openPage, ROOT, serveDist, settled, statusLine, useBuiltSite, visit } from './support.mjs';

const SITE = `---
Title: Reports of the Fixture Network
Publisher: Fixture Press
Publisher link: https://fixture.example.org/
---

Every meeting the network reports on, *each with its findings* by theme and speaker.
`;

const shared = useBuiltSite((reports) => {
  cpSync(join(ROOT, 'reports'), reports, { recursive: true });
  for (const fixture of ['minimal.md', 'quoting.md']) {
    cpSync(join(ROOT, 'tests/fixtures/valid', fixture), join(reports, fixture));
  }
  writeFileSync(join(reports, '_site.md'), SITE);
});

test('the library lists every report with its date, place and counts, and opens each', async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    const cards = page.locator('.library-card');
    assert.equal(await cards.count(), 3);
    assert.deepEqual(await axeViolations(page), []);
    assert.match(await cards.first().innerText(), /^Quoting/, 'the newest report comes first');
    assert.match(await cards.last().innerText(), /^5th Annual/);
    const text = await page.locator('.library-list').innerText();
    for (const part of [
      'Lighthouse Keepers',
      'Port Imaginary',
      '5th Annual International Symposium on Preventing Human Trafficking',
      'Thursday, 27 November 2014',
      '21 findings · 4 themes · 6 speakers',
      '2 findings · 2 themes · 2 speakers',
    ]) {
      assert.ok(text.includes(part), part);
    }
    await page.getByRole('link', { name: /Lighthouse Keepers/ }).click();
    await page.locator('[role="status"]').filter({ hasText: 'Showing 2 of 2 findings' }).waitFor();
    assert.equal(await address(page), '?report=minimal');
    await page.locator('input[name="theme"][value="weather"]').check();
    assert.equal(await address(page), '?report=minimal&theme=weather');
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    assert.equal(await address(page), '?report=minimal&view=overview&theme=weather');
    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByRole('link', { name: 'All reports' }).click();
    await page.locator('.library-card').first().waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
  });
});

test("the library's page loads the library's app, a report's page the report's, and a site of one report has no library app", async () => {
  const wasmFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.wasm')));
  await visit(shared.browser, shared.site.url, async (page) => {
    assert.deepEqual((await wasmFetched(page)).map((name) => name.replace(/^.*\/([a-z]+)-viewer-[0-9a-f]{16}_bg\.wasm$/, '$1')), ['library']);
  });
  await visit(shared.browser, `${shared.site.url}?report=minimal`, async (page) => {
    assert.deepEqual((await wasmFetched(page)).map((name) => name.replace(/^.*\/([a-z]+)-viewer-[0-9a-f]{16}_bg\.wasm$/, '$1')), ['report']);
  });
  assert.deepEqual(Object.keys(appFiles(shared.dist)), ['report', 'library']);
  assert.deepEqual(Object.keys(appFiles(DIST)), ['report']);
  assert.deepEqual(readdirSync(DIST).filter((file) => file.startsWith('library-viewer')), []);
});

test('an unknown report name shows the library with a note', async () => {
  await visit(shared.browser, `${shared.site.url}?report=nope&theme=x`, async (page) => {
    assert.equal(await page.locator('.library-card').count(), 3);
    assert.ok((await page.locator('.notice').textContent()).includes('“nope”'));
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('after visiting one report, every report opens offline, the ones never opened too', async () => {
  const site = await serveDist('viewer', shared.dist);
  const { context, page, problems } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(site.url);
    await page.getByRole('link', { name: /Lighthouse Keepers/ }).click();
    await statusLine(page).filter({ hasText: 'Showing 2 of 2 findings' }).waitFor();
    await offlineReady(page);
    await page.locator('#offline-badge').filter({ hasText: 'Available offline: 3 of 3 reports' }).waitFor();
    await site.stop();
    // Report B, never opened, by its link in a new tab.
    const other = await context.newPage();
    await other.goto(`${site.url}?report=renate-brussels-2014&speaker=vries`);
    await statusLine(other).filter({ hasText: / of 21 findings/ }).waitFor();
    await other.getByRole('link', { name: 'All reports' }).click();
    await other.locator('#app:not(.prerendered) .library-card').first().waitFor();
    assert.equal(await other.locator('.library-card').count(), 3, 'the library opens offline too');
    const failed = problems.filter((problem) => !problem.includes('sw.js'));
    assert.deepEqual(failed, []);
  } finally {
    await context.close();
    await site.close();
  }
});

test('without JavaScript, the library lists every report and each report page shows all its findings', async () => {
  const { context, page, problems } = await openPage(shared.browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  try {
    await page.goto(shared.site.url);
    assert.equal(await page.locator('.library-card').count(), 3);
    await page.getByRole('link', { name: /5th Annual International Symposium/ }).click();
    assert.match(page.url(), /\/report-renate-brussels-2014\.html$/);
    assert.equal(await page.locator('.finding').count(), 21, 'every finding, readable');
    assert.ok((await page.locator('.finding').first().innerText()).includes('From the report'));
    // With JavaScript off, Chromium refuses the page's script preload, and says so as "(csp)".
    assert.deepEqual(problems.filter((problem) => !problem.endsWith('.js (csp)')), []);
  } finally {
    await context.close();
  }
});

test("a report's own page, opened with JavaScript, becomes the report's address", async () => {
  await visit(shared.browser, `${shared.site.url}report-minimal.html`, async (page) => {
    await statusLine(page).filter({ hasText: 'Showing 2 of 2 findings' }).waitFor();
    assert.equal(await address(page), '?report=minimal');
  });
});

test("the site file's title, publisher and introduction head the library and name the tab", async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    assert.equal(await page.title(), 'Reports of the Fixture Network');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Reports of the Fixture Network');
    assert.equal(await page.getByRole('link', { name: 'Fixture Press' }).getAttribute('href'), 'https://fixture.example.org/');
    assert.equal(await page.locator('.library-intro em').textContent(), 'each with its findings');
    assert.equal(await page.locator('.library > .status').textContent(), '3 reports, the newest first');
  });
});

test('the library filters by year and place, sorts by title, and keeps it all in the address', async () => {
  await visit(shared.browser, shared.site.url, async (page) => {
    const titles = () => page.locator('.library-card h2').allTextContents();
    await page.getByLabel('Year').selectOption('2031');
    assert.equal((await titles()).length, 2);
    assert.equal(await page.locator('.library > .status').textContent(), '2 of 3 reports, the newest first');
    assert.equal(await address(page), '?year=2031');
    // The places counted are those of the year chosen.
    assert.deepEqual(await page.getByLabel('Place').locator('option').allTextContents(), ['All places', 'Port Imaginary (2)']);
    await page.getByLabel('Year').selectOption('');
    await page.getByLabel('Place').selectOption('Brussels');
    assert.deepEqual(await titles(), ['5th Annual International Symposium on Preventing Human Trafficking']);
    await page.getByLabel('Place').selectOption('');
    await page.getByLabel('Order').selectOption('title');
    assert.match((await titles())[0], /^5th Annual/);
    assert.match((await titles())[2], /^Quoting/);
    assert.equal(await address(page), '?sort=title');
    await page.reload();
    await page.locator('#app:not(.prerendered) .library-card').first().waitFor();
    assert.match((await titles())[0], /^5th Annual/, 'the order survives a reload');
    assert.deepEqual(await axeViolations(page), []);
    // By keyboard: the select keeps the focus as its choice updates the counts, and the address follows at once.
    await page.getByLabel('Year').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal((await titles()).length, 2);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'year');
    assert.equal(await address(page), '?year=2031&sort=title');
  });
});

test('a search across the library finds findings in every report, grouped by report and marked, each opening its card', async () => {
  await visit(shared.browser, `${shared.site.url}?q=lenses`, async (page) => {
    const groups = page.locator('.report-match');
    await groups.first().waitFor();
    await page.locator('.library > .status').filter({ hasText: 'match every word' }).waitFor();
    assert.equal(await groups.count(), 1);
    assert.match(await groups.first().locator('h2').textContent(), /^Lighthouse Keepers/);
    assert.equal(await groups.first().locator('mark.hit').first().textContent(), 'Lenses');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByLabel('Search every report').fill('trafficking victims');
    // The seed report's findings with both words, or their other forms it has (the same stem).
    const seedMatches = expected({ search: 'trafficking victims', forms: { trafficking: ['traffickers'], victims: ['victim'] } }).length;
    await page.locator('.library > .status').filter({ hasText: `${seedMatches} findings in 1 report match every word` }).waitFor();
    assert.equal(await address(page), '?q=trafficking+victims');
    await page.locator('.match-heading').first().click();
    await statusLine(page).filter({ hasText: / of 21 findings/ }).waitFor();
    assert.equal(await address(page), '?report=renate-brussels-2014&q=trafficking+victims');
    assert.match(await address(page, 'hash'), /^#finding-/);
  });
});
