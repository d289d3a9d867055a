#!/usr/bin/env bash
# Installs what is missing (apt packages, validators from PyPI), checks the formatting, then
# runs the whole test suite. Arguments go to `swift test` (e.g. --filter WorkspaceTests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
echo "test: swift format lint"
swift format lint --strict --recursive Sources Tests Plugins Package.swift
swift test "$@"
