// The live preview (`scripts/serve --watch`) on a copy of the reports: an edit reloads the open
// page, keeping its address and place; a broken report shows its problems in the page, as the
// checker prints them, until it is fixed; and "Copy as a finding" copies a finding block whose
// passage, pasted into the report, the checker accepts.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildEnv, DIST, launchBrowser, offlineReady, openPage, ROOT, serveDist, settled } from './support.mjs';

const HEADING = 'Recruitment is where trafficking starts';
const MARKUP = String.raw`\# Not a heading: 5 \* 2 = 10 \_units\_ [sic\] & *so on*, \<b> \\ \`tick\` and a [link](https://example.org/) too.

- \+ plus first;
- 2\) second.`;
let work;
let file;
let preview;
let url;
let browser;
// A page of the built site (dist/), left with its service worker and offline copy on the address
// the preview then takes.
let earlier;

/** Starts `scripts/serve --watch` on the reports folder and port; resolves to its address. */
function startPreview(reports, port) {
  preview = spawn(join(ROOT, 'scripts/serve'), ['--watch'], {
    cwd: ROOT,
    env: buildEnv({ REPORT_VIEWER_REPORTS: reports, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      const found = /previewing .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (found) resolve(found[1]);
    };
    preview.stdout.setEncoding('utf8').on('data', read);
    preview.stderr.setEncoding('utf8').on('data', read);
    preview.once('exit', (code) => reject(new Error(`the preview stopped (${code}):\n${output}`)));
  });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'report-viewer-preview-test-'));
  cpSync(join(ROOT, 'reports'), join(work, 'reports'), { recursive: true });
  file = join(work, 'reports', 'renate-brussels-2014.md');
  // A paragraph and a list of what Markdown would read as markup, for Copy as a finding to escape.
  writeFileSync(file, readFileSync(file, 'utf8') + `\n${MARKUP}\n`);
  browser = await launchBrowser();
  const site = await serveDist('', DIST);
  earlier = await openPage(browser);
  await earlier.page.goto(site.url);
  await offlineReady(earlier.page);
  await site.close();
  url = await startPreview(join(work, 'reports'), new URL(site.url).port);
  assert.equal(url, site.url);
});

after(async () => {
  await browser?.close();
  if (preview && preview.exitCode === null) {
    const exited = new Promise((resolve) => preview.once('exit', resolve));
    preview.kill('SIGTERM');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

const edit = (from, to) => {
  const source = readFileSync(file, 'utf8');
  assert.ok(source.includes(from), from);
  writeFileSync(file, source.replace(from, to));
};

/** What the checker prints about the report file, a line each (its count of problems left out). */
function check() {
  const run = spawnSync('cargo', ['run', '--quiet', '-p', 'report', '--bin', 'check-reports', '--', file], {
    cwd: ROOT,
    env: buildEnv(),
    encoding: 'utf8',
  });
  return { status: run.status, problems: run.stderr.split('\n').filter((line) => line && !/^\d+ problems? found$/.test(line)) };
}

test('a service worker a built site left on the address gives way to the preview', async () => {
  const { context, page } = earlier;
  try {
    // Answered from the offline copy, which the preview's worker deletes, reloading the page.
    await page.reload();
    await page.locator('script[src="/__preview/client.js"]').waitFor({ state: 'attached' });
    await page.locator('#app:not(.prerendered) main#main').waitFor();
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    assert.deepEqual(await page.evaluate(() => caches.keys()), []);
  } finally {
    await context.close();
  }
});

test('an edit reloads the page with its filters and place; a broken report shows its problems until it is fixed', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1000, height: 500 } });
  try {
    const search = '?theme=law-enforcement&speaker=vries';
    await page.goto(url + search);
    await page.getByRole('heading', { name: HEADING }).waitFor();
    await page.evaluate(() => scrollTo(0, 400));
    await page.evaluate(() => {
      window.notReloaded = true;
    });

    edit(`## ${HEADING} {#`, '## Recruitment is where it all starts {#');
    await page.getByRole('heading', { name: 'Recruitment is where it all starts' }).waitFor();
    assert.equal(await page.evaluate(() => window.notReloaded), undefined, 'the page was reloaded');
    await settled(page);
    assert.equal(await page.evaluate(() => location.search), search, 'the filters are kept');
    await page.waitForFunction(() => scrollY === 400, null, { timeout: 5000 });

    edit('- Speaker: vries\n', '- Speaker: vriess\n');
    await page.getByRole('heading', { name: 'The reports have problems' }).waitFor();
    const { status, problems: expected } = check();
    assert.notEqual(status, 0);
    assert.ok(expected.length > 0 && expected[0].startsWith(`${file}:`), expected[0]);
    assert.deepEqual(await page.locator('.problems li').allInnerTexts(), expected, 'every problem, as the checker prints it');

    edit('- Speaker: vriess\n', '- Speaker: vries\n');
    await page.getByRole('heading', { name: 'Recruitment is where it all starts' }).waitFor();
    await settled(page);
    assert.equal(await page.evaluate(() => location.search), search, 'the filters are still kept');
    assert.deepEqual(problems, [], 'no console errors and no failed requests');
  } finally {
    await context.close();
  }
});

/** Selects the report's text from the start of `first` to the end of `last` (each within one block). */
const select = (page, first, last) =>
  page.evaluate(
    ([first, last]) => {
      const nodes = [];
      const walker = document.createTreeWalker(document.querySelector('.narrative-text'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest('.to-finding')) nodes.push(node);
      }
      const text = nodes.map((node) => node.data).join('');
      const start = text.indexOf(first);
      const end = text.indexOf(last, start) + last.length;
      const at = (offset, isEnd) => {
        for (const node of nodes) {
          if (offset < node.length || (isEnd && offset === node.length)) return [node, offset];
          offset -= node.length;
        }
        throw new Error('not in the text');
      };
      const range = document.createRange();
      range.setStart(...at(start, false));
      range.setEnd(...at(end, true));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    },
    [first, last],
  );

/** Selects, clicks "Copy as a finding", and gives what the page says and what the clipboard holds. */
async function copy(page, first, last) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await select(page, first, last);
  await page.getByRole('button', { name: 'Copy as a finding' }).click();
  const note = page.locator('.preview-copy-note');
  await note.waitFor();
  return { note: await note.textContent(), copied: await page.evaluate(() => navigator.clipboard.readText()) };
}

const PLACEHOLDERS = `## HEADING {#finding-id}

- Themes: THEME-ID, THEME-ID
- Speaker: SPEAKER-ID
- Kind: research | proposal | concern | consensus | observation

SUMMARY: what the passage says, in plain words.

`;

test('Copy as a finding copies a block whose passage the checker accepts, and refuses part of a word or more than the text', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  try {
    await page.goto(`${url}?view=report`);
    await page.locator('#app:not(.prerendered) .narrative-text').waitFor();

    const one = await copy(page, 'This is likely to be', 'December next.');
    assert.match(one.note, /^Copied/);
    assert.equal(
      one.copied,
      `${PLACEHOLDERS}> This is likely to be a key issue for discussion at the forthcoming UNHCR meetings on the 10th and 11th of December next.\n`,
    );

    // From a paragraph into a numbered list, and through the marks of quoted passages.
    const list = await copy(page, 'three aspects of the recruitment', 'modus operandi');
    assert.equal(
      list.copied,
      `${PLACEHOLDERS}> three aspects of the recruitment process must be taken into account in order to guide anti-trafficking measures worldwide;\n>\n> 1. location;\n> 2. the modus operandi\n`,
    );

    const markup = await copy(page, '# Not a heading', 'second.');
    assert.equal(
      markup.copied,
      `${PLACEHOLDERS}${String.raw`> \# Not a heading: 5 \* 2 = 10 \_units\_ \[sic\] \& so on, \<b\> \\ \`tick\` and a link too.
>
> - \+ plus first;
> - 2\) second.`}\n`,
    );

    const part = await copy(page, 'ecruitment process, as this', 'this');
    assert.match(part.note, /starts inside a word/);
    assert.equal(part.copied, '', 'nothing is copied');
    const end = await copy(page, 'the recruitment process, as', 'this li');
    assert.match(end.note, /ends inside a word/);

    // From the view's heading into the text.
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.querySelector('#narrative-heading').firstChild, 0);
      range.setEnd(document.querySelector('.narrative-text p').firstChild, 9);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await page.getByRole('button', { name: 'Copy as a finding' }).click();
    assert.match(await page.locator('.preview-copy-note').textContent(), /^Select words of the report’s text only/);

    // Pasted into the report with its placeholders filled in, the checker accepts both, and the
    // page, reloaded, marks them in the report's text.
    const filled = (block, id) =>
      block
        .replace('HEADING {#finding-id}', `Copied ${id} {#copied-${id}}`)
        .replace('THEME-ID, THEME-ID', 'cooperation')
        .replace('SPEAKER-ID', 'delegates')
        .replace('research | proposal | concern | consensus | observation', 'observation')
        .replace('SUMMARY: what the passage says, in plain words.', 'A summary.');
    const pasted = [filled(one.copied, 'one'), filled(list.copied, 'list'), filled(markup.copied, 'markup')].join('\n');
    edit('\n# Report\n', `\n${pasted}\n# Report\n`);
    assert.deepEqual(check(), { status: 0, problems: [] });
    await page.locator('#app:not(.prerendered) #passage-copied-one').waitFor();
    await page.locator('#app:not(.prerendered) #passage-copied-list').waitFor();
    await page.locator('#app:not(.prerendered) #passage-copied-markup').waitFor();
    assert.deepEqual(problems, [], 'no console errors and no failed requests');
  } finally {
    await context.close();
  }
});
