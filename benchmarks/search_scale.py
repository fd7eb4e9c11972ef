"""Scale of the Hamming pair search (dataaudit.auditors.leakage.hamming_index.find_pairs) on 100k, 300k and 1M signatures.

    python benchmarks/search_scale.py [PHOTOS] [--sizes 100000 300000 1000000] [--radius 10 12]
                                      [--kinds phash uniform] [--cache DIR] [--check 2000]

PHOTOS defaults to ../shared/data/cifar10-sample (2,000 CIFAR-10 JPEGs) relative to the
repository root. Signatures:

- ``phash``: 64-bit pHash (imagehash's definition: 32x32 grayscale, 2-D DCT, top-left 8x8
  against its median) of random variants of the real photos: crops keeping 50-100% of the
  side, aspect jitter, shifts, horizontal flips, brightness/contrast changes. Real hashes are
  not uniform bits (pHash's first bit is always 1, the others are biased and correlated) and
  variants of one photo form families of near codes, as near-duplicates do in real data.
- ``dhash``: 64-bit dHash-style codes (9x8 grayscale, left/right differences) of the same variants.
- ``uniform``: uniform random bits, for comparison with the textbook case.

Into every set, near-duplicate pairs are planted between the train part and the val+test
part at known distances 0..radius (by flipping that many bits); their recall must be 100%.

For each kind, size n and radius, a fresh subprocess loads the signatures, splits them 80%
train / 20% val+test, and times ``find_pairs(train, valtest, radius)`` (cross-split) and
``find_pairs(train, radius=radius)`` (within-split self-join of the train split), printing wall
and CPU time, peak resident memory of the whole process (``ru_maxrss``, includes Python and
the signatures; VmHWM) and the peak of numpy allocations during the search (tracemalloc), the
number of pairs, the planted recall, and agreement with an independent brute force on
``--check`` random val+test rows against the whole train split. Time growth between sizes
is printed at the end. The machine's load average is printed: other processes on a shared
2-core machine slow wall time down.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dataaudit.auditors.leakage.hamming_index import find_pairs  # noqa: E402

DEFAULT_PHOTOS = ROOT.parent / "shared" / "data" / "cifar10-sample"
SPLIT = 0.8


# --------------------------------------------------------------------------- signatures


def load_photos(folder: Path) -> np.ndarray:
    """The photos as (n, 32, 32) float32 grayscale, as phash64 sees them before its DCT."""
    from PIL import Image

    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png"})
    if not files:
        raise SystemExit(f"no photos under {folder}: pass the cifar10-sample folder as the first argument")
    out = np.empty((len(files), 32, 32), dtype=np.float32)
    for k, f in enumerate(files):
        with Image.open(f) as im:
            out[k] = np.asarray(im.convert("L").resize((32, 32), Image.Resampling.LANCZOS), dtype=np.float32)
    return out


def _dct_rows(n: int, keep: int) -> np.ndarray:
    k = np.arange(keep)[:, None]
    i = np.arange(n)[None, :]
    return (2.0 * np.cos(np.pi * (2 * i + 1) * k / (2 * n))).astype(np.float32)


def _sample(images: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
    """Bilinear samples of each image at its own grid (ys: (n, h), xs: (n, w)) -> (n, h, w)."""
    side = images.shape[1]
    ys = np.clip(ys, 0, side - 1)
    xs = np.clip(xs, 0, side - 1)
    y0 = np.minimum(ys.astype(np.int64), side - 2)
    x0 = np.minimum(xs.astype(np.int64), side - 2)
    fy = (ys - y0)[:, :, None].astype(np.float32)
    fx = (xs - x0)[:, None, :].astype(np.float32)
    rows = np.arange(len(images))[:, None, None]
    top = images[rows, y0[:, :, None], x0[:, None, :]] * (1 - fx) + images[rows, y0[:, :, None], x0[:, None, :] + 1] * fx
    bottom = (images[rows, y0[:, :, None] + 1, x0[:, None, :]] * (1 - fx)
              + images[rows, y0[:, :, None] + 1, x0[:, None, :] + 1] * fx)
    return top * (1 - fy) + bottom * fy


def photo_signatures(photos: np.ndarray, n: int, seed: int) -> dict[str, np.ndarray]:
    """pHash and dHash-style codes ((n, 8) uint8 each) of n random variants of the photos."""
    rng = np.random.default_rng(seed)
    dct8 = _dct_rows(32, 8)
    phash = np.empty((n, 8), dtype=np.uint8)
    dhash = np.empty((n, 8), dtype=np.uint8)
    chunk = 20_000
    for start in range(0, n, chunk):
        m = min(chunk, n - start)
        src = photos[rng.integers(0, len(photos), m)]
        scale = rng.uniform(0.5, 1.0, m)
        aspect = rng.uniform(0.85, 1.15, m)
        h = np.clip(32 * scale * aspect, 8, 32)
        w = np.clip(32 * scale / aspect, 8, 32)
        y0 = rng.uniform(0, 32 - h)
        x0 = rng.uniform(0, 32 - w)
        flip = rng.random(m) < 0.5
        gain = rng.uniform(0.7, 1.3, m)[:, None, None].astype(np.float32)
        bias = rng.uniform(-30, 30, m)[:, None, None].astype(np.float32)

        def grid(count: int, first: np.ndarray, extent: np.ndarray, mirror: np.ndarray | None = None) -> np.ndarray:
            t = (np.arange(count) + 0.5) / count
            g = first[:, None] + t[None, :] * extent[:, None] - 0.5
            if mirror is not None:
                g[mirror] = g[mirror][:, ::-1]
            return g

        big = _sample(src, grid(32, y0, h), grid(32, x0, w, flip)) * gain + bias
        low = (dct8 @ np.clip(big, 0, 255) @ dct8.T).reshape(m, 64)
        phash[start : start + m] = np.packbits(low > np.median(low, axis=1, keepdims=True), axis=1)
        small = _sample(src, grid(8, y0, h), grid(9, x0, w, flip))
        dhash[start : start + m] = np.packbits((small[:, :, 1:] > small[:, :, :-1]).reshape(m, 64), axis=1)
    return {"phash": phash, "dhash": dhash}


def signatures(kind: str, n: int, photos_dir: Path, cache: Path) -> np.ndarray:
    """n signatures of a kind, generated once and kept in ``cache``."""
    path = cache / f"{kind}-{n}.npy"
    if path.exists():
        return np.load(path)
    cache.mkdir(parents=True, exist_ok=True)
    if kind == "uniform":
        codes = np.random.default_rng(n).integers(0, 256, (n, 8), dtype=np.uint8)
        np.save(path, codes)
        return codes
    started = time.perf_counter()
    codes = photo_signatures(load_photos(photos_dir), n, seed=n)
    for name, arr in codes.items():
        np.save(cache / f"{name}-{n}.npy", arr)
    print(f"  (generated {n:,} photo signatures in {time.perf_counter() - started:.0f}s)", flush=True)
    return codes[kind]


# --------------------------------------------------------------------------- one measurement


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss elsewhere, which on Linux
    may still hold the parent's peak across fork + exec)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def plant(codes: np.ndarray, radius: int, count: int, seed: int):
    """Overwrite ``count`` val+test rows with copies of train rows at exactly d bits, d = 0..radius."""
    rng = np.random.default_rng(seed)
    n_train = int(len(codes) * SPLIT)
    width = codes.shape[1] * 8
    src = rng.choice(n_train, size=count, replace=False)
    dst = n_train + rng.choice(len(codes) - n_train, size=count, replace=False)
    dist = np.arange(count) % (radius + 1)
    bits = np.unpackbits(codes[src], axis=1)
    for k, d in enumerate(dist):
        bits[k, rng.choice(width, size=int(d), replace=False)] ^= 1
    codes[dst] = np.packbits(bits, axis=1)
    return src, dst - n_train, dist


def brute_rows(rows: np.ndarray, others: np.ndarray, radius: int) -> set[tuple[int, int, int]]:
    """(row, other, distance) within radius, by plain XOR + popcount of every pair (independent check)."""
    out = set()
    step = max(1, 20_000_000 // max(1, len(others)))
    for start in range(0, len(rows), step):
        block = rows[start : start + step]
        dist = np.bitwise_count(block[:, None] ^ others[None, :])
        r, o = np.nonzero(dist <= radius)
        out.update(zip((r + start).tolist(), o.tolist(), dist[r, o].tolist()))
    return out


def child(args: argparse.Namespace) -> None:
    codes = np.array(np.load(args.cache / f"{args.kind}-{args.max_n}.npy", mmap_mode="r")[: args.n])
    planted_pairs = plant(codes, args.radius, max(50, args.n // 1000), seed=args.n + args.radius)
    n_train = int(len(codes) * SPLIT)
    train, rest = codes[:n_train], codes[n_train:]
    base_rss = peak_rss_mb()
    tracemalloc.start()
    cpu, wall = time.process_time(), time.perf_counter()
    if args.mode == "cross":
        i, j, d = find_pairs(train, rest, args.radius, workers=args.workers)
    else:
        i, j, d = find_pairs(train, None, args.radius, workers=args.workers)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    traced = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    peak_rss = peak_rss_mb()

    # Independent check on a random sample of rows against the whole other side.
    rng = np.random.default_rng(1)
    t64 = train.view("<u8").ravel()
    if args.mode == "cross":
        r64 = rest.view("<u8").ravel()
        sample = np.sort(rng.choice(len(rest), size=min(args.check, len(rest)), replace=False))
        expected = {(t, int(sample[s]), dd) for s, t, dd in brute_rows(r64[sample], t64, args.radius)}
        chosen = np.isin(j, sample)
        got = set(zip(i[chosen].tolist(), j[chosen].tolist(), d[chosen].tolist()))
        found = set(zip(i.tolist(), j.tolist()))
        src, dst, dist = planted_pairs
        recall = float(np.mean([(int(s), int(t)) in found for s, t in zip(src, dst)]))
    else:
        sample = np.sort(rng.choice(len(train), size=min(args.check, len(train)), replace=False))
        expected = set()
        for s, o, dd in brute_rows(t64[sample], t64, args.radius):
            row = int(sample[s])
            if o != row:
                expected.add((min(row, o), max(row, o), dd))
        chosen = np.isin(i, sample) | np.isin(j, sample)
        got = set(zip(i[chosen].tolist(), j[chosen].tolist(), d[chosen].tolist()))
        recall = float("nan")  # planted pairs are cross-split
    result = {
        "kind": args.kind, "n": args.n, "radius": args.radius, "mode": args.mode,
        "rows": [len(train), len(rest)] if args.mode == "cross" else [len(train)],
        "wall": wall, "cpu": cpu, "peak_rss_mb": peak_rss, "base_rss_mb": base_rss, "traced_mb": traced,
        "pairs": len(i), "planted_recall": recall, "checked_rows": len(sample),
        "check_pairs": len(expected), "check_ok": got == expected,
    }
    if args.faiss and args.mode == "cross":
        result.update(faiss_times(train, rest, args.radius, i, j))
    print("RESULT " + json.dumps(result), flush=True)


def faiss_times(train: np.ndarray, rest: np.ndarray, radius: int, i: np.ndarray, j: np.ndarray) -> dict:
    """faiss on the same search: brute force (IndexBinaryFlat) and multi-index hashing
    (IndexBinaryMultiHash) on a sample of query rows, extrapolated to all of them."""
    try:
        import faiss
    except ImportError:
        return {"faiss": "not installed"}
    out: dict = {}
    rng = np.random.default_rng(2)
    sample = np.sort(rng.choice(len(rest), size=min(2000, len(rest)), replace=False))
    scale = len(rest) / len(sample)
    expected = set(zip(i[np.isin(j, sample)].tolist(), j[np.isin(j, sample)].tolist()))
    # Multi-hash at its cheapest exact setting: the fewest flips with nhash * (nflip + 1) > radius.
    configs = [("flat", None)] + [
        (f"multihash {nhash}x{bits} nflip{-(-(radius + 1) // nhash) - 1}", (nhash, bits, -(-(radius + 1) // nhash) - 1))
        for nhash, bits in ((3, 21), (4, 16))
    ]
    for name, cfg in configs:
        if cfg is None:
            index = faiss.IndexBinaryFlat(64)
        else:
            nhash, bits, nflip = cfg
            index = faiss.IndexBinaryMultiHash(64, nhash, bits)
            index.nflip = nflip
        started = time.perf_counter()
        index.add(train)
        build = time.perf_counter() - started
        started = time.perf_counter()
        lims, _, ids = index.range_search(rest[sample], radius + 1)  # faiss keeps distance < radius
        search = time.perf_counter() - started
        got = {(int(ids[k]), int(sample[q])) for q in range(len(sample)) for k in range(lims[q], lims[q + 1])}
        out[f"faiss {name}"] = {"build": build, "search_sample": search, "extrapolated": build + search * scale,
                                "agrees": got == expected}
    return out


# --------------------------------------------------------------------------- driver


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("photos", nargs="?", type=Path, default=DEFAULT_PHOTOS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--radius", type=int, nargs="+", default=[10, 12])
    parser.add_argument("--kinds", nargs="+", default=["phash", "dhash", "uniform"],
                        choices=["phash", "dhash", "uniform"])
    parser.add_argument("--modes", nargs="+", default=["cross", "self"], choices=["cross", "self"])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/dataaudit-bench-search"))
    parser.add_argument("--check", type=int, default=2000, help="rows checked against brute force")
    parser.add_argument("--workers", type=int, default=None, help="threads (default: all cores)")
    parser.add_argument("--faiss", action="store_true", help="also time faiss (cross-split, sampled queries)")
    parser.add_argument("--child", nargs=4, metavar=("KIND", "N", "RADIUS", "MODE"), help=argparse.SUPPRESS)
    parser.add_argument("--max-n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        args.kind, args.n, args.radius, args.mode = args.child[0], int(args.child[1]), int(args.child[2]), args.child[3]
        child(args)
        return

    max_n = max(args.sizes)
    needs_photos = any(k != "uniform" for k in args.kinds)
    if needs_photos and not args.photos.is_dir() and not all(
            (args.cache / f"{k}-{max_n}.npy").exists() for k in args.kinds if k != "uniform"):
        raise SystemExit(f"photo folder {args.photos} is missing: pass the cifar10-sample folder as the first argument")
    for kind in args.kinds:
        signatures(kind, max_n, args.photos, args.cache)

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; "
          f"workers={args.workers or 'all cores'}; split {SPLIT:.0%} train / {1 - SPLIT:.0%} val+test")
    print("peak RSS: whole process (Python, numpy, pandas via dataaudit, the signatures); numpy peak: "
          "tracemalloc's peak of allocations during find_pairs")
    print(f"{'kind':8} {'mode':5} {'r':>2} {'n':>9} {'rows':>17} {'wall s':>7} {'cpu s':>7} {'peak RSS':>9} "
          f"{'numpy peak':>10} {'pairs':>10} {'planted':>8} {'check':>14}")
    results = []
    for kind in args.kinds:
        for radius in args.radius:
            for mode in args.modes:
                for n in sorted(args.sizes):
                    cmd = [sys.executable, __file__, "--child", kind, str(n), str(radius), mode,
                           "--max-n", str(max_n), "--cache", str(args.cache), "--check", str(args.check)]
                    if args.workers:
                        cmd += ["--workers", str(args.workers)]
                    if args.faiss:
                        cmd.append("--faiss")
                    proc = subprocess.run(cmd, capture_output=True, text=True)
                    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
                    if line is None:
                        print(f"{kind} {mode} r={radius} n={n}: failed\n{proc.stderr[-2000:]}")
                        continue
                    res = json.loads(line[7:])
                    results.append(res)
                    rows = " x ".join(f"{r:,}" for r in res["rows"])
                    recall = "-" if res["planted_recall"] != res["planted_recall"] else f"{res['planted_recall']:.0%}"
                    check = f"{'ok' if res['check_ok'] else 'MISMATCH'} ({res['checked_rows']})"
                    print(f"{kind:8} {mode:5} {radius:>2} {n:>9,} {rows:>17} {res['wall']:>7.1f} {res['cpu']:>7.1f} "
                          f"{res['peak_rss_mb']:>7.0f}MB {res['traced_mb']:>8.0f}MB {res['pairs']:>10,} {recall:>8} "
                          f"{check:>14}", flush=True)
                    for key, val in res.items():
                        if key.startswith("faiss"):
                            if isinstance(val, dict):
                                print(f"{'':27} {key}: ~{val['extrapolated']:.0f}s for all queries (build "
                                      f"{val['build']:.1f}s, {val['search_sample']:.1f}s for 2,000 queries), "
                                      f"agrees: {val['agrees']}", flush=True)
                            else:
                                print(f"{'':27} {key}: {val}")

    print("\ngrowth of wall time with n (exponent k in time ~ n^k between consecutive sizes):")
    for kind in args.kinds:
        for radius in args.radius:
            for mode in args.modes:
                runs = sorted((r for r in results if (r["kind"], r["radius"], r["mode"]) == (kind, radius, mode)),
                              key=lambda r: r["n"])
                steps = [f"{a['n'] // 1000}k->{b['n'] // 1000}k: x{b['wall'] / a['wall']:.1f} "
                         f"(k={np.log(b['wall'] / a['wall']) / np.log(b['n'] / a['n']):.2f})"
                         for a, b in zip(runs, runs[1:])]
                if steps:
                    print(f"  {kind:8} {mode:5} r={radius:<2} " + ", ".join(steps))
    target = [r for r in results if r["mode"] == "cross" and r["n"] >= 1_000_000]
    for r in target:
        ok = r["wall"] < 60 and r["peak_rss_mb"] < 2048
        print(f"target (1M cross-split < 60 s, < 2 GB): {r['kind']} r={r['radius']}: {r['wall']:.1f} s, "
              f"{r['peak_rss_mb']:.0f} MB peak RSS -> {'met' if ok else 'MISSED'}")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    if not all(r["check_ok"] for r in results) or any(r["planted_recall"] < 1 for r in results
                                                        if r["planted_recall"] == r["planted_recall"]):
        raise SystemExit("correctness check failed")


if __name__ == "__main__":
    main()
