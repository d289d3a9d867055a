#!/usr/bin/env bash
# Mesure recit face à cmark-gfm, pandoc et Hugo sur un même corpus généré.
# Benchmarks recit against cmark-gfm, pandoc and Hugo on one generated corpus.
#
#   scripts/bench.sh [N]                      N actions (default 1000), every step, one table
#   scripts/bench.sh --sizes 500,2000,8000    the same at several N, then a chart
#   options: --runs R (default 5), --seed S, --recit BIN (skip the release build),
#            --keep (keep the work folder), --only KEY,KEY (some steps; see bench-report.py)
#
# Installs what is missing (Debian: hyperfine pandoc cmark-gfm hugo time; PyPI: matplotlib for
# the chart), builds recit in release (.build-release), generates the corpus with
# scripts/generate-project.py, then runs each command with hyperfine (--warmup 1 --runs 5) and
# measures its peak memory with one more run under /usr/bin/time. Prints Markdown tables and
# writes bench-results/latest.json (bench-results/ is git-ignored). See docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

usage() {
  cat <<'EOF'
Usage : scripts/bench.sh [N] [--sizes N,N,…] [--runs R] [--seed S] [--recit BIN] [--keep]
                         [--only CLÉ,CLÉ]

Mesure, sur un corpus de N actions (défaut 1000) écrit par scripts/generate-project.py :
recit check, recit build (html ; html,docbook,svg avec et sans validation ; reconstruction
après la modification d'un récit), cmark-gfm, pandoc (html, docbook5) et Hugo sur les mêmes
corps de récits. Affiche un tableau Markdown et écrit bench-results/latest.json ; avec
--sizes, mesure chaque N puis dessine bench-results/chart.png.

Measures, on a corpus of N actions (default 1000) written by scripts/generate-project.py:
recit check, recit build (html; html,docbook,svg with and without validation; a rebuild after
one narrative changes), cmark-gfm, pandoc (html, docbook5) and Hugo on the same narrative
bodies. Prints a Markdown table and writes bench-results/latest.json; with --sizes, measures
each N then draws bench-results/chart.png.

  --sizes N,N,…   plusieurs tailles / several sizes (e.g. 500,2000,8000)
  --runs R        mesures par commande (défaut 5) / timed runs per command (default 5)
  --seed S        graine du corpus / corpus seed
  --recit BIN     utiliser ce binaire au lieu de compiler / use this binary, do not build
  --keep          garder le dossier de travail / keep the work folder
  --only K,K      seulement ces étapes / only these steps: check html all-novalidate all
                  incremental workspace cmark pandoc-html pandoc-docbook hugo
EOF
}

sizes=()
runs=5
seed=""
recit=""
keep=0
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --sizes) IFS=, read -r -a sizes <<<"${2:?--sizes N,N,…}"; shift 2 ;;
    --sizes=*) IFS=, read -r -a sizes <<<"${1#--sizes=}"; shift ;;
    --runs) runs="${2:?--runs R}"; shift 2 ;;
    --seed) seed="${2:?--seed S}"; shift 2 ;;
    --recit) recit="${2:?--recit BIN}"; shift 2 ;;
    --only) only=",${2:?--only KEY,KEY},"; shift 2 ;;
    --keep) keep=1; shift ;;
    [0-9]*) sizes=("$1"); shift ;;
    *) echo "bench: option inconnue / unknown option: $1 (--help)" >&2; exit 64 ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000)
for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "bench: taille invalide / invalid size: $n" >&2; exit 64; }
done

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "bench: root ou sudo nécessaire / root or sudo needed to install: $*" >&2; exit 1; fi
}

# --- What the benchmark needs -----------------------------------------------------------------
apt_packages=(hyperfine pandoc cmark-gfm hugo time)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: apt-get install ${missing[*]}" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
if [ ${#sizes[@]} -gt 1 ] && ! python3 -c 'import matplotlib' 2>/dev/null; then
  echo "bench: pip install matplotlib" >&2
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install -q --disable-pip-version-check matplotlib
fi

if [ -z "$recit" ]; then
  scripts/setup.sh >&2
  echo "bench: swift build -c release --product recit --scratch-path .build-release" >&2
  swift build -c release --product recit --scratch-path .build-release >&2
  recit="$repo/.build-release/release/recit"
fi
# recit-bench (Sources/RecitBench) times the Workspace that `recit serve` uses; it is built
# beside the recit binary used.
bench_tool="$(dirname "$recit")/recit-bench"
if [ ! -x "$bench_tool" ]; then
  echo "bench: swift build -c release --product recit-bench --scratch-path .build-release" >&2
  swift build -c release --product recit-bench --scratch-path .build-release >&2
  bench_tool="$repo/.build-release/release/recit-bench"
fi
recit="$(cd "$(dirname "$recit")" && pwd)/$(basename "$recit")"
[ -x "$recit" ] || { echo "bench: $recit n'est pas exécutable / is not executable" >&2; exit 1; }
RECIT_VERSION="$("$recit" --version 2>/dev/null || echo '?')"
export RECIT_VERSION

work="$(mktemp -d "${TMPDIR:-/tmp}/recit-bench.XXXXXX")"
if [ "$keep" = 1 ]; then
  echo "bench: dossier de travail gardé / work folder kept: $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

wanted() { [ -z "$only" ] || [[ "$only" == *",$1,"* ]]; }

# bench KEY FOLDER PREPARE COMMAND: hyperfine into FOLDER/KEY.json, then one more run (after
# PREPARE) under /usr/bin/time for the peak resident set, in KiB, into FOLDER/KEY.rss.
bench() {
  local key="$1" folder="$2" prepare="$3" command="$4"
  wanted "$key" || return 0
  echo "bench: N=$n $key" >&2
  local options=(--warmup 1 --runs "$runs" --export-json "$folder/$key.json" --command-name "$key"
    --style basic)
  if [ -n "$prepare" ]; then options+=(--prepare "$prepare"); fi
  hyperfine "${options[@]}" "$command" >&2
  if [ -n "$prepare" ]; then bash -c "$prepare"; fi
  /usr/bin/time -f %M -o "$folder/$key.rss" bash -c "$command" >/dev/null 2>&1
}

pairs=()
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  project="$dir/projet"
  out="$dir/out"
  mkdir -p "$dir" "$out"
  seed_option=()
  [ -n "$seed" ] && seed_option=(--seed "$seed")
  python3 scripts/generate-project.py "$project" -n "$n" "${seed_option[@]}" >&2
  python3 scripts/bench-report.py prepare "$project" "$dir" >&2
  "$recit" check "$project" >"$dir/check.txt" || {
    cat "$dir/check.txt" >&2
    echo "bench: le corpus ne passe pas recit check / the corpus fails recit check" >&2
    exit 1
  }
  tail -n 1 "$dir/check.txt" >&2

  bench check "$dir" "" "'$recit' check '$project'"
  bench html "$dir" "rm -rf '$out/html'" \
    "'$recit' build '$project' --format html --out '$out/html'"
  bench all-novalidate "$dir" "rm -rf '$out/all-novalidate'" \
    "'$recit' build '$project' --format html,docbook,svg --no-validate --out '$out/all-novalidate'"
  bench all "$dir" "rm -rf '$out/all'" \
    "'$recit' build '$project' --format html,docbook,svg --out '$out/all'"
  if wanted incremental; then
    # One first build, then each run sees a fresh change to one narrative.
    "$recit" build "$project" --format html --out "$out/incremental" >/dev/null
    changed="$(find "$project/actions" -name '*.md' ! -name action.md | sort | awk 'NR == 1')"
    bench incremental "$dir" "echo \"Une phrase ajoutée à \$(date +%s%N).\" >> '$changed'" \
      "'$recit' build '$project' --format html --out '$out/incremental'"
  fi
  if wanted workspace; then
    # An edit on disk, then Workspace.update and build in memory, 20 times (recit serve's
    # path); the narrative is given back its bytes afterwards.
    echo "bench: N=$n workspace" >&2
    "$bench_tool" "$project" --changes 20 --format html --json >"$dir/workspace.json"
  fi
  bench cmark "$dir" "" \
    "cmark-gfm -e table -e strikethrough -e autolink -e tasklist '$dir/bodies.md'"
  bench pandoc-html "$dir" "" "pandoc -f gfm -t html '$dir/bodies.md'"
  bench pandoc-docbook "$dir" "" "pandoc -f gfm -t docbook5 '$dir/bodies.md'"
  bench hugo "$dir" "rm -rf '$out/hugo'" "hugo --quiet -s '$dir/hugo' -d '$out/hugo'"
  pairs+=("$n:$dir")
done

mkdir -p bench-results
python3 scripts/bench-report.py report bench-results/latest.json "${pairs[@]}"
if [ ${#sizes[@]} -gt 1 ]; then
  python3 scripts/bench-chart.py bench-results/latest.json --out bench-results/chart.png >&2
fi
