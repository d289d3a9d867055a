#!/usr/bin/env python3
"""Drives a running `recit serve` in Debian's headless Chromium (Playwright), as a writer would.

    serve-browser.py --url http://127.0.0.1:PORT --project ROOT --action ID \
        --file actions/ID/action.md --screenshot overlay.png
    serve-browser.py --url ... --project ROOT --action ID --file ... --latency N

The first form is the end-to-end check: the index, then the action page; a plain write of the
action file and a rename-on-save (a temporary file renamed over it, as vim and JetBrains do),
each seen in the open page without a manual reload; a broken front matter, seen as the overlay
naming the file and line (kept as a screenshot, checked by axe-core for WCAG 2.2 A/AA); the
front matter mended, and the overlay gone. Then it waits and counts updates: a page must be
updated once per change it shows, never on its own, and in place (its body swapped, no full
reload) when only its body changed. (That a dropped connection reloads nothing is the server's
part, tested by ServeCommandTests: a restarted server announces the same version.)

The second form measures, N times, the time from a saved file (a plain write) to the page
showing the change (two animation frames after the swap, or after the load event of a full
reload), and prints the figures.

Prints one JSON object on stdout. Exit status: 0 when every check holds, 1 when one fails,
2 when the check could not run (no browser, no Playwright).

Environment: RECIT_CHROMIUM overrides the browser (default /usr/bin/chromium).
Installed by scripts/setup.sh --tests (Debian chromium, PyPI axe-playwright-python).
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WAIT_MS = 10_000


def fail(message: str) -> "NoReturn":  # noqa: F821
    print(f"serve-browser: {message}", file=sys.stderr)
    sys.exit(2)


class Session:
    def __init__(self, page, base: str):
        self.page = page
        self.base = base
        self.loads = 0
        self.swaps = 0
        page.on("load", lambda _: self.count_load())
        page.on("console", lambda message: self.count_swap(message.text))

    def count_load(self):
        self.loads += 1

    def count_swap(self, text: str):
        if text.startswith("recit serve : page mise à jour"):
            self.swaps += 1

    def connected(self):
        """Waits until the page's event stream is open (the server has told it its version)."""
        self.page.wait_for_function(
            "window.recitServe && window.recitServe.announced !== null", timeout=WAIT_MS)

    def shows(self, text: str):
        self.page.wait_for_function(
            "text => document.body && document.body.innerText.includes(text)", arg=text,
            timeout=WAIT_MS)


def write_plain(path: Path, text: str):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def write_by_rename(path: Path, text: str):
    temporary = path.with_name(path.name + "___jb_tmp___")
    write_plain(temporary, text)
    os.replace(temporary, path)


def break_front_matter(text: str) -> tuple[str, int, str]:
    """The text with a second `titre:` key right under the first (a duplicated key, an error
    of the front matter), the number of that line and the line itself."""
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if line.startswith("titre:"):
            added = "titre: Un second titre qui contredit le premier"
            lines.insert(number, added)
            return "\n".join(lines), number + 1, added
    fail("no `titre:` line in the action file")


def shown_at(page) -> float:
    """When the page showed the version it has now (two animation frames after the swap of its
    body, or after the load event of a full reload), in milliseconds since the epoch (the
    browser's clock, the same machine's as the script's)."""
    page.wait_for_load_state("load")
    page.wait_for_function(
        "() => { const s = window.recitServe; return s && s.shown && s.shown.version === s.version; }",
        timeout=WAIT_MS)
    return page.evaluate("() => window.recitServe.shown.at")


def run_axe(page) -> list:
    from axe_playwright_python.sync_playwright import Axe
    options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
    result = Axe().run(page, options=options).response
    return [
        {"id": rule["id"], "impact": rule.get("impact"), "help": rule.get("help"),
         "targets": [" ".join(map(str, n.get("target", []))) for n in rule.get("nodes", [])]}
        for rule in result.get("violations", [])
    ]


def end_to_end(session: Session, args, report: dict) -> list[str]:
    page = session.page
    problems = []
    source = Path(args.project) / args.file
    original = source.read_text(encoding="utf-8")

    page.goto(args.url + "/", wait_until="load")
    report["index_url"] = page.url
    if not page.url.endswith("/html/index.html"):
        problems.append(f"/ led to {page.url}, not the index")
    if page.locator("main h1").count() == 0:
        problems.append("the index has no heading")
    page.goto(f"{args.url}/html/{args.action}.html", wait_until="load")
    session.connected()
    loads, swaps = session.loads, session.swaps

    # A plain write: open, truncate, write, close.
    marker = "Ligne ajoutée par une écriture simple"
    started = time.time() * 1000
    write_plain(source, original + f"\n{marker}.\n")
    session.shows(marker)
    report["plain_write_ms"] = round(shown_at(page) - started)
    session.connected()

    # A rename-on-save: a temporary file renamed over the action file.
    marker2 = "Ligne ajoutée par un enregistrement par renommage"
    started = time.time() * 1000
    edited = original + f"\n{marker2}.\n"
    write_by_rename(source, edited)
    session.shows(marker2)
    report["rename_write_ms"] = round(shown_at(page) - started)
    session.connected()

    # A broken front matter: the overlay names the file and line.
    broken, line, added = break_front_matter(edited)
    write_plain(source, broken)
    overlay = page.locator("#recit-serve-diagnostics")
    overlay.wait_for(state="visible", timeout=WAIT_MS)
    text = overlay.inner_text()
    report["overlay_text"] = text
    if f"{args.file}:{line}:" not in text:
        problems.append(f"the overlay does not name {args.file}:{line}: {text!r}")
    if added not in text:
        problems.append("the overlay does not show the source line")
    if marker2 not in page.inner_text("main"):
        problems.append("the page no longer shows the last good build behind the overlay")
    page.screenshot(path=args.screenshot, full_page=False)
    report["screenshot"] = args.screenshot
    violations = run_axe(page)
    report["axe_violations"] = violations
    if violations:
        problems.append(f"axe-core found {len(violations)} violation(s) with the overlay")
    # The panel came with a swapped body: its button must work all the same.
    page.click("#recit-serve-masquer")
    page.wait_for_function(
        "() => document.getElementById('recit-serve-diagnostics')"
        ".classList.contains('recit-serve-replie')", timeout=WAIT_MS)
    if page.get_attribute("#recit-serve-masquer", "aria-expanded") != "false":
        problems.append("the overlay's button does not fold the panel")
    session.connected()

    # Mended: the overlay goes.
    write_plain(source, edited)
    page.wait_for_function(
        "() => document.getElementById('recit-serve-diagnostics') === null && "
        "window.recitServe && window.recitServe.announced !== null", timeout=WAIT_MS)
    session.connected()

    # No update without a change: four changes shown, four updates, each in place (only the
    # body changed); none while nothing changes.
    time.sleep(1.5)
    report["reloads_after_edits"] = session.loads - loads
    report["swaps_after_edits"] = session.swaps - swaps
    if (session.loads - loads, session.swaps - swaps) != (0, 4):
        problems.append(
            f"{session.loads - loads} reloads and {session.swaps - swaps} updates in place "
            "for 4 changes of the body (4 updates in place expected)")
    return problems


def latency(session: Session, args, report: dict) -> list[str]:
    source = Path(args.project) / args.file
    original = source.read_text(encoding="utf-8")
    session.page.goto(f"{args.url}/html/{args.action}.html", wait_until="load")
    session.connected()
    figures = []
    breakdown = []
    for round_number in range(args.latency):
        marker = f"Mesure numéro {round_number} du temps de rechargement"
        started = time.time() * 1000
        write_plain(source, original + f"\n{marker}.\n")
        session.shows(marker)
        figures.append(shown_at(session.page) - started)
        steps = session.page.evaluate("() => window.recitServe.steps")
        if steps:
            breakdown.append({key: round(value - started, 1) for key, value in steps.items()})
        session.connected()
        time.sleep(0.2)
    write_plain(source, original)
    report["latency_ms"] = [round(value, 1) for value in figures]
    report["median_ms"] = round(statistics.median(figures), 1)
    report["max_ms"] = round(max(figures), 1)
    # When each in-place update was announced, fetched and swapped, from the write.
    report["steps_ms"] = breakdown
    return []


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--action", required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--screenshot", default="overlay.png")
    parser.add_argument("--latency", type=int, default=0)
    args = parser.parse_args()
    try:
        from playwright.sync_api import sync_playwright
        import axe_playwright_python  # noqa: F401
    except ImportError as error:
        fail(f"{error}: run scripts/setup.sh --tests (installs axe-playwright-python)")
    chromium = os.environ.get("RECIT_CHROMIUM", "/usr/bin/chromium")
    if not os.access(chromium, os.X_OK):
        fail(f"no browser at {chromium}: run scripts/setup.sh --tests (installs Debian chromium)")
    report: dict = {}
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=chromium, headless=True, chromium_sandbox=False,
                args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        except Exception as error:
            fail(f"cannot start {chromium}: {error}")
        try:
            # The pages' Content-Security-Policy forbids eval, which Playwright's waits use.
            context = browser.new_context(
                locale="fr-FR", viewport={"width": 1280, "height": 900}, bypass_csp=True)
            # Only the server under test: nothing else loads.
            context.route(
                "**/*",
                lambda route: route.continue_() if route.request.url.startswith(args.url)
                else route.abort())
            session = Session(context.new_page(), args.url)
            try:
                problems = (latency if args.latency else end_to_end)(session, args, report)
            except Exception as error:  # a wait that timed out, a page that did not load
                problems = [f"{type(error).__name__}: {error}"]
        finally:
            browser.close()
    report["problems"] = problems
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
