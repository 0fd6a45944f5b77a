// Gives a built app's imports (the JavaScript functions its wasm calls) short names. wasm-bindgen
// names each after its function and a hash (`__wbg_set_innerHTML_a9d3a267967b5117`) and writes
// each name twice, in the wasm's import section and as a key of the glue's import object; hashes
// do not compress. Here each becomes `$` and a number in base 36, in both files, the rest of each
// file untouched (byte for byte in the wasm: only the import section is rewritten).
// Measured on the seed's report app (140 imports, brotli 11): glue 4,773 → 3,248 bytes, wasm
// 99,111 → 97,198.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appGlues } from './site-steps.mjs';

const IMPORT_SECTION = 2;

/** Reads an unsigned LEB128 number at `at`; returns [value, position after it]. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, at];
  }
}

/** An unsigned number as LEB128. */
function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** Skips a value type at `at` (a reference type may name its heap type). */
function skipValueType(bytes, at) {
  const type = bytes[at++];
  return type === 0x63 || type === 0x64 ? readLeb(bytes, at)[1] : at;
}

/** Skips a table's or memory's limits at `at`. */
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  at = readLeb(bytes, at)[1];
  return flags & 1 ? readLeb(bytes, at)[1] : at;
}

/** Skips an import's description (function, table, memory, global or tag) at `at`. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  switch (kind) {
    case 0x00:
      return readLeb(bytes, at)[1];
    case 0x01:
      return skipLimits(bytes, skipValueType(bytes, at));
    case 0x02:
      return skipLimits(bytes, at);
    case 0x03:
      return skipValueType(bytes, at) + 1;
    case 0x04:
      return readLeb(bytes, at + 1)[1];
    default:
      throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/** A length-prefixed UTF-8 name. */
const name = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

/** The wasm with its imports renamed by `rename` (old field name → new). */
function renameImports(wasm, rename) {
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const end = start + size;
    if (id !== IMPORT_SECTION) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readLeb(wasm, start);
    const body = [leb(count)];
    for (; count > 0; count--) {
      const [moduleLength, moduleStart] = readLeb(wasm, p);
      const module = wasm.subarray(moduleStart, moduleStart + moduleLength).toString();
      const [fieldLength, fieldStart] = readLeb(wasm, moduleStart + moduleLength);
      const field = wasm.subarray(fieldStart, fieldStart + fieldLength).toString();
      const descriptionStart = fieldStart + fieldLength;
      p = skipDescription(wasm, descriptionStart);
      body.push(name(module), name(rename(field)), wasm.subarray(descriptionStart, p));
    }
    if (p !== end) throw new Error('short-imports: the import section did not parse to its end');
    const section = Buffer.concat(body);
    parts.push(Buffer.from([IMPORT_SECTION]), leb(section.length), section);
    at = end;
  }
  return Buffer.concat(parts);
}

/** Renames the imports of each app of the staged site; returns how many each had. */
export function shortenImports(site) {
  const done = {};
  for (const js of appGlues(site)) {
    const jsPath = join(site, js);
    const wasmPath = jsPath.replace(/\.js$/, '_bg.wasm');
    const short = new Map();
    const rename = (field) => {
      if (!short.has(field)) short.set(field, `$${short.size.toString(36)}`);
      return short.get(field);
    };
    const wasm = renameImports(readFileSync(wasmPath), rename);
    let glue = readFileSync(jsPath, 'utf8');
    for (const [old, now] of short) {
      // Each is a key of the import object, once: `NAME:function(…`, or `NAME(…){` as a method.
      const key = new RegExp(`(?<![\\w$])${old.replaceAll('$', '\\$')}(?=\\s*[:(])`, 'g');
      const found = glue.match(key)?.length ?? 0;
      if (found !== 1) throw new Error(`short-imports: ${js} has ${found} keys ${old}, not one`);
      glue = glue.replace(key, now);
    }
    writeFileSync(wasmPath, wasm);
    writeFileSync(jsPath, glue);
    done[js] = short.size;
  }
  return done;
}
