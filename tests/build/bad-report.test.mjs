// A report that breaks the format stops the site build with every problem, located, and leaves
// no site behind.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { buildEnv } from '../e2e/support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const INVALID = join(ROOT, 'tests/fixtures/invalid');
const LISTED_PROBLEMS = 100;

test('trunk build fails on invalid reports, lists every problem as FILE:LINE:COL, and writes no site', () => {
  const dist = mkdtempSync(join(tmpdir(), 'report-viewer-rejected-'));
  try {
    const run = spawnSync('trunk', ['build', '--release', '--dist', dist], {
      cwd: ROOT,
      env: buildEnv({ REPORT_VIEWER_REPORTS: 'tests/fixtures/invalid', NO_COLOR: 'true' }),
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    assert.notEqual(run.status, 0, 'the build fails');
    const expected = readdirSync(INVALID)
      .filter((name) => name.endsWith('.expected'))
      .flatMap((name) => readFileSync(join(INVALID, name), 'utf8').trim().split('\n'));
    assert.ok(expected.length > 20);
    // The build lists the first LISTED_PROBLEMS (crates/report/src/parse/mod.rs) and counts the rest.
    const listed = output.split('\n').filter((line) => line.startsWith('tests/fixtures/invalid/'));
    for (const line of listed) assert.ok(expected.includes(line), `an expected problem: ${line}`);
    assert.equal(listed.length, Math.min(expected.length, LISTED_PROBLEMS), 'every problem, up to the limit');
    assert.deepEqual(listed, expected.slice(0, listed.length), 'in the order of the files and their lines');
    if (expected.length > LISTED_PROBLEMS) {
      assert.ok(output.includes(`… and ${expected.length - LISTED_PROBLEMS} more problems`), 'the rest counted');
    }
    assert.equal(existsSync(join(dist, 'index.html')), false, 'no half-built site');
    assert.deepEqual(readdirSync(dist).filter((name) => !name.startsWith('.')), []);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
