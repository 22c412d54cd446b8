#!/usr/bin/env bash
# Installs what the build (and, with `--test`, the tests) need, at pinned versions, and
# skips whatever is already there at the right version. Sourced by serve.sh, test.sh,
# build.sh and bench.sh; safe to run again and again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
# Chromium drives the tests (--test) and the release build's pre-render (--release).
want_chromium=false
case "${1:-}" in --test | --release) want_chromium=true ;; esac

say() { printf '==> %s\n' "$*"; }

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (several minutes the first time)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen_version"; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Not --locked: the CLI's own lockfile pins a crate the registry no longer has.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# wasm-opt 132, esbuild and the browser test tools come from npm, pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, esbuild, playwright-core, axe)"
  npm ci --no-audit --no-fund
fi

# Trunk builds with cargo --offline, so every crate must be fetched first.
cargo fetch --locked --quiet

if $want_chromium; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
