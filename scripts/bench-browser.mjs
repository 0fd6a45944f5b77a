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
import { buildSite, launchBrowser, ROOT, serveDist } from '../tests/e2e/support.mjs';
import { brotliSize, siteFiles } from './first-visit.mjs';
import { progress, summary } from './bench-stats.mjs';
import { openApp, openTimed, SHAPES, syntheticCorpus, timeCardsAlone, timeKeystrokes, timeNothing, timeToggles, timeViews, VIEWPORT } from './bench-page.mjs';

const SIZES = [1000, 10000];
const SHAPE = process.env.BENCH_SHAPE ?? 'realistic';
const { speakers: SPEAKERS, themes: THEMES } = SHAPES[SHAPE];
const LOADS = 7;
const TOGGLES = 60;
const VIEW_ROUNDS = 8; // switches to each view
// The page's script per click (see `measureScript`): clicks this far apart, its work counted
// until this long after its frame.
const SCRIPT_GAP_MS = 250;
const SCRIPT_AFTER_MS = 200;
// Between one timed input and the next (see installHarness in bench-page.mjs); BENCH_PAUSE_MS=0 sends them a frame apart.
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 60);
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
  // Typed one character at a time, the search cleared between them.
  const { markdown, phrases } = syntheticCorpus(SHAPE, findings);
  writeFileSync(join(reports, 'synthetic.md'), markdown);
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
// ---------------------------------------------------------------------------------------------
// Driving the browser

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
 * Clicks, keystrokes and the floor, each way, in one page opened afresh (see `openTimed`).
 */
async function measureInteractions(browser, url, phrases) {
  const { context, page } = await openTimed(browser, url, phrases, { pauseMs: PAUSE_MS, markGapMs: SCRIPT_GAP_MS });
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
