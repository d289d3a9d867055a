#!/usr/bin/env bash
# Quick start: installs what is missing, builds recit, then checks and builds a sample project.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release
sample="${1:-Samples/malaunay}"
.build/release/recit check "$sample"
.build/release/recit build "$sample" --out build/"$(basename "$sample")"
echo "→ build/$(basename "$sample")/"
