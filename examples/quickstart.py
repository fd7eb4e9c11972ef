"""Quickstart: audit a dataset, read the report, use it as a gate.

    python examples/quickstart.py [DATASET]

Without an argument it generates the demo dataset (planted problems) in a temporary folder.
"""

import sys
import tempfile
from pathlib import Path

import dataaudit
from dataaudit.demo import make_demo_dataset


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
