"""Quickstart: audit a dataset, read the report, use it as a gate.

    python examples/quickstart.py [DATASET]

Without an argument it generates the demo dataset (planted problems) in a
temporary folder. Writes `dataaudit-report.html` (the report for people) and
`dataaudit-fixes/` (the fixes as files) in the current folder. Exits 1 when
the gate fails, like `dataaudit check`.
"""

import sys
import tempfile
from pathlib import Path

import dataaudit
from dataaudit.demo.dataset import make_demo_dataset
from dataaudit.reporting.formats import render


def main() -> int:
    if len(sys.argv) > 1:
        root = Path(sys.argv[1])
    else:
        root = make_demo_dataset(Path(tempfile.mkdtemp()) / "demo")

    report = dataaudit.audit(root)
    print(report.to_text())

    # Findings are plain frozen dataclasses; the same data as a DataFrame:
    frame = report.to_frame()
    print("\nFindings per code:")
    print(frame.groupby(["code", "slug"]).size().to_string())

    # Reports for people and CI systems (also: "sarif", "junit", "github", "json", "markdown"),
    # and the fixes as new files; the dataset itself is never changed.
    html = Path("dataaudit-report.html")
    html.write_text(render(report, "html"), encoding="utf-8")
    written = report.write_fixes("dataaudit-fixes", overwrite=True)
    print(f"\nHTML report: {html.resolve()}\nFix files: {', '.join(p.name for p in written)}")

    # As a gate inside a training script: raises AuditFailed when errors remain.
    try:
        dataaudit.gate(root, fail_on="error")
    except dataaudit.AuditFailed as failed:
        print(f"\nGate failed: {failed}")
        return 1
    print("\nGate passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
