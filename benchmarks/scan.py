"""Scan throughput: cold scan, warm (cached) re-scan, and a plain Pillow decode loop, in one run.

    python benchmarks/scan.py [--n 20000] [--dir /tmp/dataaudit-bench-scan] [--repeats 3]

Generates N JPEGs of realistic sizes (256-640 px a side, quality 90) once (kept in --dir for
later runs), then measures, on the same files in the same run:

- plain: a single-process ``Image.open(p).load()`` loop (what a naive checker does);
- cold: ``dataaudit.audit`` with an empty cache (every built-in auditor, default options);
- warm: the same audit again on the now-filled cache.

Prints images/second (median of --repeats runs) and the ratios. Targets (issue 2):
warm >= 20x cold, cold >= 1.5x plain on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dataaudit  # noqa: E402
from dataaudit.demo import CLASSES, draw_image  # noqa: E402


def _write(args: tuple[Path, int]) -> None:
    path, seed = args
    rng = np.random.default_rng(seed)
    w, h = (int(v) for v in rng.integers(256, 641, 2))
    im = draw_image(rng, CLASSES[seed % 3], size=max(w, h)).resize((w, h))
    im.save(path, "JPEG", quality=90)


def generate(root: Path, n: int) -> list[Path]:
    marker = root / f".complete-{n}"
    paths = [root / ("train" if i % 5 else "val") / CLASSES[i % 3] / f"{i:06d}.jpg" for i in range(n)]
    if marker.exists():
        return paths
    for p in {p.parent for p in paths}:
        p.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with Pool(os.cpu_count()) as pool:
        pool.map(_write, [(p, i) for i, p in enumerate(paths)], chunksize=64)
    marker.write_text("ok")
    print(f"generated {n} JPEGs in {time.perf_counter() - started:.0f}s under {root}")
    return paths


def plain_loop(paths: list[Path]) -> float:
    started = time.perf_counter()
    for p in paths:
        with Image.open(p) as im:
            im.load()
    return time.perf_counter() - started


def timed_audit(root: Path, cache: Path) -> tuple[float, dict]:
    started = time.perf_counter()
    report = dataaudit.audit(root, cache=cache, progress=False)
    return time.perf_counter() - started, report.scan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "dataaudit-bench-scan")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    paths = generate(args.dir / str(args.n), args.n)
    root = args.dir / str(args.n)
    sizes = [p.stat().st_size for p in paths[:2000]]
    print(f"{len(paths)} JPEGs, median {statistics.median(sizes) / 1024:.0f} KiB; cores: {os.cpu_count()}; "
          f"auditors: {', '.join(a.name for a in dataaudit.registered_auditors())}")

    plain, cold, warm = [], [], []
    cold_stats = warm_stats = {}
    for r in range(args.repeats):
        plain.append(plain_loop(paths))
        with tempfile.TemporaryDirectory() as tmp:
            cache = Path(tmp) / "cache.sqlite"
            seconds, cold_stats = timed_audit(root, cache)
            cold.append(seconds)
            seconds, warm_stats = timed_audit(root, cache)
            warm.append(seconds)
        print(f"  run {r + 1}: plain {plain[-1]:.1f}s, cold {cold[-1]:.1f}s, warm {warm[-1]:.2f}s")
    assert cold_stats["decoded"] == len(paths) and warm_stats["decoded"] == 0, (cold_stats, warm_stats)

    n = len(paths)
    rate = {name: n / statistics.median(times) for name, times in (("plain", plain), ("cold", cold), ("warm", warm))}
    print()
    print(f"plain Image.open().load() loop : {rate['plain']:10,.0f} images/s")
    print(f"dataaudit cold scan            : {rate['cold']:10,.0f} images/s   "
          f"(features: {', '.join(cold_stats['features']) or 'none'}; jobs {cold_stats['jobs']})")
    print(f"dataaudit warm re-scan         : {rate['warm']:10,.0f} images/s   (decoded {warm_stats['decoded']})")
    print()
    print(f"warm / cold  = {rate['warm'] / rate['cold']:6.1f}x   (target >= 20x)")
    print(f"cold / plain = {rate['cold'] / rate['plain']:6.2f}x   (target >= 1.5x)")


if __name__ == "__main__":
    main()
