#!/usr/bin/env bash
# Measures `recit check` (load + all rules) on a generated project of N actions (default 2,000,
# i.e. 2 files each): wall time, CPU time and peak memory. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-2000}"
swift build -c release --product recit >/dev/null
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 scripts/generate-project.py "$dir/p" "$count"
files=$(find "$dir/p" -name '*.md' -o -name '*.yml' | wc -l)
python3 - "$dir/p" "$files" <<'PY'
import resource, subprocess, sys, time
project, files = sys.argv[1], int(sys.argv[2])
runs = []
for _ in range(3):
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([".build/release/recit", "check", project, "--format", "json"],
                            capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter() - start
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    runs.append((wall, cpu))
    if result.returncode not in (0, 1):
        sys.exit(f"recit check failed: {result.stderr.decode()}")
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
wall, cpu = min(runs)
print(f"files: {files}")
print(f"wall: {wall:.3f} s (best of 3)")
print(f"cpu: {cpu:.3f} s  ({cpu / files * 1000:.3f} s per 1,000 files)")
print(f"peak memory: {peak:.1f} MiB")
PY
