// An independent reading of the seed report's Markdown, so the browser tests check the app
// against the source file rather than against the app's own parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support.mjs';

const source = readFileSync(join(ROOT, 'reports/renate-brussels-2014.md'), 'utf8');

function section(name) {
  const start = source.indexOf(`\n# ${name}\n`);
  const end = source.indexOf('\n# ', start + 1);
  return source.slice(start, end === -1 ? undefined : end);
}

function entries(name) {
  return section(name)
    .split('\n## ')
    .slice(1)
    .map((chunk) => {
      const [headingLine, ...rest] = chunk.split('\n');
      const id = headingLine.match(/\{#([a-z0-9-]+)\}/)[1];
      const heading = headingLine.replace(/\s*\{#.*\}\s*$/, '');
      const field = (key) => rest.find((line) => line.startsWith(`- ${key}:`))?.slice(key.length + 3).trim();
      const body = rest.filter((line) => !line.startsWith('- '));
      const summary = body.filter((line) => line.trim() && !line.startsWith('>')).join(' ');
      const passage = body.filter((line) => line.startsWith('>')).map((line) => line.slice(2)).join('\n');
      return { id, heading, field, summary, passage };
    });
}

export const themes = entries('Themes').map(({ id, heading, field }) => ({ id, name: heading, short: field('Short') }));
export const speakers = entries('Speakers').map(({ id, heading, field }) => ({
  id,
  name: heading,
  title: field('Title'),
  role: field('Role'),
  affiliation: field('Affiliation'),
  kind: field('Kind'),
}));
export const findings = entries('Findings').map(({ id, heading, field, summary, passage }) => ({
  id,
  heading,
  summary,
  passage,
  themes: field('Themes').split(',').map((t) => t.trim()),
  speaker: field('Speaker'),
}));

/** Lowercase, accents removed, typographic quotes plain: how search compares text. */
export const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚′`]/g, "'")
    .replace(/[“”„″]/g, '"');

function searchable(finding) {
  const speaker = speakers.find((s) => s.id === finding.speaker);
  const role = [speaker.role, speaker.affiliation].filter(Boolean).join(' at ');
  const themeNames = finding.themes.flatMap((id) => {
    const theme = themes.find((t) => t.id === id);
    return [theme.name, theme.short ?? theme.name];
  });
  return fold([finding.heading, finding.summary, finding.passage, speaker.title, speaker.name, role, ...themeNames].join('\n'));
}

/** Whether `text` has `word` as a whole word. */
const hasWord = (text, word) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, 'u').test(text);

/**
 * The findings a filter shows, in the report's order: any chosen theme, and any chosen speaker,
 * and every word of the search, as typed (even inside a word) or as one of its other `forms`
 * the test names (the words with the same stem, e.g. `{ victims: ['victim'] }`), as whole words.
 */
export function expected({ themes: chosenThemes = [], speakers: chosenSpeakers = [], search = '', forms = {} } = {}) {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const matches = (text, word) => text.includes(word) || (forms[word] ?? []).some((form) => hasWord(text, form));
  return findings.filter(
    (f) =>
      (chosenThemes.length === 0 || f.themes.some((t) => chosenThemes.includes(t))) &&
      (chosenSpeakers.length === 0 || chosenSpeakers.includes(f.speaker)) &&
      words.every((word) => matches(searchable(f), word)),
  );
}
