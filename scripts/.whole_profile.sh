#!/usr/bin/env bash
# Where the wasm's bytes go: the release build with function names kept (wasm-opt -g gives
# the same code, named), read by twiggy. Prints the largest functions and data, the share
# per crate, and the share per module of ours (components included, through the v0 symbol
# names, which keep generic arguments). Installs twiggy (pinned) when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
out=target/size-profile-whole
mkdir -p "$out"
# Its own target directory: other symbol names mean another build of every crate.
CARGO_TARGET_DIR=target/size-profile/cargo RUSTFLAGS="-C symbol-mangling-version=v0" \
  cargo build --release --target wasm32-unknown-unknown --bin knee-check-whole --quiet
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/size-profile/cargo/wasm32-unknown-unknown/release/knee-check-whole.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/knee-check-whole_bg.wasm" -o "$out/named.wasm"
echo "==> named build: $(wc -c < "$out/named.wasm") bytes (names add to the raw size only)"
echo "==> largest items"
twiggy top -n "${TOP:-40}" "$out/named.wasm"
twiggy top -n 100000 -f csv "$out/named.wasm" | node scripts/size_by_crate.mjs
