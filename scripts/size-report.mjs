// Prints each file of the built site raw, gzip and brotli, and the total a first visit fetches:
// index.html, sw.js and the files sw.js precaches (which include everything the page itself
// requests; tests/e2e/offline.test.mjs checks that a real first visit fetches exactly these).
// node scripts/size-report.mjs [dist] [--budget-kib N]: exits 1 if the brotli total passes N KiB.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kib');
const budgetKib = budgetAt === -1 ? null : Number(args.splice(budgetAt, 2)[1]);
const dist = args[0] || 'dist';

/** The files a first visit fetches: the page, the service worker and its precache list. */
function firstVisitFiles(folder) {
  const worker = readFileSync(join(folder, 'sw.js'), 'utf8');
  const listed = worker.match(/const FILES = (\[[^\]]*\]);/);
  if (!listed) throw new Error(`${folder}/sw.js has no FILES list: is this a built site?`);
  // Each entry is { url, revision }; the page is listed as `./`, its address.
  const urls = JSON.parse(listed[1]).map((entry) => (entry.url === './' ? 'index.html' : entry.url));
  return new Set(['index.html', 'sw.js', ...urls]);
}

const fetched = firstVisitFiles(dist);
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dist, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .sort();

const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli, firstVisit: fetched.has(file) };
});
const total = rows
  .filter((r) => r.firstVisit)
  .reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

const width = Math.max(...files.map((f) => f.length + 2), 20);
const line = (name, r) => `${name.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'brotli 11'.padStart(9)}`);
for (const row of rows) console.log(line(row.firstVisit ? row.file : `${row.file} *`, row));
console.log(line('total (first visit)', total));
console.log('* fetched only when the site is installed to a home screen, not on a visit');
console.log(`first visit, brotli: ${(total.brotli / 1024).toFixed(1)} KiB${budgetKib === null ? '' : ` (budget ${budgetKib} KiB)`}`);
if (budgetKib !== null && total.brotli > budgetKib * 1024) {
  console.error(`over budget: ${(total.brotli / 1024).toFixed(1)} KiB brotli > ${budgetKib} KiB`);
  process.exit(1);
}
