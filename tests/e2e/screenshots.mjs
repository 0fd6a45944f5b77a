// Takes screenshots of the release build at phone and desktop widths, for people to look at:
// node tests/e2e/screenshots.mjs [out-dir]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage, ROOT, serveDist } from './support.mjs';

const out = process.argv[2] || join(ROOT, 'tests/e2e/screenshots');
mkdirSync(out, { recursive: true });
const site = await serveDist();
const browser = await launchBrowser();
const views = [
  { name: 'all', query: '' },
  { name: 'filtered', query: '?theme=victim-centred&speaker=pemberton-ford,delegates' },
  { name: 'search', query: '?q=money' },
  { name: 'empty', query: '?theme=european-approaches&speaker=delegates' },
  { name: 'overview', query: '?view=overview' },
  { name: 'speakers', query: '?view=speakers' },
  { name: 'report', query: '?view=report#passage-follow-the-money' },
  { name: 'dark', query: '?view=overview', colorScheme: 'dark' },
];
try {
  for (const width of [360, 1280]) {
    for (const view of views) {
      const { context, page } = await openPage(browser, {
        viewport: { width, height: width < 600 ? 780 : 900 },
        colorScheme: view.colorScheme ?? 'light',
      });
      await page.goto(site.url + view.query);
      await page.waitForSelector('main#main');
      await page.screenshot({ path: join(out, `${view.name}-${width}.png`), fullPage: process.env.FULL === '1' });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`screenshots in ${out}`);
