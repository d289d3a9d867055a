#!/usr/bin/env bash
# Tests the two ways a commune installs recit, as scripts/test.sh runs them after `swift test`:
#
# 1. the release binary of scripts/install.sh links no Swift library (`ldd`), and runs
#    `init`, `check` and `build` with the Swift toolchain out of reach (an empty tmpfs mounted
#    over it in a private mount namespace, so nothing of the toolchain can be loaded);
# 2. the .deb of scripts/package-deb.sh holds the binary, its manual page, the completions and
#    the licence, declares libxml2, libcmark-gfm and docbook5-xml, installs with `dpkg -i`, runs
#    `init`, `check` and `build` from another folder (toolchain out of reach again), its bash
#    completion loads, and `dpkg --purge` leaves none of its files behind.
#
# Needs root (dpkg -i, unshare -m), as the set-up does. Fails, never skips.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "test-packaging: ÉCHEC / FAILED: $*" >&2; exit 1; }
step() { echo "test-packaging: $(date +%T) $*"; }

[ "$(id -u)" = 0 ] || fail "needs root (dpkg -i, unshare -m); run it as root or through sudo"
if dpkg-query -W -f='${Status}' recit 2>/dev/null | grep -q "ok installed"; then
  fail "a recit package is already installed here; remove it (dpkg -r recit) before this test"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/recit-packaging.XXXXXX")"
installed=false
cleanup() {
  if $installed; then dpkg --purge recit >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The toolchain's root (/opt/swift/usr here): what must be out of reach at run time.
toolchain="$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")"
[ -d "$toolchain/lib/swift" ] || fail "no Swift toolchain found at $toolchain"

# Runs a shell script with the toolchain hidden; checks first that it is hidden indeed.
without_toolchain() {
  unshare --mount --propagation private sh -eu -c '
    mount -t tmpfs recit-no-toolchain "$1"
    if [ -e "$1/lib/swift" ]; then echo "the toolchain is still visible" >&2; exit 1; fi
    shift; cd "$1"; shift; exec sh -eu -c "$@"' sh "$toolchain" "$@"
}

# Runs init, check and build with the given recit in a new folder and checks the outputs.
exercise() {
  local recit="$1" folder="$2"
  mkdir -p "$folder"
  without_toolchain "$folder" "
    '$recit' --version
    '$recit' init essai --territoire 'Commune d’essai'
    cd essai
    '$recit' check
    '$recit' build" >"$folder/run.log" 2>&1 || { cat "$folder/run.log" >&2; fail "$recit in $folder"; }
  for file in html/index.html docbook/projet.xml; do
    [ -s "$folder/essai/build/$file" ] || fail "$recit build wrote no build/$file in $folder"
  done
  grep -q "Commune d’essai" "$folder/essai/build/html/index.html" ||
    fail "the index built by $recit does not name the territory"
}

step "the release binary (scripts/install.sh --build-only)"
binary="$(scripts/install.sh --build-only | tail -n 1)"
[ -x "$binary" ] || fail "scripts/install.sh --build-only gave no binary: $binary"
ldd "$binary" >"$work/ldd.txt"
if grep -i "libswift\|libFoundation\|lib_FoundationICU\|libdispatch\|libBlocksRuntime" "$work/ldd.txt"; then
  fail "the release binary links libraries of the Swift toolchain (above)"
fi
grep -q "libxml2" "$work/ldd.txt" || fail "ldd does not list libxml2: $(cat "$work/ldd.txt")"
grep -q "libcmark-gfm" "$work/ldd.txt" || fail "ldd does not list libcmark-gfm"
step "ldd: no Swift library; runs init, check, build with $toolchain hidden"
exercise "$binary" "$work/static"

step "the installer (scripts/install.sh PREFIX)"
scripts/install.sh "$work/prefix" >/dev/null
cmp -s "$binary" "$work/prefix/bin/recit" || fail "scripts/install.sh did not install the binary"
[ ! -e "$work/prefix/bin/.recit.new" ] || fail "scripts/install.sh left its temporary file"

step "the Debian package (scripts/package-deb.sh)"
deb="$(scripts/package-deb.sh "$work/dist" | tail -n 1)"
[ -s "$deb" ] || fail "scripts/package-deb.sh wrote no package: $deb"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents.txt"
for path in /usr/bin/recit /usr/share/man/man1/recit.1.gz /usr/share/bash-completion/completions/recit \
  /usr/share/zsh/vendor-completions/_recit /usr/share/fish/vendor_completions.d/recit.fish \
  /usr/share/doc/recit/copyright /usr/share/doc/recit/changelog.gz; do
  grep -qx "$path" "$work/contents.txt" || fail "the package lacks $path"
done
depends="$(dpkg-deb --field "$deb" Depends)"
for package in libc6 libxml2 libcmark-gfm docbook5-xml; do
  [[ "$depends" == *"$package"* ]] || fail "Depends lacks $package: $depends"
done
[ "$(dpkg-deb --field "$deb" Version)" = "$("$binary" --version | awk '{print $NF}')" ] ||
  fail "the package's version is not the binary's ($("$binary" --version))"
# The manual page names every subcommand that `recit --help` lists.
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/man/man1/recit.1.gz | zcat >"$work/recit.1"
for subcommand in init check build serve compare explain; do
  grep -q "$subcommand" "$work/recit.1" || fail "the manual page does not describe recit $subcommand"
done
LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$work/recit.1" >"$work/man.txt" 2>"$work/man.log" ||
  { cat "$work/man.log" >&2; fail "man cannot read the page"; }
grep -q "Écrire, vérifier et publier" "$work/man.txt" || fail "the manual page lost its accents"

step "dpkg -i, then init, check, build from another folder"
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i"; }
installed=true
[ -x /usr/bin/recit ] || fail "dpkg -i installed no /usr/bin/recit"
exercise /usr/bin/recit "$work/elsewhere"
bash -c 'source /usr/share/bash-completion/completions/recit && complete -p recit' >/dev/null ||
  fail "the bash completion does not load"

step "dpkg --purge leaves nothing behind"
mapfile -t files < <(dpkg -L recit | grep -v '^/\.$')
dpkg --purge recit >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg --purge"; }
installed=false
for file in "${files[@]}"; do
  [ -d "$file" ] && continue
  [ ! -e "$file" ] || fail "dpkg --purge left $file"
done
! dpkg-query -W -f='${Status}' recit 2>/dev/null | grep -q "installed" || fail "recit still installed"
step "OK: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
