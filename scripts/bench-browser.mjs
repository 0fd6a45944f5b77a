// Browser benchmark of the release build in headless Debian Chromium, on fictional synthetic
// reports of 1,000 and 10,000 findings: the realistic shape (300 speakers of very unequal shares,
// 12 themes, long texts from a large vocabulary), or with BENCH_SHAPE=even the even one (200
// speakers, 20 themes, short texts). For each size it
// builds the site into its own folder, serves it with Python's http.server under /viewer/, and
// measures:
//
// - start-up to interactive: navigation start → the first finding card and the theme and speaker
//   checkboxes are in the DOM and painted; the median of several loads, each in a fresh browser
//   context (empty HTTP cache, no service worker: a first visit);
// - a filter click → the next painted frame, over toggles of theme and speaker checkboxes in
//   sight, with the list of speakers folded (as the page opens) and unfolded;
// - a search keystroke → the next painted frame, typing words character by character, and the
//   CPU time Chromium's page and browser main threads spend per keystroke (from /proc);
// - the bytes of report data each finding adds (see `measureData`).
//
// It is a benchmark, not a test: it asserts nothing about times. It prints a Markdown table with
// the targets (at 10,000 findings: p95 < 16 ms per click and per keystroke, start-up < 1 s) and
// writes every figure and sample to target/bench-browser.json.
//
//   node scripts/bench-browser.mjs                   (inputs 60 ms apart)
//   BENCH_PAUSE_MS=0 node scripts/bench-browser.mjs  (inputs one frame apart)
//   BENCH_SHAPE=even node scripts/bench-browser.mjs  (the even corpus)
//
// Needs what `scripts/ensure-tools --tests` installs. Takes a few minutes: three release builds.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, launchBrowser, ROOT, serveDist, synthetic } from '../tests/e2e/support.mjs';
import { brotliSize, siteFiles } from './first-visit.mjs';
import { progress, summary } from './bench-stats.mjs';

const SIZES = [1000, 10000];
const SHAPE = process.env.BENCH_SHAPE ?? 'realistic';
const [SPEAKERS, THEMES] = SHAPE === 'even' ? [200, 20] : [300, 12];
const LOADS = 7;
const TOGGLES = 60;
const VIEW_ROUNDS = 8; // switches to each view
// The page's script per click (see `measureScript`): clicks this far apart, its work counted
// until this long after its frame.
const SCRIPT_GAP_MS = 250;
const SCRIPT_AFTER_MS = 200;
// Between one timed input and the next (see installHarness); BENCH_PAUSE_MS=0 sends them a frame apart.
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 60);
// Typed one character at a time, the search cleared between them: words of the corpus (see
// `phrasesOf`; the even shape's vocabulary is English words).
const EVEN_PHRASES = ['harbour lantern', 'granite willow', 'beacon thistle', 'falcon ribbon'];
const VIEWPORT = { width: 1280, height: 900 };
// Issue 14: start-up and every p95 at 10,000 findings; an input → next paint also at 1,000.
const TARGETS = { findings: 10000, startupMs: 1000, clickP95Ms: 16, keystrokeP95Ms: 16, small: { findings: 1000, inputP95Ms: 8 } };
const OUTPUT = join(ROOT, 'target/bench-browser.json');

// ---------------------------------------------------------------------------------------------
// Building the sites, and the size of their data

/** The report's data file in a built site (the site has one report; index.html lists it). */
function reportData(dist) {
  return readFileSync(join(dist, siteFiles(dist).reports[0].file));
}

/** The bytes of what a long report ships in a file of its own (`narrative`, or its findings' words whole: `texts`), else null. */
function apartData(dist, what) {
  const file = siteFiles(dist).reports[0][what];
  return file ? readFileSync(join(dist, file)) : null;
}

/** Raw and brotli (quality 11, as scripts/size-report.mjs) sizes of some bytes. */
const sizes = (bytes) => ({ raw: bytes.length, brotli: brotliSize(bytes) });

/** Builds the release site for a synthetic report of `findings` findings; returns its folder and sizes. */
function buildSyntheticSite(work, findings) {
  const reports = join(work, `reports-${findings}`);
  const dist = join(work, `dist-${findings}`);
  mkdirSync(reports);
  const markdown = synthetic(['--shape', SHAPE, findings, SPEAKERS, THEMES]);
  writeFileSync(join(reports, 'synthetic.md'), markdown);
  const phrases = SHAPE === 'even' ? EVEN_PHRASES : phrasesOf(markdown);
  progress(`building the release site for ${findings} findings`);
  buildSite(reports, dist);
  const wasm = readdirSync(dist).find((name) => name.endsWith('_bg.wasm'));
  const [narrative, texts] = [apartData(dist, 'narrative'), apartData(dist, 'texts')];
  return {
    findings,
    dist,
    phrases,
    // The report's app, or the long-report app for a report that ships parts apart.
    app: wasm.replace(/-[0-9a-f]+_bg\.wasm$/, ''),
    wasm: sizes(readFileSync(join(dist, wasm))),
    postcard: sizes(reportData(dist)),
    narrative: narrative && sizes(narrative),
    texts: texts && sizes(texts),
  };
}

/**
 * Four phrases to type from a realistic report: the first two words of four findings' headings
 * (the 1st, 11th, 21st and 31st), lowercased, so each search finds something.
 */
function phrasesOf(markdown) {
  const findings = markdown.slice(markdown.indexOf('\n# Findings'));
  const headings = [...findings.matchAll(/^## (.+?) \{#/gm)].map((m) => m[1].toLowerCase().replace(/[^\p{L} ]/gu, ''));
  return [0, 10, 20, 30].map((i) => headings[i % headings.length].split(' ').slice(0, 2).join(' '));
}

/**
 * The bytes each finding costs: the report's data file (postcard, which holds the whole report:
 * themes, speakers, findings and, unless it ships apart, the report's text, of which each
 * finding's passage is a part) divided by the number of findings; and how much the wasm grows over a site built from a
 * one-finding report with the same speakers and themes, per added finding (nothing, now that the
 * app carries no report), when both open in the same app. Brotli figures are what a host that
 * compresses sends.
 */
function measureData(site, baseline) {
  const per = (bytes, count) => Math.round((bytes / count) * 10) / 10;
  const added = site.findings - baseline.findings;
  return {
    app: site.app,
    wasm: site.wasm,
    postcard: site.postcard,
    narrative: site.narrative,
    texts: site.texts,
    postcardPerFinding: { raw: per(site.postcard.raw, site.findings), brotli: per(site.postcard.brotli, site.findings) },
    wasmGrowthPerFinding:
      site.app === baseline.app
        ? { raw: per(site.wasm.raw - baseline.wasm.raw, added), brotli: per(site.wasm.brotli - baseline.wasm.brotli, added) }
        : null,
  };
}

// ---------------------------------------------------------------------------------------------
// In the page. These functions are serialised into the page, so they use nothing from outside.

/**
 * Runs before the page's own scripts: resolves `window.startup` once the app has mounted (it has
 * taken over the page drawn at build time, dropping `#app`'s class `prerendered`) with the first
 * finding card and the theme and speaker checkboxes in the DOM, and then once that state has
 * been painted (measured as `nextPaint` below). The app attaches the event
 * handlers as it creates the nodes, so from then on the checkboxes respond. Times are
 * performance.now(), counted from the navigation's start.
 */
function watchStartup() {
  const mounted = () =>
    document.querySelector('#app:not(.prerendered) .finding-list > li:first-child > article.finding:not(.pending)') && document.querySelector('input[name="theme"]') && document.querySelector('input[name="speaker"]');
  window.startup = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!mounted()) return;
      observer.disconnect();
      const inDom = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ inDom, painted: performance.now() })));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * Installs `window.bench`, the two ways each interaction is timed. Each first waits `pauseMs`
 * after the last input, as between a person's clicks or keystrokes (a 200-words-a-minute typist
 * leaves about 60 ms between keys): inputs one frame apart would also time the rasterising of the
 * last input's frame, which on 2 cores with software rendering competes with the main thread.
 *
 * `nextPaint(act)`: waits a random part of a frame (so inputs arrive at any point of the 60 Hz
 * frame, as a person's do), then t0 = performance.now(), `act()` (the click or the input event,
 * whose handlers run synchronously, with Leptos's effects as microtasks right after), then
 * requestAnimationFrame, whose callback runs at the start of the next frame, before its style,
 * layout and paint; a setTimeout(0) posted from it runs once that frame's rendering is done. So
 * the time is the input → the frame showing its result has been painted (on the main thread;
 * rasterising and compositing happen off it). It includes waiting for the frame: up to 16.7 ms
 * even for an input that does nothing, which `nextPaint(() => {})` measures as the floor. Each
 * time is also split in three, kept in `splits` (see `takeSplits`): the page's script (the
 * input's task and the microtasks it queues, which is where the app's handlers and effects run,
 * until a message posted just before the input is delivered), until its animation frame (from
 * then until the animation frame's callback: mostly Chromium's own style and layout of the
 * change, which its frame does before the callbacks, and at times a wait for the next 60 Hz
 * tick) and the frame after it (from that callback until it has been rendered).
 *
 * `frameWork(act)`: does `act()` at the very start of a frame, inside a requestAnimationFrame
 * callback, and times until the same setTimeout(0) after that frame's rendering: the main
 * thread's whole work for the update (handlers, effects, style, layout, paint) without the wait
 * for the frame. This is what has to fit in 16 ms for no frame to be dropped.
 */
function installHarness({ pauseMs, markGapMs }) {
  const afterPaint = (t0, done) => setTimeout(() => done(performance.now() - t0));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let marks = 0;
  let splits = [];
  window.bench = {
    async nextPaint(act) {
      await pause(pauseMs + Math.random() * 16.7);
      return new Promise((done) => {
        const t0 = performance.now();
        // Delivered as a task of its own once the input's task and its microtasks are done, or
        // after the frame when the frame comes first (then the script ended before it began).
        let scriptDone = Infinity;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (scriptDone = performance.now());
        channel.port2.postMessage(null);
        // Asked for before the input, so that its timeout comes first after the frame: the app
        // also puts work off until the frame is painted (the counts, the cards out of sight),
        // the same way, and that work is not the frame's.
        requestAnimationFrame(() => {
          const frameStart = performance.now();
          afterPaint(t0, (total) => {
            const script = Math.min(scriptDone, frameStart) - t0;
            splits.push({ script, wait: frameStart - t0 - script, frame: total - (frameStart - t0) });
            done(total);
          });
        });
        act();
      });
    },
    /** The splits of the `nextPaint` times since the last call, as three series. */
    takeSplits() {
      const taken = splits;
      splits = [];
      return Object.fromEntries(['script', 'wait', 'frame'].map((part) => [part, taken.map((split) => split[part])]));
    },
    async frameWork(act) {
      await pause(pauseMs);
      return new Promise((done) =>
        requestAnimationFrame(() => {
          const t0 = performance.now();
          act();
          afterPaint(t0, done);
        }),
      );
    },
    /**
     * For a trace (see `measureScript`): waits `markGapMs`, then marks `click-N` in it, does
     * `act()`, and marks `painted-N` at the setTimeout after the frame that shows it.
     */
    async marked(act) {
      await pause(markGapMs);
      const n = marks++;
      return new Promise((done) => {
        performance.mark(`click-${n}`);
        requestAnimationFrame(() => setTimeout(() => done(performance.mark(`painted-${n}`))));
        act();
      });
    },
    /** Waits until whatever was just done has been painted, without timing it. */
    settle: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
    /**
     * Clicks `count` of the filter checkboxes a reader can see: each cycle a theme and a speaker
     * on, then both off again, each box scrolled into view first (untimed). `click(box)` clicks
     * it and gives what to keep of it.
     */
    async toggle(count, click) {
      const themes = [...document.querySelectorAll('.filters input[name="theme"]')];
      const speakers = [...document.querySelectorAll('.filters input[name="speaker"]')].filter((box) => box.checkVisibility());
      const kept = [];
      for (let cycle = 0; kept.length < count; cycle++) {
        const theme = themes[cycle % themes.length];
        const speaker = speakers[(cycle * 37) % speakers.length];
        for (const box of [theme, speaker, theme, speaker]) {
          box.scrollIntoView({ block: 'nearest' });
          await window.bench.settle();
          kept.push(await click(box));
        }
      }
      return kept;
    },
  };
}

/**
 * Times `toggles` clicks on the filter checkboxes a reader can see (see `window.bench.toggle`). A
 * long list of speakers is folded after its first few; `unfolded` first shows all of them, as its
 * button does.
 */
async function timeToggles({ mode, toggles, unfolded }) {
  const fold = document.querySelector('[data-fold]');
  if (fold && unfolded !== (fold.getAttribute('aria-expanded') === 'true')) {
    fold.click();
    await window.bench.settle();
  }
  return window.bench.toggle(toggles, (box) => window.bench[mode](() => box.click()));
}

/**
 * Times each keystroke of `phrases` typed into the search box, clearing it between phrases. A
 * keystroke is the value growing by one character and the `input` event the app listens to
 * (src/components/search_box.rs), as the browser fires it.
 */
async function timeKeystrokes({ mode, phrases }) {
  const input = document.querySelector('input#search');
  const type = (value) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
  };
  input.focus();
  const times = [];
  for (const phrase of phrases) {
    for (let end = 1; end <= phrase.length; end++) times.push(await window.bench[mode](() => type(phrase.slice(0, end))));
    type('');
    await window.bench.settle();
  }
  return times;
}

/**
 * Times `rounds` switches to each view by its tab (Findings, Overview, Speakers, Report), each
 * "→ next paint". The report's text, which a long report ships apart, is fetched first, untimed.
 */
async function timeViews({ rounds }) {
  const tab = (view) => document.getElementById(`tab-${view}`);
  tab('report').click();
  while (!document.querySelector('.narrative-text #context-0')) await new Promise((resolve) => setTimeout(resolve, 50));
  const times = { findings: [], overview: [], speakers: [], report: [] };
  for (let round = 0; round < rounds; round++) {
    for (const view of Object.keys(times)) {
      times[view].push(await window.bench.nextPaint(() => tab(view).click()));
      await window.bench.settle();
    }
  }
  return times;
}

/**
 * The browser alone: what a click shows, painted without the app. First `toggles` clicks as
 * `timeToggles` makes them (speakers folded), each keeping the markup of the cards the app draws
 * in the click's own frame (the rest it draws after); then each of those markups put in the list
 * in turn, "→ next paint", with none of the app's script: a click's least cost on this machine,
 * which the app's own script adds to. The list is put back as it was after.
 */
async function timeCardsAlone({ toggles }) {
  const list = document.querySelector('.finding-list');
  const markups = await window.bench.toggle(toggles, async (box) => {
    const drawnAtOnce = await new Promise((done) => {
      requestAnimationFrame(() => done(list.children.length));
      box.click();
    });
    // The cards' words come once the frame is painted (a long report's ship apart).
    await new Promise((resolve) => setTimeout(resolve, 300));
    return [...list.children].slice(0, drawnAtOnce).map((item) => item.outerHTML).join('');
  });
  const before = list.innerHTML;
  const times = [];
  for (const markup of markups) {
    times.push(await window.bench.nextPaint(() => (list.innerHTML = markup)));
    await window.bench.settle();
  }
  list.innerHTML = before;
  window.bench.takeSplits();
  return times;
}

/** The frame-alignment floor: `nextPaint` with no input at all. */
async function timeNothing({ count }) {
  const times = [];
  for (let i = 0; i < count; i++) times.push(await window.bench.nextPaint(() => {}));
  return times;
}

// ---------------------------------------------------------------------------------------------
// Driving the browser

async function openApp(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(watchStartup);
  await page.goto(url);
  await page.locator('#app:not(.prerendered) .finding-list > li:first-child > article.finding:not(.pending)').first().waitFor({ timeout: 60_000 });
  return { context, page };
}

/** Start-up over LOADS first visits, each in a fresh context. */
async function measureStartup(browser, url) {
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await openApp(browser, url);
    const times = await page.evaluate(() => window.startup);
    const wasmFetched = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd);
    loads.push({ ...times, wasmFetched });
    await context.close();
  }
  return {
    loads: LOADS,
    painted: summary(loads.map((l) => l.painted)),
    inDom: summary(loads.map((l) => l.inDom)),
    wasmFetched: summary(loads.map((l) => l.wasmFetched)),
  };
}

/**
 * CPU time (ms, from /proc: Linux) used so far by the main threads of Chromium's renderer
 * processes (the pages') and of its browser process, which handles, among much else, each
 * history step a page makes; on 2 cores both compete with the frame of the next input.
 */
function mainThreadsCpu() {
  const used = { page: 0, browser: 0 };
  const read = (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return ''; // a process or thread that has just ended
    }
  };
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (read(`/proc/${pid}/comm`).trim() !== 'chromium') continue;
    const type = /--type=([\w-]+)/.exec(read(`/proc/${pid}/cmdline`))?.[1] ?? 'browser';
    const stat = read(`/proc/${pid}/task/${pid}/stat`).split(') ')[1]?.split(' ');
    if (!stat || !['renderer', 'browser'].includes(type)) continue;
    // utime and stime, in clock ticks of 10 ms.
    used[type === 'renderer' ? 'page' : 'browser'] += (Number(stat[11]) + Number(stat[12])) * 10;
  }
  return used;
}

/** What Chromium's trace calls the page's script: handlers, timers, animation frames, microtasks. */
const SCRIPT_EVENTS = new Set(['EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FunctionCall', 'RunMicrotasks']);

/** How long, between `from` and `to` (µs), at least one of `spans` ([start, end] µs) ran. */
function timeCovered(spans, from, to) {
  const clipped = spans.map(([start, end]) => [Math.max(start, from), Math.min(end, to)]).filter(([start, end]) => end > start);
  clipped.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = -Infinity;
  for (const [start, end] of clipped) {
    if (end <= reached) continue;
    covered += end - Math.max(start, reached);
    reached = end;
  }
  return covered / 1000;
}

/**
 * The page's own script per filter click, from Chromium's trace (whose recording slows
 * everything a little): the main thread's time in the page's handlers, timers, animation-frame
 * callbacks and microtasks (with the parsing and layout they cause), from the click to the
 * frame that shows it, and in the SCRIPT_AFTER_MS after that frame (the counts, the cards out
 * of sight, the address bar): what stands between the main thread and a reader's next input.
 */
async function measureScript(page, toggles) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await page.evaluate(timeToggles, { mode: 'marked', toggles, unfolded: true });
  await cdp.send('Tracing.end');
  await finished;
  await cdp.detach();
  const marks = new Map(events.filter((e) => /^(click|painted)-\d+$/.test(e.name)).map((e) => [e.name, e]));
  const mainThread = marks.get('click-0').tid;
  const spans = events.filter((e) => e.tid === mainThread && e.ph === 'X' && SCRIPT_EVENTS.has(e.name)).map((e) => [e.ts, e.ts + e.dur]);
  const inFrame = [];
  const after = [];
  for (let n = 0; n < toggles; n++) {
    const [click, painted] = [marks.get(`click-${n}`)?.ts, marks.get(`painted-${n}`)?.ts];
    if (click === undefined || painted === undefined) continue;
    inFrame.push(timeCovered(spans, click, painted));
    after.push(timeCovered(spans, painted, painted + SCRIPT_AFTER_MS * 1000));
  }
  return { inFrame: summary(inFrame), after: summary(after) };
}

/**
 * Clicks, keystrokes and the floor, each way, in one page opened afresh, once its service worker
 * has installed (precaching every file), so that no start-up work overlaps the measures.
 */
async function measureInteractions(browser, url, phrases) {
  const { context, page } = await openApp(browser, url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // A long report's findings' words ship apart (a search fetches the word list and the shards it
  // names, each once): they are fetched whole first, untimed, so that every keystroke is answered
  // from what is in hand, as in a short report (a word with a hyphen is looked for in every
  // finding's text). bench-pagefind.mjs times new search words that fetch their shards.
  await page.locator('input#search').fill('x-x');
  await page.waitForFunction(() => !/Loading/.test(document.querySelector('#app .status')?.textContent ?? 'Loading'), null, { timeout: 60_000 });
  await page.locator('input#search').fill(phrases[0]);
  await page.locator('.finding-list mark.hit').first().waitFor({ timeout: 60_000 });
  await page.locator('input#search').fill('');
  await page.locator('.finding-list mark.hit').first().waitFor({ state: 'detached', timeout: 60_000 });
  await page.evaluate(installHarness, { pauseMs: PAUSE_MS, markGapMs: SCRIPT_GAP_MS });
  const result = {
    floor: summary(await page.evaluate(timeNothing, { count: TOGGLES })),
    click: {},
    clickUnfolded: {},
    keystroke: {},
  };
  const splitsOf = async () => Object.fromEntries(Object.entries(await page.evaluate(() => window.bench.takeSplits())).map(([part, times]) => [part, summary(times)]));
  await splitsOf();
  for (const mode of ['nextPaint', 'frameWork']) {
    result.click[mode] = summary(await page.evaluate(timeToggles, { mode, toggles: TOGGLES, unfolded: false }));
    if (mode === 'nextPaint') result.click.splits = await splitsOf();
    const cpuBefore = mainThreadsCpu();
    const keystrokes = await page.evaluate(timeKeystrokes, { mode, phrases });
    result.keystroke[mode] = summary(keystrokes);
    if (mode === 'nextPaint') {
      const cpuAfter = mainThreadsCpu();
      const per = (thread) => Math.round(((cpuAfter[thread] - cpuBefore[thread]) / keystrokes.length) * 10) / 10;
      result.keystroke.cpu = { page: per('page'), browser: per('browser') };
      result.keystroke.splits = await splitsOf();
    }
  }
  result.cardsAlone = summary(await page.evaluate(timeCardsAlone, { toggles: TOGGLES }));
  result.clickUnfolded.frameWork = summary(await page.evaluate(timeToggles, { mode: 'frameWork', toggles: TOGGLES, unfolded: true }));
  result.clickScript = await measureScript(page, TOGGLES);
  const views = await page.evaluate(timeViews, { rounds: VIEW_ROUNDS });
  result.views = Object.fromEntries(Object.entries(views).map(([view, times]) => [view, summary(times)]));
  await context.close();
  return result;
}

async function measureSite(browser, site, baseline) {
  const server = await serveDist('viewer', site.dist);
  try {
    progress(`measuring ${site.findings} findings at ${server.url}`);
    return {
      findings: site.findings,
      speakers: SPEAKERS,
      themes: THEMES,
      startup: await measureStartup(browser, server.url),
      phrases: site.phrases,
      ...(await measureInteractions(browser, server.url, site.phrases)),
      data: measureData(site, baseline),
    };
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

const number = (n) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const ms = (s) => `${s.median} / ${s.p95}`;
const splits = (parts) => `${ms(parts.script)}; ${ms(parts.wait)}; ${ms(parts.frame)}`;
const verdict = (value, limit) => (value < limit ? 'met' : 'not met');

function table(results) {
  const big = results.find((r) => r.findings === TARGETS.findings);
  const small = results.find((r) => r.findings === TARGETS.small.findings);
  // The verdict on an input's p95 → next paint at 10,000 findings, and at 1,000 too.
  const paintVerdict = (input, limit) =>
    `p95 < ${limit}: ${verdict(big[input].nextPaint.p95, limit)}; at ${number(TARGETS.small.findings)} < ${TARGETS.small.inputP95Ms}: ${verdict(small[input].nextPaint.p95, TARGETS.small.inputP95Ms)}`;
  const rows = [
    ['start-up to interactive, painted (ms, median)', (r) => number(r.startup.painted.median), `< ${number(TARGETS.startupMs)}: ${verdict(big.startup.painted.median, TARGETS.startupMs)}`],
    ['… of which the wasm downloaded (ms, median)', (r) => number(r.startup.wasmFetched.median), ''],
    ['filter click → next paint (ms, median / p95)', (r) => ms(r.click.nextPaint), paintVerdict('click', TARGETS.clickP95Ms)],
    ['… its page\'s script / until its animation frame / the frame after it (ms, median / p95)', (r) => splits(r.click.splits), ''],
    ['… the cards it shows at once, put in the list with none of the app\'s script → next paint (ms, median / p95)', (r) => ms(r.cardsAlone), ''],
    ['filter click, work in its frame (ms, median / p95)', (r) => ms(r.click.frameWork), `p95 < ${TARGETS.clickP95Ms}: ${verdict(big.click.frameWork.p95, TARGETS.clickP95Ms)}`],
    [`… with all ${SPEAKERS} speakers shown, work in its frame (ms, median / p95)`, (r) => ms(r.clickUnfolded.frameWork), `p95 < ${TARGETS.clickP95Ms}: ${verdict(big.clickUnfolded.frameWork.p95, TARGETS.clickP95Ms)}`],
    [`filter click, the page's script until its frame / in the ${SCRIPT_AFTER_MS} ms after (ms, median)`, (r) => `${r.clickScript.inFrame.median} / ${r.clickScript.after.median}`, ''],
    ['keystroke → next paint (ms, median / p95)', (r) => ms(r.keystroke.nextPaint), paintVerdict('keystroke', TARGETS.keystrokeP95Ms)],
    ['… its page\'s script / until its animation frame / the frame after it (ms, median / p95)', (r) => splits(r.keystroke.splits), ''],
    ['… CPU per keystroke, the page\'s main thread / the browser\'s (ms, mean)', (r) => `${r.keystroke.cpu.page} / ${r.keystroke.cpu.browser}`, ''],
    ['keystroke, work in its frame (ms, median / p95)', (r) => ms(r.keystroke.frameWork), `p95 < ${TARGETS.keystrokeP95Ms}: ${verdict(big.keystroke.frameWork.p95, TARGETS.keystrokeP95Ms)}`],
    ['no input → next paint, the floor (ms, median / p95)', (r) => ms(r.floor), ''],
    ...['findings', 'overview', 'speakers', 'report'].map((view) => [`the ${view} tab → next paint (ms, median / p95)`, (r) => ms(r.views[view]), '']),
    ['wasm, raw / brotli (bytes)', (r) => `${r.data.app}: ${number(r.data.wasm.raw)} / ${number(r.data.wasm.brotli)}`, ''],
    ['report data file (postcard), raw / brotli (bytes)', (r) => `${number(r.data.postcard.raw)} / ${number(r.data.postcard.brotli)}`, ''],
    ['… its narrative, in a file of its own (fetched when shown), raw / brotli (bytes)', (r) => (r.data.narrative ? `${number(r.data.narrative.raw)} / ${number(r.data.narrative.brotli)}` : 'in the report\'s file'), ''],
    ['… its findings\' words whole, in a file of its own (fetched for an export or a view of every finding; a search fetches the word list and its shards), raw / brotli (bytes)', (r) => (r.data.texts ? `${number(r.data.texts.raw)} / ${number(r.data.texts.brotli)}` : 'in the report\'s file'), ''],
    ['postcard per finding, raw / brotli (bytes)', (r) => `${r.data.postcardPerFinding.raw} / ${r.data.postcardPerFinding.brotli}`, ''],
    ['wasm growth per finding, raw / brotli (bytes)', (r) => (r.data.wasmGrowthPerFinding ? `${r.data.wasmGrowthPerFinding.raw} / ${r.data.wasmGrowthPerFinding.brotli}` : `another app than a 1-finding report's`), ''],
  ];
  const head = ['measure', ...results.map((r) => `${number(r.findings)} findings`), `target (at ${number(TARGETS.findings)} findings unless said)`];
  return [head, head.map(() => '---'), ...rows.map(([name, cell, target]) => [name, ...results.map(cell), target])]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

function notes(results, chromium) {
  const r = results[0];
  return [
    `Headless Chromium ${chromium} on ${cpus().length} cores, viewport ${VIEWPORT.width}×${VIEWPORT.height}, no CPU or network throttling; the ${SHAPE} corpus: ${SPEAKERS} speakers, ${THEMES} themes.`,
    `Start-up: median of ${LOADS} loads, each in a fresh browser context (empty HTTP cache, no service worker: first visits), from http.server on 127.0.0.1, uncompressed.`,
    `Each of the two measures below: ${r.click.nextPaint.n} clicks, ${PAUSE_MS ? `${PAUSE_MS} ms apart (keystrokes too: a fast typist's pace)` : 'one frame apart (keystrokes too)'}, toggling theme and speaker checkboxes, each scrolled into view (the speakers folded to their first 12, as the page opens, or all shown), and ${r.keystroke.nextPaint.n} keystrokes (at 10,000: ${results.at(-1).phrases.map((p) => `"${p}"`).join(', ')}).`,
    '"→ next paint": input at a random point of a frame → rAF → setTimeout(0), so it includes any wait for the next frame (see "the floor": headless Chromium starts a frame at once when the page has been idle, as it has after a pause, and waits for the next 60 Hz tick when inputs come back to back, and for some inputs after a pause too).',
    '"… its page\'s script / until its animation frame / the frame after it": each "→ next paint" split in three: the input\'s task and the microtasks it queues (the app\'s handlers and effects), then until the frame\'s rAF callback (mostly Chromium\'s own style and layout of the change, which its frame does before the callbacks; at times a wait for the next 60 Hz tick), and that frame\'s rendering after the callback until setTimeout(0); each part\'s own median and p95.',
    '"… the cards it shows at once": the browser alone, painting what a click shows: the markup of the cards the app drew in each click\'s own frame, kept, then put in the list with innerHTML, "→ next paint" as above, with none of the app\'s script. It is the least a click takes on this machine, before the app\'s own work.',
    '"CPU per keystroke": the CPU time of the main threads of Chromium\'s renderer processes and of its browser process (which handles each history step a page makes) over the "→ next paint" keystrokes with their pauses, from /proc, divided by the keystrokes.',
    '"work in its frame": input at the start of a frame (in a rAF callback) → setTimeout(0) after that frame is painted: handlers, effects, style, layout, paint.',
    `The page's script: ${r.clickScript.inFrame.n} clicks as above, all speakers shown, ${SCRIPT_GAP_MS} ms apart, traced (devtools.timeline): the main thread's time in the page's handlers, timers, animation frames and microtasks, with the parsing and layout they cause.`,
    `Tabs: ${VIEW_ROUNDS} switches to each view in turn, each "→ next paint", once the report's text (which a long report ships apart) has been fetched.`,
    'Postcard per finding: the report\'s data file (its narrative included when it does not ship apart) / findings; wasm growth: (wasm − wasm of a 1-finding report) / (findings − 1).',
  ]
    .map((line) => `- ${line}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'report-viewer-bench-'));
  const browser = await launchBrowser();
  try {
    const baseline = buildSyntheticSite(work, 1);
    const results = [];
    for (const findings of SIZES) results.push(await measureSite(browser, buildSyntheticSite(work, findings), baseline));
    const report = { date: new Date().toISOString(), chromium: browser.version(), cores: cpus().length, shape: SHAPE, pauseMs: PAUSE_MS, targets: TARGETS, results };
    mkdirSync(join(ROOT, 'target'), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`${table(results)}\n\n${notes(results, report.chromium)}\n\nAll figures and samples: ${OUTPUT}`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
