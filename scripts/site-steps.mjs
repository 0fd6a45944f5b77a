// The steps that make Trunk's build of the app into the site, shared by the build's post-build
// hook (scripts/post-build.mjs, on Trunk's staging folder) and the live preview
// (scripts/preview.mjs, on a fresh copy of the app for each change of the reports):
// 0. `minify`: the JavaScript and CSS with esbuild (Trunk's own minifier breaks boot.js); no
//    Subresource Integrity (the files are the page's own, named after their content, and checked
//    by the worker's revisions), so Trunk's `data-integrity="none"` attributes go;
// 1. `writeReports`: the core's `site` command reads and checks the reports (stopping with every
//    problem, so no half-built site is left), writes each report's data and the catalogue under
//    data/ with content-hashed names, and writes into index.html the page as first drawn (readable
//    before the app starts) and the list of those files (see public/boot.js);
// 2. `listApps`: the app files of the site's apps into index.html (`#app-files`, read by
//    public/boot.js, which loads the one the address needs): the report's (`report-viewer`) for
//    reports whose data file holds them whole, the long report's (`long-viewer`) for those whose
//    findings' words or narrative ship apart, and, on a site of several reports, the library's
//    (`library-viewer`); an app no page of the site opens goes;
// 3. `addContentSecurityPolicy`: a CSP in index.html that allows the page's own files and, of
//    inline scripts, only the hashes of those in the page, and no other origin;
// 4. `writeServiceWorker`: sw.js, listing the files of this build (content-hashed names included),
//    each with its revision (a hash of its content, as Workbox's precache manifest has), with a
//    build id derived from their contents (so it runs last, after index.html is final); the data
//    files are marked `later` with their size, for the worker to save once a page is interactive.
//    The page is listed as `./`, the address a visit uses, rather than `index.html` (which some
//    hosts redirect to `./`). The app icons (`icons/icon*`; `icons/favicon.png` stays) and the
//    web app manifest are left out: only installing the site to a home screen asks for them, and
//    that is done online; so are the pages for readers without JavaScript (see REPORT_PAGE) and a
//    long report's texts in parts, which the app fetches as it needs them (see TEXT_PART).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

// The files Trunk writes for each app (index.html's `rel="rust"` links: the report's is Trunk's
// main app, the long report's and the library's of its "worker" type, as Trunk builds one main
// app; it writes no loader for any, see Trunk.toml): its JavaScript module and its WebAssembly,
// named after the app (and by Trunk a hash, for the main one); `listApps` names them after their
// content's hash.
const APP_FILE = /^(report|long|library)-viewer(?:-[0-9a-f]+)?(\.js|_bg\.wasm)$/;

/** Each app's JavaScript glue in the built site `site` (its wasm beside it: `_bg.wasm` for `.js`). */
export const appGlues = (site) => readdirSync(site).filter((file) => APP_FILE.test(file) && file.endsWith('.js'));

/** 0. Minifies the site's scripts and styles in place. */
export function minify(site) {
  for (const file of readdirSync(site).filter((name) => /\.(js|css)$/.test(name))) {
    const path = join(site, file);
    const loader = file.endsWith('.css') ? 'css' : 'js';
    const format = APP_FILE.test(file) ? 'esm' : undefined;
    writeFileSync(path, transformSync(readFileSync(path, 'utf8'), { minify: true, loader, format, target: 'es2022' }).code);
  }
  // Trunk copies `data-integrity="none"` onto the tags it writes, where it means nothing: it goes.
  const indexPath = join(site, 'index.html');
  writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replaceAll(' data-integrity="none"', ''));
}

/**
 * 1. Runs the core's `site` command on the reports folder and the site. Returns { ok, problems }:
 * the lines it printed on failure, the problems located as `FILE:LINE:COL: …`. With `quiet`
 * they are only returned; otherwise the command's output goes to this process's.
 */
export function writeReports(site, reports, { quiet = false } = {}) {
  const run = spawnSync('cargo', ['run', '--quiet', '--package', 'report', '--bin', 'site', '--', reports, site], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : 'inherit',
  });
  const problems = (run.stderr ?? '').split('\n').filter((line) => line.trim() !== '');
  if (run.error) problems.push(`site: ${run.error.message}`);
  return { ok: run.status === 0, problems, summary: (run.stdout ?? '').trim() };
}

/**
 * 2. Lists the apps the site needs in index.html's `#app-files` ({ report: { js, wasm }, long: …,
 * library: … }) and deletes the others' files. Returns the apps' names.
 */
export function listApps(site) {
  const files = JSON.parse(/<script type="application\/json" id="site-files">([\s\S]*?)<\/script>/.exec(readFileSync(join(site, 'index.html'), 'utf8'))[1]);
  // A report whose findings' words or narrative ship apart (report::ReportData) opens in the
  // long-report app.
  const long = (report) => Boolean(report.texts || report.narrative);
  const needed = [
    ...(files.reports.some((report) => !long(report)) ? ['report'] : []),
    ...(files.reports.some(long) ? ['long'] : []),
    ...(files.reports.length > 1 ? ['library'] : []),
  ];
  const apps = {};
  const built = readdirSync(site).filter((file) => APP_FILE.test(file));
  for (const app of ['report', 'long', 'library']) {
    const js = built.find((file) => file.startsWith(`${app}-`) && file.endsWith('.js'));
    const wasm = built.find((file) => file.startsWith(`${app}-`) && file.endsWith('.wasm'));
    if (!js || !wasm) continue;
    if (!needed.includes(app)) {
      rmSync(join(site, js));
      rmSync(join(site, wasm));
      continue;
    }
    const hash = createHash('sha256').update(readFileSync(join(site, js))).update(readFileSync(join(site, wasm))).digest('hex').slice(0, 16);
    apps[app] = { js: `./${app}-viewer-${hash}.js`, wasm: `./${app}-viewer-${hash}_bg.wasm` };
    renameSync(join(site, js), join(site, apps[app].js));
    renameSync(join(site, wasm), join(site, apps[app].wasm));
  }
  const missing = needed.filter((app) => !apps[app]);
  if (missing.length > 0) throw new Error(`the build has no ${missing.join(' or ')} app: check index.html's rel="rust" links`);
  // Every page the app opens on: index.html, and the pages for readers without JavaScript.
  const listed = '<script type="application/json" id="app-files"></script>';
  for (const page of readdirSync(site).filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(site, page), 'utf8');
    if (!html.includes(listed)) throw new Error(`${page} has no ${listed} to fill`);
    // Trunk leaves its main app's link when it writes no loader: in its place, on a site of one
    // app, the hints that fetch that app from the start, as the browser reads the page's head
    // (public/boot.js adds them for the app it chooses when there are two).
    const only = needed.length === 1 ? apps[needed[0]] : null;
    const hints = only
      ? `<link rel="modulepreload" href="${only.js}" crossorigin="anonymous"><link rel="preload" href="${only.wasm}" as="fetch" type="application/wasm" crossorigin="anonymous">`
      : '';
    const filled = html
      .replace(listed, listed.replace('><', `>${JSON.stringify(apps)}<`))
      .replace(/<link data-trunk rel="rust"[^>]*>\s*/, hints)
      .replace(/\s*<link data-trunk rel="rust"[^>]*>/g, '');
    writeFileSync(join(site, page), filled);
  }
  return Object.keys(apps);
}

/** 3. Adds the Content-Security-Policy to the site's index.html; returns how many inline scripts it allows. */
export function addContentSecurityPolicy(site) {
  const indexPath = join(site, 'index.html');
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
  return inlineHashes.length;
}

const WORKER = 'sw.js';
const INSTALL_ONLY = /^(icons\/icon|manifest\.webmanifest$)/;
// Each report's own page, and a large library's page of every report, on a site of several, are
// for readers without JavaScript: the worker answers a visit to one offline with the app's page,
// which opens the report or the library.
const REPORT_PAGE = /^(report-[^/]*|library)\.html$/;
// A long report's findings' texts in parts (report::TextFiles), fetched as cards are drawn: the
// worker keeps the whole instead, which the app falls back to offline.
const TEXT_PART = /^data\/parts\//;

/** 4. Writes the site's sw.js; returns its build id and how many files it precaches. */
export function writeServiceWorker(site) {
  const files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((file) => file !== WORKER)
    .sort();
  const precached = files.filter((file) => !INSTALL_ONLY.test(file) && !REPORT_PAGE.test(file) && !TEXT_PART.test(file));

  const template = readFileSync(join(ROOT, 'public/service-worker.js'), 'utf8');
  const hash = createHash('sha256').update(template);
  for (const file of files) {
    hash.update(file).update('\0').update(readFileSync(join(site, file))).update('\0');
  }
  const build = hash.digest('hex').slice(0, 16);

  // The data files index.html lists (report::SiteFiles): the worker saves them once a page is
  // interactive, not at install, so it needs their size and which are reports; the interface's
  // translations it keeps only as a page fetches one (the reader's language).
  const index = readFileSync(join(site, 'index.html'), 'utf8');
  const siteFiles = JSON.parse(/<script type="application\/json" id="site-files">([\s\S]*?)<\/script>/.exec(index)[1]);
  const later = new Map([
    ...siteFiles.reports.map((report) => [report.file, 'report']),
    [siteFiles.catalogue, 'catalogue'],
    ...siteFiles.languages.map((language) => [language.file, 'language']),
  ]);
  // A long report's narrative and findings' texts, which ship apart: saved with the reports,
  // counted with their own.
  const reportOf = new Map(
    siteFiles.reports.flatMap((report) => [report.narrative, report.texts].filter(Boolean).map((file) => [file, report.file])),
  );
  for (const text of reportOf.keys()) later.set(text, 'text');

  // Each file as { url, revision }: the first 16 hex digits of the SHA-256 of its content. The
  // worker copies a file whose revision an older build already cached instead of fetching it.
  const entries = precached.map((file) => {
    const bytes = readFileSync(join(site, file));
    const entry = { url: file === 'index.html' ? './' : file, revision: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
    if (!later.has(file)) return entry;
    return { ...entry, bytes: bytes.length, later: later.get(file), ...(reportOf.has(file) ? { report: reportOf.get(file) } : {}) };
  });
  const list = `[\n${entries.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]`;
  const header = `// Generated at build time. Do not edit: see public/service-worker.js.\nconst BUILD = ${JSON.stringify(build)};\nconst FILES = ${list};\n\n`;
  // Minified like the other scripts (its comments are for the source, not for every reader's
  // download), inside a function so its own names are shortened too.
  const worker = transformSync(template, { minify: true, loader: 'js', format: 'iife', target: 'es2022' }).code;
  writeFileSync(join(site, WORKER), header + worker);
  return { build, precached: precached.length };
}
