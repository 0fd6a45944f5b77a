// The live preview behind `scripts/serve --watch`: builds the app once (release, without the
// reports: its wasm, scripts and styles do not depend on them), then, each time a file of the
// reports folder changes, makes the site's reports part afresh on a copy of it (the steps of
// scripts/site-steps.mjs), serves the newest at http://127.0.0.1:PORT/ and tells open pages to
// reload (Server-Sent Events). Pages get the preview's scripts (scripts/preview/), which nothing
// else serves: reloading in place, "Copy as a finding", and a service worker that removes itself.
// While the reports are broken, every page shows their problems instead. REPORT_VIEWER_REPORTS
// names the reports folder (default `reports`), PORT the port (default 8080; 0 for any free one).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, watch } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { problemsPage } from './preview/problems.mjs';
import { addContentSecurityPolicy, listApps, writeReports, writeServiceWorker } from './site-steps.mjs';
import { TYPES } from './static-host.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OWN = join(ROOT, 'scripts/preview');
// The files of scripts/preview/ a page may ask for, under /__preview/.
const PAGE_FILES = new Set(['client.js', 'finding.js', 'preview.css']);
const reports = process.env.REPORT_VIEWER_REPORTS || 'reports';
const port = Number(process.env.PORT ?? 8080);
const DEBOUNCE_MS = 100;

if (!existsSync(reports) || !statSync(reports).isDirectory()) {
  console.error(`preview: ${reports} is not a folder of reports`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'report-viewer-preview-'));
const app = join(work, 'app');
const log = (line) => console.log(`\x1b[1m==> ${line}\x1b[0m`);

log('building the app (release; the reports are added on each change)');
const built = spawnSync('trunk', ['build', '--release', '--dist', app], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, REPORT_VIEWER_APP_ONLY: '1' },
});
if (built.status !== 0) {
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

// What pages are shown: the build's id (pages reload when it changes), and the site made from
// the reports, or their problems. The last two good sites are kept, so a page of the one before
// still gets its files while it reloads.
let shown = { build: '', site: null, problems: [] };
const sites = [];
let builds = 0;
const pages = new Set();

function rebuild() {
  const started = performance.now();
  const site = join(work, `site-${++builds}`);
  cpSync(app, site, { recursive: true });
  const result = writeReports(site, reports, { quiet: true });
  const build = `${process.pid}-${builds}`;
  if (result.ok) {
    listApps(site);
    addContentSecurityPolicy(site);
    writeServiceWorker(site);
    sites.unshift(site);
    for (const old of sites.splice(2)) rmSync(old, { recursive: true, force: true });
    shown = { build, site, problems: [] };
    log(`rebuilt in ${Math.round(performance.now() - started)} ms: ${result.summary.replace(/^.*?: /, '')}`);
  } else {
    rmSync(site, { recursive: true, force: true });
    shown = { build, site: null, problems: result.problems };
    console.error(result.problems.join('\n'));
    log(`the reports have problems (${Math.round(performance.now() - started)} ms): the page shows them until they are fixed`);
  }
  for (const page of pages) page.write(`event: build\ndata: ${build}\n\n`);
}

/** The preview's own tags, for the head of every page it serves. */
const ownTags = (build) =>
  `<link rel="stylesheet" href="/__preview/preview.css"><script src="/__preview/client.js" data-build="${build}" defer></script>` +
  '<script src="/__preview/finding.js" defer></script>';

function answer(response, status, type, body) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
}

const server = createServer((request, response) => {
  let path;
  try {
    path = normalize(decodeURIComponent(new URL(request.url, 'http://preview').pathname));
  } catch {
    return answer(response, 400, 'text/plain', 'Bad address');
  }
  if (path === '/__preview/events') {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    response.write(`event: build\ndata: ${shown.build}\n\n`);
    pages.add(response);
    request.on('close', () => pages.delete(response));
    return;
  }
  const own = path.startsWith('/__preview/') ? path.slice('/__preview/'.length) : path === '/sw.js' ? 'sw.js' : null;
  if (own !== null) {
    if (own !== 'sw.js' && !PAGE_FILES.has(own)) return answer(response, 404, 'text/plain', 'Not found');
    return answer(response, 200, TYPES[extname(own)], readFileSync(join(OWN, own)));
  }
  const file = (path.endsWith('/') ? `${path}index.html` : path).slice(1);
  if (file.endsWith('.html') && !file.includes('/')) {
    if (!shown.site) return answer(response, 200, TYPES['.html'], problemsPage(shown.problems, ownTags(shown.build)));
    const page = join(shown.site, file);
    if (existsSync(page)) {
      const html = readFileSync(page, 'utf8').replace('</head>', `${ownTags(shown.build)}</head>`);
      return answer(response, 200, TYPES['.html'], html);
    }
  }
  const found = sites.map((site) => join(site, file)).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (!found) return answer(response, 404, 'text/plain', 'Not found');
  answer(response, 200, TYPES[extname(found)] ?? 'application/octet-stream', readFileSync(found));
});

rebuild();
let waiting = null;
watch(reports, { recursive: true }, () => {
  clearTimeout(waiting);
  waiting = setTimeout(rebuild, DEBOUNCE_MS);
});

function stop() {
  for (const page of pages) page.end();
  server.close();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

server.listen(port, '127.0.0.1', () => {
  log(`previewing ${reports}/ at http://127.0.0.1:${server.address().port}/ — it reloads as the reports change (Ctrl-C stops)`);
});
