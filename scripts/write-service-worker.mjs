// Trunk post_build hook: writes sw.js into the staged site, listing exactly the files of this
// build (with their content-hashed names) and a build id derived from their contents.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');

const OUTPUT = 'sw.js';
const files = readdirSync(staging, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(staging, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .filter((file) => file !== OUTPUT)
  .sort();

const template = readFileSync(new URL('../public/service-worker.js', import.meta.url), 'utf8');
const hash = createHash('sha256').update(template);
for (const file of files) {
  hash.update(file).update('\0').update(readFileSync(join(staging, file))).update('\0');
}
const build = hash.digest('hex').slice(0, 16);

const header = `// Generated at build time. Do not edit: see public/service-worker.js.\nconst BUILD = ${JSON.stringify(build)};\nconst FILES = ${JSON.stringify(files, null, 2)};\n\n`;
writeFileSync(join(staging, OUTPUT), header + template);
console.log(`sw.js: build ${build}, ${files.length} files precached`);
