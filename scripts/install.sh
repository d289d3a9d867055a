#!/usr/bin/env bash
# Builds recit in release mode with the Swift standard library and Foundation linked statically,
# and installs it for everyday use: scripts/install.sh [PREFIX] (default /usr/local).
#
# The binary embeds its templates and the référentiel, and needs no Swift toolchain to run:
# only Debian's shared libraries libxml2 and libcmark-gfm (and the C library). To build the
# binary without installing it: scripts/install.sh --build-only (it prints the binary's path).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
scripts/setup.sh
swift build -c release --static-swift-stdlib --product recit
binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/recit"
if [ "$prefix" = "--build-only" ]; then
  echo "$binary"
  exit 0
fi
install -d "$prefix/bin"
# A new file renamed over the old one: a running recit is never overwritten in place, and the
# installed one is never half-written.
install -m 0755 "$binary" "$prefix/bin/.recit.new"
mv -f "$prefix/bin/.recit.new" "$prefix/bin/recit"
echo "recit installé dans / installed in $prefix/bin/recit"
