#!/usr/bin/env bash
# Builds Entente and runs the whole test suite: unit tests per module, end-to-end tests through
# the built binary, and the REPL in a pseudo-terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh
# The PDF tests run pdftotext (poppler-utils); Entente itself only needs it to read PDFs, and says so.
if ! command -v pdftotext >/dev/null 2>&1; then
    echo "entente: installing poppler-utils for the PDF tests" >&2
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq poppler-utils >/dev/null
fi
swift build --build-tests
swift test --skip-build "$@"
