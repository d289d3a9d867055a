#!/usr/bin/env python3
"""Runs axe-core on HTML files in headless Chromium, offline, and reports WCAG 2.2 A/AA violations.

    axe-check.py FILE...

Every file is opened as a file:// URL in one headless Chromium (Debian's, through Playwright:
no browser is downloaded), axe-core (bundled by the PyPI package axe-playwright-python) runs with
the tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa, and the violations are printed on stdout as
JSON:

    {"violations": N, "files": [{"file": ..., "violations": [
        {"id": ..., "impact": ..., "help": ..., "helpUrl": ..., "targets": [...]}],
        "review": [...]}]}

"review" lists what axe could not decide by itself (its "incomplete" results, such as the
contrast of text drawn over an SVG shape): for a person to look at, it does not fail the check.

Exit status: 0 when no file has a violation, 1 when some file has one, 2 when the check itself
could not run (missing file, no browser, axe failing). Requests other than file:// are refused,
so a page that needs the network is checked as a reader without it would see it.

Environment: RECIT_CHROMIUM overrides the browser (default /usr/bin/chromium).
Installed by scripts/setup.sh --tests (Debian chromium, PyPI axe-playwright-python).
"""

import json
import os
import sys
import time
from pathlib import Path

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DEFAULT_CHROMIUM = "/usr/bin/chromium"


def fail(message: str) -> "NoReturn":  # noqa: F821
    print(f"axe-check: {message}", file=sys.stderr)
    sys.exit(2)


def summary(rule: dict) -> dict:
    """The parts of an axe result worth printing: rule, impact, help and the nodes' selectors."""
    return {
        "id": rule["id"],
        "impact": rule.get("impact"),
        "help": rule.get("help"),
        "helpUrl": rule.get("helpUrl"),
        "targets": [" ".join(map(str, node.get("target", []))) for node in rule.get("nodes", [])],
    }


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr if not argv else sys.stdout)
        return 2 if not argv else 0
    files = [Path(name) for name in argv]
    for path in files:
        if not path.is_file():
            fail(f"no such file: {path}")

    try:
        from axe_playwright_python.sync_playwright import Axe
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        fail(f"{error}: run scripts/setup.sh --tests (installs axe-playwright-python)")

    chromium = os.environ.get("RECIT_CHROMIUM", DEFAULT_CHROMIUM)
    if not os.access(chromium, os.X_OK):
        fail(f"no browser at {chromium}: run scripts/setup.sh --tests (installs Debian chromium)")

    started = time.monotonic()
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations", "incomplete"]}
    report = []
    total = 0
    with sync_playwright() as playwright:
        try:
            # One browser for every file. As root Chromium refuses to start with its sandbox.
            browser = playwright.chromium.launch(
                executable_path=chromium, headless=True, chromium_sandbox=False,
                args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        except Exception as error:  # Playwright raises its own Error type
            fail(f"cannot start {chromium}: {error}")
        try:
            context = browser.new_context(locale="fr-FR", java_script_enabled=True)
            # Offline and deterministic: only the files themselves (and their neighbours) load.
            context.route(
                "**/*",
                lambda route: route.continue_() if route.request.url.startswith("file:")
                else route.abort())
            page = context.new_page()
            for path in files:
                page.goto(path.resolve().as_uri(), wait_until="load")
                try:
                    result = axe.run(page, options=options).response
                except Exception as error:
                    fail(f"axe-core failed on {path}: {error}")
                violations = [summary(rule) for rule in result.get("violations", [])]
                total += len(violations)
                report.append({
                    "file": str(path),
                    "violations": violations,
                    # What axe could not decide (e.g. contrast over an SVG shape): for a person
                    # to look at, never a failure.
                    "review": [summary(rule) for rule in result.get("incomplete", [])],
                })
        finally:
            browser.close()

    json.dump({"violations": total, "files": report}, sys.stdout, ensure_ascii=False, indent=2)
    print()
    print(
        f"axe-check: {len(files)} file(s), {total} violation(s), "
        f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
