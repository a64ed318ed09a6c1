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
# libedit's header comes with libedit-dev (which brings the library the REPL opens at run time).
if [ ! -f /usr/include/histedit.h ]; then
    missing+=(libedit-dev)
fi
# libxml2 (the HTML parser) is loaded at run time when a web page or DOCX file is read, so only the
# library is needed, not its headers; Swift's own toolchain depends on it, so it is rarely missing.
if ! /sbin/ldconfig -p 2>/dev/null | grep -E 'libxml2\.so\.(2|16) ' >/dev/null; then
    missing+=(libxml2)
fi
# zlib (DOCX archives): header and pkg-config file come with zlib1g-dev.
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
