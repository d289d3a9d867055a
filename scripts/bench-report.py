#!/usr/bin/env python3
"""Helpers of scripts/bench.sh (standard library only).

    bench-report.py prepare PROJECT WORK    bodies.md (every body, after its front matter, one
                                            after the other) and a minimal Hugo site (hugo/)
                                            with one page per narrative
    bench-report.py report OUT.json N:DIR…  reads the hyperfine exports and peak-memory files
                                            of each size's DIR, prints the Markdown tables and
                                            writes OUT.json
    bench-report.py show RESULTS.json       prints the tables of a JSON file written by report
"""
from __future__ import annotations

import datetime
import json
import os
import platform
import re
import subprocess
import sys

# Benchmarks, in the order of the table: (key, label). bench.sh writes KEY.json (hyperfine)
# and KEY.rss (peak resident set, KiB, from /usr/bin/time -f %M) for each.
BENCHMARKS = [
    ("check", "recit check"),
    ("html", "recit build --format html"),
    ("all-novalidate", "recit build --format html,docbook,svg --no-validate"),
    ("all", "recit build --format html,docbook,svg"),
    ("incremental", "recit build --format html, one narrative changed"),
    ("cmark", "cmark-gfm -e table -e strikethrough -e autolink -e tasklist"),
    ("pandoc-html", "pandoc -f gfm -t html"),
    ("pandoc-docbook", "pandoc -f gfm -t docbook5"),
    ("hugo", "hugo --quiet (one page per narrative)"),
]


def split_front_matter(text: str) -> tuple[str, str]:
    """(title, body) of a narrative file: the body is the text after the closing `---`."""
    if not text.startswith("---\n"):
        return "", text
    end = text.find("\n---\n", 3)
    if end < 0:
        return "", text
    front, body = text[4:end], text[end + 5:]
    match = re.search(r"^(?:titre|title): *(.*)$", front, re.MULTILINE)
    title = match.group(1).strip().strip('"') if match else ""
    return title, body


def prepare(project: str, work: str) -> None:
    site = os.path.join(work, "hugo")
    content = os.path.join(site, "content")
    layouts = os.path.join(site, "layouts", "_default")
    os.makedirs(content, exist_ok=True)
    os.makedirs(layouts, exist_ok=True)
    with open(os.path.join(site, "hugo.toml"), "w", encoding="utf-8") as handle:
        handle.write('baseURL = "https://example.org/"\nlanguageCode = "fr"\n'
                     'title = "Banc d\'essai"\n'
                     'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    page = ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
            "<title>{{ .Title }}</title></head>\n<body><main>{{ .Content }}</main></body></html>\n")
    listing = ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
               "<title>{{ .Title }}</title></head>\n<body><ul>{{ range .Pages }}"
               '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n')
    for name, text in (("single.html", page), ("list.html", listing)):
        with open(os.path.join(layouts, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    with open(os.path.join(site, "layouts", "index.html"), "w", encoding="utf-8") as handle:
        handle.write(listing)
    actions = os.path.join(project, "actions")
    files = bodies = 0
    with open(os.path.join(work, "bodies.md"), "w", encoding="utf-8") as out:
        for folder in sorted(os.listdir(actions)):
            source = os.path.join(actions, folder)
            names = sorted(os.listdir(source)) if os.path.isdir(source) else [folder]
            if not os.path.isdir(source):
                source = actions
            for name in names:
                if not name.endswith(".md"):
                    continue
                with open(os.path.join(source, name), encoding="utf-8") as handle:
                    title, body = split_front_matter(handle.read())
                out.write(body if body.endswith("\n") else body + "\n")
                out.write("\n")
                page_folder = os.path.join(content, folder.removesuffix(".md"))
                os.makedirs(page_folder, exist_ok=True)
                with open(os.path.join(page_folder, name), "w", encoding="utf-8") as handle:
                    handle.write(f"---\ntitle: {json.dumps(title or folder, ensure_ascii=False)}\n"
                                 f"---\n{body}")
                files += 1
                bodies += len(body.encode("utf-8"))
    total = sum(len(names) for _, _, names in os.walk(project))
    with open(os.path.join(work, "corpus.json"), "w", encoding="utf-8") as handle:
        json.dump({"files": total, "narratives": files, "body_mb": round(bodies / 1e6, 1)}, handle)
    print(f"bench: {files} récits, {bodies / 1e6:.1f} Mo de corps / {files} narratives, "
          f"{bodies / 1e6:.1f} MB of bodies")


def command_output(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False,
                              timeout=60).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def machine() -> dict:
    model = "?"
    memory = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            found = re.search(r"^model name\s*:\s*(.*)$", handle.read(), re.MULTILINE)
            model = found.group(1) if found else "?"
        with open("/proc/meminfo", encoding="utf-8") as handle:
            found = re.search(r"^MemTotal:\s*(\d+) kB", handle.read(), re.MULTILINE)
            memory = f"{int(found.group(1)) / 1024 / 1024:.1f} GiB" if found else "?"
        with open("/proc/loadavg", encoding="utf-8") as handle:
            load = " ".join(handle.read().split()[:3])
    except OSError:
        load = "?"
    return {
        "cpus": os.cpu_count(), "cpu": model, "memory": memory, "load_average": load,
        "system": platform.platform(),
        "swift": command_output(["swift", "--version"]),
        "recit": os.environ.get("RECIT_VERSION", "?"),
        "hyperfine": command_output(["hyperfine", "--version"]),
        "cmark-gfm": command_output(["cmark-gfm", "--version"]),
        "pandoc": command_output(["pandoc", "--version"]),
        "hugo": command_output(["hugo", "version"]),
    }


def read_size(actions: int, folder: str) -> dict:
    results = []
    for key, label in BENCHMARKS:
        path = os.path.join(folder, key + ".json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as handle:
            run = json.load(handle)["results"][0]
        rss = None
        try:
            with open(os.path.join(folder, key + ".rss"), encoding="utf-8") as handle:
                rss = int(handle.read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
        results.append({
            "key": key, "label": label, "command": run["command"],
            "median": run["median"], "min": run["min"], "max": run["max"],
            "mean": run["mean"], "stddev": run.get("stddev"), "times": run["times"],
            "peak_rss_kib": rss,
        })
    skipped = []
    for key, label in BENCHMARKS + [("workspace", "recit-bench (Workspace)")]:
        try:
            with open(os.path.join(folder, key + ".skipped"), encoding="utf-8") as handle:
                skipped.append({"key": key, "label": label, **json.load(handle)})
        except (OSError, ValueError):
            pass
    info = {}
    try:
        with open(os.path.join(folder, "corpus.json"), encoding="utf-8") as handle:
            info = json.load(handle)
    except OSError:
        pass
    workspace = None
    try:
        with open(os.path.join(folder, "workspace.json"), encoding="utf-8") as handle:
            workspace = json.load(handle)
    except (OSError, ValueError):
        pass
    return {"actions": actions, "corpus": info, "results": results, "workspace": workspace,
            "skipped": skipped}


def by_key(size: dict) -> dict:
    return {result["key"]: result for result in size["results"]}


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def table(size: dict) -> str:
    results = by_key(size)
    floor = results.get("cmark", {}).get("median")
    lines = [f"N = {size['actions']} actions ({size['corpus'].get('files', '?')} files, "
             f"{size['corpus'].get('body_mb', '?')} MB of bodies)", "",
             "| command | median | min | max | × cmark-gfm | peak memory |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for result in size["results"]:
        ratio = f"{result['median'] / floor:.1f}×" if floor else "—"
        rss = (f"{result['peak_rss_kib'] / 1024:.0f} MiB" if result["peak_rss_kib"] is not None
               else "—")
        lines.append(f"| `{result['label']}` | {seconds(result['median'])} | "
                     f"{seconds(result['min'])} | {seconds(result['max'])} | {ratio} | {rss} |")
    for skip in size.get("skipped", []):
        lines.append(f"| `{skip['label']}` | not run: ~{skip['predicted_kib'] / 1048576:.1f} GiB "
                     f"foreseen (linear from N={skip['from_actions']}), "
                     f"{skip['available_kib'] / 1048576:.1f} GiB available | | | | |")
    workspace = size.get("workspace")
    if workspace:
        lines += ["", "Workspace (`recit serve`'s path, `recit-bench`): one narrative changed on "
                  "disk, then `update` and `build --format html` in memory, "
                  f"{workspace['changes']} times", "",
                  "| first build | median | min | max | actions rendered per change | "
                  "files read per change | peak memory |",
                  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
                  f"| {seconds(workspace['first_build_ms'] / 1000)} | "
                  f"{workspace['median_ms']:.1f} ms | {workspace['min_ms']:.1f} ms | "
                  f"{workspace['max_ms']:.1f} ms | {workspace['actions_rendered_per_change']} | "
                  f"{workspace['files_read_per_change']} | {workspace['peak_rss_mib']:.0f} MiB |"]
    return "\n".join(lines)


def faster(value: float | None) -> str:
    """`value` is the other tool's time over recit's."""
    if not value:
        return ""
    return f"recit {value:.1f}× faster" if value >= 1 else f"recit {1 / value:.1f}× slower"


def targets(sizes: list[dict]) -> str:
    """The issue's targets, each measured against this run's figures."""
    lines = ["| target | measured | verdict |", "| --- | --- | --- |"]

    def add(name: str, value: float | None, text: str, ok: bool | None) -> None:
        verdict = "—" if value is None or ok is None else ("met" if ok else "**missed**")
        lines.append(f"| {name} | {text if value is not None else 'not measured'} | {verdict} |")

    for size in sizes:
        r = {key: value["median"] for key, value in by_key(size).items()}
        n = size["actions"]

        def ratio(a: str, b: str) -> float | None:
            return r[a] / r[b] if a in r and b in r and r[b] > 0 else None

        for name, value, limit in (
                ("build html ≤ 2× cmark-gfm", ratio("html", "cmark"), 2),
                ("html+docbook+svg, no validation ≤ 4× cmark-gfm",
                 ratio("all-novalidate", "cmark"), 4),
                ("validation ≤ 1.5× the same build without it", ratio("all", "all-novalidate"), 1.5),
                ("recit check ≤ 2× cmark-gfm", ratio("check", "cmark"), 2)):
            add(f"{name} (N={n})", value, f"{value:.2f}×" if value else "", value and value <= limit)
        value = ratio("pandoc-html", "html")
        add(f"build html ≥ 30× faster than pandoc gfm → html (N={n})", value,
            faster(value), value and value >= 30)
        value = ratio("hugo", "html")
        add(f"build html faster than Hugo (N={n})", value, faster(value), value and value > 1)
        if n == 1000:
            value = r.get("incremental")
            add("incremental after one change ≤ 50 ms (N=1000)", value,
                seconds(value) if value else "", value is not None and value <= 0.05)
            peaks = [res["peak_rss_kib"] for res in size["results"]
                     if res["key"] in ("check", "html", "all-novalidate", "all", "incremental")
                     and res["peak_rss_kib"] is not None]
            value = max(peaks) / 1024 if peaks else None
            add("peak memory ≤ 150 MB (N=1000, recit commands)", value,
                f"{value:.0f} MiB" if value else "", value is not None and value * 1.048576 <= 150)
        workspace = size.get("workspace")
        if n == 1000 and workspace:
            value = workspace["median_ms"]
            add("Workspace update + build after one change ≤ 50 ms (N=1000)", value,
                f"{value:.1f} ms", value <= 50)
    workspaces = {size["actions"]: size.get("workspace") for size in sizes}
    if workspaces.get(1000) and workspaces.get(8000):
        value = workspaces[8000]["median_ms"] / workspaces[1000]["median_ms"]
        add("Workspace incremental at 8000 within 2× of 1000", value, f"{value:.2f}×",
            value <= 2)
    sizes_by_n = {size["actions"]: by_key(size) for size in sizes}
    if 1000 in sizes_by_n and 8000 in sizes_by_n:
        a = sizes_by_n[1000].get("incremental", {}).get("median")
        b = sizes_by_n[8000].get("incremental", {}).get("median")
        value = b / a if a and b else None
        add("incremental at 8000 within 2× of 1000", value,
            f"{value:.2f}×" if value else "", value is not None and value <= 2)
    if 32000 in sizes_by_n:
        skipped = {skip["key"]: skip for size in sizes if size["actions"] == 32000
                   for skip in size.get("skipped", [])}
        for key, name in (("html", "html"), ("all", "html+docbook+svg")):
            value = sizes_by_n[32000].get(key, {}).get("median")
            if value is None and key in skipped:
                lines.append(f"| 32,000 actions build ({name}) | not run: "
                             f"~{skipped[key]['predicted_kib'] / 1048576:.1f} GiB foreseen | "
                             "**missed** |")
            else:
                add(f"32,000 actions build ({name})", value, seconds(value) if value else "",
                    value is not None)
    return "\n".join(lines)


def report(out: str, pairs: list[str]) -> None:
    sizes = []
    for pair in pairs:
        actions, folder = pair.split(":", 1)
        sizes.append(read_size(int(actions), folder))
    document = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
                "machine": machine(), "sizes": sizes}
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    show(document)


def show(document: dict) -> None:
    sizes = document["sizes"]
    m = document["machine"]
    print(f"{document['date']} · {m['cpus']} × {m['cpu']} · {m['memory']} · "
          f"load {m['load_average']} · {m['swift']}\n")
    for size in sizes:
        print(table(size) + "\n")
    print(targets(sizes))


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "prepare":
        prepare(argv[1], argv[2])
    elif len(argv) >= 3 and argv[0] == "report":
        report(argv[1], argv[2:])
    elif len(argv) == 2 and argv[0] == "show":
        with open(argv[1], encoding="utf-8") as handle:
            show(json.load(handle))
    else:
        print(__doc__, file=sys.stderr)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
