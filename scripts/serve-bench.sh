#!/usr/bin/env bash
# Mesure `recit serve` sur un corpus généré : délai entre l'enregistrement d'un fichier et la
# page rechargée, puis débit et latence d'une page d'action sous charge (wrk).
# Measures `recit serve` on a generated corpus: the time from a saved file to the reloaded
# page, then the throughput and latency of an action page under load (wrk).
#
#   scripts/serve-bench.sh [N]    N actions (default 1000)
#   options: --recit BIN (skip the release build), --rounds R (save→reload rounds, default 9),
#            --duration D (wrk's duration, default 10s), --keep (keep the work folder)
#
# Installs wrk (Debian) when missing, builds recit in release (.build-serve-release), writes
# the corpus with scripts/generate-project.py, starts `recit serve --port 0` on it, runs
# Tests/Fixtures/tools/serve-browser.py --latency R in Debian's Chromium (the write's time to
# the updated page on screen, on one clock) twice: while the first DocBook of the project is
# built in the background, then once it has caught up; then `wrk -t2 -c16 -dD --latency` on
# one action page.
# Prints the figures and writes bench-results/serve.json (git-ignored). See docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

actions=1000
recit=""
rounds=9
duration=10s
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --recit) recit="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    [0-9]*) actions="$1"; shift ;;
    *) echo "serve-bench: option inconnue / unknown option: $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null; then
  echo "serve-bench: apt-get install wrk"
  if [ "$(id -u)" = 0 ]; then as_root=(); else as_root=(sudo); fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
if [ -z "$recit" ]; then
  swift build -c release --product recit --scratch-path .build-serve-release >&2
  recit="$repo/.build-serve-release/release/recit"
fi

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "$keep" = 0 ]; then rm -rf "$work"; else echo "serve-bench: kept $work" >&2; fi
}
trap cleanup EXIT

python3 scripts/generate-project.py "$work/corpus" -n "$actions" >/dev/null
action="$(ls "$work/corpus/actions" | sort | sed -n 1p)"
file="actions/$action/action.md"

"$recit" serve "$work/corpus" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
port=""
for _ in $(seq 1 6000); do
  port="$(grep -o 'http://[^ ]*:[0-9]*/' "$work/serve.out" 2>/dev/null | grep -o '[0-9]*/$' | tr -d /)" || true
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "serve-bench: no port after 600 s" >&2; exit 1; }
url="http://127.0.0.1:$port"
echo "serve-bench: $actions actions, $url" >&2

# The DocBook, built after the pages in the background, has caught up with the last edit when
# its line is the last one; wait for it at most 5 minutes.
book_caught_up() {
  for _ in $(seq 1 3000); do
    tail -n 1 "$work/serve.err" | grep -q "DocBook" && return 0
    sleep 0.1
  done
}

# First while the server builds the whole project's DocBook for the first time (one core
# taken, as whenever the saves pause), then once it has caught up.
python3 Tests/Fixtures/tools/serve-browser.py --url "$url" --project "$work/corpus" \
  --action "$action" --file "$file" --latency "$rounds" >"$work/latency-busy.json"
book_caught_up
grep "reconstruit\|rebuilt" "$work/serve.err" | tail -n "$rounds" >"$work/rebuilds-busy.txt" || true
python3 Tests/Fixtures/tools/serve-browser.py --url "$url" --project "$work/corpus" \
  --action "$action" --file "$file" --latency "$rounds" >"$work/latency.json"
grep "reconstruit\|rebuilt" "$work/serve.err" | tail -n "$rounds" >"$work/rebuilds.txt" || true

# The load test starts once the DocBook has caught up with the last edit.
book_caught_up
grep "DocBook" "$work/serve.err" | tail -n "$rounds" >"$work/book.txt" || true
wrk -t2 -c16 -d"$duration" --latency "$url/html/$action.html" >"$work/wrk.txt"

mkdir -p bench-results
python3 - "$work" "$actions" "$duration" "$(nproc)" <<'PY'
import json, re, sys
work, actions, duration, cores = sys.argv[1:]
latency = json.load(open(f"{work}/latency.json"))
busy = json.load(open(f"{work}/latency-busy.json"))
busy_rebuilds = [
    int(m) for m in re.findall(r"(?:en|in) (\d+) ms", open(f"{work}/rebuilds-busy.txt").read())]
wrk = open(f"{work}/wrk.txt").read()
rebuilds = [int(m) for m in re.findall(r"(?:en|in) (\d+) ms", open(f"{work}/rebuilds.txt").read())]
book = [int(m) for m in re.findall(r"(?:en|in) (\d+) ms", open(f"{work}/book.txt").read())]

def to_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

percentiles = {p: to_ms(v) for p, v in re.findall(r"^\s+(\d+)%\s+(\S+)", wrk, re.M)}
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)", wrk)
result = {
    "actions": int(actions), "cores": int(cores),
    "save_to_reload_ms": latency.get("latency_ms"), "median_ms": latency.get("median_ms"),
    "max_ms": latency.get("max_ms"), "rebuild_ms": rebuilds, "docbook_ms": book,
    "steps_ms": latency.get("steps_ms"),
    "during_first_docbook": {
        "save_to_reload_ms": busy.get("latency_ms"), "median_ms": busy.get("median_ms"),
        "max_ms": busy.get("max_ms"), "rebuild_ms": busy_rebuilds},
    "wrk_duration": duration, "requests_per_second": rate,
    "p50_ms": percentiles.get("50"), "p99_ms": percentiles.get("99"),
    "errors": errors.group(0) if errors else None,
    "problems": (busy.get("problems") or []) + (latency.get("problems") or []),
}
json.dump(result, open("bench-results/serve.json", "w"), indent=2)
def median(values):
    return sorted(values)[len(values) // 2] if values else "?"

print(f"| save → page updated, median of {len(latency.get('latency_ms') or [])} | "
      f"{result['median_ms']} ms (max {result['max_ms']} ms) |")
print(f"| … while the first DocBook is built beside it, median of "
      f"{len(busy.get('latency_ms') or [])} | {busy.get('median_ms')} ms "
      f"(max {busy.get('max_ms')} ms; rebuild median {median(busy_rebuilds)} ms) |")
print(f"| rebuild in the server (median) | "
      f"{sorted(rebuilds)[len(rebuilds) // 2] if rebuilds else '?'} ms |")
print(f"| DocBook caught up, in the background (median) | "
      f"{sorted(book)[len(book) // 2] if book else '?'} ms |")
print(f"| wrk {duration}, 2 threads, 16 connections | {rate:.0f} req/s, p50 "
      f"{result['p50_ms']} ms, p99 {result['p99_ms']} ms, errors: {result['errors'] or 'none'} |")
PY
cat "$work/wrk.txt" >&2
