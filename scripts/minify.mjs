// Minifies the release build's JS glue (both programs') and the stylesheet with esbuild,
// pinned in package-lock.json: the glue wasm-bindgen writes and our readable CSS are a
// sixth of the first load, and minified they are about a third smaller after gzip. Runs
// before the pre-render, which then proves the minified site works, and before the CSP and
// the service worker, which hash the final files. Trunk's own minifier fails on the glue.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

export function minify(dir) {
  const indexFile = join(dir, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  let saved = 0;
  for (const name of readdirSync(dir)) {
    const loader = name.endsWith('.css') ? 'css' : name.endsWith('.js') ? 'js' : null;
    if (!loader) continue;
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    const { code } = transformSync(source, {
      loader,
      minify: true,
      ...(loader === 'js' ? { format: 'esm' } : {}),
    });
    writeFileSync(file, code);
    saved += Buffer.byteLength(source) - Buffer.byteLength(code);
    html = withIntegrity(html, name, code);
  }
  const scripts = minifiedScripts(html);
  saved += Buffer.byteLength(html) - Buffer.byteLength(scripts);
  writeFileSync(indexFile, scripts);
  return { saved };
}

// index.html's inline scripts (Trunk's loader, a module, and the whole app's loader, a classic
// script whose globals stay named) are written readably, with comments; every first visit
// downloads them. The CSP step, which runs after this, hashes them as they end up.
export function minifiedScripts(html) {
  return html.replace(/<script( type="module")?>([\s\S]*?)<\/script>/g, (_, module, source) => {
    const { code } = transformSync(source, {
      loader: 'js',
      minify: true,
      ...(module ? { format: 'esm' } : {}),
    });
    return `<script${module ?? ''}>${code.trim()}</script>`;
  });
}

// Trunk gives the stylesheet's link a subresource-integrity hash of the file it wrote.
function withIntegrity(html, name, code) {
  const digest = `sha384-${createHash('sha384').update(code, 'utf8').digest('base64')}`;
  const tag = new RegExp(`(href="[^"]*${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
  return html.replace(tag, `$1${digest}$2`);
}
