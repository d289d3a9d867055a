#!/usr/bin/env python3
"""Measures HTML pages as a reader sees them in headless Chromium, on screen and on paper.

    page-layout.py --pdf-folder FOLDER [--width 1280] FILE...

Every file is opened as a file:// URL in one headless Chromium (Debian's, through Playwright:
no browser is downloaded), in a window WIDTH CSS pixels wide (1280 by default). For each file:

- every <text> of every inline <svg> is measured: its rendered size is its computed font size
  times the scale the browser draws its SVG at (the text's screen transformation), in CSS
  pixels; texts that are not rendered (display: none, zero size) are not counted, and "svgs"
  against "svgs_measured" says whether a whole diagram was not drawn;
- the page is printed to PDF as the browser's print dialog would (print media, the page's own
  @page size and margins, backgrounds off), into FOLDER, named after the file.

The report is JSON on stdout:

    {"files": [{"file": ..., "pdf": ..., "svgs": N, "svgs_measured": N, "texts": N,
                "smallest": {"size": px, "text": ..., "svg": index, "where": id},
                "sizes": [[px, text], ...]}]}

"sizes" lists every measured text (rounded to 0.01 px) with its words, smallest first.

Exit status: 0 when every file was measured and printed, 2 when the measure itself could not
run (missing file, no browser). Requests other than file:// are refused.

Environment: RECIT_CHROMIUM overrides the browser (default /usr/bin/chromium).
Installed by scripts/setup.sh --tests (Debian chromium, PyPI axe-playwright-python, which
brings Playwright).
"""

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_CHROMIUM = "/usr/bin/chromium"

# Runs in the page: every rendered SVG text with its size in CSS pixels on screen.
MEASURE = """
() => {
  const svgs = Array.from(document.querySelectorAll('svg'));
  const texts = svgs.flatMap((svg, index) => Array.from(svg.querySelectorAll('text')).flatMap(text => {
    const box = text.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return [];
    const matrix = text.getScreenCTM();
    if (!matrix) return [];
    // The vertical scale from the text's user units to CSS pixels (rotation-safe).
    const scale = Math.hypot(matrix.c, matrix.d);
    const fontSize = parseFloat(getComputedStyle(text).fontSize);
    const figure = svg.closest('[id]');
    return [{
      size: Math.round(fontSize * scale * 100) / 100,
      text: text.textContent.trim().slice(0, 80),
      svg: index,
      where: figure ? figure.id : '',
    }];
  }));
  return {svgs: svgs.length, texts: texts};
}
"""


def fail(message: str) -> "NoReturn":  # noqa: F821
    print(f"page-layout: {message}", file=sys.stderr)
    sys.exit(2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf-folder", required=True)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("files", nargs="+")
    arguments = parser.parse_args()

    files = [Path(name) for name in arguments.files]
    for path in files:
        if not path.is_file():
            fail(f"no such file: {path}")
    folder = Path(arguments.pdf_folder)
    folder.mkdir(parents=True, exist_ok=True)

    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        fail(f"{error}: run scripts/setup.sh --tests (installs axe-playwright-python)")

    chromium = os.environ.get("RECIT_CHROMIUM", DEFAULT_CHROMIUM)
    if not os.access(chromium, os.X_OK):
        fail(f"no browser at {chromium}: run scripts/setup.sh --tests (installs Debian chromium)")

    report = []
    with sync_playwright() as playwright:
        try:
            # As root Chromium refuses to start with its sandbox.
            browser = playwright.chromium.launch(
                executable_path=chromium, headless=True, chromium_sandbox=False,
                args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        except Exception as error:  # Playwright raises its own Error type
            fail(f"cannot start {chromium}: {error}")
        try:
            context = browser.new_context(
                viewport={"width": arguments.width, "height": 900}, device_scale_factor=1,
                locale="fr-FR")
            context.route(
                "**/*",
                lambda route: route.continue_() if route.request.url.startswith("file:")
                else route.abort())
            page = context.new_page()
            for index, path in enumerate(files):
                page.emulate_media(media="screen")
                page.goto(path.resolve().as_uri(), wait_until="load")
                measured = page.evaluate(MEASURE)
                texts = sorted(measured["texts"], key=lambda text: text["size"])
                # The print dialog's defaults: the page's @page rules decide size and margins.
                pdf = folder / f"{index:02d}-{path.parent.parent.name}-{path.stem}.pdf"
                page.emulate_media(media="print")
                page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=False)
                report.append({
                    "file": str(path),
                    "pdf": str(pdf),
                    "svgs": measured["svgs"],
                    "svgs_measured": len({text["svg"] for text in texts}),
                    "texts": len(texts),
                    "smallest": texts[0] if texts else None,
                    "sizes": [[text["size"], text["text"]] for text in texts],
                })
        finally:
            browser.close()

    json.dump({"files": report}, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
