#!/usr/bin/env python3
"""Prints the text of PDF files, page by page, as pypdf reads it through each font's ToUnicode map.

    pdf-text.py FILE...

Output, on stdout, as JSON: {"files": [{"file": ..., "pages": ["text of page 1", ...]}]}.

pdftotext (poppler) prints every Unicode space as a plain space, so it cannot tell whether a
narrow no-break space (U+202F) reached the PDF; pypdf keeps the characters the PDF maps its
glyphs to. Exit status: 0 when every file was read, 2 otherwise (the error on stderr).
Installed by scripts/setup.sh --tests (PyPI pypdf).
"""

import json
import sys

try:
    from pypdf import PdfReader
except ImportError:
    print("pdf-text: pypdf is not installed (scripts/setup.sh --tests)", file=sys.stderr)
    sys.exit(2)


def main(paths):
    files = []
    for path in paths:
        try:
            reader = PdfReader(path)
            files.append({"file": path, "pages": [page.extract_text() or "" for page in reader.pages]})
        except Exception as error:  # a PDF pypdf cannot read fails the check
            print(f"pdf-text: {path}: {error}", file=sys.stderr)
            return 2
    json.dump({"files": files}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
