#!/usr/bin/env bash
# Builds a Debian package of recit: scripts/package-deb.sh [FOLDER] (default dist/), and prints
# the path of the .deb it wrote. Install it with `dpkg -i` (or `apt install ./recit_….deb`,
# which also fetches its dependencies).
#
# The package holds /usr/bin/recit (release build, Swift standard library linked statically:
# scripts/install.sh --build-only), its manual page generated from the command definitions
# (swift-argument-parser's generate-manual plugin), completions for bash, zsh and fish written
# by the binary itself, and the licence. Its Depends line comes from dpkg-shlibdeps (the shared
# libraries the binary links: libc6, libxml2, libcmark-gfm…) plus docbook5-xml, whose RELAX NG
# schema `recit build` validates DocBook against.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"
for tool in dpkg-deb dpkg-shlibdeps strip; do
  command -v "$tool" >/dev/null || {
    echo "package-deb: $tool est introuvable / not found: apt install dpkg-dev binutils" >&2; exit 1; }
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"

binary="$(scripts/install.sh --build-only | tail -n 1)"
version="$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/RecitKit/Support/RecitVersion.swift)"
[ -n "$version" ] || { echo "package-deb: no version in RecitVersion.swift" >&2; exit 1; }
arch="$(dpkg --print-architecture)"

work="$(mktemp -d "${TMPDIR:-/tmp}/recit-deb.XXXXXX")"
trap 'rm -rf "$work"' EXIT
root="$work/recit_${version}_${arch}"
umask 022

install -D -m 0755 "$binary" "$root/usr/bin/recit"
strip --strip-unneeded "$root/usr/bin/recit"

# The manual page, from the same command definitions as `recit --help` (one page, every
# subcommand in it), by swift-argument-parser's generate-manual tool. That tool drops every
# character outside ASCII (its escaping keeps ASCII only), which would turn "Écrire, vérifier"
# into "crire, vrifier": the help it reads has each such character spelled as an ASCII token,
# turned back afterwards into groff's \[uXXXX] escape, which man and mandoc render in any locale.
echo "package-deb: generate-manual"
swift build -c release --static-swift-stdlib --product generate-manual >"$work/manual.log" 2>&1 || { cat "$work/manual.log" >&2; exit 1; }
generate_manual="$(swift build -c release --static-swift-stdlib --show-bin-path)/generate-manual"
cat >"$work/recit-help" <<WRAPPER
#!/bin/sh
"$binary" "\$@" | python3 -c 'import re, sys
text = sys.stdin.buffer.read().decode("utf-8")
sys.stdout.write(re.sub(r"[^\x00-\x7f]", lambda m: "zqU%04Xqz" % ord(m.group()), text))'
WRAPPER
chmod +x "$work/recit-help"
mkdir -p "$work/manual"
"$generate_manual" "$work/recit-help" --section 1 --authors "recit" --output-directory "$work/manual" \
  >>"$work/manual.log" 2>&1 || { cat "$work/manual.log" >&2; exit 1; }
manual="$work/manual/recit.1"
[ -s "$manual" ] || { ls "$work/manual" >&2; echo "package-deb: no manual page generated" >&2; exit 1; }
python3 - "$manual" <<'RESTORE'
import re, sys
path = sys.argv[1]
text = open(path, encoding="ascii").read()
open(path, "w", encoding="ascii").write(re.sub(r"zqU([0-9A-F]{4,6})qz", r"\\[u\1]", text))
RESTORE
install -d "$root/usr/share/man/man1"
gzip -9n <"$manual" >"$root/usr/share/man/man1/recit.1.gz"

install -d "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d"
"$binary" --generate-completion-script bash >"$root/usr/share/bash-completion/completions/recit"
"$binary" --generate-completion-script zsh >"$root/usr/share/zsh/vendor-completions/_recit"
"$binary" --generate-completion-script fish >"$root/usr/share/fish/vendor_completions.d/recit.fish"

install -d "$root/usr/share/doc/recit"
cat >"$root/usr/share/doc/recit/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: recit

Files: *
Copyright: the recit authors
License: Apache-2.0
 On Debian systems, the full text of the Apache License, Version 2.0 is in
 /usr/share/common-licenses/Apache-2.0 (and in the source tree's LICENSE file).
COPYRIGHT
printf 'recit (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- recit <recit@localhost>  %s\n' \
  "$version" "$version" "$(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" |
  gzip -9n >"$root/usr/share/doc/recit/changelog.gz"

# The shared libraries' packages, as Debian's own tool computes them.
mkdir -p "$work/source/debian"
printf 'Source: recit\n\nPackage: recit\nArchitecture: any\n' >"$work/source/debian/control"
shlibs="$(cd "$work/source" && dpkg-shlibdeps -O "$root/usr/bin/recit" 2>"$work/shlibdeps.log")" ||
  { cat "$work/shlibdeps.log" >&2; exit 1; }
depends="${shlibs#shlibs:Depends=}, docbook5-xml"
for library in libxml2 libcmark-gfm; do
  case "$depends" in *"$library"*) ;; *)
    echo "package-deb: $library is missing from the dependencies: $depends" >&2; exit 1 ;;
  esac
done

install -d "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: recit
Version: $version
Architecture: $arch
Maintainer: recit <recit@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Recommends: pandoc
Suggests: weasyprint, jing
Section: text
Priority: optional
Description: draft, check and publish the narratives of territories in transition
 recit helps towns, groups of communes, their staff, residents, businesses and
 the networks that support them tell each of their actions with the actantial
 schema (sender, subject, object, helpers, opponents, receivers and the quest),
 keep the alternative and contradictory narratives of the other actors, check
 them like a compiler and publish them as accessible HTML, DocBook 5 and SVG.
 .
 recit aide les territoires en transition à écrire, vérifier et publier le
 récit de chacune de leurs actions avec le schéma actantiel, à côté des récits
 alternatifs et contradictoires des autres acteurs.
CONTROL

deb="$out/recit_${version}_${arch}.deb"
# Written beside its final name, then renamed: an earlier .deb is never left half-replaced.
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb.tmp" >/dev/null
mv -f "$deb.tmp" "$deb"
echo "$deb"
