// Trunk post_build hook, run on the staged site before it becomes dist/: drops what the app never
// calls (scripts/unused-exports.mjs), minifies it and shortens its imports' names
// (scripts/short-imports.mjs), then
// writes the reports' data and first page, the list of apps, the Content-Security-Policy and the
// service worker
// (each step is described in scripts/site-steps.mjs). With REPORT_VIEWER_APP_ONLY set it stops
// after minifying: the live preview (scripts/preview.mjs) builds the app alone, once, and adds the
// reports' part itself each time they change.
import { addContentSecurityPolicy, listApps, minify, writeReports, writeServiceWorker } from './site-steps.mjs';
import { shortenImports } from './short-imports.mjs';
import { dropUnusedExports } from './unused-exports.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');

for (const app of dropUnusedExports(staging)) console.log(`${app}: Leptos's unused stream classes dropped`);
minify(staging);
for (const [app, count] of Object.entries(shortenImports(staging))) console.log(`${app}: ${count} imports renamed short`);
if (process.env.REPORT_VIEWER_APP_ONLY) {
  console.log('the app alone: no reports, policy or service worker (REPORT_VIEWER_APP_ONLY)');
  process.exit(0);
}
// On failure the command has printed every problem of the reports.
if (!writeReports(staging, process.env.REPORT_VIEWER_REPORTS || 'reports').ok) process.exit(1);
console.log(`index.html: the ${listApps(staging).join(' and ')} app`);
const hashes = addContentSecurityPolicy(staging);
console.log(`index.html: Content-Security-Policy with ${hashes} inline script hash(es)`);
const { build, precached } = writeServiceWorker(staging);
console.log(`sw.js: build ${build}, ${precached} files precached`);
