// A tiny static server for a built site on 127.0.0.1, as a static host would serve it: the
// end-to-end tests, the benchmark and the build-time pre-render all use it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json', '.webmanifest']);

/**
 * Serves `dir` under `prefix` (such as `/tools/knee/`); anything outside it is a 404. The
 * returned `site.dir` can be changed to serve another build, as a club's host swaps one in;
 * `site.requests` lists the paths asked for, in order.
 * With `gzip`, text and wasm go out gzip -9 encoded, as a static host would send them.
 */
export async function serve(dir, prefix = '/', { gzip = false } = {}) {
  const site = { dir, requests: [] };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    site.requests.push(path);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (file === '' || file === '.' || file.endsWith('/')) file = join(file, 'index.html');
    try {
      let body = await readFile(join(site.dir, file));
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  site.url = `http://127.0.0.1:${port}${prefix}`;
  site.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); });
  return site;
}

