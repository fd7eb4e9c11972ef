"""Compiled inner loops of the alignment search (:mod:`.verify`): warp one thumbnail onto another and
correlate them, for every trial warp of the coordinate search.

The search tries about a hundred warps per candidate pair. Written with numpy, each trial
materialises sampling coordinates, four gathers and six masked sums as (pairs, trials, 16, 16)
temporaries; compiled, one pass over the 256 pixels does all of it, and a pair's whole search
runs without returning to Python. The arithmetic is the numpy version's (bilinear sampling,
best-region NCC over the same nine region masks), summed in float64.

numba compiles on first use and caches the machine code next to this file (or in the user's
cache directory when the package folder is read-only), so only the first audit on a machine
pays the compile time.
"""

from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["region_exclusions", "search_pairs", "fit_pairs"]


def region_exclusions(masks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pixel classes of verify's region masks: pixels that every region either keeps or leaves out alike.

    ``masks`` is the (n*n, R) indicator table of the regions, column 0 all ones. Returns each
    pixel's class (n*n,) and which regions keep each class (C, R) as 0/1. The kernels sum each
    class once per warp (a few classes: centre, strips, corners) and regions from the classes,
    instead of summing every region over its pixels.
    """
    keeps, pixel_class = np.unique(masks > 0.5, axis=0, return_inverse=True)
    return pixel_class.astype(np.int64).ravel(), keeps.astype(np.float64)


@njit(cache=True, nogil=True)
def _fit(a, b, cx, cy, sx, sy, angle, grid, pixel_class, keeps, min_count, sums):
    """Best-region NCC of ``b`` and ``a`` warped by one set of parameters (see verify._warp)."""
    size = a.shape[0]
    flat = a.reshape(size * size)
    n = b.shape[0]
    cos = np.float32(np.cos(angle))
    sin = np.float32(np.sin(angle))
    sums[:, :] = 0.0
    top = np.float32(size - 1.001)
    fsize = np.float32(size)
    for r in range(n):
        v = grid[r]
        x_row = cx - sin * sy * v
        y_row = cy + cos * sy * v
        for c in range(n):
            u = grid[c]
            xa = x_row + cos * sx * u
            ya = y_row + sin * sx * u
            if not (xa >= 0 and xa <= 1 and ya >= 0 and ya <= 1):
                continue
            px = min(max(xa * fsize - np.float32(0.5), np.float32(0.0)), top)
            py = min(max(ya * fsize - np.float32(0.5), np.float32(0.0)), top)
            x0 = int(px)
            y0 = int(py)
            wx = px - np.float32(x0)
            wy = py - np.float32(y0)
            at = y0 * size + x0
            upper = flat[at] * (1 - wx) + flat[at + 1] * wx
            lower = flat[at + size] * (1 - wx) + flat[at + size + 1] * wx
            w = np.float64(upper * (1 - wy) + lower * wy)
            bv = np.float64(b[r, c])
            k = pixel_class[r * n + c]
            sums[k, 0] += 1.0
            sums[k, 1] += bv
            sums[k, 2] += w
            sums[k, 3] += bv * bv
            sums[k, 4] += w * w
            sums[k, 5] += bv * w
    best = -1.0
    for region in range(keeps.shape[1]):
        cnt = 0.0
        sb = 0.0
        sw = 0.0
        sbb = 0.0
        sww = 0.0
        sbw = 0.0
        for k in range(keeps.shape[0]):
            if keeps[k, region] > 0:
                cnt += sums[k, 0]
                sb += sums[k, 1]
                sw += sums[k, 2]
                sbb += sums[k, 3]
                sww += sums[k, 4]
                sbw += sums[k, 5]
        if cnt < min_count:
            continue
        safe = max(cnt, 1.0)
        cov = sbw - sb * sw / safe
        vb = sbb - sb * sb / safe
        vw = sww - sw * sw / safe
        ncc = cov / np.sqrt(max(vb * vw, 1e-6))
        if ncc > best:
            best = ncc
    return best


@njit(cache=True, nogil=True)
def fit_pairs(a, b, params, grid, pixel_class, keeps, min_count):
    """Best-region NCC of each pair as it stands: ``a``/``b`` (P, n, n) float32, ``params`` (P, 5)."""
    out = np.empty(len(a), dtype=np.float32)
    sums = np.zeros((keeps.shape[0], 6))
    for i in range(len(a)):
        out[i] = _fit(a[i], b[i], params[i, 0], params[i, 1], params[i, 2], params[i, 3], params[i, 4],
                      grid, pixel_class, keeps, min_count, sums)
    return out


@njit(cache=True, nogil=True)
def search_pairs(a, b, params, steps, low, high, grid, pixel_class, keeps, min_count):
    """verify._search for every pair: per round, 3x3 centre/scale steps on x, then on y, then five angles.

    ``steps`` (S, 4): centre step, relative scale step, angle step, rounds; ``low``/``high`` (P, 5) each
    pair's bounds (a half-area crop or a padded copy starts far from scale 1). Returns the refined
    params (P, 5) and their fit (P,). Ties keep the first trial, as numpy's argmax does.

    A coordinate search often comes back to a warp it has tried (the point it just left, a round that
    changes nothing, trials clamped onto one bound): each pair remembers its trials' fits, and a warp
    tried before is looked up instead of fitted again (about one trial in eight; the same results).
    """
    n_pairs = len(a)
    out = params.copy()
    fit = np.full(n_pairs, -1.0, dtype=np.float32)
    sums = np.zeros((keeps.shape[0], 6))
    trial = np.empty(5, dtype=np.float32)
    chosen = np.empty(5, dtype=np.float32)
    most = 0
    for s in range(len(steps)):
        most += int(steps[s, 3]) * 23  # trials per round: 9 on x, 9 on y, 5 angles
    tried = np.empty((most, 5), dtype=np.float32)
    tried_fit = np.empty(most, dtype=np.float32)
    for i in range(n_pairs):
        p = out[i]
        best = np.float32(-1.0)
        n_tried = 0
        scored = False  # whether ``best`` is the fit of ``p`` as it stands (true after the first trials)
        for s in range(len(steps)):
            d_centre = np.float32(steps[s, 0])
            d_scale = np.float32(steps[s, 1])
            d_angle = np.float32(steps[s, 2])
            for _ in range(int(steps[s, 3])):
                for axis in range(3):
                    n_trials = 5 if axis == 2 else 9
                    top_score = np.float32(-np.inf)
                    for t in range(n_trials):
                        for q in range(5):
                            trial[q] = p[q]
                        if axis == 2:
                            trial[4] = p[4] + np.float32(t - 2) * d_angle
                        else:
                            trial[axis] = p[axis] + np.float32(t // 3 - 1) * d_centre
                            trial[axis + 2] = p[axis + 2] * (np.float32(1) + np.float32(t % 3 - 1) * d_scale)
                        for q in range(5):
                            trial[q] = min(max(trial[q], low[i, q]), high[i, q])
                        unchanged = t == (2 if axis == 2 else 4)  # the zero step: p itself, already scored
                        if unchanged and scored:
                            score = best
                        else:
                            found = -1
                            for e in range(n_tried):
                                if (tried[e, 0] == trial[0] and tried[e, 1] == trial[1] and tried[e, 2] == trial[2]
                                        and tried[e, 3] == trial[3] and tried[e, 4] == trial[4]):
                                    found = e
                                    break
                            if found >= 0:
                                score = tried_fit[found]
                            else:
                                score = np.float32(_fit(a[i], b[i], trial[0], trial[1], trial[2], trial[3], trial[4],
                                                        grid, pixel_class, keeps, min_count, sums))
                                for q in range(5):
                                    tried[n_tried, q] = trial[q]
                                tried_fit[n_tried] = score
                                n_tried += 1
                        if score > top_score:
                            top_score = score
                            for q in range(5):
                                chosen[q] = trial[q]
                    for q in range(5):
                        p[q] = chosen[q]
                    best = top_score
                    scored = True
        fit[i] = best
    return out, fit
