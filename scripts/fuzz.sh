#!/usr/bin/env bash
# Construit et lance un fuzzer libFuzzer de recit pendant une durée donnée.
# Builds and runs one of recit's libFuzzer targets for a given time (see docs/FUZZING.md).
#
#   scripts/fuzz.sh TARGET [SECONDS]     TARGET: action-file | markdown | templates | all
#                                        (or FuzzActionFile, FuzzMarkdown, FuzzTemplates);
#                                        SECONDS: default 300, per target
#
# Builds the target in debug in its own scratch folder (.build-fuzz); RECIT_FUZZ=1 makes
# Package.swift declare the targets and compile RecitModel, RecitKit and them with
# -sanitize=fuzzer,address (not -Xswiftc, which would reach the plugin's tool). Writes the seed corpus
# from Samples/, Explanations/ and Templates/ (scripts/fuzz-corpus.py), then runs libFuzzer with
# one worker. What libFuzzer learns is kept in .build-fuzz/corpus/TARGET/found (reused by the
# next run), its log in .build-fuzz/runs/; a crash, leak, timeout or memory blow-up is written to
# .build-fuzz/artifacts/TARGET/ and the script exits 1. Prints one summary line per target.
# Environment: FUZZ_MAX_LEN (default 16384), FUZZ_TIMEOUT (seconds per input, default 10),
# FUZZ_RSS_MB (default 2048), FUZZ_ARGS (more libFuzzer options).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '2,3p;5,7p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
seconds="${2:-300}"
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage

product() {
  case "$1" in
    action-file | FuzzActionFile) echo FuzzActionFile ;;
    markdown | FuzzMarkdown) echo FuzzMarkdown ;;
    templates | FuzzTemplates) echo FuzzTemplates ;;
    *) return 1 ;;
  esac
}

corpus_name() {
  case "$1" in
    FuzzActionFile) echo action-file ;;
    FuzzMarkdown) echo markdown ;;
    FuzzTemplates) echo templates ;;
  esac
}

scratch=.build-fuzz

run_one() {
  local product="$1" name bin seeds found artifacts run log status runs corpus outcome
  name="$(corpus_name "$product")"
  echo "== $product: build (debug, -sanitize=fuzzer,address: see Package.swift)" >&2
  RECIT_FUZZ=1 swift build -c debug --scratch-path "$scratch" --product "$product" >&2
  bin="$PWD/$scratch/debug/$product"
  python3 scripts/fuzz-corpus.py "$scratch/seeds" >&2
  seeds="$PWD/$scratch/seeds/$name"
  found="$PWD/$scratch/corpus/$name/found"
  artifacts="$PWD/$scratch/artifacts/$name"
  # With -jobs, libFuzzer runs the fuzzing in a child whose output goes to fuzz-0.log in the
  # current folder: each run gets its own folder.
  run="$PWD/$scratch/runs/$name-$(date -u +%Y%m%dT%H%M%SZ)"
  log="$run/fuzz-0.log"
  mkdir -p "$found" "$artifacts" "$run"
  echo "== $product: ${seconds} s from $seeds (+ $found), log $log" >&2
  set +e
  (cd "$run" && ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}" \
    "$bin" "$found" "$seeds" \
    -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-16384}" \
    -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
    -workers=1 -jobs=1 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} >"$run/driver.log" 2>&1)
  status=$?
  set -e
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" 2>/dev/null | tail -1)"
  corpus="$(find "$found" -type f | wc -l)"
  if [[ $status -eq 0 ]]; then
    outcome="clean"
  else
    outcome="FOUND (exit $status): $(grep -m1 -E 'ERROR|SUMMARY' "$log" || echo see log) — $(ls -t "$artifacts" | head -1)"
  fi
  echo "fuzz $product: $(date -u +%Y-%m-%dT%H:%MZ) ${seconds} s, ${runs:-?} runs, corpus $corpus inputs, $outcome"
  return $status
}

if [[ "$1" == all ]]; then
  failed=0
  for product in FuzzActionFile FuzzMarkdown FuzzTemplates; do
    run_one "$product" || failed=1
  done
  exit $failed
fi
product="$(product "$1")" || usage
run_one "$product"
