"""A CI gate: audit a dataset once, keep SARIF / JUnit / HTML reports, annotate the run, fail on errors.

    python examples/ci_gate.py DATA [--out DIR] [--fail-on error|warning|info|never] [--baseline FILE]

Exit code 0 when the gate passes, 1 when it fails, 2 on bad input (like
`dataaudit check`). Inside GitHub Actions (GITHUB_ACTIONS=true) it prints
workflow annotations and appends the Markdown report to the job summary.

A GitHub Actions job using it:

    - run: python examples/ci_gate.py data/ --out dataaudit-reports
    - uses: github/codeql-action/upload-sarif@v3
      if: always()
      with: {sarif_file: dataaudit-reports/dataaudit.sarif}

The same gate with the command line alone (one audit per format; the cache
makes the repeats cheap): `dataaudit check data/ --format sarif -o x.sarif`,
`--format junit -o x.xml`, `--format github`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import dataaudit
from dataaudit.reporting.formats import render

OUTPUTS = {"sarif": "dataaudit.sarif", "junit": "dataaudit-junit.xml", "html": "dataaudit-report.html",
           "json": "dataaudit.json"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Audit a dataset as a CI gate.")
    parser.add_argument("data", help="dataset folder or manifest")
    parser.add_argument("--out", default="dataaudit-reports", help="folder for the reports")
    parser.add_argument("--fail-on", default="error", choices=["error", "warning", "info", "never"])
    parser.add_argument("--baseline", default=None, help="accept the findings recorded in this baseline")
    args = parser.parse_args(argv)

    try:
        report = dataaudit.audit(args.data, fail_on=args.fail_on, baseline=args.baseline, progress=False)
    except dataaudit.DataAuditError as exc:
        print(f"ci_gate: {exc}", file=sys.stderr)
        return 2

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for fmt, name in OUTPUTS.items():
        (out / name).write_text(render(report, fmt), encoding="utf-8")
    if os.environ.get("GITHUB_ACTIONS") == "true":
        print(render(report, "github"), end="")
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a", encoding="utf-8") as fh:
                fh.write(report.to_markdown())
    print(report.to_text())
    print(f"\nci_gate: reports in {out}/ ({', '.join(OUTPUTS.values())})")
    return 0 if report.passed() else 1


if __name__ == "__main__":
    sys.exit(main())
