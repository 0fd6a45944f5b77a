// Shared set-up for the end-to-end tests: the release build served by a plain static file
// server under a sub-path, and Debian's Chromium driven by playwright-core.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { after, before } from 'node:test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { TYPES } from '../../scripts/static-host.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** The environment for running the build tools: Trunk finds wasm-opt in node_modules/.bin. */
export function buildEnv(extra = {}) {
  const path = [join(ROOT, 'node_modules/.bin'), join(homedir(), '.cargo/bin'), process.env.PATH].join(':');
  return { ...process.env, PATH: path, ...extra };
}

/**
 * Runs the synthetic report generator (`synthetic-report ARGS`, release build) and gives what it
 * printed: one report's Markdown, or with `--library N DIR` its summary line.
 */
export function synthetic(args) {
  const run = spawnSync('cargo', ['run', '-q', '--release', '-p', 'report', '--bin', 'synthetic-report', '--', ...args.map(String)], {
    cwd: ROOT,
    env: buildEnv(),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  assert.equal(run.status, 0, `synthetic-report ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/**
 * Builds the release site from the reports in `reports` into `dist` (a test's own folder), from
 * the code in `root` (this checkout, or another's: `scripts/bench-ab.mjs` builds revisions), with
 * `env` added to the build's environment.
 */
export function buildSite(reports, dist, { root = ROOT, env = {} } = {}) {
  const run = spawnSync('trunk', ['build', '--release', '--dist', dist], {
    cwd: root,
    env: buildEnv({ REPORT_VIEWER_REPORTS: reports, ...env }),
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * A small static file server in Node, for what Python's cannot do: with `redirectIndex` it answers
 * `…/index.html` (with or without a query) with a 308 to `…/`, keeping the query, as Cloudflare
 * Pages does. Like most hosts it redirects a folder without its slash to `…/`, and serves a
 * folder's index.html at `…/`. Every answer is logged into `served` as { path, status, bytes }.
 */
function nodeHost(root, port, { redirectIndex = false } = {}, served, requests) {
  const server = createHttpServer((request, response) => {
    const url = new URL(request.url, 'http://host');
    const path = decodeURIComponent(url.pathname);
    const answer = (status, headers, body = '') => {
      served.push({ path: request.url, status, bytes: Buffer.byteLength(body) });
      if (request.method === 'GET') requests.push(request.url);
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
    };
    if (redirectIndex && path.endsWith('/index.html')) {
      return answer(308, { Location: url.pathname.slice(0, -'index.html'.length) + url.search });
    }
    const file = join(root, normalize(path));
    if (!file.startsWith(root) || !existsSync(file)) return answer(404, { 'Content-Type': 'text/plain' }, 'Not found');
    if (statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return answer(301, { Location: `${url.pathname}/${url.search}` });
      if (!existsSync(join(file, 'index.html'))) return answer(404, { 'Content-Type': 'text/plain' }, 'Not found');
      return answer(200, { 'Content-Type': TYPES['.html'] }, readFileSync(join(file, 'index.html')));
    }
    answer(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }, readFileSync(file));
  });
  return {
    listen: () => new Promise((done) => server.listen(port, '127.0.0.1', done)),
    close: () => {
      const closed = new Promise((done) => server.close(done));
      server.closeAllConnections();
      return closed;
    },
  };
}

/**
 * Serves a copy of a built site (dist/ by default) at http://127.0.0.1:PORT/SUBPATH/ with Python's
 * http.server, a plain static file server. An empty sub-path serves it at the root. The server
 * can be stopped and started again on the same port, and the served files replaced.
 * `{ host: 'node' }` serves it with the Node server above instead (and `{ host: 'node',
 * redirectIndex: true }` as a host that redirects index.html), which also logs bytes in `served`.
 */
export async function serveDist(subPath = 'viewer', from = DIST, options = {}) {
  const root = mkdtempSync(join(tmpdir(), 'report-viewer-site-'));
  const siteDir = join(root, subPath);
  cpSync(from, siteDir, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const url = subPath ? `${origin}/${subPath}/` : `${origin}/`;
  let server = null;
  // The paths of the GET requests served, from the server's log, in order.
  const requests = [];
  // With the Node host: every answer, as { path, status, bytes } (bytes of the body sent).
  const served = [];

  async function start() {
    if (options.host === 'node') {
      server = nodeHost(root, port, options, served, requests);
      await server.listen();
      return;
    }
    server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (log) => {
      for (const [, path] of log.matchAll(/"GET (\S+) HTTP/g)) requests.push(path);
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        if ((await fetch(url)).ok) return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`the static server did not start on ${url}`);
  }

  async function stop() {
    if (!server) return;
    if (options.host === 'node') {
      await server.close();
      server = null;
      return;
    }
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
    server = null;
  }

  await start();
  return {
    url,
    origin,
    requests,
    served,
    start,
    stop,
    /** Serves another copy of a built site (or any folder) at /PATH/ on the same origin. */
    add(path, dir) {
      cpSync(dir, join(root, path), { recursive: true });
    },
    /**
     * Replaces the served site with the files of another build, as a deployment would. The new
     * files are dated a few seconds later: http.server's Last-Modified counts whole seconds, and a
     * deployment within the same second as the first visit would otherwise look unchanged.
     */
    replaceWith(dir) {
      rmSync(siteDir, { recursive: true, force: true });
      cpSync(dir, siteDir, { recursive: true });
      const later = new Date(Date.now() + 5000);
      for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
        utimesSync(join(entry.parentPath, entry.name), later, later);
      }
    },
    async close() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Chromium's flags for running as root here, quietly: no sandbox, GPU, updates or QUIC. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Opens a page that records console errors, page errors and failed or 4xx/5xx requests,
 * so each test can assert there were none.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A reload or navigation aborts requests still in flight (such as the icon's); that is not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

/**
 * Opens `url`, waits for the app to take over the page drawn at build time, runs `body(page)`, then asserts
 * that nothing failed on the way: no console errors or warnings, no failed requests.
 */
export async function visit(browser, url, body, viewport = { width: 1280, height: 900 }) {
  const { context, page, problems } = await openPage(browser, { viewport });
  try {
    await page.goto(url);
    // The page drawn at build time shows at once; the app has taken over when it drops the class.
    await page.locator('#app:not(.prerendered) main#main').waitFor();
    await body(page);
    assert.deepEqual(problems, [], 'no console errors and no failed requests');
  } finally {
    await context.close();
  }
}

/**
 * The result count as the app draws it ("Showing N of 21 findings"): not the one drawn at build
 * time, which stays, out of sight, while the app loads the report's data.
 */
export const statusLine = (page) => page.locator('#app:not(.prerendered) .status');

/** Waits until the service worker controls the page and the footer says "Available offline". */
export async function offlineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByText('Available offline').waitFor();
}

/**
 * Waits until the app has written its last change to the address bar: it does so once the frame
 * showing the change has been painted (src/history.rs), before Back, Forward or a reload can
 * follow it.
 */
export const settled = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));

/**
 * Asserts that the result count reads `text`, once the app has had its frame to say so: it draws
 * a change's findings at once and the count with the facet counts a frame later.
 */
export async function expectStatus(page, text) {
  const line = page.locator('[role="status"]').filter({ hasText: /^Showing / });
  await page.waitForFunction((text) => document.querySelector('.status')?.textContent === text, text, { timeout: 5000 }).catch(() => {});
  assert.equal(await line.textContent(), text);
}

/**
 * How long the app lets typing pause before it writes a revised search to the address
 * (REVISION_PAUSE_MS in src/history.rs), with a margin.
 */
const REVISION_PAUSE_MS = 300 + 100;

/**
 * The address's `?search` (or `#hash`) once the app has written its last change to it: a new
 * step once its frame is painted, a search revised as it is typed once the typing pauses (only
 * while a search field has the focus: leaving it writes the search at once).
 */
export async function address(page, part = 'search') {
  await settled(page);
  if (await page.evaluate(() => document.activeElement?.matches('input[type="search"]'))) {
    await page.waitForTimeout(REVISION_PAUSE_MS);
  }
  return page.evaluate((part) => location[part], part);
}

/**
 * For a test file: serves dist/ under `/SUBPATH/` and launches Chromium before its tests, and
 * stops both after them. Read `shared.site` and `shared.browser` inside tests.
 */
export function useSiteAndBrowser(subPath = 'viewer') {
  const shared = {};
  before(async () => {
    shared.site = await serveDist(subPath);
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}

// axe-core, evaluated through the DevTools protocol: the page's CSP rightly forbids injected scripts.
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The WCAG 2.2 A/AA and best-practice violations axe-core finds in the page as it is now. */
export async function axeViolations(page) {
  // A list drawn in parts holds its height until it is whole: axe checks the page once drawn.
  await page.waitForFunction(() => !document.querySelector('#app [style*="min-height"]'));
  // What CSS skips while out of sight (`content-visibility: auto`) has no layout for axe's
  // target-size check to measure: axe checks the page laid out whole, as a reader scrolling sees it.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('#app *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  assert.ok(result.passes.length > 15, `axe ran its checks (${result.passes.length} passed)`);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * For a test file that needs a site of its own: `fillReports(folder)` writes its reports, the
 * site is built from them and served under /viewer/, and Chromium is launched; all of it goes
 * after the file's tests. Read `shared.site` and `shared.browser` inside tests.
 */
export function useBuiltSite(fillReports) {
  const shared = {};
  let work;
  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'report-viewer-built-'));
    const reports = join(work, 'reports');
    mkdirSync(reports);
    fillReports(reports);
    shared.dist = join(work, 'dist');
    buildSite(reports, shared.dist);
    shared.site = await serveDist('viewer', shared.dist);
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });
  return shared;
}
