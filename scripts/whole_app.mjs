// Builds the whole app (every page: src/bin/whole.rs) beside the check Trunk has just built,
// for the post-build hook. A runner's first visit downloads only the check; the first time
// they open another page, index.html's loader fetches these files (its script, its wasm and
// the stylesheet of its own pages, styles/whole.css) and the check hands the page over
// (src/browser/whole_app.rs, docs/performance.md). Same toolchain as Trunk's: cargo, the
// pinned wasm-bindgen CLI, wasm-opt from npm's binaryen. The file names carry a hash of
// their content, written into index.html's `knee-check-whole-app` meta.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'knee-check-whole';
const TARGET = 'wasm32-unknown-unknown';
const STYLE = join('styles', 'whole.css');

function run(command, args) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

function wasmOpt() {
  const local = join('node_modules', '.bin', 'wasm-opt');
  return existsSync(local) ? local : 'wasm-opt';
}

/** Builds the whole app into `dir`; returns its three file names. */
export function buildWholeApp(dir, release) {
  run('cargo', ['build', '--target', TARGET, '--bin', BIN, ...(release ? ['--release'] : [])]);
  const targetDir = process.env.CARGO_TARGET_DIR ?? 'target';
  const wasm = join(targetDir, TARGET, release ? 'release' : 'debug', `${BIN}.wasm`);
  const work = mkdtempSync(join(tmpdir(), 'whole-app-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-name', 'whole', '--out-dir', work, wasm]);
    if (release) {
      // As Trunk runs it for the check (`data-wasm-opt="z"` and a second `-Oz` in index.html).
      run(wasmOpt(), ['-Oz', '-Oz', join(work, 'whole_bg.wasm'), '-o', join(work, 'whole_bg.wasm')]);
    }
    const hash = createHash('sha256')
      .update(readFileSync(join(work, 'whole.js')))
      .update(readFileSync(join(work, 'whole_bg.wasm')))
      .update(readFileSync(STYLE))
      .digest('hex')
      .slice(0, 16);
    const script = `whole-${hash}.js`;
    const module = `whole-${hash}_bg.wasm`;
    const style = `whole-${hash}.css`;
    renameSync(join(work, 'whole.js'), join(dir, script));
    renameSync(join(work, 'whole_bg.wasm'), join(dir, module));
    copyFileSync(STYLE, join(dir, style));
    const index = join(dir, 'index.html');
    const html = readFileSync(index, 'utf8');
    const meta = '<meta name="knee-check-whole-app" />';
    if (!html.includes(meta)) throw new Error(`whole app: index.html has no ${meta}`);
    writeFileSync(index, html.replace(meta,
      `<meta name="knee-check-whole-app" data-script="${script}" data-module="${module}" data-style="${style}" />`));
    return { script, module, style };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
