#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it on http://127.0.0.1:8080,
# rebuilding on every change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
