#!/usr/bin/env bash
# Prints the figures behind the speed and size targets; it measures, it never fails on them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --test

echo "==> native scoring (target: under 5 microseconds an assessment)"
cargo bench --quiet --bench score

echo "==> release bundle"
trunk build --release --public-url ./ --dist dist --quiet
for file in dist/*.wasm dist/*.js dist/*.css; do
  printf '%-45s %8d bytes raw %8d bytes gzip\n' "$(basename "$file")" "$(wc -c < "$file")" "$(gzip -9 -c "$file" | wc -c)"
done

echo "==> input to result in the browser (target: one frame, 16 ms)"
node tests/bench/input_latency.mjs
