// Trunk post-build hook: adds a Content-Security-Policy to the release index.html, so the
// page can only run its own code and reach its own origin. Trunk's inline loader script is
// allowed by its sha256 (static hosting cannot send nonces). Debug builds are left alone:
// `trunk serve` injects its own reload script.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const file = join(process.env.TRUNK_STAGING_DIR, 'index.html');
const html = readFileSync(file, 'utf8');
const loaders = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (loaders.length !== 1) {
  console.error(`csp: expected one inline loader script, found ${loaders.length}`);
  process.exit(1);
}
const hash = createHash('sha256').update(loaders[0][1], 'utf8').digest('base64');
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
writeFileSync(file, html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`));
