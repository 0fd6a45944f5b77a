// The library's byte budgets (issue 12 §2), on a 30-report library from the synthetic generator
// (reports that differ in their text as real ones do): a first visit to one report costs within
// 6 KiB of a site of that report alone, and a deploy that changes one report costs a returning
// reader only that report's data, the catalogue (if its listing changed), index.html and sw.js.
// The seed site's own budget (120 KiB) is checked by the test command with scripts/size-report.mjs.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliSize, firstVisitBrotli, siteFiles, workerFiles } from '../../scripts/first-visit.mjs';
import { buildSite, synthetic } from '../e2e/support.mjs';

const REPORTS = 30;
const WITHIN_KIB = 6;
let work;
let library;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'report-viewer-budgets-'));
  library = join(work, 'library');
  synthetic(['--library', REPORTS, library]);
  buildSite(library, join(work, 'library-site'));
});

after(() => rmSync(work, { recursive: true, force: true }));

/** The report of the library with the most findings, which a first visit to it costs most. */
function largest() {
  const name = readdirSync(library)
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({ file, size: readFileSync(join(library, file)).length }))
    .sort((a, b) => b.size - a.size)[0].file;
  return name.replace(/\.md$/, '');
}

test(`a first visit to one report of a ${REPORTS}-report library costs within ${WITHIN_KIB} KiB of a site of that report alone`, (t) => {
  const name = largest();
  const alone = join(work, 'alone');
  mkdirSync(alone);
  cpSync(join(library, `${name}.md`), join(alone, `${name}.md`));
  buildSite(alone, join(work, 'alone-site'));
  const inLibrary = firstVisitBrotli(join(work, 'library-site'), name);
  const onItsOwn = firstVisitBrotli(join(work, 'alone-site'));
  t.diagnostic(`first visit to ${name}: ${inLibrary} B brotli in the library, ${onItsOwn} B on its own site (+${inLibrary - onItsOwn} B)`);
  assert.ok(inLibrary - onItsOwn <= WITHIN_KIB * 1024, `${inLibrary} B in the library against ${onItsOwn} B alone`);
});

test('a deploy that changes one report costs a returning reader that report, the catalogue, index.html and sw.js', (t) => {
  const name = largest();
  const changed = join(work, 'changed');
  cpSync(library, changed, { recursive: true });
  const file = join(changed, `${name}.md`);
  const source = readFileSync(file, 'utf8');
  const heading = source.match(/^## (.+) \{#f0\}$/m);
  assert.ok(heading, 'the report has a finding f0');
  writeFileSync(file, source.replace(heading[0], `## ${heading[1]} (corrected) {#f0}`));
  buildSite(changed, join(work, 'changed-site'));

  // What the new worker fetches: every file whose revision no old file has (of its kind), as
  // public/service-worker.js copies the rest; data files are fetched as they are saved.
  const before = new Set(workerFiles(join(work, 'library-site')).map(({ url, revision }) => `${url.split('.').pop()} ${revision}`));
  const fetched = workerFiles(join(work, 'changed-site'))
    .filter(({ url, revision }) => !before.has(`${url.split('.').pop()} ${revision}`))
    .map(({ url }) => (url === './' ? 'index.html' : url));
  const site = siteFiles(join(work, 'changed-site'));
  const report = site.reports.find((listed) => listed.name === name).file;
  const allowed = new Set(['index.html', report, site.catalogue]);
  assert.ok(fetched.includes(report), `the changed report's data is fetched: ${fetched.join(', ')}`);
  assert.deepEqual(
    fetched.filter((url) => !allowed.has(url)),
    [],
    `nothing else is fetched: ${fetched.join(', ')}`,
  );
  const paid = ['sw.js', ...fetched].reduce((sum, url) => sum + brotliSize(readFileSync(join(work, 'changed-site', url))), 0);
  const everything = ['sw.js', ...workerFiles(join(work, 'changed-site')).map(({ url }) => (url === './' ? 'index.html' : url))].reduce(
    (sum, url) => sum + brotliSize(readFileSync(join(work, 'changed-site', url))),
    0,
  );
  t.diagnostic(`the deploy costs a returning reader ${paid} B brotli (${['sw.js', ...fetched].join(', ')}); every file would be ${everything} B`);
});
