#!/usr/bin/env bash
# Builds Entente in release mode and starts the REPL on the bundled example agreements.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh
# The Swift libraries are linked in: binding their symbols at every start-up took 3.5 ms, about as
# long as everything else a `-c` command does.
swift build -c release --static-swift-stdlib --product entente
exec .build/release/entente Examples/agreements/*.txt "$@"
