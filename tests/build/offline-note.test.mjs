// The footer's words on offline use (public/offline.js), for every case: a site of one report, a
// library being saved or saved, and a metered connection offering the rest with its cost.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { ROOT } from '../e2e/support.mjs';

/** The `offline.` words of a translation file, as public/boot.js keeps them (a count's forms joined by tabs). */
function offlineWords(lang) {
  const words = {};
  for (const line of readFileSync(join(ROOT, `crates/report/locales/${lang}.txt`), 'utf8').split('\n')) {
    const [key, value] = line.split(/ = (.*)/s);
    if (!key.startsWith('offline.') || value === undefined) continue;
    const base = key.replace(/\.(one|few|many|other)$/, '');
    words[base] = base === key || words[base] === undefined ? value : `${words[base]}\t${value}`;
  }
  return words;
}

/** The script's words, from a run of it in a page with no service workers (it then does nothing else). */
function words(lang = 'en') {
  const window = { reportViewerWords: offlineWords(lang) };
  runInNewContext(readFileSync(join(ROOT, 'public/offline.js'), 'utf8'), { window, navigator: {}, document: { documentElement: { lang } } });
  return window.reportViewerOffline;
}

const { note, size } = words();
const saved = (saved, total, metered = false) => ({ saved, total, bytes: 1_234_567, metered });

test('sizes read as kilobytes or megabytes', () => {
  assert.deepEqual([0, 1, 999, 1000, 340_200, 999_999].map(size), ['0 KB', '1 KB', '1 KB', '1 KB', '341 KB', '1.0 MB']);
  assert.deepEqual([1_000_001, 1_234_567, 45_600_000].map(size), ['1.0 MB', '1.2 MB', '45.6 MB']);
});

test('a site of one report says only that it is available offline, once it is', () => {
  assert.equal(note(saved(0, 1), false), '');
  assert.equal(note(saved(1, 1, true), false), 'Available offline');
  assert.equal(note(saved(0, 0), false), '');
});

test('a library counts the reports saved, and those being saved', () => {
  assert.equal(note(saved(30, 30), false), 'Available offline: 30 of 30 reports');
  assert.equal(note(saved(12, 1030), false), 'Saving for offline: 12 of 1,030 reports');
  assert.equal(note(saved(12, 30, true), true), 'Saving for offline: 12 of 30 reports', 'the reader asked');
});

test('a metered connection offers the rest, with what it costs', () => {
  assert.equal(
    note(saved(1, 30, true), false),
    'Available offline: 1 of 30 reports <button type="button" class="link-button" data-do="save-offline">Save the other 29 for offline (1.2 MB)</button>',
  );
  assert.match(note(saved(29, 30, true), false), />Save the other one for offline \(1\.2 MB\)</);
});

test('the words follow the reader\'s language, its plurals and its numbers', () => {
  const french = words('fr');
  assert.equal(french.note(saved(12, 1030), false), 'Enregistrement pour une consultation hors ligne\u00a0: 12 rapports sur 1\u202f030');
  assert.equal(french.size(1_234_567), '1,2\u00a0Mo');
  const polish = words('pl');
  assert.equal(polish.note(saved(2, 3), false), 'Zapisywanie do użytku offline: 2 z 3 raportów');
  assert.match(polish.note(saved(1, 3, true), false), />Zapisz pozostałe 2 raporty do użytku offline \(1,2 MB\)</);
  assert.match(polish.note(saved(1, 6, true), false), />Zapisz pozostałe raporty \(5\) do użytku offline/);
});
