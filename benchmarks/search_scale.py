"""Scale of the Hamming pair search (dataaudit.index.find_pairs) on 100k, 300k and 1M signatures.

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
the signatures) and the peak of numpy allocations during the search (tracemalloc), the
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

from dataaudit.index import find_pairs  # noqa: E402

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
