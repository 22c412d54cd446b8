// Adds a Content-Security-Policy to a release index.html, so the page can only run its own
// code and reach its own origin. Trunk's inline loader script and the pre-render's fitting
// script are allowed by their sha256 (static hosting cannot send nonces); the service
// worker and the manifest come from the site itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export function addContentSecurityPolicy(dir) {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  const loaders = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
  if (loaders.length !== 1) {
    throw new Error(`csp: expected one inline loader script, found ${loaders.length}`);
  }
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)];
  const hashes = inline
    .map((script) => `'sha256-${createHash('sha256').update(script[1], 'utf8').digest('base64')}'`)
    .join(' ');
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  writeFileSync(file, html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`));
}
