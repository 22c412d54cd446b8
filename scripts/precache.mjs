// Writes sw.js into a release build: the service worker template with the build's every
// file and its SHA-256, which the worker checks each fetched file against, and a cache name
// made from their content (see scripts/sw-template.js).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

export function writeServiceWorker(dir) {
  const files = filesUnder(dir)
    .map((path) => relative(dir, path).split('\\').join('/'))
    .filter((file) => file !== 'sw.js')
    .sort();
  const hash = createHash('sha256');
  const digests = { './': sha256(join(dir, 'index.html')) };
  for (const file of files) {
    hash.update(file).update(readFileSync(join(dir, file)));
    digests[file] = sha256(join(dir, file));
  }
  const build = hash.digest('hex').slice(0, 16);
  const template = readFileSync(new URL('sw-template.js', import.meta.url), 'utf8');
  const worker = template
    .replace('__BUILD_HASH__', build)
    .replace('__FILES__', JSON.stringify(digests, null, 2));
  writeFileSync(join(dir, 'sw.js'), worker);
  return { build, files };
}
