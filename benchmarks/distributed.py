"""The audit on a 2-worker Dask LocalCluster against the single-machine audit, and the cost model's figures.

    nice -n 10 python benchmarks/distributed.py [--cifar-dir DIR | --cifar-tar PATH] [--repeats 3] [--workers 2]
                                                [--stages] [--sizes 32x32,512x384,1024x768]

**Cluster vs one machine** (issue 13's target: the cluster run takes at most 1.5x the single-machine
time on the same cores). On the CIFAR-10 export (60,000 32x32 JPEGs; extracted from ``--cifar-tar``
into ``--work`` once), each repeat runs, in this order alternating between repeats:

- ``local``: ``audit(root, cache=False, progress=False, config=False, jobs=W)``: the single-machine
  audit, a process pool of W workers for the scan, the auditors' tasks (leakage search bands and
  verification batches, variety classes: ``dataaudit.engine.tasks``) in the calling process;
- ``pool`` (with ``--pool-auditors``): the same, with the auditors' tasks on a local pool of W processes
  (``engine.tasks.LOCAL_POOL``, off by default): whether such a pool pays on one machine;
- ``cluster``: the same with ``client=`` a ``LocalCluster(n_workers=W, threads_per_worker=1,
  processes=True)`` started once before the repeats (a cluster is something a team already runs;
  its start-up time is printed apart): the scan's partitions and the auditors' tasks on its workers.

Both are timed as the ``audit()`` call's wall time; ``scan`` is the scan's own seconds. The findings
(fingerprints and severities) of every run must be identical. Medians of ``--repeats``; the load
average before and after is printed (the machine is shared).

**Cost model** (``--stages``): per-stage throughput on ONE core, for ``docs/scaling.md``:

- listing: ``resolve_source`` of the CIFAR folder (a local walk);
- scan per image size: ``dataaudit.scan.scan`` with ``jobs=1`` on generated photos of each of
  ``--sizes`` (JPEG quality 90) with the default audit's features: read + hash + decode + signatures;
  the decode alone (``Image.open(p); draft; load``) is printed beside it;
- auditors: each auditor's seconds in the local CIFAR audit (search + verification = leakage;
  statistics = balance, variety, integrity), per 1,000 images;
- data moved: the bytes of one partition file (meta + packed features) per image, what a worker
  sends back per image through the work folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

# This script's folder first on the path would make ``import distributed`` import this very file.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataaudit import audit  # noqa: E402


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _findings(report) -> list[tuple[str, str]]:
    return sorted((f.fingerprint, str(f.severity)) for f in report.findings)


def _cifar(args: argparse.Namespace) -> Path:
    if args.cifar_dir:
        return Path(args.cifar_dir)
    root = Path(args.work) / "cifar"
    if not (root / "train").is_dir():
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(args.cifar_tar) as tar:
            tar.extractall(root, filter="data")
    return root


def _scan_only(root: Path, client, workers: int):
    """The scan alone (every default auditor's features), in a local pool or on the cluster; the auditors that
    follow run the same code in the same process either way."""
    from dataaudit.auditors import registered_auditors
    from dataaudit.distributed.executor import DaskExecutor
    from dataaudit.scan.scanner import scan
    from dataaudit.sources import resolve_source

    features = sorted({f for cls in registered_auditors() for f in cls().required_features()})
    dataset = resolve_source(root)
    executor = None if client is None else DaskExecutor(client)
    table, stats = scan(dataset, features, jobs=workers, progress=False, executor=executor)
    digests = table.meta["content_hash"].tolist()
    return stats, digests


def compare(root: Path, workers: int, repeats: int, scan_only: bool = False, pool: bool = False) -> None:
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(cluster)
    print(f"LocalCluster of {workers} worker processes started in {time.perf_counter() - started:.1f}s")
    modes = ("local", "cluster", "pool") if pool and not scan_only else ("local", "cluster")
    times: dict[str, list[float]] = {mode: [] for mode in modes}
    scans: dict[str, list[float]] = {mode: [] for mode in modes}
    reference = None
    n = 0
    try:
        for repeat in range(repeats):
            order = modes if repeat % 2 == 0 else modes[::-1]
            for mode in order:
                options = dict(cache=False, progress=False, config=False, jobs=workers)
                if mode == "cluster":
                    options["client"] = client
                t = time.perf_counter()
                if scan_only:
                    stats, digests = _scan_only(root, client if mode == "cluster" else None, workers)
                    wall = time.perf_counter() - t
                    reference = digests if reference is None else reference
                    times[mode].append(wall)
                    scans[mode].append(stats.seconds)
                    same = "same content hashes" if digests == reference else "HASHES DIFFER"
                    print(f"  {mode:8s} {stats.items:,} img  scan {wall:6.1f}s  {stats.items / wall:7,.0f} img/s | "
                          f"{same} | load {_load()}")
                    continue
                from dataaudit.engine import tasks

                tasks.LOCAL_POOL = mode == "pool"
                try:
                    report = audit(root, **options)
                finally:
                    tasks.LOCAL_POOL = False
                wall = time.perf_counter() - t
                n = report.scan["items"]
                times[mode].append(wall)
                scans[mode].append(report.scan["seconds"])
                found = _findings(report)
                reference = found if reference is None else reference
                same = "same findings" if found == reference else "FINDINGS DIFFER"
                auditors = " ".join(f"{a.name} {a.seconds:.1f}" for a in report.auditors)
                print(f"  {mode:8s} {n:,} img  {wall:6.1f}s  {n / wall:7,.0f} img/s | scan {report.scan['seconds']:.1f} "
                      f"| {auditors} | {len(found)} findings, {same} | load {_load()}")
    finally:
        client.close()
        cluster.close()
    local, dist = statistics.median(times["local"]), statistics.median(times["cluster"])
    print(f"median of {repeats}: local {local:.1f}s (scan {statistics.median(scans['local']):.1f}), "
          f"cluster {dist:.1f}s (scan {statistics.median(scans['cluster']):.1f}); "
          f"cluster / local = {dist / local:.2f}x (target <= 1.5x)")
    if "pool" in times:
        pool_time = statistics.median(times["pool"])
        print(f"median of {repeats}: auditors' tasks on a local pool {pool_time:.1f}s; pool / local = "
              f"{pool_time / local:.2f}x")


def _photos(folder: Path, size: tuple[int, int], n: int) -> list[Path]:
    from PIL import Image

    from dataaudit.demo.dataset import draw_image

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    paths = []
    for i in range(n):
        path = folder / "train" / "a" / f"{i:05d}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            im = draw_image(rng, ("circle", "square", "triangle")[i % 3], size=max(size)).resize(size)
            noise = rng.normal(0, 6, (size[1], size[0], 3))
            im = Image.fromarray(np.clip(np.asarray(im, dtype=np.float32) + noise, 0, 255).astype(np.uint8))
            im.save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def _timing_progress():
    """A Progress that records each stage's CPU seconds (the leakage auditor's candidate search and its
    verification are stages of their own) instead of drawing bars."""
    from dataaudit.progress import Progress, Stage

    spent: dict[str, float] = {}

    class _Timed(Stage):
        def __init__(self, name: str):
            self.name, self.started = name, time.process_time()

        def __enter__(self):
            self.started = time.process_time()
            return self

        def close(self) -> None:
            spent[self.name] = spent.get(self.name, 0.0) + time.process_time() - self.started

    class _Timing(Progress):
        def stage(self, description: str, total: int | None = None, unit: str = "") -> Stage:
            return _Timed(description)

    return _Timing(), spent


def _auditor_cpu(dataset, features: list[str]) -> None:
    """Each default auditor's CPU seconds (all of this process's threads) on the scanned CIFAR table: less
    sensitive to a busy machine than wall time, and what a core-count estimate needs."""
    from dataaudit.auditors import AuditContext, registered_auditors
    from dataaudit.engine.runner import order_auditors, run_auditors
    from dataaudit.options import CORE_DEFAULTS
    from dataaudit.scan.scanner import scan

    table, stats = scan(dataset, features, jobs=2, progress=False)
    n = len(table)
    print(f"scan of {n:,} images on 2 processes: {stats.seconds:.1f}s wall")
    progress, spent = _timing_progress()
    ctx = AuditContext(table=table, dataset=dataset, options=dict(CORE_DEFAULTS), progress=progress)
    for auditor in order_auditors([cls() for cls in registered_auditors()]):
        cpu, wall = time.process_time(), time.perf_counter()
        run_auditors([auditor], ctx)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(f"auditor {auditor.name:13s} {cpu:7.1f} CPU-s ({wall:6.1f}s wall) = {cpu / n * 1e6:7.0f} CPU-us per image")
        for name, seconds in sorted(spent.items()):
            if name.startswith(auditor.name + ":"):
                print(f"   {name:30s} {seconds:7.1f} CPU-s = {seconds / n * 1e6:7.0f} CPU-us per image")


def stages(root: Path, sizes: list[tuple[int, int]], work: Path, auditors: bool = True) -> None:
    from PIL import Image

    from dataaudit.auditors import registered_auditors
    from dataaudit.distributed.executor import _pack
    from dataaudit.scan import worker
    from dataaudit.scan.features import DECODE_MIN_SIDE
    from dataaudit.scan.scanner import _batches, scan
    from dataaudit.sources import resolve_source

    features = sorted({f for cls in registered_auditors() for f in cls().required_features()})
    t, c = time.perf_counter(), time.process_time()
    dataset = resolve_source(root)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"listing (local walk + layout): {len(dataset.samples) / cpu:,.0f} files per CPU-second "
          f"({len(dataset.samples) / seconds:,.0f} files/s wall)")

    if auditors:
        _auditor_cpu(dataset, features)
    paths = dataset.samples["path"].tolist()[:4000]
    worker.init_worker(features, [], None)
    tasks = [(i, p) for i, p in enumerate(paths)]
    results = [worker.process_files(tasks[a:b]) for a, b in _batches([1000] * len(tasks), 1)]
    import io

    buffer = io.BytesIO()
    np.savez(buffer, **_pack(results))
    print(f"data moved: {len(buffer.getvalue()) / len(paths):,.0f} bytes per image in a partition file "
          f"(meta + {sum(r.packed.shape[1] for r in results[:1])} bytes of packed features)")

    for size in sizes:
        n = max(200, min(3000, int(3e8 / (size[0] * size[1] * 3) * 2)))
        files = paths if size == (32, 32) else _photos(work / f"photos-{size[0]}x{size[1]}", size, n)
        c = time.process_time()
        for p in files:
            with Image.open(p) as im:
                im.draft(im.mode, (DECODE_MIN_SIDE, DECODE_MIN_SIDE))
                im.load()
        decode = len(files) / (time.process_time() - c)
        from dataaudit.sources.base import Dataset, make_samples

        ds = Dataset("folder", Path(files[0]).parent, make_samples([(str(p), str(p), "train", "a", -1) for p in files]),
                     "split/class")
        t, c = time.perf_counter(), time.process_time()
        scan(ds, features, jobs=1, progress=False)  # in this process: its CPU time is the scan's
        full, wall = len(files) / (time.process_time() - c), len(files) / (time.perf_counter() - t)
        kb = np.mean([os.path.getsize(p) for p in files]) / 1e3
        print(f"scan {size[0]}x{size[1]} ({kb:.0f} KB files, {len(files)} images): {full:,.0f} img per CPU-second "
              f"({wall:,.0f} img/s wall; decode alone at reduced DCT scale {decode:,.0f} img per CPU-second)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cifar-dir", default=None)
    parser.add_argument("--cifar-tar", default=str(Path(__file__).resolve().parents[2] / "shared/data/cifar10-full.tar.gz"))
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "dataaudit-bench-distributed"))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stages", action="store_true", help="also measure the cost model's per-stage figures")
    parser.add_argument("--no-compare", action="store_true", help="only the per-stage figures")
    parser.add_argument("--scan-only", action="store_true",
                        help="compare the scan alone (the part that runs on the cluster), not the whole audit")
    parser.add_argument("--pool-auditors", action="store_true",
                        help="also run the local audit with the auditors' tasks on a local process pool")
    parser.add_argument("--sizes", default="32x32,512x384,1024x768")
    parser.add_argument("--no-auditors", action="store_true", help="with --stages: skip the auditors' CPU figures")
    args = parser.parse_args()
    root = _cifar(args)
    print(f"CIFAR-10 export at {root}; {os.cpu_count()} cores; load average {_load()}")
    if not args.no_compare:
        compare(root, args.workers, args.repeats, args.scan_only, args.pool_auditors)
    if args.stages or args.no_compare:
        sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
        stages(root, sizes, Path(args.work), not args.no_auditors)  # type: ignore[arg-type]
    print(f"load average at the end {_load()}")


if __name__ == "__main__":
    main()
