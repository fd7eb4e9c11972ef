"""Where an audit's memory goes, stage by stage (issue 12: bounded memory).

    python benchmarks/memory.py DIR [--cache PATH] [--chunk-size N] [--interval S]

Runs ``dataaudit.audit(DIR, cache=False (or PATH), progress=False, config=False)`` in this
process while a thread reads ``VmRSS`` of this process (``self``) and of it plus every descendant
(``tree``: the fork server and the scan workers) every ``--interval`` seconds (default 0.05): each
process's peak since the last look (``VmHWM``, its counter then restarted through
``/proc/<pid>/clear_refs``), so short spikes between looks count too. Each sample is charged to the progress stage open at that moment (the listing, the scan, each auditor
and its long steps, as a progress bar would show them; the engine's stages are entered through
``Progress.stage``, which this script wraps to see them). It prints each stage's peak, where the
feature columns live (memory or the scan's files) with their bytes per image, the meta
DataFrame's size, and which heavy modules the audit imported. Memory is in MB of 10^6 bytes.
For the peak of a fresh process in the issue's terms, use ``benchmarks/scale.py``.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MB = 1e6
HEAVY = ("tensorflow", "keras", "torch", "sklearn", "scipy", "numba", "matplotlib", "faiss")


def _status_kb(pid: int, field: bytes) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _peak_since_last_kb(pid: int) -> int | None:
    """``pid``'s peak RSS since the last call (VmHWM, whose counter is then restarted); None where the
    counter cannot be restarted."""
    peak = _status_kb(pid, b"VmHWM:")
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return None
    return peak


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    todo.extend(int(child) for child in fh.read().split())
        except OSError:
            pass
    return out


class StageSampler:
    """Peak RSS of this process and of its tree, per stage name, sampled by a daemon thread."""

    def __init__(self, interval: float):
        self.interval = interval
        self.stage = "imports"
        self.peaks: dict[str, list[int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        exact = True
        while not self._stop.is_set():
            pids = _descendants(me)
            if exact:
                peaks = [_peak_since_last_kb(pid) for pid in pids]
                exact = peaks[0] is not None
            if not exact:
                peaks = [_status_kb(pid, b"VmRSS:") for pid in pids]
            own, tree = peaks[0] or 0, sum(peak or 0 for peak in peaks)
            peak = self.peaks.setdefault(self.stage, [0, 0])
            peak[0], peak[1] = max(peak[0], own), max(peak[1], tree)
            self._stop.wait(self.interval)

    def __enter__(self) -> StageSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        time.sleep(self.interval * 2)
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", help="the dataset folder")
    parser.add_argument("--cache", default=None, help="SQLite cache file (default: no cache)")
    parser.add_argument("--chunk-size", type=int, default=None)
    parser.add_argument("--interval", type=float, default=0.05)
    args = parser.parse_args()
    if not Path("/proc/self/status").exists():
        sys.exit("needs Linux's /proc")

    sampler = StageSampler(args.interval)
    with sampler:
        import dataaudit
        from dataaudit.progress import Progress, Stage

        sampler.stage = "(between stages)"

        class _Tracked(Stage):
            def __init__(self, name: str, previous: str):
                self.name, self.previous = name, previous

            def close(self) -> None:
                if sampler.stage == self.name:
                    sampler.stage = self.previous

        def stage(self: Progress, description: str, total: int | None = None, unit: str = "") -> Stage:
            previous, sampler.stage = sampler.stage, description
            return _Tracked(description, previous)

        Progress.stage = stage  # type: ignore[method-assign]
        options = {"chunk_size": args.chunk_size} if args.chunk_size else {}
        started = time.perf_counter()
        report = dataaudit.audit(args.root, cache=args.cache or False, progress=False, config=False, **options)
        seconds = time.perf_counter() - started
        sampler.stage = "(report held)"

    table = report.table
    n = max(len(table), 1)
    print(f"{args.root}: {len(table):,} samples, {len(report.findings)} findings, audit {seconds:.1f}s")
    print(f"\n{'stage':44s} {'self MB':>9s} {'tree MB':>9s}")
    for name, (own, tree) in sampler.peaks.items():
        print(f"{name:44s} {own * 1024 / MB:9,.0f} {tree * 1024 / MB:9,.0f}")
    peak_tree = max(tree for _, tree in sampler.peaks.values())
    print(f"{'peak':44s} {max(o for o, _ in sampler.peaks.values()) * 1024 / MB:9,.0f} {peak_tree * 1024 / MB:9,.0f}")

    print("\nfeature        where      bytes/image    total MB")
    for name in table.features:
        rows = table.feature_rows(name)
        per_image = rows.dtype.itemsize * math.prod(rows.shape[1:])
        where = "memory" if table.store is None or name not in table.store else "file"
        print(f"{name:14s} {where:10s} {per_image:11,d} {per_image * len(table) / MB:11,.1f}")
    meta_bytes = table.meta.memory_usage(deep=True).sum()
    print(f"meta DataFrame: {meta_bytes / MB:,.1f} MB ({meta_bytes / n:,.0f} bytes an image; shared strings counted "
          "once per row)")
    print("heavy modules imported:", ", ".join(m for m in HEAVY if m in sys.modules) or "none")


if __name__ == "__main__":
    main()
