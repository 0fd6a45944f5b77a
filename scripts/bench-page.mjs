// What the browser benchmarks (bench-browser, bench-ab) do in the page: open the app, wait until
// it is ready to be timed, and time clicks, keystrokes and view switches in it.

import { synthetic } from '../tests/e2e/support.mjs';

export const VIEWPORT = { width: 1280, height: 900 };

/** The synthetic corpora the benchmarks build: the realistic shape, or the old even one. */
export const SHAPES = { realistic: { speakers: 300, themes: 12 }, even: { speakers: 200, themes: 20 } };

// The even shape's vocabulary is English words.
const EVEN_PHRASES = ['harbour lantern', 'granite willow', 'beacon thistle', 'falcon ribbon'];

/**
 * A synthetic report of `findings` findings of `shape` (see SHAPES): its Markdown, and four
 * phrases to type, each of which finds something (for the realistic shape, the first two words of
 * four findings' headings, the 1st, 11th, 21st and 31st, lowercased).
 */
export function syntheticCorpus(shape, findings) {
  const { speakers, themes } = SHAPES[shape];
  const markdown = synthetic(['--shape', shape, findings, speakers, themes]);
  if (shape === 'even') return { markdown, phrases: EVEN_PHRASES };
  const headings = [...markdown.slice(markdown.indexOf('\n# Findings')).matchAll(/^## (.+?) \{#/gm)].map((m) => m[1].toLowerCase().replace(/[^\p{L} ]/gu, ''));
  const phrases = [0, 10, 20, 30].map((i) => headings[i % headings.length].split(' ').slice(0, 2).join(' '));
  return { markdown, phrases };
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
export async function timeToggles({ mode, toggles, unfolded }) {
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
export async function timeKeystrokes({ mode, phrases }) {
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
export async function timeViews({ rounds }) {
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
export async function timeCardsAlone({ toggles }) {
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
export async function timeNothing({ count }) {
  const times = [];
  for (let i = 0; i < count; i++) times.push(await window.bench.nextPaint(() => {}));
  return times;
}

// ---------------------------------------------------------------------------------------------
// Driving the browser

export async function openApp(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(watchStartup);
  await page.goto(url);
  await page.locator('#app:not(.prerendered) .finding-list > li:first-child > article.finding:not(.pending)').first().waitFor({ timeout: 60_000 });
  return { context, page };
}

/**
 * The app at `url` in a page opened afresh, ready to be timed with `window.bench` (see
 * `installHarness`, which `harness` is given to): its service worker installed (every file
 * precached), so that no start-up work overlaps the measures, and a long report's findings' words
 * (which ship apart: a search fetches the word list and the shards it names, each once) fetched
 * whole, untimed, so that every keystroke is answered from what is in hand, as in a short report
 * (a word with a hyphen is looked for in every finding's text). bench-pagefind.mjs times new
 * search words that fetch their shards.
 */
export async function openTimed(browser, url, phrases, harness) {
  const { context, page } = await openApp(browser, url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.locator('input#search').fill('x-x');
  await page.waitForFunction(() => !/Loading/.test(document.querySelector('#app .status')?.textContent ?? 'Loading'), null, { timeout: 60_000 });
  await page.locator('input#search').fill(phrases[0]);
  await page.locator('.finding-list mark.hit').first().waitFor({ timeout: 60_000 });
  await page.locator('input#search').fill('');
  await page.locator('.finding-list mark.hit').first().waitFor({ state: 'detached', timeout: 60_000 });
  await page.evaluate(installHarness, harness);
  return { context, page };
}
