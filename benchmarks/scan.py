"""Scan throughput: cold scan, warm (cached) re-scan, and a plain Pillow decode loop, in one run.

    python benchmarks/scan.py [--n 20000] [--size WxH] [--dir /tmp/dataaudit-bench-scan] [--repeats 3] [--audit]

Generates N JPEGs of realistic sizes (256-640 px a side, quality 90; with ``--size 1024x768``
all of that one size instead) once (kept in --dir for later runs), then measures, on the same
files in the same run:

- plain: a single-process ``Image.open(p).load()`` loop (what a naive checker does);
- draft: a single-process loop doing only the decode the scan does, ``Image.open(p)``,
  ``im.draft("RGB", (64, 64))`` (reduced DCT scale), ``im.load()``; and the same loop split over as
  many processes as the scan uses (chunks of 64 files, the processes started before timing). No scan
  that decodes every file can beat the latter: it is the ceiling for the cold scan;
- cold: the one scan of ``dataaudit.audit`` (listing, reading, hashing, decoding, every feature the
  built-in auditors ask for) with an empty cache;
- warm: the same scan again on the now-filled cache.

With ``--audit`` it also prints, for reference, how long a whole audit takes on the warm cache and
each auditor's share.

Prints images/second (median of --repeats runs) and the ratios. Targets (issue 2):
warm >= 20x cold, cold >= 1.5x plain on a 2-core machine. Issue 12: with ``--size 1024x768``,
cold >= 1,400 images/s (``python benchmarks/scan.py --size 1024x768 --n 5000``). The line
``cold / ceiling`` says how much of the parallel draft loop's speed the scan reaches; at 1024x768
the draft decode is entropy (Huffman) decoding of every byte, which reduced scale cannot skip.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from multiprocessing import Pool, get_context
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dataaudit  # noqa: E402
from dataaudit.scan.cache import FeatureCache  # noqa: E402
from dataaudit.demo.dataset import CLASSES, draw_image  # noqa: E402
from dataaudit.scan.features import DECODE_MIN_SIDE  # noqa: E402
from dataaudit.scan.scanner import default_jobs, scan  # noqa: E402
from dataaudit.sources import resolve_source  # noqa: E402


def _write(args: tuple[Path, int, tuple[int, int] | None]) -> None:
    path, seed, size = args
    rng = np.random.default_rng(seed)
    w, h = (int(v) for v in rng.integers(256, 641, 2))
    if size is not None:
        w, h = size
    # Draw small, upscale, then add sensor-like noise: photo-like JPEG entropy without the cost of
    # drawing at full size.
    im = draw_image(rng, CLASSES[seed % 3], size=160).resize((w, h), Image.Resampling.BILINEAR)
    y0, x0 = (int(v) for v in rng.integers(0, 1024 - 640, 2))
    # A window wrapping around the noise field: the plain slice for sizes up to 640, any size beyond.
    rows, cols = np.arange(y0, y0 + h) % _NOISE.shape[0], np.arange(x0, x0 + w) % _NOISE.shape[1]
    pixels = np.asarray(im, dtype=np.int16) + _NOISE[rows[:, None], cols]
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, "JPEG", quality=90)


#: One noise field per process; each image takes a random window of it.
_NOISE = np.random.default_rng(12345).normal(0, 6, (1024, 1024, 3)).round().astype(np.int16)


def generate(root: Path, n: int, size: tuple[int, int] | None = None) -> list[Path]:
    marker = root / f".complete-v2-{n}"
    paths = [root / ("train" if i % 5 else "val") / CLASSES[i % 3] / f"{i:06d}.jpg" for i in range(n)]
    if marker.exists():
        return paths
    for p in {p.parent for p in paths}:
        p.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with Pool(os.cpu_count()) as pool:
        pool.map(_write, [(p, i, size) for i, p in enumerate(paths)], chunksize=64)
    marker.write_text("ok")
    print(f"generated {n} JPEGs in {time.perf_counter() - started:.0f}s under {root}")
    return paths


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WxH such as 1024x768, got {text!r}") from None
    if w < 1 or h < 1:
        raise argparse.ArgumentTypeError(f"width and height must be positive, got {text!r}")
    return w, h


def plain_loop(paths: list[Path]) -> float:
    started = time.perf_counter()
    for p in paths:
        with Image.open(p) as im:
            im.load()
    return time.perf_counter() - started


def draft_decode(paths: list[Path]) -> int:
    """The scan's decode and nothing else: reduced DCT scale, both sides >= DECODE_MIN_SIDE."""
    for p in paths:
        with Image.open(p) as im:
            im.draft("RGB", (DECODE_MIN_SIDE, DECODE_MIN_SIDE))
            im.load()
    return len(paths)


def draft_loop(paths: list[Path], pool: Pool | None = None) -> float:
    """Seconds of draft_decode over ``paths``: in this process, or in chunks of 64 over ``pool``."""
    started = time.perf_counter()
    if pool is None:
        draft_decode(paths)
    else:
        pool.map(draft_decode, [paths[k : k + 64] for k in range(0, len(paths), 64)], chunksize=1)
    return time.perf_counter() - started


#: What a default audit asks the scan for: every built-in auditor's features.
FEATURES = sorted({f for cls in dataaudit.registered_auditors() for f in cls().required_features()})


def timed_scan(root: Path, cache_path: Path) -> tuple[float, dict]:
    """The one scan as `dataaudit.audit` runs it: list the folder, then read/hash/decode/featurise via the cache."""
    started = time.perf_counter()
    dataset = resolve_source(root)
    cache = FeatureCache(cache_path)
    try:
        _, stats = scan(dataset, FEATURES, cache=cache, progress=False)
    finally:
        cache.close()
    return time.perf_counter() - started, stats.to_dict()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--size", type=_size, help="WxH, e.g. 1024x768: every photo that size (default: 256-640 px)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "dataaudit-bench-scan")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--audit", action="store_true", help="also time a whole audit on the warm cache")
    args = parser.parse_args()

    root = args.dir / (str(args.n) if args.size is None else f"{args.n}-{args.size[0]}x{args.size[1]}")
    paths = generate(root, args.n, args.size)
    sizes = [p.stat().st_size for p in paths[:2000]]
    print(f"{len(paths)} JPEGs, median {statistics.median(sizes) / 1024:.0f} KiB; cores: {os.cpu_count()}; "
          f"features: {', '.join(FEATURES)}")

    jobs = default_jobs()
    # Started (and its processes' imports done) before any timing, as the ceiling has no start-up.
    ceiling_pool = get_context("forkserver").Pool(jobs)
    ceiling_pool.map(draft_decode, [[]] * jobs)
    plain, draft, ceiling, cold, warm = [], [], [], [], []
    cold_stats = warm_stats = {}
    for r in range(args.repeats):
        plain.append(plain_loop(paths))
        draft.append(draft_loop(paths))
        ceiling.append(draft_loop(paths, ceiling_pool))
        with tempfile.TemporaryDirectory() as tmp:
            cache = Path(tmp) / "cache.sqlite"
            seconds, cold_stats = timed_scan(root, cache)
            cold.append(seconds)
            seconds, warm_stats = timed_scan(root, cache)
            warm.append(seconds)
            if r == 0 and args.audit:
                started = time.perf_counter()
                report = dataaudit.audit(root, cache=cache, progress=False)
                audit_seconds = time.perf_counter() - started
                auditor_seconds = {a.name: a.seconds for a in report.auditors}
        print(f"  run {r + 1}: plain {plain[-1]:.1f}s, draft {draft[-1]:.1f}s, draft x{jobs} {ceiling[-1]:.1f}s, "
              f"cold {cold[-1]:.1f}s, warm {warm[-1]:.2f}s")
    ceiling_pool.close()
    ceiling_pool.join()
    assert cold_stats["decoded"] == len(paths) and warm_stats["decoded"] == 0, (cold_stats, warm_stats)

    n = len(paths)
    timings = (("plain", plain), ("draft", draft), ("ceiling", ceiling), ("cold", cold), ("warm", warm))
    rate = {name: n / statistics.median(times) for name, times in timings}
    print()
    print(f"plain Image.open().load() loop : {rate['plain']:10,.0f} images/s")
    print(f"draft loop, 1 process          : {rate['draft']:10,.0f} images/s   (decode at reduced DCT scale only)")
    print(f"{f'draft loop, {jobs} processes':31s}: {rate['ceiling']:10,.0f} images/s   (the ceiling for a cold scan)")
    print(f"dataaudit cold scan            : {rate['cold']:10,.0f} images/s   "
          f"(jobs {cold_stats['jobs']})")
    print(f"dataaudit warm re-scan         : {rate['warm']:10,.0f} images/s   (decoded {warm_stats['decoded']})")
    print()
    print(f"warm / cold    = {rate['warm'] / rate['cold']:6.1f}x   (target >= 20x)")
    print(f"cold / plain   = {rate['cold'] / rate['plain']:6.2f}x   (target >= 1.5x)")
    print(f"cold / ceiling = {rate['cold'] / rate['ceiling']:6.2f}x")
    if args.size is not None:
        print(f"cold at {args.size[0]}x{args.size[1]} = {rate['cold']:6,.0f} images/s   "
              "(issue 12 target at 1024x768: >= 1,400)")
    if args.audit:
        print()
        print(f"for reference, a whole audit on the warm cache: {audit_seconds:.1f}s, of which auditors: "
              + ", ".join(f"{name} {sec:.2f}s" for name, sec in auditor_seconds.items()))


if __name__ == "__main__":
    main()
