// Drops from a built app what Leptos ships for server functions and this app never calls: Leptos
// depends on `server_fn` with its browser client, which brings `wasm-streams`, whose three
// classes (`IntoUnderlyingByteSource`, `IntoUnderlyingSink`, `IntoUnderlyingSource`) wasm-bindgen
// exports from the wasm and writes into the JavaScript glue, so no linker or optimiser can see they
// are unused. Here, on the glue as wasm-bindgen wrote it (before minifying): the classes, their
// finalization registries and the enum only they read go from the glue; the wasm's exports they
// called go with wasm-metadce, then wasm-opt runs again with index.html's settings for the app.
// Measured on the seed's report app (brotli 11): 467 bytes of wasm and 334 of glue (99,822 → 99,355
// and 5,107 → 4,773).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import binaryen from 'binaryen';
import { appGlues } from './site-steps.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');
const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
// The wasm's exports for those classes' methods and destructors.
const THEIR_EXPORTS = /^(?:__wbg_)?intounderlying/;

/** Removes the first match of `pattern` from `text`; throws if there is none (the glue changed). */
function cut(text, pattern, what) {
  if (!pattern.test(text)) throw new Error(`unused-exports: no ${what} in the glue as expected: check wasm-bindgen's output`);
  return text.replace(pattern, '');
}

/** The names of a wasm module's exports. */
function exportsOf(bytes) {
  const module = binaryen.readBinary(bytes);
  const names = [];
  for (let i = 0; i < module.getNumExports(); i++) names.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
  module.dispose();
  return names;
}

/** index.html's wasm-opt arguments for the app built as `bin` (`data-wasm-opt` and its params). */
function wasmOptArguments(bin) {
  const link = readFileSync(join(ROOT, 'index.html'), 'utf8')
    .match(/<link data-trunk rel="rust"[^>]*>/g)
    .find((tag) => tag.includes(`data-bin="${bin}"`));
  const level = link.match(/data-wasm-opt="(\w+)"/)[1];
  const params = link.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '';
  // A build for profiling keeps the functions' names (`data-keep-debug`, as Trunk reads it).
  const names = link.includes('data-keep-debug') ? ['--debuginfo'] : [];
  return [`-O${level}`, ...params.split(' ').filter(Boolean), ...names];
}

/** Drops the unused classes from each app of the staged site that has them; returns their apps' names. */
export function dropUnusedExports(site) {
  const dropped = [];
  for (const js of appGlues(site)) {
    const jsPath = join(site, js);
    let glue = readFileSync(jsPath, 'utf8');
    if (!glue.includes(`export class ${CLASSES[0]} {`)) continue;
    for (const name of CLASSES) {
      glue = cut(glue, new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'), `class ${name}`);
      glue = cut(glue, new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n`, 'm'), `${name}'s dispose`);
      glue = cut(glue, new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, 'm'), `${name}'s finalization registry`);
    }
    glue = cut(glue, /^const __wbindgen_enum_ReadableStreamType = .*\n/m, 'ReadableStreamType');
    if (/IntoUnderlying|intounderlying|ReadableStreamType/.test(glue)) throw new Error(`unused-exports: ${js} still uses what was dropped`);

    const wasmPath = jsPath.replace(/\.js$/, '_bg.wasm');
    const exports = exportsOf(readFileSync(wasmPath));
    const kept = exports.filter((name) => !THEIR_EXPORTS.test(name));
    if (kept.length === exports.length) throw new Error(`unused-exports: ${wasmPath} has no exports of those classes`);
    // wasm-metadce keeps what the JavaScript can reach: every export but those.
    const graph = join(tmpdir(), `unused-exports-${process.pid}.json`);
    const outside = { name: 'outside', root: true, reaches: kept.map((name) => `export ${name}`) };
    writeFileSync(graph, JSON.stringify([outside, ...exports.map((name) => ({ name: `export ${name}`, export: name }))]));
    const run = (tool, args) => execFileSync(join(BIN, tool), args, { stdio: ['ignore', 'ignore', 'inherit'] });
    const optimise = wasmOptArguments(js.replace(/-[0-9a-f]+\.js$|\.js$/, ''));
    run('wasm-metadce', [wasmPath, '--graph-file', graph, '-o', wasmPath, ...optimise.filter((arg) => arg === '--debuginfo')]);
    run('wasm-opt', [wasmPath, ...optimise, '-o', wasmPath]);
    rmSync(graph);
    writeFileSync(jsPath, glue);
    dropped.push(js);
  }
  return dropped;
}
