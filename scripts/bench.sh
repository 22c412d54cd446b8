#!/usr/bin/env bash
# Prints every figure behind the speed and size targets of docs/performance.md in one run:
# native scoring, the link decoder's soak, the first load of the app beside a bare Yew
# counter built with the same profile, timings in headless Chromium (unthrottled and 4x CPU)
# and Lighthouse mobile and desktop. It measures; it never fails on a figure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --test

if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ] || [ bench/lighthouse/package-lock.json -nt bench/lighthouse/node_modules/.package-lock.json ]; then
  echo "==> installing Lighthouse (pinned in bench/lighthouse/package-lock.json)"
  (cd bench/lighthouse && npm ci --no-audit --no-fund)
fi

echo "==> native scoring (target: under 5 microseconds an assessment)"
cargo bench --quiet --bench score

echo "==> link decoder soak (target: 10 million inputs, no panic)"
cargo test --release --quiet --test link_soak -- --ignored --nocapture

echo "==> import readers soak (target: a million damaged files, no panic)"
cargo test --release --quiet --test activity_soak -- --ignored --nocapture

echo "==> release builds: the app, and the bare Yew counter with the same profile"
trunk build --release --public-url ./ --dist dist --quiet
(cd bench/anchor && trunk build --release --public-url ./ --quiet)

node bench/report.mjs dist target/bench/anchor-dist

echo "==> a year of running imported (400 FIT files; Strava's export of them)"
node bench/import_year.mjs dist
