// Runs Lighthouse (tools/lighthouse, pinned to 12.2.3) with its default mobile settings — form
// factor, screen and simulated throttling — against the release build in dist/, served under
// /viewer/ as a configured static host serves it (scripts/static-host.mjs: brotli, cache
// headers; --plain uses Python's http.server instead), in Debian's Chromium (CHROMIUM_PATH overrides; no browser
// is ever downloaded). Prints the four category scores ×100, the performance metrics and every
// failing audit, and saves the whole report as target/lighthouse.json.
//
//   node scripts/lighthouse.mjs [--build] [--dist DIR] [--plain]
//
// It first runs `scripts/ensure-tools --lighthouse`, which installs Lighthouse if it is missing.
// The site is built (trunk build --release) when the folder holds none, or always with --build;
// --dist names another folder than dist/ to measure (and, with --build, to build into).
// http.server (--plain) sends files uncompressed and with no cache headers, unlike most hosts:
// then the "text compression" and "cache policy" audits, and the load times, reflect the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const LIGHTHOUSE = join(ROOT, 'tools/lighthouse/node_modules/.bin/lighthouse');
const OUTPUT = join(ROOT, 'target/lighthouse.json');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Runs Lighthouse without blocking this process, which may be the one serving the site. */
async function runLighthouse(url, chromium, chromiumArgs) {
  const flags = ['--headless=new', ...chromiumArgs].join(' ');
  const args = [url, '--output=json', `--output-path=${OUTPUT}`, '--quiet', '--no-enable-error-reporting', `--chrome-flags=${flags}`];
  const child = spawn(LIGHTHOUSE, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromium } });
  const status = await new Promise((resolve) => child.on('exit', resolve));
  if (status !== 0) throw new Error(`lighthouse failed (exit ${status})`);
  return JSON.parse(readFileSync(OUTPUT, 'utf8'));
}

const score = (value) => (value === null ? 'n/a' : String(Math.round(value * 100)));

function printScores(lhr) {
  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling, ${lhr.finalDisplayedUrl}\n`);
  console.log('| category | score |\n| --- | --- |');
  for (const id of CATEGORIES) console.log(`| ${lhr.categories[id].title} | ${score(lhr.categories[id].score)} |`);
  console.log('\n| metric | value | score |\n| --- | --- | --- |');
  for (const [id, name] of Object.entries(METRICS)) {
    const audit = lhr.audits[id];
    console.log(`| ${name} (${audit.title}) | ${audit.displayValue} | ${score(audit.score)} |`);
  }
}

/** A few lines from an audit's details: the items' URL, element or label, with what they waste. */
function detailLines(details, limit = 5) {
  const items = details?.type === 'debugdata' ? [] : (details?.items ?? []);
  const lines = items.slice(0, limit).map((item) => {
    const what = item.url ?? item.node?.snippet ?? item.node?.selector ?? item.label ?? JSON.stringify(item).slice(0, 120);
    const wasted = item.wastedBytes ? ` (${Math.round(item.wastedBytes / 1024)} KiB wasted)` : item.wastedMs ? ` (${Math.round(item.wastedMs)} ms wasted)` : '';
    return `    - ${what}${wasted}`;
  });
  if (items.length > limit) lines.push(`    - … and ${items.length - limit} more`);
  return lines;
}

const savings = (audit) => Object.values(audit.metricSavings ?? {}).reduce((sum, ms) => sum + ms, 0);

/**
 * Each category's audits that did not pass (the metrics aside, shown above): weightiest first,
 * then those that would save the most metric time, then the lowest scores. Then the audits that
 * could not run at all.
 */
function printFailures(lhr) {
  for (const id of CATEGORIES) {
    const failing = lhr.categories[id].auditRefs
      .map((ref) => ({ weight: ref.weight, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => !(audit.id in METRICS) && audit.score !== null && audit.score < 1)
      .filter(({ audit }) => audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .sort((a, b) => b.weight - a.weight || savings(b.audit) - savings(a.audit) || a.audit.score - b.audit.score);
    console.log(`\n${lhr.categories[id].title}: ${failing.length ? `${failing.length} failing audit(s)` : 'every audit passes'}`);
    for (const { weight, audit } of failing) {
      console.log(`  - ${audit.id}: ${audit.title} — score ${score(audit.score)}, weight ${weight}${audit.displayValue ? `, ${audit.displayValue}` : ''}`);
      for (const line of detailLines(audit.details)) console.log(line);
    }
  }
  const errors = Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error');
  if (errors.length) console.log(`\nAudits that could not run (${errors.length}):`);
  for (const audit of errors) console.log(`  - ${audit.id}: ${audit.errorMessage}`);
}

async function main() {
  const { values } = parseArgs({
    options: { build: { type: 'boolean', default: false }, dist: { type: 'string' }, plain: { type: 'boolean', default: false } },
  });
  run(join(ROOT, 'scripts/ensure-tools'), ['--lighthouse']);
  // Imported only now: ensure-tools has installed the root npm packages support.mjs needs.
  const { buildEnv, CHROMIUM, CHROMIUM_ARGS, DIST, serveDist } = await import('../tests/e2e/support.mjs');
  const dist = values.dist ? resolve(values.dist) : DIST;
  if (values.build || !existsSync(join(dist, 'index.html'))) {
    run('trunk', ['build', '--release', '--dist', dist], { env: buildEnv() });
  }
  mkdirSync(join(ROOT, 'target'), { recursive: true });
  const { serveStatic } = await import('./static-host.mjs');
  const site = values.plain ? await serveDist('viewer', dist) : await serveStatic(dist, 'viewer');
  console.log(`Served by ${values.plain ? "Python's http.server (uncompressed, no cache headers)" : 'scripts/static-host.mjs (brotli, cache headers)'}`);
  try {
    const lhr = await runLighthouse(site.url, CHROMIUM, CHROMIUM_ARGS);
    printScores(lhr);
    printFailures(lhr);
    console.log(`\nThe whole report: ${OUTPUT}`);
  } finally {
    await site.close();
  }
}

await main();
