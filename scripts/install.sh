#!/usr/bin/env bash
# Builds recit in release mode and installs it for everyday use: scripts/install.sh [PREFIX]
# (default /usr/local). The binary embeds its templates and the référentiel: it needs nothing
# from the source tree, only the shared libraries libxml2 and cmark-gfm (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
scripts/setup.sh
swift build -c release --product recit
install -d "$prefix/bin"
install -m 0755 .build/release/recit "$prefix/bin/recit"
echo "recit installé dans / installed in $prefix/bin/recit"
