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
    for (const line of expected) {
      assert.ok(output.includes(line), `the build output lists: ${line}`);
    }
    assert.equal(existsSync(join(dist, 'index.html')), false, 'no half-built site');
    assert.deepEqual(readdirSync(dist).filter((name) => !name.startsWith('.')), []);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
