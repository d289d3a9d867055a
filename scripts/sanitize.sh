#!/usr/bin/env bash
# Lance toute la suite de tests sous AddressSanitizer (et UndefinedBehaviorSanitizer pour le code C).
# Runs the whole test suite under AddressSanitizer, UndefinedBehaviorSanitizer on the C code
# (see docs/FUZZING.md, "Sanitizers over the test suite").
#
#   scripts/sanitize.sh [--leaks] [SWIFT TEST ARGUMENTS…]
#
# Builds the package and its tests in debug in .build-asan with `--sanitize address` (every Swift
# and C module, and the `recit` binary the CLI tests run) and `-Xcc -fsanitize=undefined` (the C
# that SwiftPM compiles: Yams' libyaml, the NIO and BoringSSL shims; Swift on Linux has no
# `-sanitize=undefined`, and Swift code traps on overflow and out-of-bounds access by itself),
# linked by lld. Runs `swift test` on it with every report written to .build-asan/reports/, then
# prints how many reports of each kind there are. Without --leaks, LeakSanitizer is off (its
# reports at `exit()` are read apart: see the doc). Exit status: 1 when AddressSanitizer or
# UndefinedBehaviorSanitizer reported anything, else that of `swift test` (whose time and memory
# bounds do not hold under instrumentation: read which tests failed).
set -euo pipefail
cd "$(dirname "$0")/.."
leaks=0
if [[ "${1:-}" == "--leaks" ]]; then
  leaks=1
  shift
fi
scratch=.build-asan
reports="$PWD/$scratch/reports"
flags=(--sanitize address -Xcc -fsanitize=undefined -Xlinker -fuse-ld=lld --scratch-path "$scratch")
echo "== build (debug, AddressSanitizer; UndefinedBehaviorSanitizer on C) in $scratch" >&2
swift build --build-tests "${flags[@]}" >&2
rm -rf "$reports"
mkdir -p "$reports"
echo "== swift test, reports in $reports" >&2
set +e
ASAN_OPTIONS="detect_leaks=$leaks:log_path=$reports/report" \
  UBSAN_OPTIONS="print_stacktrace=1:log_path=$reports/report" \
  swift test --skip-build --scratch-path "$scratch" "$@"
status=$?
set -e
count() { { grep -l -E "$1" "$reports"/report.* 2>/dev/null || true; } | wc -l; }
memory=$(count "ERROR: AddressSanitizer")
undefined=$(count "runtime error:")
leaked=$(count "ERROR: LeakSanitizer")
echo "sanitize: swift test exited $status; reports: AddressSanitizer $memory, UndefinedBehaviorSanitizer $undefined, LeakSanitizer $leaked ($reports)"
if [[ $memory -gt 0 || $undefined -gt 0 ]]; then exit 1; fi
exit $status
