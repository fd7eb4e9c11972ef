"""How long rendering each report format takes, next to the audit itself, on real photos.

    python benchmarks/report_formats.py [FOLDER] [--groups 200] [--repeats 3] [--findings 100000]

FOLDER defaults to ../shared/data/cifar10-sample (relative to the repository
root): CIFAR-10 JPEGs in <class>/NNNN.jpg. The audit's findings are topped up
with GROUPS duplicate-group findings of three real files each (what the
leakage auditor reports), so the HTML report has to make thumbnails: up to its
default budget of 400 image files. Prints the median of --repeats runs of the
audit (no cache) and of each renderer, the ratio to the audit, and the size
of each output.

First, every format renders a report of --findings synthetic findings (one
file each, four rules, errors and warnings; 0 skips it), once each: the time
must grow linearly with the count (JUnit was quadratic: 100k findings took
over 300 s). It runs without FOLDER.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import dataaudit  # noqa: E402
from dataaudit.model.findings import Finding, Location, Severity  # noqa: E402
from dataaudit.reporting.formats import FORMATS, render  # noqa: E402


def timed(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def many_findings(n: int) -> None:
    """Each format on ``n`` one-file findings of a dataset that is not on disk (thumbnails: placeholders)."""
    codes = [("DA006", "tiny-image"), ("DA101", "exact-cross-split-duplicate"), ("DA202", "rare-class"),
             ("DA008", "mixed-image-sizes")]
    findings = []
    for i in range(n):
        code, slug = codes[i % len(codes)]
        findings.append(Finding(code, slug, Severity.ERROR if i % 3 == 0 else Severity.WARNING,
                                f"train/c{i % 10}/{i:06d}.jpg: finding {i}",
                                locations=[Location(f"train/c{i % 10}/{i:06d}.jpg", "train", f"c{i % 10}")]))
    report = dataaudit.Report(findings=findings, summary={"n_samples": n, "splits": {}},
                              source={"kind": "folder", "root": "/nonexistent/dataset", "description": "synthetic"})
    print(f"{n:,} synthetic findings, one run per format")
    for fmt in sorted(FORMATS):
        seconds, text = timed(lambda: render(report, fmt), 1)
        print(f"{'render ' + fmt:18s} {seconds:9.2f} s   {len(text.encode('utf-8')) / 2**20:8.1f} MiB")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(REPO / ".." / "shared" / "data" / "cifar10-sample"))
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--findings", type=int, default=100_000)
    args = parser.parse_args(argv)
    if args.findings:
        many_findings(args.findings)
    folder = Path(args.folder).resolve()
    if not folder.is_dir():
        print(f"report_formats: {folder} does not exist; pass a folder of images (e.g. the CIFAR-10 sample).",
              file=sys.stderr)
        return 2

    audit_s, report = timed(lambda: dataaudit.audit(folder, cache=False, config=False, progress=False), args.repeats)
    meta = report.table.meta
    rows = meta.index[meta["error_kind"] == ""].tolist()
    groups = []
    for g in range(min(args.groups, len(rows) // 3)):
        members = [rows[3 * g + k] for k in range(3)]
        locs = [Location(str(meta.at[r, "relpath"]), str(meta.at[r, "split"]), str(meta.at[r, "label"]))
                for r in members]
        groups.append(Finding("DA102", "near-duplicate", Severity.ERROR, f"group {g}", locations=locs,
                              evidence={"similarity": 0.95}))
    report = dataaudit.Report(findings=[*report.findings, *groups], summary=report.summary, auditors=report.auditors,
                              source=report.source, table=report.table, config=report.config)

    print(f"{len(meta):,} images in {folder}; {len(report.findings):,} findings "
          f"({len(groups)} planted 3-image groups); median of {args.repeats} runs")
    print(f"{'audit (no cache)':18s} {audit_s * 1000:9.1f} ms")
    for fmt in ("html", "sarif", "junit", "github", "json"):
        seconds, text = timed(lambda: render(report, fmt), args.repeats)
        print(f"{'render ' + fmt:18s} {seconds * 1000:9.1f} ms  {seconds / audit_s:6.2f}x the audit  "
              f"{len(text.encode('utf-8')) / 1024:8.1f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
