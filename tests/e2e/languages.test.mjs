// The interface in the reader's language: chosen from the browser's languages, or from the
// address's `lang=`, which every link then keeps; dates and numbers as the language writes
// them; a switcher in the footer; and no axe-core violation in any language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { address, axeViolations, openPage, settled, useSiteAndBrowser } from './support.mjs';

const shared = useSiteAndBrowser('viewer');

/** Opens `query` in a browser whose language is `locale`, once the app has drawn the page. */
async function open(locale, query = '', viewport = { width: 1280, height: 900 }) {
  const opened = await openPage(shared.browser, { locale, viewport });
  await opened.page.goto(shared.site.url + query);
  await opened.page.locator('#app:not(.prerendered) main#main').waitFor();
  return opened;
}

const statusText = (page) => page.locator('#app:not(.prerendered) .status').textContent();

test('a French browser gets the interface, dates and counts in French, and links keep no lang=', async () => {
  const { context, page, problems } = await open('fr-FR');
  try {
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await statusText(page), '21 constats affichés sur 21');
    assert.equal(await page.locator('.masthead time').textContent(), 'jeudi 27 novembre 2014');
    assert.deepEqual(await page.locator('nav.tabs a').allTextContents(), ['Constats', 'Vue d’ensemble', 'Intervenants', 'Rapport']);
    assert.equal(await page.locator('.languages a[aria-current]').textContent(), 'Français');
    assert.equal(await page.locator('.languages a[aria-current]').getAttribute('lang'), 'fr');
    // The report's own words stay as the report writes them.
    assert.match(await page.locator('h1').textContent(), /Symposium on Preventing Human Trafficking/);
    await page.getByRole('link', { name: 'Vue d’ensemble' }).click();
    await page.getByRole('heading', { name: 'Vue d’ensemble' }).waitFor();
    assert.equal(await address(page), '?view=overview', 'the browser chose the language: the link does not name it');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the printed list of filters follows a filter change in the reader\'s language', async () => {
  const { context, page, problems } = await open('fr-FR');
  try {
    const printed = page.locator('.print-filters');
    assert.match(await printed.textContent(), /^Filtres\s:\s/);
    await page.locator('input[name="theme"]').first().check();
    await settled(page);
    assert.match(await printed.textContent(), /^Filtres\s:\s.*European Approaches/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the switcher opens the same view in another language, and every link then keeps lang=', async () => {
  const { context, page, problems } = await open('fr-FR', '?speaker=ecat');
  try {
    await page.locator('.languages a', { hasText: 'Polski' }).click();
    await page.waitForURL(/lang=pl/);
    await page.locator('#app:not(.prerendered) main#main').waitFor();
    assert.equal(await address(page), '?speaker=ecat&lang=pl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
    assert.match(await statusText(page), /^Wyświetlono \d+ z 21 ustaleń$/);
    assert.equal(await page.locator('.masthead time').textContent(), 'czwartek, 27 listopada 2014');
    await page.getByRole('link', { name: 'Przegląd' }).click();
    await page.getByRole('heading', { name: 'Przegląd' }).waitFor();
    assert.equal(await address(page), '?view=overview&speaker=ecat&lang=pl');
    await page.goBack();
    await settled(page);
    assert.equal(await address(page), '?speaker=ecat&lang=pl');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a Polish browser gets each count in the Polish form it takes', async () => {
  const { context, page, problems } = await open('pl-PL', '?view=speakers');
  try {
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
    const counts = await page.locator('.speaker-card a.action').allTextContents();
    for (const text of counts) assert.match(text, /^Pokaż (1 ustalenie ze źródłem|[234] ustalenia ze źródłami|\d+ ustaleń ze źródłami)$/);
    assert.ok(counts.some((text) => /ustaleń|ustalenia/.test(text)));
    await page.locator('nav.tabs a').first().click();
    assert.equal(await statusText(page), 'Wyświetlono 21 z 21 ustaleń');
    assert.equal(await page.locator('.filters-panel h2').textContent(), 'Filtruj ustalenia');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a filter change brings every count in the filter panel to the Polish form its number takes', async () => {
  const { context, page, problems } = await open('pl-PL');
  const form = (n) => (n === 1 ? 'ustalenie' : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'ustalenia' : 'ustaleń');
  const counts = () =>
    page.locator('.filters .facet-count').evaluateAll((all) => all.map((count) => [count.firstChild.nodeValue, count.lastElementChild.textContent]));
  try {
    const before = await counts();
    await page.locator('.filters input[name="theme"]').first().check();
    await page.waitForFunction((was) => [...document.querySelectorAll('.filters .facet-count')].some((count, i) => count.firstChild.nodeValue !== was[i][0]), before);
    const after = await counts();
    for (const [number, word] of after) assert.equal(word, ` ${form(Number(number))}`, `${number}${word}`);
    // Some count went from one form to another without passing through one (5 to 2, say), as
    // well as to and from one.
    const forms = before.map(([number], i) => [form(Number(number)), form(Number(after[i][0]))]);
    assert.ok(forms.some(([was, now]) => was !== now && was !== 'ustalenie' && now !== 'ustalenie'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('lang= wins over the browser, and a language the site lacks falls back to the browser\'s', async () => {
  for (const [locale, query, lang, tab] of [
    ['fr-FR', '?lang=de', 'de', 'Erkenntnisse'],
    ['pl-PL', '?lang=xx', 'pl', 'Ustalenia'],
    ['sv-SE', '', 'en', 'Findings'],
  ]) {
    const { context, page } = await open(locale, query);
    try {
      assert.equal(await page.locator('html').getAttribute('lang'), lang, `${locale} ${query}`);
      assert.equal(await page.locator('nav.tabs a').first().textContent(), tab);
    } finally {
      await context.close();
    }
  }
});

for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'nl']) {
  for (const [query, width] of [['', 1280], ['&view=overview', 360], ['&theme=european-approaches&speaker=delegates', 360]]) {
    test(`no axe violations in ${lang}: ${query || 'every finding'}, ${width} px`, async () => {
      const { context, page, problems } = await open('en-GB', `?lang=${lang}${query}`, { width, height: 800 });
      try {
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}

test('a link naming the language in capitals, or naming one the site has after it, is still read', async () => {
  for (const query of ['?lang=FR', '?lang=fr&lang=xx', '?lang=xx&lang=%20Fr%20']) {
    const { context, page, problems } = await open('en-GB', query);
    try {
      assert.equal(await page.locator('html').getAttribute('lang'), 'fr', query);
      await page.getByRole('link', { name: 'Vue d’ensemble' }).click();
      await page.getByRole('heading', { name: 'Vue d’ensemble' }).waitFor();
      assert.equal(await address(page), '?view=overview&lang=fr', `${query}: links keep the language`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});
