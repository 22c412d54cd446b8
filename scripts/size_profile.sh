#!/usr/bin/env bash
# Where the wasm's bytes go: the release build with function names kept (wasm-opt -g gives
# the same code, named), read by twiggy. Prints the largest functions and data, and the
# share per crate. Installs twiggy (pinned) when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
out=target/size-profile
mkdir -p "$out"
cargo build --release --target wasm32-unknown-unknown --bin knee-check --quiet
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/release/knee-check.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/knee-check_bg.wasm" -o "$out/named.wasm"
echo "==> named build: $(wc -c < "$out/named.wasm") bytes (names add to the raw size only)"
echo "==> largest items"
twiggy top -n "${TOP:-40}" "$out/named.wasm"
echo "==> by crate (shallow bytes of functions named after it)"
twiggy top -n 100000 -f csv "$out/named.wasm" | node scripts/size_by_crate.mjs
