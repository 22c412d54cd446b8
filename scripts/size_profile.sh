#!/usr/bin/env bash
# Where the wasm's bytes go: the release build with function names kept (wasm-opt -g gives
# the same code, named), read by twiggy. Prints the largest functions and data, the share
# per crate, and the share per module of ours (components included, through the v0 symbol
# names, which keep generic arguments). Installs twiggy (pinned) when missing. The check by
# default; `scripts/size_profile.sh knee-check-whole` profiles the whole app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
bin=${1:-knee-check}
out=target/size-profile/$bin
mkdir -p "$out"
# Its own target directory: other symbol names mean another build of every crate.
CARGO_TARGET_DIR=target/size-profile/cargo RUSTFLAGS="-C symbol-mangling-version=v0" \
  cargo build --release --target wasm32-unknown-unknown --bin "$bin" --quiet
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "target/size-profile/cargo/wasm32-unknown-unknown/release/$bin.wasm"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/${bin}_bg.wasm" -o "$out/named.wasm"
echo "==> named build: $(wc -c < "$out/named.wasm") bytes (names add to the raw size only)"
echo "==> largest items"
twiggy top -n "${TOP:-40}" "$out/named.wasm"
twiggy top -n 100000 -f csv "$out/named.wasm" | node scripts/size_by_crate.mjs
