#!/usr/bin/env bash
# Builds Entente and runs the whole test suite: unit tests per module, end-to-end tests through
# the built binary, and the REPL in a pseudo-terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh
swift build --build-tests
swift test --skip-build "$@"
