// What a runner's phone downloads before the first score: index.html and the script, wasm
// and stylesheet it loads, each raw, gzip -9 and brotli, and their total; then, apart, the
// whole app it downloads the first time another page is opened (scripts/whole_app.mjs).
// Used by the size test (tests/e2e/size.test.mjs) and printed by scripts/bench.sh:
//   node scripts/first_load.mjs dist
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { argv } from 'node:process';
import { fileURLToPath } from 'node:url';

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function measured(dir, names) {
  const files = names.map((name) => ({ name, ...sizes(readFileSync(join(dir, name))) }));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) for (const key of Object.keys(total)) total[key] += file[key];
  return { files, total };
}

/** The files index.html loads on a first visit, read from the built site in `dir`. */
export function firstLoad(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const base = html.match(/<base href="([^"]*)"/)?.[1] ?? './';
  const whole = html.includes('name="knee-check-whole-app"') ? wholeAppFiles(html) : [];
  const referenced = [...html.matchAll(/['"]([^'"\s]+\.(?:js|wasm|css))['"]/g)]
    .map((match) => match[1].replace(base, '').replace(/^\.\//, ''))
    .filter((name) => !whole.includes(name));
  return measured(dir, ['index.html', ...new Set(referenced)]);
}

function wholeAppFiles(html) {
  const meta = html.match(/<meta name="knee-check-whole-app" data-script="([^"]+)" data-module="([^"]+)" data-style="([^"]+)"/);
  if (!meta) throw new Error('first load: index.html names no whole app (scripts/whole_app.mjs)');
  return [meta[1], meta[2], meta[3]];
}

/** The whole app, downloaded the first time a runner opens a page other than the check. */
export function wholeApp(dir) {
  return measured(dir, wholeAppFiles(readFileSync(join(dir, 'index.html'), 'utf8')));
}

export function printFirstLoad({ files, total }, label = 'first load') {
  const row = (name, s) => `${name.padEnd(44)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(9)}`;
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)}`);
  for (const file of files) console.log(row(file.name, file));
  console.log(row(label, total));
}

if (argv[1] === fileURLToPath(import.meta.url)) {
  const dir = argv[2] ?? 'dist';
  printFirstLoad(firstLoad(dir));
  console.log('');
  printFirstLoad(wholeApp(dir), 'later: another page first opened');
}
