// The overview of a large, realistic report (2,000 findings, 300 speakers, 12 themes): the
// speakers run down the page, most findings first, the first 12 shown and the rest a click away;
// a count still opens its findings, and a phone-wide page does not scroll sideways.
// SHOTS=dir also saves screenshots of it at 360 and 1280 px.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeViolations, buildEnv, ROOT, useBuiltSite, visit } from './support.mjs';

const shared = useBuiltSite((reports) => {
  const result = spawnSync('cargo', ['run', '-q', '-p', 'report', '--bin', 'synthetic-report', '--', '2000'], {
    cwd: ROOT,
    env: buildEnv(),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  assert.equal(result.status, 0, result.stderr);
  writeFileSync(join(reports, 'synthetic.md'), result.stdout);
});

const rows = (page) => page.locator('#overview-speakers tbody tr');
const shownTotals = (page) =>
  rows(page).evaluateAll((trs) =>
    trs.filter((tr) => tr.checkVisibility()).map((tr) => Number(tr.querySelector('.total-number').textContent.replaceAll(',', ''))),
  );

for (const width of [360, 1280]) {
  test(`300 speakers at ${width} px: most findings first, folded after 12, unfolded on request`, async () => {
    const viewport = { width, height: width < 600 ? 780 : 900 };
    await visit(
      shared.browser,
      `${shared.site.url}?view=overview`,
      async (page) => {
        await page.getByRole('heading', { name: 'Overview' }).waitFor();
        // The rows come in parts: those in sight at once, the rest in the frames after.
        await page.waitForFunction(() => document.querySelectorAll('.overview-rows > tr').length === 300);
        assert.equal(await rows(page).count(), 300);
        const first = await shownTotals(page);
        assert.equal(first.length, 12);
        assert.ok(first[0] > 0);
        assert.deepEqual(first, [...first].sort((a, b) => b - a));
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
        if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, `overview-300-${width}.png`) });

        const more = page.getByRole('button', { name: 'Show all 300 speakers' });
        assert.equal(await more.getAttribute('aria-expanded'), 'false');
        await more.click();
        const all = await shownTotals(page);
        assert.equal(all.length, 300);
        assert.deepEqual(all, [...all].sort((a, b) => b - a));
        assert.equal(all.reduce((sum, n) => sum + n, 0), 2000);
        const fewer = page.getByRole('button', { name: 'Show fewer speakers' });
        assert.equal(await fewer.getAttribute('aria-expanded'), 'true');
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
        if (width === 1280) assert.deepEqual(await axeViolations(page), []);
        await fewer.click();
        assert.equal((await shownTotals(page)).length, 12);

        // The top speaker's count under a theme opens those findings.
        const cell = rows(page).first().locator('td.cell a').first();
        const n = Number(await cell.textContent());
        await cell.click();
        await page
          .locator('[role="status"]')
          .filter({ hasText: `Showing ${n.toLocaleString('en')} of 2,000 findings` })
          .waitFor();
      },
      viewport,
    );
  });
}
