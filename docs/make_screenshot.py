"""Regenerate docs/screenshots/demo-report.png: the HTML report of `dataaudit demo`, in headless Chromium.

    python docs/make_screenshot.py [--out docs/screenshots/demo-report.png] [--height 2200] [--full-page]

Needs Debian's chromium (`apt-get install chromium`). The demo dataset and the
HTML report are written to a temporary folder; pass --keep DIR to keep them.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # the Chromium driver is a test helper, not part of the package

import dataaudit  # noqa: E402
from dataaudit.demo import make_demo_dataset  # noqa: E402
from dataaudit.reporting.formats import render  # noqa: E402
from chromium import Browser, BrowserError  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots" / "demo-report.png"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2200, help="pixels from the top of the page to keep")
    parser.add_argument("--full-page", action="store_true", help="the whole page instead of its top")
    parser.add_argument("--keep", default=None, metavar="DIR", help="keep the demo dataset and report in DIR")
    args = parser.parse_args(argv)

    # A fixed folder name, so the path printed in the report's header does not change between runs.
    work = Path(args.keep) if args.keep else Path(tempfile.gettempdir()) / "dataaudit-screenshot"
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    try:
        root = make_demo_dataset(work / "demo-data")
        report = dataaudit.audit(root, cache=False, config=False, progress=False)
        html = work / "demo-report.html"
        html.write_text(render(report, "html"), encoding="utf-8")
        try:
            with Browser(width=args.width, height=900) as browser:
                page = browser.open(html.as_uri())
                problems = page.problems()
                if problems:
                    print("the page logged problems:\n  " + "\n  ".join(problems), file=sys.stderr)
                    return 1
                out = page.screenshot(args.out, full_page=args.full_page, height=None if args.full_page else args.height)
        except BrowserError as exc:
            print(f"make_screenshot: {exc}", file=sys.stderr)
            return 2
        print(f"wrote {out} ({report!r}; report {html if args.keep else 'in a deleted temp folder'})")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
