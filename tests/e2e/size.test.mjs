// The first load's size is deterministic for a given build, so its budget is a test: the
// figure reached, rounded up to the next 5 KB. A heavier dependency fails here, with the
// figure, instead of slipping in; docs/performance.md records each deliberate rise and why.
// Timings live in scripts/bench.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstLoad, wholeApp } from '../../scripts/first_load.mjs';
import { DIST } from './support.mjs';

/** Bytes, gzip -9, of index.html and the script, wasm and stylesheet it loads. */
const BUDGET = 193_000;
/** Bytes, gzip -9, of the whole app, downloaded when another page first opens. */
const WHOLE_APP_BUDGET = 390_000;

test('the first load stays within its budget', () => {
  const { files, total } = firstLoad(DIST);
  const listing = files.map((file) => `${file.name} ${file.gzip}`).join(', ');
  console.log(`first load: ${total.gzip} bytes gzip -9 (${listing}); budget ${BUDGET}`);
  assert.ok(files.some((file) => file.name.endsWith('.wasm')), 'the wasm is counted');
  assert.ok(total.gzip <= BUDGET, `first load ${total.gzip} B gzip is over its budget of ${BUDGET} B`);
});

test('the whole app, downloaded when another page first opens, stays within its budget', () => {
  const { files, total } = wholeApp(DIST);
  console.log(`whole app: ${total.gzip} bytes gzip -9 (${files.map((file) => `${file.name} ${file.gzip}`).join(', ')}); budget ${WHOLE_APP_BUDGET}`);
  assert.ok(files.some((file) => file.name.endsWith('.wasm')), 'the wasm is counted');
  assert.ok(!firstLoad(DIST).files.some((file) => files.some((whole) => whole.name === file.name)), 'none of it in the first load');
  assert.ok(total.gzip <= WHOLE_APP_BUDGET, `whole app ${total.gzip} B gzip is over its budget of ${WHOLE_APP_BUDGET} B`);
});
