#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting and lints, native tests, browser
# component tests, then end-to-end tests on the release build. Prints one summary line per
# layer and fails if any layer fails or runs no test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --test
export CHROMEDRIVER=/usr/bin/chromedriver

logs=$(mktemp -d)
summary=()
failed=0

# Sums "N passed; M failed" from cargo's and wasm-bindgen-test's result lines.
count_cargo() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { printf "%d %d\n", p, f }' "$1"
}

record() { # layer exit-status passed failed
  local layer=$1 status=$2 passed=$3 fails=$4
  if [ "$status" -ne 0 ] || [ "$fails" -ne 0 ] || [ "$passed" -eq 0 ]; then
    failed=1
    [ "$passed" -eq 0 ] && printf '!! %s ran no test\n' "$layer"
  fi
  summary+=("$layer: $passed passed, $fails failed")
}

echo "==> formatting and lints"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

echo "==> native tests"
set +e
cargo test --quiet 2>&1 | tee "$logs/native.log"
status=${PIPESTATUS[0]}
set -e
read -r passed fails < <(count_cargo "$logs/native.log")
record native "$status" "$passed" "$fails"

echo "==> browser component tests (headless Chromium)"
set +e
cargo test --target wasm32-unknown-unknown 2>&1 | tee "$logs/browser.log"
status=${PIPESTATUS[0]}
set -e
read -r passed fails < <(count_cargo "$logs/browser.log")
record browser "$status" "$passed" "$fails"

echo "==> release builds (relative paths, and a fixed sub-path)"
trunk build --release --public-url ./ --dist dist --quiet
trunk build --release --public-url /tools/knee/ --dist target/dist-subpath --quiet

echo "==> end-to-end tests (Playwright on Debian's Chromium)"
set +e
node --test --test-concurrency=1 tests/e2e/*.test.mjs 2>&1 | tee "$logs/e2e.log"
status=${PIPESTATUS[0]}
set -e
passed=$(awk '/^# pass / { print $3 }' "$logs/e2e.log" | tail -n 1)
fails=$(awk '/^# fail / { print $3 }' "$logs/e2e.log" | tail -n 1)
record e2e "$status" "${passed:-0}" "${fails:-0}"

echo
printf '%s\n' "${summary[@]}"
exit "$failed"
