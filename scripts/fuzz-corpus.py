#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora from the project's own files (see docs/FUZZING.md).

    scripts/fuzz-corpus.py OUT

OUT/action-file/  every Markdown file under Samples/*/actions/ (action files and narratives),
                  each as it is, plus a few hand-made edge cases of the front matter;
OUT/markdown/     the bodies of those files (the front matter cut off), and the explanation
                  pages under Explanations/;
OUT/templates/    every built-in template under Templates/, alone, and the layouts that include
                  a partial joined to it with the `=====` line FuzzEntry.renderTemplate cuts at.

The seeds are rewritten on each run (file names are a digest of the content), so that the
corpus follows the samples; what libFuzzer finds goes to another folder (scripts/fuzz.sh).
"""

import hashlib
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEPARATOR = "\n=====\n"

EDGE_ACTIONS = [
    "",
    "---\n",
    "---\n---\n",
    "---\ntitre: x\n...\ncorps\n",
    "\ufeff---\r\ntitre: \"\\x01\"\r\n---\r\n",
    "---\ntitre: &a x\nsujet: *a\n---\n",
    "---\ntitre: x\ntitre: y\n---\n[[à compléter]] @mairie\n",
    "---\nquete:\n  - etape: 1\n    libelle: \t\n---\n",
]


def write(folder: pathlib.Path, text: str) -> None:
    data = text.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()[:16]
    (folder / name).write_bytes(data)


def body(text: str) -> str:
    match = re.match(r"---\n.*?\n(?:---|\.\.\.)[ \t]*\n", text, re.S)
    return text[match.end():] if match else text


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    folders = {name: out / name for name in ("action-file", "markdown", "templates")}
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    for path in sorted(ROOT.glob("Samples/*/actions/**/*.md")):
        text = path.read_text(encoding="utf-8")
        write(folders["action-file"], text)
        write(folders["markdown"], body(text))
    for text in EDGE_ACTIONS:
        write(folders["action-file"], text)
    for path in sorted(ROOT.glob("Explanations/*/*.md")):
        write(folders["markdown"], path.read_text(encoding="utf-8"))

    templates = {
        path.relative_to(ROOT / "Templates").as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(ROOT.glob("Templates/**/*.mustache"))
    }
    for text in templates.values():
        write(folders["templates"], text)
    # A page that includes the fuzzed partial, and a partial that includes a built-in one.
    for name, text in templates.items():
        if "{{>" in text:
            write(folders["templates"], "{{> layouts/fuzz/partial}}" + SEPARATOR * 3 + text)
    write(folders["templates"], "{{#acteurs}}{{> layouts/fuzz/partial}}{{/acteurs}}"
          + SEPARATOR + "<x>{{titre}}</x>" + SEPARATOR + "{{titre}}" + SEPARATOR
          + "{{nom}}{{#recits}}{{titre}}{{/recits}}")
    # Sections nested over one list multiply their turns (3^14 over the three actors): the
    # floor on a turn's charge (SectionCharges.minimumTurnBytes) stops them at the cap.
    write(folders["templates"], "{{#acteurs}}" * 14 + "x" + "{{/acteurs}}" * 14)

    for name, folder in folders.items():
        print(f"{name}: {len(list(folder.iterdir()))} seeds in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
