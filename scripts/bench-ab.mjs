// Two builds of the viewer timed against each other in one run, for a change too small for two
// runs of bench-browser.mjs to tell apart (this machine's speed drifts by half over hours): both
// sites are built from the same synthetic report, then opened in turn, a fresh page each round,
// the order swapped every round, and each round times the same filter clicks and keystrokes in
// both (as bench-browser.mjs does: "→ next paint" and "work in its frame"), and counts the cards
// each click's own frame drew. It prints each side's median and p95 over all rounds.
//
//   node scripts/bench-ab.mjs A B     A and B: git revisions, or "." for the files as they are
//   node scripts/bench-ab.mjs         (HEAD against ".": what the uncommitted change does)
//
//   BENCH_FINDINGS (1000), BENCH_ROUNDS (6), BENCH_SHAPE (realistic, or even), BENCH_PAUSE_MS (60)
//
// A revision is built in a git worktree of its own, with this checkout's node_modules and a
// target folder of its own (target/bench-ab). It is a benchmark: it asserts nothing.
// Needs what `scripts/ensure-tools --tests` installs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, launchBrowser, ROOT, serveDist } from '../tests/e2e/support.mjs';
import { progress, summary } from './bench-stats.mjs';
import { openTimed, syntheticCorpus, timeKeystrokes, timeToggles } from './bench-page.mjs';

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const SHAPE = process.env.BENCH_SHAPE ?? 'realistic';
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 60);
const TOGGLES = 40; // clicks of each kind per round
const WORKING_TREE = '.';

/** Builds side `name` (a revision, or the working tree) into `work`; gives its site's folder. */
function buildSide(work, reports, name, index) {
  const dist = join(work, `dist-${index}`);
  let root = ROOT;
  if (name !== WORKING_TREE) {
    root = join(work, `tree-${index}`);
    execFileSync('git', ['worktree', 'add', '--detach', '--quiet', root, name], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  }
  progress(`building ${name}`);
  // A revision's is not built in this checkout's target/: cargo names a workspace's crates the
  // same from any folder, so a worktree's build there would pass for this checkout's. Kept
  // between runs: only the workspace's crates compile again.
  buildSite(reports, dist, { root, env: root === ROOT ? {} : { CARGO_TARGET_DIR: join(ROOT, 'target/bench-ab') } });
  return dist;
}

/**
 * In the page: `toggles` filter clicks (see `window.bench.toggle`), each "→ next paint", with
 * how many cards the list held when the click's frame began (what that frame lays out and paints).
 */
async function timeClicksAndCards({ toggles }) {
  const list = document.querySelector('.finding-list');
  return window.bench.toggle(toggles, async (box) => {
    let cards = 0;
    const time = await window.bench.nextPaint(() => {
      requestAnimationFrame(() => (cards = list.children.length));
      box.click();
    });
    return { time, cards };
  });
}

/** One round of measures in a fresh page of the site at `url`. */
async function measureRound(browser, url, phrases) {
  const { context, page } = await openTimed(browser, url, phrases, { pauseMs: PAUSE_MS, markGapMs: 0 });
  const clicks = await page.evaluate(timeClicksAndCards, { toggles: TOGGLES });
  const round = {
    click: clicks.map((click) => click.time),
    cards: clicks.map((click) => click.cards),
    clickWork: await page.evaluate(timeToggles, { mode: 'frameWork', toggles: TOGGLES, unfolded: false }),
    keystroke: await page.evaluate(timeKeystrokes, { mode: 'nextPaint', phrases }),
    keystrokeWork: await page.evaluate(timeKeystrokes, { mode: 'frameWork', phrases }),
  };
  await context.close();
  return round;
}

const MEASURES = [
  ['filter click → next paint (ms)', 'click'],
  ['filter click, work in its frame (ms)', 'clickWork'],
  ['keystroke → next paint (ms)', 'keystroke'],
  ['keystroke, work in its frame (ms)', 'keystrokeWork'],
];

function table(sides) {
  const mean = (values) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  const cell = (samples) => {
    const { median, p95 } = summary(samples);
    return `${median} / ${p95}`;
  };
  const rows = [
    ['measure (median / p95)', ...sides.map((side) => side.name)],
    ['---', ...sides.map(() => '---')],
    ...MEASURES.map(([label, key]) => [label, ...sides.map((side) => cell(side.samples[key]))]),
    ['cards in a click\'s frame (mean)', ...sides.map((side) => mean(side.samples.cards))],
  ];
  return rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main() {
  const names = process.argv.slice(2);
  if (names.length === 0) names.push('HEAD', WORKING_TREE);
  if (names.length !== 2) throw new Error('usage: node scripts/bench-ab.mjs [A B] (git revisions, or "." for the working tree)');
  const work = mkdtempSync(join(tmpdir(), 'report-viewer-ab-'));
  const reports = join(work, 'reports');
  mkdirSync(reports);
  const corpus = syntheticCorpus(SHAPE, FINDINGS);
  writeFileSync(join(reports, 'synthetic.md'), corpus.markdown);
  const phrases = corpus.phrases.slice(0, 2);
  const browser = await launchBrowser();
  const servers = [];
  try {
    const sides = [];
    for (const [index, name] of names.entries()) {
      const server = await serveDist('viewer', buildSide(work, reports, name, index));
      servers.push(server);
      sides.push({ name: name === WORKING_TREE ? 'working tree' : name, url: server.url, samples: { click: [], cards: [], clickWork: [], keystroke: [], keystrokeWork: [] } });
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? [...sides].reverse() : sides) {
        progress(`round ${round + 1} of ${ROUNDS}: ${side.name}`);
        const measured = await measureRound(browser, side.url, phrases);
        for (const [key, samples] of Object.entries(measured)) side.samples[key].push(...samples);
      }
    }
    console.log(`${FINDINGS} findings of the ${SHAPE} shape, ${ROUNDS} rounds, ${new Date().toISOString()}, Chromium ${browser.version()}:\n\n${table(sides)}`);
  } finally {
    for (const server of servers) await server.close();
    await browser.close();
    for (const [index, name] of names.entries()) {
      if (name !== WORKING_TREE) spawnSync('git', ['worktree', 'remove', '--force', join(work, `tree-${index}`)], { cwd: ROOT });
    }
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
