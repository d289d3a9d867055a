#!/usr/bin/env bash
# Installs what is missing (apt packages, validators from PyPI), checks the formatting, then
# runs the whole test suite, then the packaging test (scripts/test-packaging.sh). Arguments go
# to `swift test` (e.g. --filter WorkspaceTests) and leave the packaging test out.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
echo "test: swift format lint"
swift format lint --strict --recursive Sources Tests Plugins Package.swift
swift test "$@"
# The whole suite (no arguments) also builds and tests the static binary and the .deb.
if [ $# -eq 0 ]; then scripts/test-packaging.sh; fi
