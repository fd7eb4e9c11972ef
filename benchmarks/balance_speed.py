"""How long the class-balance auditor takes, against the bare per-split class count it starts from.

    python benchmarks/balance_speed.py [CIFAR_SAMPLE_DIR] [--rows N]

1. A label table of N rows (default 1,000,000; 100 classes, train/val/test), as
   a DataFrame source without images: the auditor's run versus
   ``meta.groupby(["split", "label"]).size()``, the minimum work any balance
   check does. Medians of 5 runs.
2. The CIFAR-10 sample folder (2,000 JPEGs, default ``../shared/data/cifar10-sample``
   relative to the repository root, arranged as train/val/test by file number):
   the auditor's run next to the scan it reads from.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from dataaudit.auditors import AuditContext
from dataaudit.auditors.balance.auditor import BalanceAuditor
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SAMPLE = REPO.parent / "shared" / "data" / "cifar10-sample"


def median_seconds(fn, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def label_table(n: int) -> None:
    rng = np.random.default_rng(0)
    # Zipf-like class sizes so the imbalance findings, plans and snippets are all built.
    shares = 1 / np.arange(1, 101) ** 0.8
    labels = rng.choice([f"class_{i:03d}" for i in range(100)], size=n, p=shares / shares.sum())
    splits = rng.choice(["train", "val", "test"], size=n, p=[0.8, 0.1, 0.1])
    dataset = resolve_source(pd.DataFrame({"label": labels, "split": splits}))
    table, _ = scan(dataset, [], cache=None, jobs=1, progress=False)
    ctx = AuditContext(table=table, dataset=dataset)
    auditor = BalanceAuditor()
    findings = list(auditor.run(ctx))
    auditor_s = median_seconds(lambda: list(auditor.run(ctx)))
    baseline_s = median_seconds(lambda: table.meta.groupby(["split", "label"]).size())
    print(f"label table, {n:,} rows, 100 classes: {len(findings)} findings "
          f"({', '.join(sorted({f.code for f in findings}))})")
    print(f"  balance auditor   median {auditor_s * 1000:8.1f} ms")
    print(f"  groupby baseline  median {baseline_s * 1000:8.1f} ms")
    print(f"  ratio auditor / baseline: {auditor_s / baseline_s:.1f}x")


def cifar_sample(folder: Path) -> None:
    images = sorted(folder.glob("*/*.jpg"))
    if not images:
        print(f"CIFAR-10 sample not found at {folder}; pass its folder as the first argument. Skipped.")
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for k, path in enumerate(images):
            split = ("train", "train", "train", "val", "test")[k % 5]
            target = root / split / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(path)
        dataset = resolve_source(root)
        start = time.perf_counter()
        table, _ = scan(dataset, [], cache=None, jobs=None, progress=False)
        scan_s = time.perf_counter() - start
        ctx = AuditContext(table=table, dataset=dataset)
        auditor = BalanceAuditor()
        findings = list(auditor.run(ctx))
        auditor_s = median_seconds(lambda: list(auditor.run(ctx)))
    print(f"CIFAR-10 sample, {len(images):,} images: {len(findings)} findings "
          f"({', '.join(sorted({f.code for f in findings}))})")
    print(f"  scan (read, hash, decode)  {scan_s:8.2f} s")
    print(f"  balance auditor median     {auditor_s * 1000:8.1f} ms ({auditor_s / scan_s:.2%} of the scan)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sample", nargs="?", default=str(DEFAULT_SAMPLE))
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    label_table(args.rows)
    cifar_sample(Path(args.sample))
    return 0


if __name__ == "__main__":
    sys.exit(main())
