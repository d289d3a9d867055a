#!/usr/bin/env python3
"""Linearity figures for recit (developer tool, see docs/PERFORMANCE.md).

Copies the Malaunay sample, grows one narrative body to the sizes asked (ordinary French
prose: paragraphs, emphasis, links, mentions; or table rows; or one line of mentions or
placeholders) and times `recit build` / `recit check` with /usr/bin/time (seconds, peak KB).

    scripts/linearity.py --recit .build/release/recit [--prose 1,2,4,8] [--rows 25000,100000]
                         [--mentions 200000] [--formats docbook,html] [--tokens @amap,[[x]]]
                         [--validate]   (DocBook validated against the schema, as by default)
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Samples", "malaunay")
ACTION = os.path.join("actions", "creation-amap", "action.md")

PARAGRAPH = (
    "Restait à trouver un lieu. [La bibliothèque](@bibliotheque) a proposé sa salle du "
    "rez-de-chaussée le *mardi soir*, après la fermeture au public. Depuis, on y vient\n"
    "chercher ses **poireaux** et on repart parfois avec un livre, comme le raconte "
    "@amap dans [son bulletin](https://example.org/bulletin-2018.pdf).\n\n"
)


def prose(megabytes):
    target = int(megabytes * 1024 * 1024)
    unit = len(PARAGRAPH.encode("utf-8"))
    parts, size, n = [], 0, 0
    while size < target:
        if n % 20 == 0:
            parts.append("## Saison %d\n\n" % (n // 20 + 1))
        parts.append(PARAGRAPH)
        size += unit
        n += 1
    return "".join(parts)


def table(rows):
    # Two columns: 10^5 rows are 200,000 cells, the most a table may have
    # (MarkdownLimits.tableCells, against cmark-gfm's quadratic tables).
    lines = ["| Semaine | Producteur |", "| ---: | --- |"]
    for i in range(rows):
        lines.append("| %d | @maraicher, *légumes* (%d paniers) |" % (i + 1, 40 + i % 50))
    return "\n".join(lines) + "\n"


def project(body, directory):
    shutil.copytree(SAMPLE, directory)
    path = os.path.join(directory, ACTION)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n\n" + body)


def timed(command):
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M"] + command,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes), result.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recit", default=os.path.join(ROOT, ".build", "release", "recit"))
    parser.add_argument("--prose", default="1,2,4,8", help="MB of prose, comma-separated")
    parser.add_argument("--rows", default="25000,50000,100000", help="table rows")
    parser.add_argument("--mentions", default="200000", help="mentions / placeholders on a line")
    parser.add_argument("--formats", default="docbook,html")
    parser.add_argument("--tokens", default="@amap,[[x]]", help="what fills the long line")
    parser.add_argument("--validate", action="store_true", help="validate the DocBook too")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="recit-linearity-")
    print("| input | command | seconds | peak MB | exit |")
    print("| --- | --- | ---: | ---: | ---: |")

    def run(label, body):
        directory = os.path.join(work, label.replace(" ", "-"))
        project(body, directory)
        for fmt in [f for f in args.formats.split(",") if f]:
            out = os.path.join(work, "out-" + fmt)
            command = [args.recit, "build", directory, "--format", fmt, "--out", out]
            name = fmt
            if fmt == "docbook" and not args.validate:
                command.append("--no-validate")
            elif fmt == "docbook":
                name = "docbook, validated"
            s, kb, rc = timed(command)
            print("| %s | build %s | %.2f | %.0f | %d |" % (label, name, s, kb / 1024, rc))
            sys.stdout.flush()
        shutil.rmtree(directory)

    for mb in [float(x) for x in args.prose.split(",") if x]:
        run("%g MB prose" % mb, prose(mb))
    for rows in [int(x) for x in args.rows.split(",") if x]:
        run("%d rows" % rows, table(rows))
    for count in [int(x) for x in args.mentions.split(",") if x]:
        for token in args.tokens.split(","):
            label = token
            token += " "
            directory = os.path.join(work, "line")
            project(token * count + "\n", directory)
            s, kb, rc = timed([args.recit, "check", directory])
            print("| %d %s on a line | check | %.2f | %.0f | %d |" % (count, label, s, kb / 1024, rc))
            sys.stdout.flush()
            shutil.rmtree(directory)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
