#!/usr/bin/env bash
# Builds Entente in release mode and starts the REPL on the bundled example agreements.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh
swift build -c release --product entente
exec .build/release/entente Examples/agreements/*.txt "$@"
