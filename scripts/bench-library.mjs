// Start-up benchmark of a report in libraries of 1, 30 and 300 reports (issue 12 §2: it must not
// grow with the library), in headless Debian Chromium against the release build served by
// Python's http.server under /viewer/. The libraries come from the synthetic generator
// (`synthetic-report --library 300`): the 30-report one is its first 30 reports, the 1-report
// one the report measured alone. For each it measures, over several first visits (each in a
// fresh browser context: empty HTTP cache, no service worker):
//
// - a report's start-up: navigation start → the app has drawn the report's first finding card
//   and that frame is painted, and the bytes the page fetched by then;
// - the library's start-up (30 and 300): navigation → the app has drawn every report's card.
//
// It is a benchmark, not a test: it asserts nothing. It prints a Markdown table and writes the
// figures to target/bench-library.json.  node scripts/bench-library.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, launchBrowser, ROOT, serveDist } from '../tests/e2e/support.mjs';
import { progress } from './bench-stats.mjs';

const SIZES = [1, 30, 300];
const LOADS = 7;
const OUTPUT = join(ROOT, 'target/bench-library.json');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Resolves `window.shown` once `selector` is in the DOM drawn by the app, then once that frame is painted. */
function watch(selector) {
  window.shown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** The median time to `selector` painted, and the bytes fetched by then, over LOADS first visits. */
async function startup(browser, url, selector) {
  const times = [];
  const bytes = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(watch, selector);
    await page.goto(url);
    times.push(await page.evaluate(() => window.shown));
    bytes.push(await page.evaluate(() => performance.getEntriesByType('resource').reduce((sum, e) => sum + e.encodedBodySize, performance.getEntriesByType('navigation')[0].encodedBodySize)));
    await context.close();
  }
  return { ms: Math.round(median(times)), bytes: median(bytes) };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'report-viewer-bench-library-'));
  const browser = await launchBrowser();
  try {
    const all = join(work, 'all');
    const run = spawnSync('cargo', ['run', '-q', '--release', '-p', 'report', '--bin', 'synthetic-report', '--', '--library', String(Math.max(...SIZES)), all], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    const files = readdirSync(all).filter((name) => name.endsWith('.md')).sort();
    // The report measured: the largest of the first 30, present in every library.
    const measured = files.slice(0, 30).sort((a, b) => readFileSync(join(all, b)).length - readFileSync(join(all, a)).length)[0];
    const name = measured.replace(/\.md$/, '');
    const results = [];
    for (const size of SIZES) {
      const reports = join(work, `reports-${size}`);
      mkdirSync(reports);
      for (const file of size === 1 ? [measured] : files.slice(0, size)) cpSync(join(all, file), join(reports, file));
      progress(`building a library of ${size}`);
      const dist = join(work, `dist-${size}`);
      buildSite(reports, dist);
      const server = await serveDist('viewer', dist);
      try {
        progress(`measuring a library of ${size} at ${server.url}`);
        const report = await startup(browser, size === 1 ? server.url : `${server.url}?report=${name}`, '#app:not(.prerendered) article.finding');
        const library = size === 1 ? null : await startup(browser, server.url, `#app:not(.prerendered) .library-card:nth-of-type(${size})`);
        results.push({ size, report, library });
      } finally {
        await server.close();
      }
    }
    mkdirSync(join(ROOT, 'target'), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version(), cores: cpus().length, report: name, loads: LOADS, results }, null, 2)}\n`);
    const rows = [
      ['library of', ...results.map((r) => `${r.size} report${r.size === 1 ? '' : 's'}`)],
      ['---', ...results.map(() => '---')],
      [`report \`${name}\`: start-up to its first card painted (ms, median)`, ...results.map((r) => r.report.ms)],
      ['… bytes fetched by then (as sent, median)', ...results.map((r) => r.report.bytes.toLocaleString('en-GB'))],
      ['the library: start-up to every card painted (ms, median)', ...results.map((r) => (r.library ? r.library.ms : '—'))],
      ['… bytes fetched by then (as sent, median)', ...results.map((r) => (r.library ? r.library.bytes.toLocaleString('en-GB') : '—'))],
    ];
    console.log(rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
    console.log(`\nHeadless Chromium ${browser.version()} on ${cpus().length} cores; median of ${LOADS} first visits each; http.server, uncompressed. Figures: ${OUTPUT}`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
