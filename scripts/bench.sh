#!/usr/bin/env bash
# Mesure recit face à cmark-gfm, pandoc et Hugo sur un même corpus généré.
# Benchmarks recit against cmark-gfm, pandoc and Hugo on one generated corpus.
#
#   scripts/bench.sh [N]                      N actions (default 1000), every step, one table
#   scripts/bench.sh --sizes 500,2000,8000    the same at several N, then a chart
#   options: --runs R (default 5), --seed S, --recit BIN (skip the release build),
#            --keep (keep the work folder), --work DIR (work there, reuse its corpora),
#            --only KEY,KEY (some steps; see bench-report.py)
#
# Installs what is missing (Debian: hyperfine pandoc cmark-gfm hugo time; PyPI: matplotlib for
# the chart), builds recit in release (.build-release), generates the corpus with
# scripts/generate-project.py, then runs each command with hyperfine (--warmup 1 --runs 5) and
# measures its peak memory with one more run under /usr/bin/time (--runs 1: one run under
# /usr/bin/time, no hyperfine); a step whose memory, scaled from the previous size, would not fit
# in this machine is not run and says so. Prints Markdown tables and
# writes bench-results/latest.json (bench-results/ is git-ignored). See docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

usage() {
  cat <<'EOF'
Usage : scripts/bench.sh [N] [--sizes N,N,…] [--runs R] [--seed S] [--recit BIN] [--keep]
                         [--work DOSSIER] [--only CLÉ,CLÉ]

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
  --runs R        mesures par commande (défaut 5 ; 1 : une seule exécution, sans échauffement)
                  timed runs per command (default 5; 1: a single run, no warm-up)
  --seed S        graine du corpus / corpus seed
  --recit BIN     utiliser ce binaire au lieu de compiler / use this binary, do not build
  --keep          garder le dossier de travail / keep the work folder
  --work DOSSIER  travailler dans DOSSIER (gardé) et y reprendre un corpus déjà écrit pour le
                  même N et la même graine / work in DIR (kept), reusing a corpus already
                  written there for the same N and seed
  --only K,K      seulement ces étapes / only these steps: check html all-novalidate all
                  incremental workspace cmark pandoc-html pandoc-docbook hugo

Une étape dont la mémoire, extrapolée de la taille précédente, dépasserait la mémoire
disponible n'est pas lancée : le tableau l'indique. / A step whose memory, scaled from the
previous size, would exceed the memory available is not run: the table says so.
EOF
}

sizes=()
runs=5
seed=""
recit=""
keep=0
only=""
work=""
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
    --work) work="${2:?--work DIR}"; keep=1; shift 2 ;;
    [0-9]*) sizes=("$1"); shift ;;
    *) echo "bench: option inconnue / unknown option: $1 (--help)" >&2; exit 64 ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000)
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench: --runs invalide / invalid --runs: $runs" >&2; exit 64; }
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

if [ -n "$work" ]; then
  mkdir -p "$work"
  work="$(cd "$work" && pwd)"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/recit-bench.XXXXXX")"
fi
if [ "$keep" = 1 ]; then
  echo "bench: dossier de travail gardé / work folder kept: $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

wanted() { [ -z "$only" ] || [[ "$only" == *",$1,"* ]]; }

# Peak memory of each step (KiB) at the last size where it ran, and that size, to foresee the
# next one.
declare -A previous_rss=() previous_n=()
available_kib="$(awk '/^MemAvailable:/ { print $2 }' /proc/meminfo)"

# fits KEY FOLDER: whether KEY's memory, scaled linearly from the previous size, stays within
# 85 % of the memory available; if not, FOLDER/KEY.skipped says why and the step is not run.
fits() {
  local key="$1" folder="$2"
  [ -n "${previous_rss[$key]:-}" ] || return 0
  local from="${previous_n[$key]}"
  local predicted=$(( previous_rss[$key] * n / from ))
  if [ "$predicted" -gt $(( available_kib * 85 / 100 )) ]; then
    printf '{"predicted_kib": %d, "available_kib": %d, "from_actions": %d}\n' \
      "$predicted" "$available_kib" "$from" >"$folder/$key.skipped"
    echo "bench: N=$n $key non lancé / not run: ~$(( predicted / 1048576 )) GiB prévus / foreseen" \
      "(N=$from : $(( previous_rss[$key] / 1024 )) MiB), $(( available_kib / 1048576 )) GiB" \
      "disponibles / available" >&2
    return 1
  fi
}

# bench KEY FOLDER PREPARE COMMAND: hyperfine into FOLDER/KEY.json, then one more run (after
# PREPARE) under /usr/bin/time for the peak resident set, in KiB, into FOLDER/KEY.rss. With
# --runs 1, the one run under /usr/bin/time gives both (KEY.json in hyperfine's shape).
bench() {
  local key="$1" folder="$2" prepare="$3" command="$4"
  wanted "$key" || return 0
  fits "$key" "$folder" || return 0
  echo "bench: N=$n $key" >&2
  if [ "$runs" = 1 ]; then
    if [ -n "$prepare" ]; then bash -c "$prepare"; fi
    # The wall time from bash's microsecond clock (/usr/bin/time's %e has 10 ms steps).
    local start="$EPOCHREALTIME"
    /usr/bin/time -f '%M' -o "$folder/$key.time" bash -c "$command" >/dev/null 2>&1
    local stop="$EPOCHREALTIME" wall rss
    wall="$(awk -v a="$start" -v b="$stop" 'BEGIN { printf "%.6f", b - a }')"
    rss="$(tail -n 1 "$folder/$key.time")"
    printf '{"results": [{"command": "%s", "mean": %s, "stddev": null, "median": %s, "min": %s, "max": %s, "times": [%s]}]}\n' \
      "$key" "$wall" "$wall" "$wall" "$wall" "$wall" >"$folder/$key.json"
    echo "$rss" >"$folder/$key.rss"
    echo "  $key: ${wall} s, $(( rss / 1024 )) MiB" >&2
  else
    local options=(--warmup 1 --runs "$runs" --export-json "$folder/$key.json"
      --command-name "$key" --style basic)
    if [ -n "$prepare" ]; then options+=(--prepare "$prepare"); fi
    hyperfine "${options[@]}" "$command" >&2
    if [ -n "$prepare" ]; then bash -c "$prepare"; fi
    /usr/bin/time -f %M -o "$folder/$key.rss" bash -c "$command" >/dev/null 2>&1
  fi
  next_rss[$key]="$(tail -n 1 "$folder/$key.rss")"
}

pairs=()
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  project="$dir/projet"
  out="$dir/out"
  declare -A next_rss=()
  seed_option=()
  [ -n "$seed" ] && seed_option=(--seed "$seed")
  stamp="$n ${seed:-default}"
  if [ -f "$dir/corpus.stamp" ] && [ "$(cat "$dir/corpus.stamp")" = "$stamp" ]; then
    echo "bench: corpus de N=$n repris / reused: $project" >&2
  else
    # Only a folder this script made (it has a stamp) is replaced; never anything else.
    if [ -e "$dir" ] && [ ! -f "$dir/corpus.stamp" ]; then
      echo "bench: $dir existe et n'est pas un dossier de bench.sh / exists and is not" \
        "bench.sh's: rien n'est écrit / nothing written" >&2
      exit 1
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    python3 scripts/generate-project.py "$project" -n "$n" "${seed_option[@]}" >&2
    python3 scripts/bench-report.py prepare "$project" "$dir" >&2
    echo "$stamp" >"$dir/corpus.stamp"
  fi
  # Results of an earlier run in a reused folder are not this run's.
  rm -rf "$out"
  find "$dir" -maxdepth 1 \( -name '*.json' ! -name corpus.json -o -name '*.rss' -o -name '*.time' \
    -o -name '*.skipped' \) -delete
  mkdir -p "$out"
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
  if wanted incremental && fits incremental "$dir"; then
    # One first build, then each run sees a fresh change to one narrative.
    "$recit" build "$project" --format html --out "$out/incremental" >/dev/null
    changed="$(find "$project/actions" -name '*.md' ! -name action.md | sort | awk 'NR == 1')"
    bench incremental "$dir" "echo \"Une phrase ajoutée à \$(date +%s%N).\" >> '$changed'" \
      "'$recit' build '$project' --format html --out '$out/incremental'"
  fi
  if wanted workspace && fits workspace "$dir"; then
    # An edit on disk, then Workspace.update and build in memory, 20 times (recit serve's
    # path); the narrative is given back its bytes afterwards.
    echo "bench: N=$n workspace" >&2
    /usr/bin/time -f %M -o "$dir/workspace.rss" \
      "$bench_tool" "$project" --changes 20 --format html --json >"$dir/workspace.json"
    next_rss[workspace]="$(tail -n 1 "$dir/workspace.rss")"
  fi
  bench cmark "$dir" "" \
    "cmark-gfm -e table -e strikethrough -e autolink -e tasklist '$dir/bodies.md'"
  bench pandoc-html "$dir" "" "pandoc -f gfm -t html '$dir/bodies.md'"
  bench pandoc-docbook "$dir" "" "pandoc -f gfm -t docbook5 '$dir/bodies.md'"
  bench hugo "$dir" "rm -rf '$out/hugo'" "hugo --quiet -s '$dir/hugo' -d '$out/hugo'"
  pairs+=("$n:$dir")
  for key in "${!next_rss[@]}"; do
    previous_rss[$key]="${next_rss[$key]}"
    previous_n[$key]="$n"
  done
  unset next_rss
done

mkdir -p bench-results
python3 scripts/bench-report.py report bench-results/latest.json "${pairs[@]}"
if [ ${#sizes[@]} -gt 1 ]; then
  python3 scripts/bench-chart.py bench-results/latest.json --out bench-results/chart.png >&2
fi
