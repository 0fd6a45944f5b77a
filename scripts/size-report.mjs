// Prints each file of the built site raw, gzip and brotli, and the total a first visit fetches
// before the page is interactive: index.html, sw.js, the app files sw.js precaches (which
// include everything the page itself requests; tests/e2e/offline.test.mjs checks that a real
// first visit fetches exactly these) and the data file the visit opens: the site's only report,
// else the library's catalogue, or with --report NAME that report. The other reports' data, saved
// for offline use once the page is interactive, is totalled apart.
// node scripts/size-report.mjs [dist] [--report NAME] [--budget-kib N]: exits 1 if the brotli
// total passes N KiB.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotliSize, firstVisitFiles, siteFiles } from './first-visit.mjs';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kib');
const budgetKib = budgetAt === -1 ? null : Number(args.splice(budgetAt, 2)[1]);
const reportAt = args.indexOf('--report');
const reportName = reportAt === -1 ? null : args.splice(reportAt, 2)[1];
const dist = args[0] || 'dist';

const { first: fetched, later } = firstVisitFiles(dist, reportName);
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dist, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .sort();

const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  const brotli = brotliSize(bytes);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli, firstVisit: fetched.has(file) };
});
const total = rows
  .filter((r) => r.firstVisit)
  .reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

const saved = rows.filter((r) => later.has(r.file)).reduce((sum, r) => sum + r.brotli, 0);

const width = Math.max(...files.map((f) => f.length + 2), 20);
const line = (name, r) => `${name.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'brotli 11'.padStart(9)}`);
// The interface's translations (report::SiteFiles `languages`): fetched only by a reader who chooses one.
const translations = new Set(siteFiles(dist).languages?.map((language) => language.file) ?? []);
const mark = (row) =>
  row.firstVisit ? row.file : later.has(row.file) ? `${row.file} +` : translations.has(row.file) ? `${row.file} ~` : `${row.file} *`;
for (const row of rows.slice(0, 60)) console.log(line(mark(row), row));
if (rows.length > 60) console.log(`… and ${rows.length - 60} more files`);
console.log(line('total (first visit)', total));
console.log('+ saved for offline use once the page is interactive, not needed to show it');
console.log('* fetched only when the site is installed to a home screen, or by readers without JavaScript');
console.log('~ the interface in another language: fetched with the report by a reader who chooses it, kept offline once fetched');
console.log(`saved for offline once interactive, brotli: ${(saved / 1024).toFixed(1)} KiB`);
console.log(`first visit, brotli: ${(total.brotli / 1024).toFixed(1)} KiB${budgetKib === null ? '' : ` (budget ${budgetKib} KiB)`}`);
if (budgetKib !== null && total.brotli > budgetKib * 1024) {
  console.error(`over budget: ${(total.brotli / 1024).toFixed(1)} KiB brotli > ${budgetKib} KiB`);
  process.exit(1);
}
