// Prints each file of the built site raw, gzip and brotli, and the total a first visit fetches
// (the page's own requests plus the service worker's precache, which is every file).
// node scripts/size-report.mjs [dist] [--budget-kib N]: exits 1 if the brotli total passes N KiB.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kib');
const budgetKib = budgetAt === -1 ? null : Number(args.splice(budgetAt, 2)[1]);
const dist = args[0] || 'dist';

const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dist, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .sort();

const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
});
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});

const width = Math.max(...files.map((f) => f.length), 5);
const line = (name, r) => `${name.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'brotli 11'.padStart(9)}`);
for (const row of rows) console.log(line(row.file, row));
console.log(line('total (first visit)', total));
console.log(`brotli total: ${(total.brotli / 1024).toFixed(1)} KiB`);
if (budgetKib !== null && total.brotli > budgetKib * 1024) {
  console.error(`over budget: ${(total.brotli / 1024).toFixed(1)} KiB brotli > ${budgetKib} KiB`);
  process.exit(1);
}
