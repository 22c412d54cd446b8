#!/usr/bin/env bash
# The deploy build: writes the release site into dist/.
#   scripts/build.sh                      works at any address (relative paths)
#   scripts/build.sh /tools/knee/         for a fixed sub-path of a club's website
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --release
public_url="${1:-./}"
dist="${DIST:-dist}"
trunk build --release --public-url "$public_url" --dist "$dist"
printf 'Site written to %s/ for %s\n' "$dist" "$public_url"
