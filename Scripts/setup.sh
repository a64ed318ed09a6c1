#!/usr/bin/env bash
# Installs what building Entente needs and is missing, and nothing else. Sourced by the other scripts.
set -euo pipefail

# Swift may be installed outside PATH (/opt/swift on our machines).
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
if ! command -v swift >/dev/null 2>&1; then
    echo "entente: Swift 6 is needed to build; install it from swift.org and put it on PATH" >&2
    exit 1
fi

missing=()
# libedit's header and pkg-config file come with libedit-dev.
if [ ! -f /usr/include/histedit.h ] || ! pkg-config --exists libedit 2>/dev/null; then
    missing+=(libedit-dev)
fi
# libxml2 (the HTML parser) and zlib (DOCX archives): headers and pkg-config files come with -dev.
if [ ! -f /usr/include/libxml2/libxml/HTMLparser.h ] || ! pkg-config --exists libxml-2.0 2>/dev/null; then
    missing+=(libxml2-dev)
fi
if [ ! -f /usr/include/zlib.h ] || ! pkg-config --exists zlib 2>/dev/null; then
    missing+=(zlib1g-dev)
fi
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
    echo "entente: installing ${missing[*]}" >&2
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
