#!/usr/bin/env python3
"""Dessine le temps et la mémoire de recit, cmark-gfm, pandoc et Hugo en fonction de N.
Draws wall time and peak memory of recit, cmark-gfm, pandoc and Hugo against N.

    scripts/bench-chart.py RESULTS.json [RESULTS.json…] [--out FILE.png]

Reads the JSON files written by scripts/bench.sh (bench-results/latest.json, one size or
several with --sizes); sizes found in several files are taken from the last file given. Writes
bench-results/chart.png unless --out says where (docs/performance-chart.png for the docs).
Needs matplotlib (scripts/bench.sh installs it).
"""
from __future__ import annotations

import argparse
import json
import os
import sys

SERIES = [
    ("html", "recit build html"),
    ("all-novalidate", "recit build html+docbook+svg (no validation)"),
    ("all", "recit build html+docbook+svg"),
    ("check", "recit check"),
    ("cmark", "cmark-gfm"),
    ("pandoc-html", "pandoc gfm → html"),
    ("pandoc-docbook", "pandoc gfm → docbook5"),
    ("hugo", "Hugo"),
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="bench-chart.py", add_help=False,
        description="Dessine les résultats de scripts/bench.sh (PNG). / Draws the results of "
                    "scripts/bench.sh (PNG).")
    parser.add_argument("results", nargs="+", metavar="RESULTS.json",
                        help="fichiers de bench.sh / files written by bench.sh")
    parser.add_argument("--out", default="bench-results/chart.png", metavar="FILE.png",
                        help="image à écrire (défaut : bench-results/chart.png) / image to write "
                             "(default: bench-results/chart.png)")
    parser.add_argument("-h", "--help", action="help", help="afficher cette aide / show this help")
    args = parser.parse_args(argv)

    sizes: dict[int, dict] = {}
    machine = {}
    for path in args.results:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        machine = document.get("machine", machine)
        for size in document.get("sizes", []):
            sizes[size["actions"]] = {r["key"]: r for r in size["results"]}
    if not sizes:
        print("bench-chart.py: aucun résultat / no results", file=sys.stderr)
        return 1

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import NullFormatter, ScalarFormatter

    counts = sorted(sizes)
    figure, (time_axis, memory_axis) = plt.subplots(1, 2, figsize=(13, 5.5))
    for key, label in SERIES:
        points = [(n, sizes[n][key]) for n in counts if key in sizes[n]]
        if not points:
            continue
        style = "-o" if key in ("html", "all-novalidate", "all", "check") else "--s"
        time_axis.plot([n for n, _ in points], [r["median"] for _, r in points], style,
                       label=label)
        memory = [(n, r["peak_rss_kib"] / 1024) for n, r in points if r.get("peak_rss_kib")]
        if memory:
            memory_axis.plot([n for n, _ in memory], [m for _, m in memory], style, label=label)
    for axis, title, unit in ((time_axis, "Wall time (median)", "seconds"),
                              (memory_axis, "Peak memory (RSS)", "MiB")):
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xticks(counts)
        axis.set_xticklabels([f"{n:,}" for n in counts])
        axis.xaxis.set_minor_formatter(NullFormatter())
        axis.yaxis.set_major_formatter(ScalarFormatter())
        axis.set_xlabel("actions (3 narratives each)")
        axis.set_ylabel(unit)
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
    time_axis.legend(fontsize="small")
    cpu = machine.get("cpu", "?")
    figure.suptitle(f"recit benchmark · {machine.get('cpus', '?')} × {cpu} · "
                    f"load {machine.get('load_average', '?')}", fontsize="medium")
    figure.tight_layout()
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    figure.savefig(args.out, dpi=110)
    print(f"bench-chart.py: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
