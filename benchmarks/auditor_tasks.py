"""The auditors' tasks in the calling process against a local process pool, on one scanned table.

    python benchmarks/auditor_tasks.py DATASET [--auditors leakage,variety] [--repeats 2] [--cache FILE]

Scans DATASET once (cached in --cache, so later runs skip the decode), then runs the chosen auditors
on that table ``--repeats`` times in each of two ways, alternating the order between repeats:

- ``inproc``: ``ctx.tasks`` is the calling process (the default of an audit without a cluster; the leakage
  search and verification use threads there);
- ``pool``: ``ctx.tasks`` is ``engine.tasks.PoolTasks(2)``: the leakage search's bands, its verification's
  batches and the variety classes on two worker processes.

Prints each run's wall time, the auditors' stages (candidates, verifying pairs, classes) and whether
the findings (as the JSON report writes them) are the same as the first run's. Decides
``engine.tasks.LOCAL_POOL`` (see docs/scaling.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataaudit.auditors import AuditContext, registered_auditors  # noqa: E402
from dataaudit.engine.runner import order_auditors, run_auditors  # noqa: E402
from dataaudit.engine.tasks import IN_PROCESS, PoolTasks  # noqa: E402
from dataaudit.options import CORE_DEFAULTS  # noqa: E402
from dataaudit.progress import Progress, Stage  # noqa: E402
from dataaudit.scan.cache import FeatureCache  # noqa: E402
from dataaudit.scan.scanner import scan  # noqa: E402
from dataaudit.sources import resolve_source  # noqa: E402


class _Timed(Stage):
    def __init__(self, name: str, spent: dict[str, float]):
        self.name, self.spent = name, spent

    def __enter__(self):
        self.started = time.perf_counter()
        return self

    def close(self) -> None:
        self.spent[self.name] = time.perf_counter() - self.started

    def update(self, k: int = 1) -> None:
        pass


class _Timing(Progress):
    """Each stage's wall seconds instead of bars."""

    def __init__(self):
        self.spent: dict[str, float] = {}

    def stage(self, description: str, total: int | None = None, unit: str = "") -> Stage:
        return _Timed(description, self.spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset")
    parser.add_argument("--auditors", default="leakage,variety")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "dataaudit-bench-tasks.sqlite"))
    args = parser.parse_args()
    chosen = set(args.auditors.split(","))
    dataset = resolve_source(args.dataset)
    features = sorted({f for cls in registered_auditors() for f in cls().required_features()})
    table, _ = scan(dataset, features, cache=FeatureCache(args.cache), progress=False)
    print(f"{len(table):,} images; load average {os.getloadavg()[0]:.1f}", flush=True)
    reference = None
    for repeat in range(args.repeats):
        for mode in ("inproc", "pool") if repeat % 2 == 0 else ("pool", "inproc"):
            tasks = IN_PROCESS if mode == "inproc" else PoolTasks(2)
            progress = _Timing()
            ctx = AuditContext(table=table, dataset=dataset, options=dict(CORE_DEFAULTS), progress=progress, tasks=tasks)
            auditors = [a for a in order_auditors([cls() for cls in registered_auditors()]) if a.name in chosen]
            started = time.perf_counter()
            try:
                findings, _ = run_auditors(auditors, ctx)
            finally:
                tasks.close()
            wall = time.perf_counter() - started
            found = sorted(json.dumps(f.to_dict(), sort_keys=True, default=str) for f in findings)
            reference = found if reference is None else reference
            stages = " ".join(f"{name.split(':')[-1].strip()} {seconds:.1f}" for name, seconds in progress.spent.items()
                              if ":" in name)
            print(f"{mode:7s} {wall:6.1f}s same={found == reference} n={len(findings)} | {stages} | "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
