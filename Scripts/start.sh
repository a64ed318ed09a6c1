#!/usr/bin/env bash
# Builds Entente in release mode and starts the REPL on the bundled example agreements.
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$(Scripts/build-release)"
exec "$binary" Examples/agreements/*.txt "$@"
