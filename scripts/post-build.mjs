// Trunk post_build hook, run on the staged site before it becomes dist/:
// 0. minifies the JavaScript and CSS with esbuild (Trunk's own minifier breaks boot.js); then
//    the core's `site` command reads
//    and checks the reports (stopping the build with every problem, so no half-built site is
//    left), writes each report's data and the catalogue under data/ with content-hashed names,
//    and writes into index.html the page as first drawn (readable before the app starts) and the
//    list of those files (see public/boot.js);
// 1. adds a Content-Security-Policy to index.html that allows the page's own files and, of inline
//    scripts, only the hash of the loader Trunk writes, and no other origin;
// 2. writes sw.js, listing the files of this build (content-hashed names included), each with its
//    revision (a hash of its content, as Workbox's precache manifest has), with a build id derived
//    from their contents (so it runs last, after index.html is final); the data files are marked
//    `later` with their size, for the worker to save once a page is interactive. The page is listed as `./`,
//    the address a visit uses, rather than `index.html` (which some hosts redirect to `./`). The
//    app icons (the PNGs; icons/icon.svg, the favicon, stays) and the web app manifest are left out: only
//    installing the site to a home screen asks for them, and that is done online.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');

const indexPath = join(staging, 'index.html');

// 0. Minified scripts and styles, and the prerendered page. (No Subresource Integrity: the
// files are the page's own, named after their content, and checked by the worker's revisions.)
for (const file of readdirSync(staging).filter((name) => /\.(js|css)$/.test(name))) {
  const path = join(staging, file);
  const loader = file.endsWith('.css') ? 'css' : 'js';
  const format = /^report-viewer-[0-9a-f]+\.js$/.test(file) ? 'esm' : undefined;
  writeFileSync(path, transformSync(readFileSync(path, 'utf8'), { minify: true, loader, format, target: 'es2022' }).code);
}
// Trunk copies `data-integrity="none"` onto the tags it writes, where it means nothing: it goes.
writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replaceAll(' data-integrity="none"', ''));

const reports = process.env.REPORT_VIEWER_REPORTS || 'reports';
try {
  execFileSync('cargo', ['run', '--quiet', '--package', 'report', '--bin', 'site', '--', reports, staging], {
    stdio: 'inherit',
  });
} catch {
  // The command has printed every problem of the reports.
  process.exit(1);
}

// 1. Content-Security-Policy.
const index = readFileSync(indexPath, 'utf8');
// Scripts that run, that is: the list of data files is JSON, which no browser runs.
const inlineHashes = [...index.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineHashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const charset = /<meta charset="?utf-8"?\s*\/?>/i;
if (!charset.test(index)) throw new Error('index.html has no <meta charset="utf-8"> to follow');
writeFileSync(indexPath, index.replace(charset, (tag) => tag + meta));
console.log(`index.html: Content-Security-Policy with ${inlineHashes.length} inline script hash(es)`);

// 2. The service worker.
const OUTPUT = 'sw.js';
const INSTALL_ONLY = /^(icons\/icon-|manifest\.webmanifest$)/;
// Each report's own page, and a large library's page of every report, on a site of several, are
// for readers without JavaScript: the worker answers a visit to one offline with the app's page,
// which opens the report or the library.
const REPORT_PAGE = /^(report-[^/]*|library)\.html$/;
const files = readdirSync(staging, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(staging, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .filter((file) => file !== OUTPUT)
  .sort();
const precached = files.filter((file) => !INSTALL_ONLY.test(file) && !REPORT_PAGE.test(file));

const template = readFileSync(new URL('../public/service-worker.js', import.meta.url), 'utf8');
const hash = createHash('sha256').update(template);
for (const file of files) {
  hash.update(file).update('\0').update(readFileSync(join(staging, file))).update('\0');
}
const build = hash.digest('hex').slice(0, 16);

// The data files index.html lists (report::SiteFiles): the worker saves them once a page is
// interactive, not at install, so it needs their size and which are reports.
const siteFiles = JSON.parse(/<script type="application\/json" id="site-files">([\s\S]*?)<\/script>/.exec(index)[1]);
const later = new Map([...siteFiles.reports.map((report) => [report.file, 'report']), [siteFiles.catalogue, 'catalogue']]);

// Each file as { url, revision }: the first 16 hex digits of the SHA-256 of its content. The
// worker copies a file whose revision an older build already cached instead of fetching it.
const entries = precached.map((file) => {
  const bytes = readFileSync(join(staging, file));
  const entry = { url: file === 'index.html' ? './' : file, revision: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
  return later.has(file) ? { ...entry, bytes: bytes.length, later: later.get(file) } : entry;
});
const list = `[\n${entries.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]`;
const header = `// Generated at build time. Do not edit: see public/service-worker.js.\nconst BUILD = ${JSON.stringify(build)};\nconst FILES = ${list};\n\n`;
// Minified like the other scripts: its comments are for the source, not for every reader's download.
const worker = transformSync(template, { minify: true, loader: 'js', target: 'es2022' }).code;
writeFileSync(join(staging, OUTPUT), header + worker);
console.log(`sw.js: build ${build}, ${precached.length} files precached`);
