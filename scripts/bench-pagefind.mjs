// The viewer side by side with Pagefind (issue 14 §3), on the same corpus, in one run, in headless
// Debian Chromium. Pagefind is what a static-site owner would pick instead of this viewer for search
// and filters over many pages.
//
// The corpus: a synthetic report of 10,000 findings in the realistic shape (`synthetic-report
// 10000`: 12 themes, 300 speakers of very unequal output, long varied texts), and with `--even`
// also the even shape (200 speakers, 20 themes, short texts) as a second row. For each:
//
// - this viewer: the release site built from the report;
// - Pagefind: one HTML page per finding (heading, summary, passage, speaker, kind, themes; the
//   text inside `data-pagefind-body`, each theme and the speaker as `data-pagefind-filter`),
//   indexed by the pagefind CLI, with a search page showing Pagefind's default UI (PagefindUI)
//   that reads `?q=`, `?theme=` and `?speaker=` from its address, as the viewer does.
//
// Both are served by scripts/static-host.mjs (brotli 11, as real hosts send files; Pagefind's own
// index files are gzip already and are sent as they are). The same question is asked of both: one
// search word, one theme and one speaker (the second most prolific, so the answer is a real list).
// Measured, each tool:
//
// - first visits (a fresh browser context each: empty HTTP cache, no service worker): navigation
//   start → the first filtered results are in the DOM and painted (the viewer: its first finding
//   card drawn by the app; Pagefind: its first result with its title and excerpt loaded), and the
//   bytes of every request finished by then, as the host sends them and as brotli 11 of each file
//   (page, workers and service worker, each file once), after one visit not counted that warms the
//   host's cache of compressed files;
// - later changes in that page once it is idle: a filter click (taking the chosen theme off, on
//   again, the speaker off, on again: the same four questions in both tools) → the results
//   painted, and a new search word → the results painted. For the viewer, which answers
//   synchronously, that is `bench-browser.mjs`'s "→ next paint" (input → rAF → setTimeout(0)); for
//   Pagefind, which answers asynchronously, input → its result list shows the new answer with every
//   result's text loaded → rAF → setTimeout(0).
//
// And the viewer alone: first visits to the question without its search word (theme and speaker
// alone), which a long report answers with the parts of its findings' words that the cards drawn
// need (a search needs them whole: see report::TextFiles).
//
// PagefindUI waits `debounceTimeoutMs` (300 ms by default) after each change before it searches;
// the page here sets it to 0, so Pagefind's times are its own work, not its wait.
//
// It is a benchmark, not a test: it asserts nothing. It prints a Markdown table and writes every
// figure and sample to target/bench-pagefind.json.
//
//   scripts/ensure-tools --tests --pagefind    (once: Pagefind into tools/pagefind)
//   node scripts/bench-pagefind.mjs [--even]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, launchBrowser, ROOT, synthetic } from '../tests/e2e/support.mjs';
import { brotliSize } from './first-visit.mjs';
import { serveStatic } from './static-host.mjs';
import { progress, summary } from './bench-stats.mjs';

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 10000); // BENCH_FINDINGS=500 for a quick try
const LOADS = 5;
const CYCLES = 10; // of four filter clicks each
const WORDS_TIMED = 24;
const PAUSE_MS = 60;
const TIMEOUT_MS = 10_000;
const VIEWPORT = { width: 1280, height: 900 };
const PAGEFIND = join(ROOT, 'tools/pagefind/node_modules/.bin/pagefind');
const OUTPUT = join(ROOT, 'target/bench-pagefind.json');
const SHAPES = process.argv.includes('--even') ? ['realistic', 'even'] : ['realistic'];

// ---------------------------------------------------------------------------------------------
// The corpus

/** Themes, speakers and findings of a synthetic report, read from its Markdown (its fixed layout). */
function readReport(markdown) {
  const themes = new Map();
  const speakers = new Map();
  const findings = [];
  let section = null;
  let entry = null;
  for (const line of markdown.split('\n')) {
    const top = line.match(/^# (.+)$/);
    if (top) {
      section = top[1];
      entry = null;
      continue;
    }
    const heading = line.match(/^## (.+) \{#([\w-]+)\}$/);
    if (heading) {
      const [, name, id] = heading;
      if (section === 'Themes') themes.set(id, name);
      else if (section === 'Speakers') speakers.set(id, name);
      else if (section === 'Findings') {
        entry = { id, heading: name, themes: [], speaker: null, kind: '', summary: [], passage: [] };
        findings.push(entry);
      }
      continue;
    }
    if (section !== 'Findings' || !entry) continue;
    const field = line.match(/^- (Themes|Speaker|Kind): (.+)$/);
    if (field) {
      if (field[1] === 'Themes') entry.themes = field[2].split(',').map((t) => t.trim());
      else if (field[1] === 'Speaker') entry.speaker = field[2].trim();
      else entry.kind = field[2].trim();
    } else if (line.startsWith('>')) entry.passage.push(line.replace(/^>\s?/, ''));
    else if (line.trim() && !line.startsWith('- ')) entry.summary.push(line);
  }
  return { themes, speakers, findings };
}

const words = (text) => text.toLowerCase().match(/\p{L}{5,}/gu) ?? [];

/**
 * The question asked of both tools: the theme t0, the second most prolific speaker with it, and a
 * search word found in some but not most of their findings; plus the words typed later.
 */
function chooseQuestion(corpus) {
  const perSpeaker = new Map();
  for (const f of corpus.findings) if (f.themes.includes('t0')) perSpeaker.set(f.speaker, (perSpeaker.get(f.speaker) ?? 0) + 1);
  const speaker = [...perSpeaker].sort((a, b) => b[1] - a[1])[1][0];
  const chosen = corpus.findings.filter((f) => f.themes.includes('t0') && f.speaker === speaker);
  const documentFrequency = (findings) => {
    const counts = new Map();
    for (const f of findings) for (const w of new Set(words(`${f.heading} ${f.summary.join(' ')} ${f.passage.join(' ')}`))) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  };
  // A word in about a fifth of the chosen findings (at least 3 of them).
  const inChosen = [...documentFrequency(chosen)].filter(([, n]) => n >= Math.min(3, chosen.length)).sort((a, b) => Math.abs(a[1] - chosen.length / 5) - Math.abs(b[1] - chosen.length / 5) || (a[0] < b[0] ? -1 : 1));
  const word = inChosen[0][0];
  // Later searches: words found in 0.2 % to 4 % of the findings (20 to 400 of 10,000), spread over
  // the vocabulary.
  const n = corpus.findings.length;
  const all = [...documentFrequency(corpus.findings)].filter(([w, count]) => count >= Math.max(1, n / 500) && count <= Math.max(2, n / 25) && w !== word).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // A small vocabulary (the even shape) may have no such words: then the words nearest 1 % of the findings.
  if (all.length < WORDS_TIMED) all.push(...[...documentFrequency(corpus.findings)].filter(([w]) => w !== word && !all.some(([a]) => a === w)).sort((a, b) => Math.abs(a[1] - n / 100) - Math.abs(b[1] - n / 100)).slice(0, WORDS_TIMED));
  const later = Array.from({ length: WORDS_TIMED }, (_, i) => all[Math.floor((i * all.length) / WORDS_TIMED)][0]);
  return { theme: 't0', speaker, word, later, chosenFindings: chosen.length };
}

function corpusShape(corpus, markdown) {
  const lengths = (pick) => {
    const counts = corpus.findings.map((f) => pick(f).split(/\s+/).filter(Boolean).length).sort((a, b) => a - b);
    return { min: counts[0], median: counts[Math.floor(counts.length / 2)], max: counts.at(-1) };
  };
  const perSpeaker = new Map();
  for (const f of corpus.findings) perSpeaker.set(f.speaker, (perSpeaker.get(f.speaker) ?? 0) + 1);
  const top = [...perSpeaker.values()].sort((a, b) => b - a);
  const vocabulary = new Set();
  for (const f of corpus.findings) for (const w of `${f.heading} ${f.summary.join(' ')} ${f.passage.join(' ')}`.toLowerCase().match(/\p{L}+/gu) ?? []) vocabulary.add(w);
  return {
    bytes: Buffer.byteLength(markdown),
    findings: corpus.findings.length,
    themes: corpus.themes.size,
    speakers: corpus.speakers.size,
    speakersWithFindings: perSpeaker.size,
    topSpeakers: top.slice(0, 3),
    summaryWords: lengths((f) => f.summary.join(' ')),
    passageWords: lengths((f) => f.passage.join(' ')),
    vocabulary: vocabulary.size,
  };
}

// ---------------------------------------------------------------------------------------------
// The Pagefind site

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Its search page: Pagefind's default UI, its filters open, asked what the address says. */
const SEARCH_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Search the findings</title>
<link href="pagefind/pagefind-ui.css" rel="stylesheet">
<script src="pagefind/pagefind-ui.js"></script>
</head>
<body>
<main>
<h1>Search the findings</h1>
<div id="search"></div>
</main>
<script>
  window.addEventListener('DOMContentLoaded', () => {
    const ui = new PagefindUI({ element: '#search', showSubResults: false, openFilters: ['theme', 'speaker'], debounceTimeoutMs: 0 });
    const address = new URLSearchParams(location.search);
    const filters = {};
    for (const key of ['theme', 'speaker']) if (address.getAll(key).length) filters[key] = address.getAll(key);
    if (Object.keys(filters).length) ui.triggerFilters(filters);
    if (address.get('q')) ui.triggerSearch(address.get('q'));
  });
</script>
</body>
</html>
`;

/** One page per finding, and the search page, in `dir`; then Pagefind's index of them. */
function buildPagefindSite(corpus, dir) {
  mkdirSync(join(dir, 'f'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), SEARCH_PAGE);
  for (const f of corpus.findings) {
    const themes = f.themes.map((t) => `<li><span data-pagefind-filter="theme">${escape(corpus.themes.get(t))}</span></li>`).join('');
    const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escape(f.heading)}</title></head>
<body>
<main data-pagefind-body>
<h1>${escape(f.heading)}</h1>
<p data-pagefind-filter="speaker">${escape(corpus.speakers.get(f.speaker))}</p>
<p>${escape(f.kind)}</p>
<ul>${themes}</ul>
${f.summary.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<blockquote>${f.passage.map((p) => `<p>${escape(p)}</p>`).join('\n')}</blockquote>
</main>
</body>
</html>
`;
    writeFileSync(join(dir, 'f', `${f.id}.html`), page);
  }
  const started = performance.now();
  const run = spawnSync(PAGEFIND, ['--site', dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pagefind failed: ${run.stdout}${run.stderr}`);
  const version = spawnSync(PAGEFIND, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return { dir, version, indexSeconds: Math.round((performance.now() - started) / 100) / 10, indexLog: run.stdout.trim().split('\n').slice(-8) };
}

// ---------------------------------------------------------------------------------------------
// In the page. These functions are serialised into the page, so they use nothing from outside.

/** Resolves `window.answered` once `tool`'s first filtered results are in the DOM, then painted. */
function watchFirstAnswer(tool) {
  const ready = {
    viewer: () => document.querySelector('#app:not(.prerendered) .finding-list > li:first-child > article.finding:not(.pending)'),
    pagefind: () => document.querySelector('.pagefind-ui__result-link') && !document.querySelector('.pagefind-ui__results .pagefind-ui__loading'),
  }[tool];
  window.answered = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      const inDom = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ inDom, painted: performance.now(), epoch: performance.timeOrigin + performance.now() })));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/**
 * Installs `window.bench.timed(tool, act)`: after a pause (as between a person's inputs) and a
 * random part of a frame, t0, `act()`, then once the tool shows the new answer, rAF → setTimeout(0).
 * The viewer answers within the input's handlers, so that is the next paint, unless the next frame
 * says it is loading what the search needs or draws cards pending (a long report's words ship
 * apart: the shards a search names, the parts of the cards drawn): then once its status no longer
 * says so and no card is pending; Pagefind answers
 * when its search (in a worker) and the results' fragments have come back: its message no longer
 * says "Searching", no result is still loading, and the message or the results differ from before.
 */
function installHarness({ pauseMs, timeoutMs }) {
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const pagefindState = () => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    const links = [...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => a.getAttribute('href')).join(' ');
    return `${message}|${links}`;
  };
  const pagefindDone = (before) =>
    !/^Searching/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? 'Searching') &&
    !document.querySelector('.pagefind-ui__results .pagefind-ui__loading') &&
    pagefindState() !== before;
  window.bench = {
    settle: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
    async timed(tool, act) {
      await pause(pauseMs + Math.random() * 16.7);
      return new Promise((done) => {
        const painted = (t0) => requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
        if (tool === 'viewer') {
          const t0 = performance.now();
          act();
          const status = document.querySelector('#app .status');
          const loading = () => /Loading/.test(status?.textContent ?? '') || document.querySelector('.finding-list article.finding.pending');
          requestAnimationFrame(() => {
            if (!loading()) return setTimeout(() => done(performance.now() - t0));
            const observer = new MutationObserver(() => {
              if (loading()) return;
              observer.disconnect();
              painted(t0);
            });
            observer.observe(document.querySelector('#app main'), { childList: true, subtree: true, characterData: true, attributes: true });
          });
          return;
        }
        const before = pagefindState();
        let t0 = 0;
        const root = document.querySelector('#search');
        let finished = false;
        const observer = new MutationObserver(() => {
          if (finished || !pagefindDone(before)) return;
          finished = true;
          observer.disconnect();
          painted(t0);
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        setTimeout(() => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          done(null);
        }, timeoutMs);
        t0 = performance.now();
        act();
      });
    },
  };
}

/** The four filter clicks of a cycle (the chosen theme off, on, the speaker off, on), timed. */
async function timeFilterClicks({ tool, cycles, theme, speaker }) {
  const box = (name, value) =>
    tool === 'viewer'
      ? document.querySelector(`.filters input[name="${name}"][value="${value}"]`)
      : [...document.querySelectorAll(`input.pagefind-ui__filter-checkbox[name="${name}"]`)].find((input) => input.value === value);
  const times = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    for (const [name, value] of [['theme', theme], ['theme', theme], ['speaker', speaker], ['speaker', speaker]]) {
      const input = box(name, value);
      input.scrollIntoView({ block: 'nearest' });
      await window.bench.settle();
      times.push(await window.bench.timed(tool, () => input.click()));
    }
  }
  return times;
}

/** A new search word (the whole word at once, as pasted or as the last keystroke) → results painted. */
async function timeSearchWords({ tool, words }) {
  const input = document.querySelector(tool === 'viewer' ? 'input#search' : 'input.pagefind-ui__search-input');
  input.scrollIntoView({ block: 'nearest' });
  input.focus();
  const times = [];
  for (const word of words) {
    times.push(
      await window.bench.timed(tool, () => {
        input.value = word;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: word.slice(-1) }));
      }),
    );
  }
  return times;
}

// ---------------------------------------------------------------------------------------------
// Driving the browser

/** Every request of a context (page, workers, service worker) with when it finished (browser's epoch ms). */
function recordRequests(context) {
  const finished = [];
  context.on('requestfinished', (request) => {
    const timing = request.timing();
    finished.push({ url: request.url(), end: timing.startTime + timing.responseEnd, fromServiceWorker: Boolean(request.serviceWorker()) });
  });
  return finished;
}

// What scripts/static-host.mjs compresses (it sends the others as they are: Pagefind's index
// files are gzip already).
const COMPRESSIBLE = /\.(html|js|css|wasm|svg|webmanifest|bin)$/;
const fileSizes = new Map();
/**
 * The bytes the host sends for an address of a served folder (Chromium does not tell the body
 * size of worker scripts), and brotli 11 of the file, whatever the host sends.
 */
function sizesOfFile(root, prefix, url) {
  const path = decodeURIComponent(new URL(url).pathname);
  const relative = path.slice(prefix.length) || 'index.html';
  const file = join(root, relative.endsWith('/') ? `${relative}index.html` : relative);
  if (!fileSizes.has(file)) {
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    const compressed = brotliSize(bytes);
    fileSizes.set(file, { sent: COMPRESSIBLE.test(file) ? compressed : bytes.length, brotli: compressed });
  }
  return fileSizes.get(file);
}

async function firstVisit(browser, tool, url, served) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.addInitScript(watchFirstAnswer, tool);
  // The warm-up visit waits for the host to brotli-compress a report's large files (tens of seconds).
  await page.goto(url, { timeout: 300_000 });
  const answer = await page.evaluate(() => window.answered);
  const shown =
    tool === 'viewer'
      ? await page.locator('#app:not(.prerendered) .status').first().textContent()
      : await page.locator('.pagefind-ui__message').first().textContent();
  // Let in-flight requests report, then keep each address finished by the answer once.
  await page.waitForTimeout(1000);
  const before = new Map();
  for (const r of requests) {
    const path = new URL(r.url).pathname;
    if (r.end <= answer.epoch + 1 && !before.has(path)) before.set(path, { path, serviceWorker: r.fromServiceWorker, ...sizesOfFile(served.root, served.prefix, r.url) });
  }
  const files = [...before.values()];
  return { context, page, answer, shown: shown.trim(), files, sent: files.reduce((s, f) => s + f.sent, 0), brotli: files.reduce((s, f) => s + f.brotli, 0) };
}

/** `LOADS` first visits to `url` (after one not counted); the last one's page is left open. */
async function firstVisits(browser, tool, url, served) {
  // One visit first, not counted: the host compresses each file when first asked for it.
  await (await firstVisit(browser, tool, url, served)).context.close();
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const visit = await firstVisit(browser, tool, url, served);
    loads.push(visit);
    if (i < LOADS - 1) await visit.context.close();
  }
  return loads;
}

const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** What first visits measured: the answer shown, its time and the bytes fetched by then. */
const firstVisitFigures = (loads) => ({
  shown: loads.map((l) => l.shown),
  firstAnswer: summary(loads.map((l) => l.answer.painted)),
  bytesSent: { median: mid(loads.map((l) => l.sent)), all: loads.map((l) => l.sent) },
  bytesBrotli: { median: mid(loads.map((l) => l.brotli)), all: loads.map((l) => l.brotli) },
  files: loads.at(-1).files,
});

async function measureTool(browser, tool, url, served, question) {
  const loads = await firstVisits(browser, tool, url, served);
  // Later changes, in the last page opened, once idle (the viewer: its service worker installed).
  const { page, context } = loads.at(-1);
  if (tool === 'viewer') await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1500);
  await page.evaluate(installHarness, { pauseMs: PAUSE_MS, timeoutMs: TIMEOUT_MS });
  const filterClicks = summary(
    await page.evaluate(timeFilterClicks, { tool, cycles: CYCLES, theme: tool === 'viewer' ? question.theme : question.themeName, speaker: tool === 'viewer' ? question.speaker : question.speakerName }),
  );
  const searchWords = summary(await page.evaluate(timeSearchWords, { tool, words: question.later }));
  await context.close();
  return { tool, url, ...firstVisitFigures(loads), filterClicks, searchWords };
}

/** The viewer's first visits to the question without its search word (theme and speaker alone). */
async function measureFiltersOnly(browser, url, served) {
  const loads = await firstVisits(browser, 'viewer', url, served);
  await loads.at(-1).context.close();
  return { url, ...firstVisitFigures(loads) };
}

// ---------------------------------------------------------------------------------------------

async function measureShape(browser, work, shape) {
  progress(`${shape}: generating ${FINDINGS} findings`);
  const markdown = synthetic(['--shape', shape, FINDINGS]);
  const corpus = readReport(markdown);
  const names = new Set(corpus.speakers.values());
  if (names.size !== corpus.speakers.size) for (const [id, name] of corpus.speakers) corpus.speakers.set(id, `${name} (${id})`);
  const question = chooseQuestion(corpus);
  question.themeName = corpus.themes.get(question.theme);
  question.speakerName = corpus.speakers.get(question.speaker);

  const reports = join(work, `reports-${shape}`);
  const dist = join(work, `dist-${shape}`);
  mkdirSync(reports);
  writeFileSync(join(reports, 'synthetic.md'), markdown);
  progress(`${shape}: building the viewer's release site`);
  let started = performance.now();
  buildSite(reports, dist);
  const viewerBuildSeconds = Math.round((performance.now() - started) / 100) / 10;
  progress(`${shape}: writing ${corpus.findings.length} pages and indexing them with Pagefind`);
  const pagefind = buildPagefindSite(corpus, join(work, `pagefind-${shape}`));

  const viewerHost = await serveStatic(dist, 'viewer', { precompress: true });
  const pagefindHost = await serveStatic(pagefind.dir, 'pagefind', { precompress: true });
  try {
    const ask = (base, theme, speaker) => `${base}?${new URLSearchParams([['q', question.word], ['theme', theme], ['speaker', speaker]])}`;
    progress(`${shape}: measuring the viewer at ${viewerHost.url}`);
    const viewer = await measureTool(browser, 'viewer', ask(viewerHost.url, question.theme, question.speaker), { root: dist, prefix: '/viewer/' }, question);
    progress(`${shape}: measuring the viewer without the search word`);
    const filtersOnly = await measureFiltersOnly(
      browser,
      `${viewerHost.url}?${new URLSearchParams([['theme', question.theme], ['speaker', question.speaker]])}`,
      { root: dist, prefix: '/viewer/' },
    );
    progress(`${shape}: measuring Pagefind at ${pagefindHost.url}`);
    const pf = await measureTool(browser, 'pagefind', ask(pagefindHost.url, question.themeName, question.speakerName), { root: pagefind.dir, prefix: '/pagefind/' }, question);
    return { shape, corpus: corpusShape(corpus, markdown), question, viewerBuildSeconds, pagefind: { version: pagefind.version, indexSeconds: pagefind.indexSeconds, indexLog: pagefind.indexLog }, viewer, filtersOnly, pagefindUi: pf };
  } finally {
    await viewerHost.close();
    await pagefindHost.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

const number = (n) => Math.round(n).toLocaleString('en-GB');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

function table(result) {
  const v = result.viewer;
  const f = result.filtersOnly;
  const p = result.pagefindUi;
  const rows = [
    ['bytes before the first filtered results, as sent (median)', number(v.bytesSent.median), number(p.bytesSent.median), ratio(v.bytesSent.median, p.bytesSent.median)],
    ['… brotli 11 of each file fetched (median)', number(v.bytesBrotli.median), number(p.bytesBrotli.median), ratio(v.bytesBrotli.median, p.bytesBrotli.median)],
    ['… files fetched', String(v.files.length), String(p.files.length), ''],
    ['navigation → first answer painted (ms, median of ' + LOADS + ')', number(v.firstAnswer.median), number(p.firstAnswer.median), ratio(v.firstAnswer.median, p.firstAnswer.median)],
    ['filter click → results painted (ms, median / p95)', `${v.filterClicks.median} / ${v.filterClicks.p95}`, `${p.filterClicks.median} / ${p.filterClicks.p95}`, `${ratio(v.filterClicks.median, p.filterClicks.median)} / ${ratio(v.filterClicks.p95, p.filterClicks.p95)}`],
    ['new search word → results painted (ms, median / p95)', `${v.searchWords.median} / ${v.searchWords.p95}`, `${p.searchWords.median} / ${p.searchWords.p95}`, `${ratio(v.searchWords.median, p.searchWords.median)} / ${ratio(v.searchWords.p95, p.searchWords.p95)}`],
    ['first answer shown', v.shown[0], p.shown[0], ''],
    // The viewer alone, against Pagefind's answer to the whole question above.
    ['the question without its search word: bytes, brotli 11 (median)', number(f.bytesBrotli.median), '', ratio(f.bytesBrotli.median, p.bytesBrotli.median)],
    ['… files fetched', String(f.files.length), '', ''],
    ['… navigation → first answer painted (ms, median of ' + LOADS + ')', number(f.firstAnswer.median), '', ratio(f.firstAnswer.median, p.firstAnswer.median)],
    ['… first answer shown', f.shown[0], '', ''],
  ];
  const head = [`${result.shape} shape, ${number(result.corpus.findings)} findings`, 'this viewer', `Pagefind ${result.pagefind.version.replace(/^pagefind /, '')} default UI`, 'viewer / Pagefind'];
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function notes(result, chromium) {
  const c = result.corpus;
  const q = result.question;
  const timedOut = result.pagefindUi.filterClicks.timedOut + result.pagefindUi.searchWords.timedOut;
  return [
    `Corpus: ${number(c.findings)} findings (${number(c.bytes)} bytes of Markdown), ${c.themes} themes, ${c.speakers} speakers (${c.speakersWithFindings} with findings; the top three have ${c.topSpeakers.join(', ')}), summaries of ${c.summaryWords.min}–${c.summaryWords.max} words (median ${c.summaryWords.median}), passages of ${c.passageWords.min}–${c.passageWords.max} (median ${c.passageWords.median}), ${number(c.vocabulary)} different words.`,
    `Question: search "${q.word}", theme ${q.theme}, speaker ${q.speaker} (${q.chosenFindings} findings have both); the same in both tools' addresses. Later: ${CYCLES * 4} filter clicks (theme off, on, speaker off, on) and ${q.later.length} search words, ${PAUSE_MS} ms apart.`,
    `Builds: the viewer's release site ${result.viewerBuildSeconds} s (Trunk, wasm already compiled); Pagefind's index ${result.pagefind.indexSeconds} s.`,
    `Headless Chromium ${chromium} on ${cpus().length} cores, viewport ${VIEWPORT.width}×${VIEWPORT.height}, no throttling; both served from 127.0.0.1 by scripts/static-host.mjs (brotli 11). First visits: fresh contexts, median of ${LOADS}.`,
    timedOut ? `Pagefind changes that showed no new answer within ${TIMEOUT_MS / 1000} s (left out of its figures): ${timedOut}.` : `Every Pagefind change showed its new answer (none timed out).`,
  ]
    .map((line) => `- ${line}`)
    .join('\n');
}

async function main() {
  if (!existsSync(PAGEFIND)) throw new Error('Pagefind is missing: run scripts/ensure-tools --pagefind');
  const work = mkdtempSync(join(tmpdir(), 'report-viewer-bench-pagefind-'));
  const browser = await launchBrowser();
  try {
    const results = [];
    for (const shape of SHAPES) results.push(await measureShape(browser, work, shape));
    const report = { date: new Date().toISOString(), chromium: browser.version(), cores: cpus().length, loads: LOADS, pauseMs: PAUSE_MS, results };
    mkdirSync(join(ROOT, 'target'), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
    for (const result of results) console.log(`${table(result)}\n\n${notes(result, report.chromium)}\n`);
    console.log(`All figures, files and samples: ${OUTPUT}`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
