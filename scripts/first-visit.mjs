// What a visit to a built site fetches before the page is interactive, read from the site
// itself: index.html, sw.js, the app files sw.js precaches but the other app's (a report's page
// loads the report's app, the library's page the library's: index.html's #app-files) and the data
// file the visit opens (the site's only report, else the library's catalogue, or the report
// named). The other data files and the other app, which the worker saves once the page is
// interactive, are listed apart. Used by
// scripts/size-report.mjs and the budget tests (tests/build/budgets.test.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** The entries of a built site's sw.js: { url, revision } for each file, data files with `later` and `bytes`. */
export function workerFiles(dist) {
  const listed = readFileSync(join(dist, 'sw.js'), 'utf8').match(/const FILES = (\[[^\]]*\]);/);
  if (!listed) throw new Error(`${dist}/sw.js has no FILES list: is this a built site?`);
  return JSON.parse(listed[1]);
}

/** The list of data files index.html carries (report::SiteFiles). */
export function siteFiles(dist) {
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  return JSON.parse(/<script type="application\/json" id="site-files">([\s\S]*?)<\/script>/.exec(page)[1]);
}

/** The app files index.html lists: { report: { js, wasm }, long: …, library: … } (scripts/site-steps.mjs). */
export function appFiles(dist) {
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  return JSON.parse(/<script type="application\/json" id="app-files">([\s\S]*?)<\/script>/.exec(page)[1]);
}

/** The files a first visit to `report` (or to the site's front page) fetches, and those saved later. */
export function firstVisitFiles(dist, report = null) {
  const entries = workerFiles(dist);
  const site = siteFiles(dist);
  const chosen = site.reports.length === 1 ? site.reports[0] : site.reports.find((listed) => listed.name === report);
  if (report && !chosen) throw new Error(`the site has no report named ${report}`);
  const opened = chosen ? chosen.file : site.catalogue;
  const opens = chosen ? (chosen.texts || chosen.narrative ? 'long' : 'report') : 'library';
  const otherApps = Object.entries(appFiles(dist)).filter(([app]) => app !== opens);
  const other = new Set(otherApps.flatMap(([, files]) => [files.js, files.wasm]).map((path) => path.replace(/^\.\//, '')));
  const shell = entries.filter((entry) => !entry.later && !other.has(entry.url)).map((entry) => (entry.url === './' ? 'index.html' : entry.url));
  return {
    first: new Set(['index.html', 'sw.js', ...shell, opened]),
    // The interface's translations are fetched only by readers who choose one: neither.
    later: new Set([...entries.filter((entry) => entry.later && entry.later !== 'language' && entry.url !== opened).map((entry) => entry.url), ...other]),
  };
}

/** The size of a file brotli-compressed at quality 11, as static hosts send them. */
export const brotliSize = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The brotli bytes a first visit to `report` (or to the front page) fetches. */
export function firstVisitBrotli(dist, report = null) {
  return [...firstVisitFiles(dist, report).first].reduce((sum, file) => sum + brotliSize(readFileSync(join(dist, file))), 0);
}
