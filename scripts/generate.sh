#!/usr/bin/env bash
# Rewrites every file generated from the rule units, from the package root:
#   1. recit-rule-index: Sources/RecitModel/Rule.swift (the ids and severities) and
#      Sources/RecitKit/Check/Rules/RuleRegistry.swift (the list of units), read from the
#      units' source files, so that it runs while a new unit names a case not generated yet;
#   2. recit-gen: the rule ids in schemas/*.json and the table docs/rules.md.
# Tests fail (RuleIndexTests, RuleArtifactsTests) when a committed file differs from these.
set -euo pipefail
cd "$(dirname "$0")/.."
swift run --quiet recit-rule-index
swift run --quiet recit-gen "$@"
