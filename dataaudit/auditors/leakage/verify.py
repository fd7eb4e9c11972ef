"""Verification of candidate pairs: align two luma thumbnails, then measure how well their details agree.

A candidate pair arrives with starting alignments (the view pairs whose codes
matched, see :mod:`.signatures`, and no transform): mirrored or not, and a
scale, centre and angle mapping image B onto image A. :func:`verify_pairs`
keeps the start that fits best (pairs whose best start fits badly stop here)
and refines it by a coarse-to-fine coordinate search on 16x16 versions of the thumbnails (scale and centre per axis, then
angle), maximising the normalised cross-correlation (NCC) over the overlap or
over the overlap minus one border strip or corner (a caption bar or watermark
must not pull the alignment away).

The ``detail`` score is then measured on the 32x32 thumbnails, as the lower of

- the NCC of band-pass (difference of Gaussians) versions of B and of A
  warped onto B, best mask kept, averaged over two bands; and
- the mean agreement of gradient directions at every pixel with some structure,
  plus a margin (``FINE_MARGIN``): each pixel counts equally, so one strong
  outline shared by two different pictures cannot carry the score alone.

Brightness, contrast, gamma, colour, blur, noise and re-encoding leave both
largely intact; two different photos of similar scenes do not share them.

Colour then vetoes: when both images are in colour, at least half of their
coloured 8x8 chroma cells must agree after one global hue turn (of at most 75
degrees) and saturation change (two different objects with the same outline but other colours are not
copies). The ``similarity`` is the detail score, or the colour agreement when
that vetoes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from dataaudit.auditors.leakage.borders import content_masks
from dataaudit.auditors.leakage.signatures import (QUERY_VIEWS, THUMB, WINDOW_CODE_VIEWS, _luma32_batch, luma32,
                                                   query_code_view)
from dataaudit.scan.features import DecodedImage, ImageBatch, register_batch, register_feature

__all__ = [
    "Alignment", "initial_alignment", "oriented", "verify_pairs", "detail_level", "SEARCH_STEPS", "FLAT_DETAIL", "FLAT_SCALE",
    "MIN_START_FIT", "MIN_SEARCH_FIT",
]

#: Candidates whose best start fits worse than this (best-region NCC at 16x16) are not searched:
#: in the benchmark no planted copy starts below 0.78, while 70% of other candidates do.
MIN_START_FIT = 0.7
#: Candidates whose refined alignment still correlates worse than this (best-region NCC at 16x16) are not
#: scored at full resolution (see verify_pairs' ``min_search``): every planted copy of benchmarks/leakage.py
#: and every copy found in the CIFAR-10 export aligns to 0.85 or better, while half the other searched
#: candidates stay below it.
MIN_SEARCH_FIT = 0.85
#: Coarse-to-fine search: (thumbnail side searched on, centre step, relative scale step, angle step in
#: radians, rounds); each round tries 3x3 centre/scale steps per axis, then five angles.
SEARCH_STEPS = ((16, 0.03, 0.04, float(np.deg2rad(2.5)), 3), (16, 0.012, 0.015, float(np.deg2rad(1.2)), 2))
#: Minimum share of image B that must overlap image A (and of each mask) for a score to count.
MIN_OVERLAP = 0.4
#: Band-pass filters (inner, outer Gaussian sigma in thumbnail pixels) whose NCCs are averaged.
BANDS = ((0.7, 2.5), (1.0, 3.0))
#: Fine structure: gradients of a difference of Gaussians (sigmas in thumbnail pixels), over the pixels
#: above this quantile of gradient strength; its agreement counts with this margin added.
#: The inner sigma grows for small images (an image stored at 16 px holds no finer structure than that),
#: in steps of FINE_SIGMAS.
FINE_SIGMA, FINE_OUTER = 0.7, 6.0
FINE_SIGMAS = (0.7, 1.0, 1.4)
FINE_QUANTILE = 0.3
FINE_MARGIN = 0.08
#: Featureless ("flat") images: band-pass standard deviation below FLAT_DETAIL (luma levels). Two flat
#: images score 1 - (mean absolute luma difference) / FLAT_SCALE.
FLAT_DETAIL = 1.0
FLAT_SCALE = 50.0
#: Colour check on the 8x8 chroma maps: a cell is coloured from this chroma magnitude (Cb/Cr units, 0-128);
#: it agrees when its hue is within the tolerance (radians) of the global hue turn and its saturation
#: within a factor of the typical change; pairs need MIN_COLOUR_AGREEMENT of their coloured cells to agree,
#: when at least COLOUR_MIN_CELLS cells are coloured in both images.
COLOUR_MIN = 4.0
COLOUR_HUE_TOLERANCE = float(np.deg2rad(35.0))
COLOUR_SATURATION_TOLERANCE = 1.67
COLOUR_MIN_CELLS = 16
MIN_COLOUR_AGREEMENT = 0.5
#: With the strong edits, a coloured cell counts in the colour check by its lesser chroma magnitude, up to this one.
COLOUR_WEIGHT_CAP = 16.0
#: ... and an overlay-sized region (a quarter of the colour map) may be left out of it (see _colour_without_overlay):
#: the rest, still holding COLOUR_MIN_CELLS coloured cells, must then agree at COLOUR_RESCUE.
COLOUR_RESCUE = 0.7
#: The largest global hue turn (radians) still taken for an edit of the same picture.
MAX_HUE_TURN = float(np.deg2rad(75.0))


@dataclass(frozen=True)
class Alignment:
    """Verification results for a batch of pairs (arrays of length P).

    Image B maps onto image A as ``x_A = centre + R(angle) diag(scale) (x_B' - 0.5)`` in
    normalised coordinates, where ``B'`` is B turned ``turns`` quarter turns counter-clockwise
    (as ``np.rot90``), then mirrored when ``mirrored``.
    ``similarity`` is in [-1, 1]: ``detail``, unless the colours disagree (``colour`` below
    MIN_COLOUR_AGREEMENT), then ``colour``; ``colour`` is NaN when the images have too few
    coloured cells in common (or the pair was not refined); ``overlap`` is the share of B
    that A covers.
    """

    similarity: np.ndarray
    detail: np.ndarray
    colour: np.ndarray
    mirrored: np.ndarray
    params: np.ndarray  # (P, 5): centre_x, centre_y, scale_x, scale_y, angle
    overlap: np.ndarray
    start: np.ndarray  # which starting alignment won, per pair
    turns: np.ndarray  # quarter turns applied to B before the mirror, per pair


def initial_alignment(query_code: np.ndarray, window_code: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mirror flags, quarter turns and warp parameters implied by query code ``query_code`` of B matching
    window ``window_code`` of A."""
    view, turns, mirrored = query_code_view(query_code)
    # Turned codes hash centred square views of the turned image: after turning B, the view is as plain.
    q = QUERY_VIEWS[view].astype(np.float64)
    w = WINDOW_CODE_VIEWS[np.asarray(window_code)].astype(np.float64)
    # A mirrored view of B at (cx, cy, angle) is the plain view of mirror(B) at (1 - cx, cy, -angle).
    qcx = np.where(mirrored, 1.0 - q[:, 0], q[:, 0])
    qcy = q[:, 1]
    qangle = np.where(mirrored, -q[:, 4], q[:, 4])
    kx, ky = w[:, 2] / q[:, 2], w[:, 3] / q[:, 3]
    angle = -qangle  # window views are not turned
    c, s = np.cos(angle), np.sin(angle)
    dx, dy = kx * (0.5 - qcx), ky * (0.5 - qcy)
    params = np.stack([w[:, 0] + c * dx - s * dy, w[:, 1] + s * dx + c * dy, kx, ky, angle], axis=1)
    return mirrored, turns, params.astype(np.float32)


def oriented(b: np.ndarray, turns: np.ndarray, mirrored: np.ndarray, axes: tuple[int, int] = (-2, -1)) -> np.ndarray:
    """Images ``b`` (P, ..., with the image's rows and columns at ``axes``) turned ``turns[i]`` quarter
    turns counter-clockwise, then mirrored where ``mirrored[i]``: B' of :class:`Alignment`."""
    turns = np.asarray(turns)
    out = np.array(b, copy=True)
    for t in (1, 2, 3):
        rows = np.flatnonzero(turns == t)
        if len(rows):
            out[rows] = np.rot90(b[rows], t, axes=axes)
    mirror = np.asarray(mirrored, dtype=bool)
    if mirror.any():
        out[mirror] = np.flip(out[mirror], axis=axes[1])
    return out


def _warp(a: np.ndarray, params: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Sample images ``a`` (P, N, N) at an n x n grid of B under ``params`` (P, H, 5): (P, H, n, n) values and masks."""
    size = a.shape[-1]
    g = (np.arange(n, dtype=np.float32) + 0.5) / n - 0.5
    cx, cy, sx, sy, angle = (params[..., k][..., None, None] for k in range(5))
    u = g[None, None, None, :]
    v = g[None, None, :, None]
    cos, sin = np.cos(angle), np.sin(angle)
    xa = cx + cos * sx * u - sin * sy * v
    ya = cy + sin * sx * u + cos * sy * v
    valid = ((xa >= 0) & (xa <= 1) & (ya >= 0) & (ya <= 1)).astype(np.float32)
    px = np.clip(xa * size - 0.5, 0, size - 1.001)
    py = np.clip(ya * size - 0.5, 0, size - 1.001)
    x0 = px.astype(np.int32)
    y0 = py.astype(np.int32)
    wx, wy = px - x0, py - y0
    # One flat gather per neighbour (faster than broadcasting two index arrays).
    flat = a.reshape(-1)
    base = (np.arange(len(a), dtype=np.int32) * (size * size))[:, None, None, None] + y0 * size + x0
    top = flat.take(base) * (1 - wx) + flat.take(base + 1) * wx
    bottom = flat.take(base + size) * (1 - wx) + flat.take(base + size + 1) * wx
    return top * (1 - wy) + bottom * wy, valid


def _region_masks(n: int) -> np.ndarray:
    """(n*n, 9) indicator columns: everything, minus a 20% strip at each side, minus each corner."""
    g = (np.arange(n) + 0.5) / n
    y, x = np.meshgrid(g, g, indexing="ij")
    masks = [np.ones((n, n), bool), y < 0.8, y > 0.2, x < 0.8, x > 0.2]
    for low_y in (True, False):
        for low_x in (True, False):
            corner = (y < 0.35 if low_y else y > 0.65) & (x < 0.45 if low_x else x > 0.55)
            masks.append(~corner)
    return np.stack(masks).reshape(len(masks), n * n).T.astype(np.float32)


_MASKS = {n: _region_masks(n) for n in (16, THUMB)}


def _alignment_masks(n: int) -> np.ndarray:
    """The regions the 16 px alignment search correlates over: those of :func:`_region_masks`, and everything
    minus a quarter-image square on a grid of eighths (a logo or watermark box must not pull the alignment
    away either; the score counts such a region out only when it stands out, see :func:`_score`)."""
    g = np.arange(n)
    y, x = np.meshgrid(g, g, indexing="ij")
    half, step = n // 2, n // 8
    blocks = [~((x >= left) & (x < left + half) & (y >= top) & (y < top + half))
              for top in range(0, n - half + 1, 2 * step) for left in range(0, n - half + 1, 2 * step)]
    return np.concatenate([_region_masks(n), np.stack(blocks).reshape(len(blocks), n * n).T.astype(np.float32)], axis=1)


def _masked_ncc(b: np.ndarray, w: np.ndarray, m: np.ndarray, n: int) -> np.ndarray:
    """NCC of b and w (P, H, n, n; b may broadcast) inside m times each region mask: (P, H, regions).

    Regions covering less than MIN_OVERLAP of the image score -1.
    """
    b = np.broadcast_to(b, w.shape)
    shape = w.shape[:-2] + (n * n,)
    mb, mw = m * b, m * w
    masks = _MASKS[n]
    count, sb, sw, sbb, sww, sbw = (x.reshape(shape) @ masks for x in (m, mb, mw, mb * b, mw * w, mb * w))
    safe = np.maximum(count, 1.0)
    cov = sbw - sb * sw / safe
    vb = sbb - sb * sb / safe
    vw = sww - sw * sw / safe
    ncc = cov / np.sqrt(np.maximum(vb * vw, 1e-6))
    return np.where(count >= MIN_OVERLAP * n * n, ncc, -1.0)


def _down2(x: np.ndarray) -> np.ndarray:
    """Mean of each 2x2 block (four strided adds: a reduction over two small axes is ten times slower), float32."""
    if x.dtype == np.uint8:
        # Sums of four bytes are exact integers either way: the float32 sums' values, from a quarter of the bytes.
        total = (x[..., ::2, ::2].astype(np.uint16) + x[..., ::2, 1::2]) + (
            x[..., 1::2, ::2].astype(np.uint16) + x[..., 1::2, 1::2])
        return total.astype(np.float32) * np.float32(0.25)
    return ((x[..., ::2, ::2] + x[..., ::2, 1::2]) + (x[..., 1::2, ::2] + x[..., 1::2, 1::2])) * np.float32(0.25)


#: The warps the search may reach: |centre - 0.5| per axis, scale per axis, |angle| (radians).
MAX_SHIFT = 0.16
SCALE_RANGE = (0.78, 1.28)
MAX_ANGLE = float(np.deg2rad(6.5))
_LOW = np.array([0.5 - MAX_SHIFT, 0.5 - MAX_SHIFT, SCALE_RANGE[0], SCALE_RANGE[0], -MAX_ANGLE], dtype=np.float32)
_HIGH = np.array([0.5 + MAX_SHIFT, 0.5 + MAX_SHIFT, SCALE_RANGE[1], SCALE_RANGE[1], MAX_ANGLE], dtype=np.float32)
#: Around a start outside those bounds (a half-area crop's window, a padded copy's), the search may still
#: move this far: centre, then relative scale.
START_SHIFT, START_SCALE = 0.08, (0.88, 1.14)


def _bounds(params: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-pair search bounds (P, 5): the fixed ones, widened to reach around each start."""
    params = np.asarray(params, dtype=np.float32)
    low = np.tile(_LOW, (len(params), 1))
    high = np.tile(_HIGH, (len(params), 1))
    low[:, :2] = np.minimum(low[:, :2], params[:, :2] - START_SHIFT)
    high[:, :2] = np.maximum(high[:, :2], params[:, :2] + START_SHIFT)
    low[:, 2:4] = np.minimum(low[:, 2:4], params[:, 2:4] * START_SCALE[0])
    high[:, 2:4] = np.maximum(high[:, 2:4], params[:, 2:4] * START_SCALE[1])
    return low, high



def _pyramid(x: np.ndarray) -> dict[int, np.ndarray]:
    levels = {x.shape[-1]: x}
    size = x.shape[-1]
    while size > min(step[0] for step in SEARCH_STEPS):
        size //= 2
        levels[size] = _down2(levels[size * 2])
    return levels


def _search(a: dict[int, np.ndarray], b: dict[int, np.ndarray], params: np.ndarray, steps,
            blocks: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Coordinate search of the warp maximising the best-region NCC; returns params and their score.

    Each round tries 3x3 centre/scale steps on x, then on y, then five angles, keeping the best
    trial each time (compiled: see :mod:`.fit_kernels`).
    """
    kernels = _kernels()
    sizes = {step[0] for step in steps}
    if len(sizes) != 1:
        raise ValueError("the compiled search runs every step at one thumbnail side")
    size = sizes.pop()
    table = np.array([step[1:] for step in steps], dtype=np.float64)
    a_s, b_s, params = _same_length(a[size], b[size], params)
    low, high = _bounds(params)
    return kernels.search_pairs(a_s, b_s, params, table, low, high, _GRID[size], *_exclusions(size, blocks),
                                float(MIN_OVERLAP * size * size))


def _exclusions(size: int, blocks: bool) -> tuple[np.ndarray, np.ndarray]:
    """The alignment regions' pixel classes at ``size``: with ``blocks``, those of :func:`_alignment_masks`."""
    return _EXCLUSIONS.get((size, "blocks"), _EXCLUSIONS[size]) if blocks else _EXCLUSIONS[size]


def _fit(a: np.ndarray, b: np.ndarray, params: np.ndarray, blocks: bool = False) -> np.ndarray:
    """Best-region NCC of b and a warped by params ((P, n, n), (P, n, n), (P, 5)), as in the search."""
    size = a.shape[-1]
    kernels = _kernels()
    return kernels.fit_pairs(*_same_length(a, b, params), _GRID[size], *_exclusions(size, blocks),
                             float(MIN_OVERLAP * size * size))


def _same_length(a: np.ndarray, b: np.ndarray, params: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # The kernels index all three by pair without bounds checks.
    if not len(a) == len(b) == len(params):
        raise ValueError(f"pairs differ in length: {len(a)} A images, {len(b)} B images, {len(params)} warps")
    return (np.ascontiguousarray(a, np.float32), np.ascontiguousarray(b, np.float32),
            np.ascontiguousarray(params, np.float32))


_GRID = {n: (np.arange(n, dtype=np.float32) + 0.5) / n - np.float32(0.5) for n in _MASKS}
_EXCLUSIONS: dict = {}


def _kernels():
    """The compiled kernels, imported on first use: scan workers import this module but never verify."""
    from dataaudit.auditors.leakage import fit_kernels

    if not _EXCLUSIONS:
        _EXCLUSIONS.update({n: fit_kernels.region_exclusions(masks) for n, masks in _MASKS.items()})
        _EXCLUSIONS[(16, "blocks")] = fit_kernels.region_exclusions(_alignment_masks(16))
    return fit_kernels


def _thumbnails(luma: np.ndarray) -> np.ndarray:
    """Thumbnails as the search takes them: bytes stay bytes (most starts are dropped before full resolution is
    needed, and moving them as bytes is four times cheaper), anything else becomes float32."""
    luma = np.asarray(luma)
    return luma if luma.dtype == np.uint8 else luma.astype(np.float32, copy=False)


def _choose_start(a: np.ndarray, b: np.ndarray, mirrored: np.ndarray, params: np.ndarray,
                  turns: np.ndarray, blocks: bool = False) -> tuple[np.ndarray, ...]:
    """The best-fitting of K starts per pair, as is.

    ``a``/``b`` (P, K, N, N) hold each start's images (B not yet turned or mirrored), ``mirrored``
    and ``turns`` (P, K) and ``params`` (P, K, 5) its alignment. Returns the chosen start (P,), its
    best-region NCC at the search's first scale, and the pyramids of the chosen images.
    """
    n_pairs, k = mirrored.shape
    size = a.shape[-1]
    flipped = oriented(b.reshape(n_pairs * k, size, size), turns.reshape(-1), mirrored.reshape(-1))
    a_levels, b_levels = _pyramid(a.reshape(n_pairs * k, size, size)), _pyramid(flipped)
    n0 = SEARCH_STEPS[0][0]
    score = _fit(a_levels[n0], b_levels[n0], params.reshape(n_pairs * k, 5), blocks).reshape(n_pairs, k)
    start = score.argmax(axis=1)
    chosen = np.arange(n_pairs) * k + start
    return (start, score[np.arange(n_pairs), start], {s: v[chosen] for s, v in a_levels.items()},
            {s: v[chosen] for s, v in b_levels.items()})


def _gauss_matrix(n: int, sigma: float) -> np.ndarray:
    x = np.arange(n)
    g = np.exp(-0.5 * ((x[:, None] - x[None, :]) / sigma) ** 2)
    return (g / g.sum(axis=1, keepdims=True)).astype(np.float32)


_FULL_GAUSS = {s: _gauss_matrix(THUMB, s) for s in {*(x for band in BANDS for x in band), *FINE_SIGMAS, FINE_OUTER}}
#: The float64 blurs (the ``detail32`` scan feature, cached by content) keep every weight: their bytes must not change.
_GAUSS64 = {s: g.astype(np.float64) for s, g in _FULL_GAUSS.items()}
#: The float32 blurs (scoring) drop the Gaussians' far tails, weights below NEGLIGIBLE_WEIGHT: the narrow ones reach
#: subnormal floats (under 1.2e-38, from 10 px out at sigma 0.7), which make every matrix product they enter about
#: 40 times slower, and terms this small never move a float32 sum that the 1e-3 of the normalised convolution
#: joins (scores are bit-identical on the 20,000 pairs scored in the CIFAR-10 export).
NEGLIGIBLE_WEIGHT = 1e-30
_GAUSS = {s: np.where(g >= NEGLIGIBLE_WEIGHT, g, 0).astype(np.float32) for s, g in _FULL_GAUSS.items()}


def _blur(v: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian blur of (..., N, N) images: two large matrix products over the whole batch (rows, then
    columns), far faster than one small product per image."""
    g = _GAUSS[sigma].T if v.dtype != np.float64 else _GAUSS64[sigma].T
    n = v.shape[-1]
    rows = np.ascontiguousarray(v).reshape(-1, n) @ g
    cols = np.ascontiguousarray(rows.reshape(v.shape).swapaxes(-1, -2)).reshape(-1, n) @ g
    return cols.reshape(v.shape).swapaxes(-1, -2)


def _band_unmasked(x: np.ndarray, inner: float, outer: float) -> np.ndarray:
    """:func:`_band` with a mask of ones: the mask's blur is the same for every image, so it is computed once."""
    ones = np.ones((1, x.shape[-2], x.shape[-1]), dtype=x.dtype)
    return _blur(x, inner) / (_blur(ones, inner)[0] + 1e-3) - _blur(x, outer) / (_blur(ones, outer)[0] + 1e-3)


def _band(x: np.ndarray, m: np.ndarray, inner: float, outer: float) -> np.ndarray:
    """Difference of Gaussians of x inside mask m (normalised convolution: pixels outside m do not leak in).

    ``x`` may stack several images per mask (``x`` (k, P, N, N) with ``m`` (P, N, N)): the mask is blurred once.
    """
    xm = x * m
    return _blur(xm, inner) / (_blur(m, inner) + 1e-3) - _blur(xm, outer) / (_blur(m, outer) + 1e-3)


def _masked_std(x: np.ndarray, m: np.ndarray) -> np.ndarray:
    count = np.maximum(m.sum(axis=(-1, -2)), 1.0)
    mean = (x * m).sum(axis=(-1, -2)) / count
    return np.sqrt(np.maximum(((x - mean[..., None, None]) ** 2 * m).sum(axis=(-1, -2)) / count, 0.0))


def detail_level(luma: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Standard deviation of the first band-pass of (n, 32, 32) thumbnails (inside ``mask``): how much detail they hold.

    Without a mask it is computed in float64 and rounded to 1e-4: the same bytes for an image whether it
    comes alone or in a batch (the ``detail32`` scan feature's contract), which float32 matrix
    products of different shapes do not guarantee.
    """
    if mask is None:
        # In blocks that stay in the CPU cache: the whole dataset's thumbnails may come at once.
        luma = np.asarray(luma)
        out = np.empty(luma.shape[:-2], dtype=np.float32)
        for begin in range(0, len(luma), 2048):
            x = np.asarray(luma[begin : begin + 2048], dtype=np.float64)
            # Rounded to 1e-4 luma levels: a flat image's spread is float noise (1e-9) that differs by batch.
            out[begin : begin + 2048] = np.round(_band_unmasked(x, *BANDS[0]).std(axis=(-1, -2)), 4)
        return out
    x = np.asarray(luma, dtype=np.float32)
    return _masked_std(_band(x, mask, *BANDS[0]), mask)


@register_feature("detail32", shape=(), dtype="float32")
def detail32(image: DecodedImage) -> np.ndarray:
    """:func:`detail_level` of the luma thumbnail (a scan feature: computed in the workers, cached by content)."""
    return detail_level(luma32(image)[None])[0]


@register_batch("detail32")
def _detail32_batch(batch: ImageBatch) -> np.ndarray:
    return detail_level(_luma32_batch(batch))


def fine_sigma(smaller_side: np.ndarray) -> np.ndarray:
    """The fine-structure sigma for pairs whose smaller image has this shorter side (pixels as stored)."""
    wanted = FINE_SIGMA * np.maximum(1.0, THUMB / np.maximum(np.asarray(smaller_side, dtype=np.float64), 1.0))
    levels = np.asarray(FINE_SIGMAS)
    return levels[np.minimum(np.searchsorted(levels, wanted - 1e-9), len(levels) - 1)]


def _gradients(x: np.ndarray, m: np.ndarray, sigma: float) -> tuple[np.ndarray, np.ndarray]:
    """Central-difference gradients of the band-passed images ``x`` (k, P, N, N) inside masks ``m`` (P, N, N)."""
    smooth = _band(x, m, sigma, FINE_OUTER)
    gx = np.zeros_like(smooth)
    gy = np.zeros_like(smooth)
    gx[..., :, 1:-1] = smooth[..., :, 2:] - smooth[..., :, :-2]
    gy[..., 1:-1, :] = smooth[..., 2:, :] - smooth[..., :-2, :]
    return gx, gy


def _fine_agreement(b: np.ndarray, w: np.ndarray, m: np.ndarray, sigmas: np.ndarray) -> np.ndarray:
    """Per pair, at its own sigma (one of FINE_SIGMAS)."""
    out = np.empty(len(b), dtype=np.float32)
    for sigma in np.unique(sigmas):
        rows = np.flatnonzero(sigmas == sigma)
        out[rows] = _fine_agreement_at(b[rows], w[rows], m[rows], float(sigma))
    return out


def _fine_agreement_at(b: np.ndarray, w: np.ndarray, m: np.ndarray, sigma: float) -> np.ndarray:
    """Mean cosine between the gradient directions of b and w, best region kept.

    Every pixel with some structure counts equally (those whose gradient is above
    the FINE_QUANTILE of its image, in either image), so one strong outline shared
    by two different pictures cannot outweigh everything else.
    """
    n = len(b)
    (bx, wx), (by, wy) = _gradients(np.stack([b, w]), m, sigma)
    mag_b, mag_w = np.hypot(bx, by), np.hypot(wx, wy)
    cos = (bx * wx + by * wy) / np.maximum(mag_b * mag_w, 1e-6)
    inner = m.copy()
    inner[:, [0, -1], :] = 0
    inner[:, :, [0, -1]] = 0
    valid = inner.reshape(n, -1) > 0
    counts = valid.sum(axis=1)

    def threshold(mag: np.ndarray) -> np.ndarray:
        ordered = np.sort(np.where(valid, mag.reshape(n, -1), np.inf), axis=1)
        k = np.clip((counts * FINE_QUANTILE).astype(int), 0, mag.shape[1] * mag.shape[2] - 1)
        return ordered[np.arange(n), k]

    structured = (mag_b >= threshold(mag_b)[:, None, None]) | (mag_w >= threshold(mag_w)[:, None, None])
    weight = (structured.reshape(n, -1) & valid).astype(np.float32)
    total = weight @ _MASKS[THUMB]
    agreement = ((cos.reshape(n, -1) * weight) @ _MASKS[THUMB]) / np.maximum(total, 1.0)
    enough = total >= MIN_OVERLAP * (1 - FINE_QUANTILE) * THUMB * THUMB
    return np.where(enough, agreement, -1.0).max(axis=1)


def _occluder_regions(n: int) -> np.ndarray:
    """(R, n, n) places an overlay covers: a 22% strip along each side (caption bars; the first N_STRIPS), and
    blocks of 50% by 40% (either way up) at every pixel position (logos, watermark boxes up to 15% of the
    image, wherever they sit; with the strong edits)."""
    g = (np.arange(n) + 0.5) / n
    y, x = np.meshgrid(g, g, indexing="ij")
    regions = [y < 0.22, y > 0.78, x < 0.22, x > 0.78]
    for width, height in BLOCKS:
        # Every pixel offset, not a coarser grid: a box 45% wide fits a 50% block with half a pixel to spare
        # at 32 px, so a grid of eighths leaves most places uncovered (a logo in the middle, or touching the
        # bottom edge, kept its edges in the score and a third of the copies at 32 px were missed).
        w, h = round(width * n), round(height * n)
        for top in range(n - h + 1):
            for left in range(n - w + 1):
                block = np.zeros((n, n), bool)
                block[top : top + h, left : left + w] = True
                regions.append(block)
    return np.stack(regions).astype(np.float32)


#: Overlay blocks left out of a second score (width, height): a fifth of the image, so that an overlay of up to
#: 15% fits in one wherever it sits.
BLOCKS = ((0.5, 0.4), (0.4, 0.5))
_OCCLUDERS = _occluder_regions(THUMB)


def _dilated_blocks(regions: np.ndarray) -> np.ndarray:
    """The regions as left out of the second score: blocks grown by one pixel on every side (the overlay's edge,
    blurred by resampling and JPEG, reaches past the block that holds it), strips as they are."""
    out = regions.copy()
    blocks = out[N_STRIPS:] > 0
    grown = blocks.copy()
    grown[:, 1:] |= blocks[:, :-1]
    grown[:, :-1] |= blocks[:, 1:]
    grown[:, :, 1:] |= grown[:, :, :-1].copy()
    grown[:, :, :-1] |= grown[:, :, 1:].copy()
    out[N_STRIPS:] = grown
    return out


N_STRIPS = 4
#: With the strong edits, the blocks where the images disagree most are each left out in turn (the best score counts):
#: the residual is heaviest inside an overlay, but its edges are what the score sees, and the block that holds the
#: most residual may cut through them.
OCCLUDER_TRIES = 4
#: Share of B that must still be compared once a block (not a strip) is left out.
BLOCK_MIN_REST = 0.7
#: ... and the score without a block counts only from this level.
BLOCK_MIN_SCORE = 0.93
_LEFT_OUT = _dilated_blocks(_OCCLUDERS)
#: A region is taken for an overlay when the aligned images disagree there at least this many times as much
#: (mean squared difference of standardised luma) as over the rest of the overlap ...
OCCLUDER_CONTRAST = 3.0
#: ... and only pairs scoring from OCCLUDED_FLOOR up to below OCCLUDED_CEILING are scored again without it.
OCCLUDED_FLOOR, OCCLUDED_CEILING = 0.5, 0.97
#: With the strong edits, pairs scoring below OCCLUDED_FLOOR are scored again too: a logo block over 15% of a 32 px
#: copy that was also turned a quarter turn held such copies at 0.40-0.48 (its edges dominate the band-pass of so
#: small an image). Their score without a region counts only from BLOCK_MIN_SCORE, strips included: a copy whose
#: only difference is the overlay agrees clearly without it.
STRONG_OCCLUDED_FLOOR = 0.0


def _worst_region(b: np.ndarray, w: np.ndarray, m: np.ndarray, occluders: np.ndarray,
                  tries: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Per pair, the region of ``occluders`` where b and w disagree most against elsewhere, and whether it
    stands out; with ``tries`` > 1, the ``tries`` worst regions ((P, tries) arrays, worst first)."""
    count = np.maximum(m.sum(axis=(1, 2)), 1.0)[:, None, None]

    def standard(x: np.ndarray) -> np.ndarray:
        mean = (x * m).sum(axis=(1, 2))[:, None, None] / count
        spread = np.sqrt(((x - mean) ** 2 * m).sum(axis=(1, 2))[:, None, None] / count)
        return (x - mean) / np.maximum(spread, 1.0)

    r = (standard(b) - standard(w)) ** 2 * m
    flat = r.reshape(len(r), -1)
    regions = occluders.reshape(len(occluders), -1).T  # (pixels, R)
    area_in = m.reshape(len(m), -1) @ regions
    sum_in = flat @ regions
    area_out = m.reshape(len(m), -1).sum(axis=1, keepdims=True) - area_in
    sum_out = flat.sum(axis=1, keepdims=True) - sum_in
    ratio = (sum_in / np.maximum(area_in, 1.0)) / np.maximum(sum_out / np.maximum(area_out, 1.0), 1e-3)
    ratio = np.where((area_in >= 0.05 * THUMB * THUMB) & (area_out >= MIN_OVERLAP * THUMB * THUMB), ratio, 0.0)
    if tries > 1:
        worst = np.argsort(-ratio, axis=1, kind="stable")[:, :tries]
        return worst, np.take_along_axis(ratio, worst, axis=1) >= OCCLUDER_CONTRAST
    worst = ratio.argmax(axis=1)
    return worst, ratio[np.arange(len(r)), worst] >= OCCLUDER_CONTRAST


def _detail_score(b: np.ndarray, w: np.ndarray, m: np.ndarray, sigmas: np.ndarray, strong: bool = False) -> np.ndarray:
    """Detail score of B and A warped onto it (``w``) inside the mask ``m`` (see :func:`_score`).

    ``strong``: pairs whose smaller image holds no finer structure than about 16 px (the coarsest of FINE_SIGMAS)
    skip the finest band (its NCC is the coarser band's): a copy shrunk to half of a 32 px photo and padded (its
    content then resampled twice) keeps nothing there but JPEG noise, which held such copies at 0.87-0.92.
    """
    bands, first = [], None
    for inner, outer in BANDS:
        bb, bw = _band(np.stack([b, w]), m, inner, outer)
        first = (bb, bw) if first is None else first
        bands.append(_masked_ncc(bb[:, None], bw[:, None], m[:, None], THUMB)[:, 0].max(axis=-1))
    if strong:
        small = sigmas >= FINE_SIGMAS[-1]
        bands[0] = np.where(small, bands[-1], bands[0])
    similarity = np.minimum(np.mean(bands, axis=0), _fine_agreement(b, w, m, sigmas) + FINE_MARGIN)
    count = np.maximum(m.sum(axis=(1, 2)), 1.0)
    # Featureless images have no detail to compare: two of them match when their luma agrees as is.
    flat_b, flat_w = (_masked_std(x, m) < FLAT_DETAIL for x in first)
    flat_match = 1.0 - (np.abs(b - w) * m).sum(axis=(1, 2)) / count / FLAT_SCALE
    return np.where(flat_b | flat_w, np.where(flat_b & flat_w, np.clip(flat_match, -1, 1), -1.0), similarity)


def _score(a: np.ndarray, b: np.ndarray, params: np.ndarray, sigmas: np.ndarray,
           strong: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Detail score and overlap (share of B that A covers) of aligned pairs.

    A pair that scores short of a clear match while one overlay-sized region disagrees far more than the
    rest (a caption bar; with ``strong``, also a logo box) is scored again without that region (the masked
    band-pass keeps the overlay's edges from leaking into its surroundings); the better score counts.
    """
    w, m = _warp(a, params[:, None], THUMB)
    w, m = w[:, 0], m[:, 0]
    if strong:
        # Bars and frames are left out (on B, and A's warped onto B): their edges are shared by any two pictures
        # padded alike, which the strong edits' masked views make candidates. Unless too little is left: a photo
        # on a plain background may look padded (it is then compared whole).
        content_a, _ = _warp(content_masks(a), params[:, None], THUMB)
        content = m * content_masks(b) * (content_a[:, 0] > 0.5)
        enough = content.sum(axis=(1, 2)) >= MIN_OVERLAP * THUMB * THUMB
        m = np.where(enough[:, None, None], content, m)
    occluders = _OCCLUDERS if strong else _OCCLUDERS[:N_STRIPS]
    similarity = _detail_score(b, w, m, sigmas, strong)
    floor = STRONG_OCCLUDED_FLOOR if strong else OCCLUDED_FLOOR
    unsure = np.flatnonzero((similarity >= floor) & (similarity < OCCLUDED_CEILING))
    # (Strong only.) Far from a match as compared: any region left out must then bring it to BLOCK_MIN_SCORE.
    low = similarity < OCCLUDED_FLOOR
    if len(unsure):
        tries = OCCLUDER_TRIES if strong else 1
        worst, stands_out = _worst_region(b[unsure], w[unsure], m[unsure], occluders, tries)
        worst, stands_out = worst.reshape(len(unsure), tries), stands_out.reshape(len(unsure), tries)
        for k in range(tries):
            region = worst[stands_out[:, k], k]
            m2 = m[unsure[stands_out[:, k]]] * (1.0 - (_LEFT_OUT if strong else occluders)[region])
            # A block is left out only when most of the picture is still compared without it: two different pictures
            # padded alike keep little content, and without their most different fifth they may agree.
            enough = (region < N_STRIPS) | (m2.mean(axis=(1, 2)) >= BLOCK_MIN_REST)
            again, m2, region = unsure[stands_out[:, k]][enough], m2[enough], region[enough]
            if len(again):
                score = _detail_score(b[again], w[again], m2, sigmas[again], strong)
                # An overlay explains the whole disagreement: without its block a copy agrees clearly. Two different
                # pictures also agree better without their most different block, but not that well.
                score = np.where(((region < N_STRIPS) & ~low[again]) | (score >= BLOCK_MIN_SCORE), score, -1.0)
                similarity[again] = np.maximum(similarity[again], score)
    return similarity, m.mean(axis=(1, 2))


def _colour_agreement(chroma_a: np.ndarray, chroma_b: np.ndarray, params: np.ndarray,
                      weighted: bool = False) -> np.ndarray:
    """Share of coloured cells of B whose chroma matches A's (warped) after one global hue turn and saturation change.

    NaN when fewer than COLOUR_MIN_CELLS cells are coloured in both images. ``weighted`` (the strong edits): each
    cell counts by the lesser of its two chroma magnitudes, in the global hue turn and in the agreement, so cells
    barely above COLOUR_MIN, whose hue is mostly JPEG noise, weigh little beside clearly coloured ones (see
    :data:`COLOUR_WEIGHT_CAP`).
    """
    n = chroma_b.shape[1]
    za = chroma_a.astype(np.float32) - 128.0
    zb = chroma_b.astype(np.float32) - 128.0
    warped = []
    for channel in range(2):
        w, m = _warp(np.ascontiguousarray(za[..., channel]), params[:, None], n)
        warped.append(w[:, 0])
    a = warped[0] + 1j * warped[1]
    b = zb[..., 0] + 1j * zb[..., 1]
    mag_a, mag_b = np.abs(a), np.abs(b)
    coloured = (m[:, 0] > 0.5) & (mag_a >= COLOUR_MIN) & (mag_b >= COLOUR_MIN)
    unit = np.where(coloured, np.conj(a) * b / np.maximum(mag_a * mag_b, 1e-6), 0)
    weight = np.where(coloured, np.minimum(np.minimum(mag_a, mag_b), COLOUR_WEIGHT_CAP), 0.0) if weighted else 1.0
    turn = np.angle((weight * unit).sum(axis=(1, 2)))  # the global hue rotation
    residual = np.abs(np.angle(unit * np.exp(-1j * turn)[:, None, None]))
    ratio = np.where(coloured, mag_b / np.maximum(mag_a, 1e-6), np.nan)
    typical = np.nanmedian(np.where(coloured.any(axis=(1, 2))[:, None, None], ratio, 1.0), axis=(1, 2))
    relative = ratio / typical[:, None, None]
    agree = coloured & (residual <= COLOUR_HUE_TOLERANCE) & (relative >= 1 / COLOUR_SATURATION_TOLERANCE) & (
        relative <= COLOUR_SATURATION_TOLERANCE)
    cells = coloured.sum(axis=(1, 2))
    if weighted:
        agreement = (weight * agree).sum(axis=(1, 2)) / np.maximum(weight.sum(axis=(1, 2)), 1e-6)
    else:
        agreement = agree.sum(axis=(1, 2)) / np.maximum(cells, 1)
    # A turn of the whole colour wheel beyond MAX_HUE_TURN is another colour scheme, not an edit.
    agreement = np.where(np.abs(turn) <= MAX_HUE_TURN, agreement, 0.0)
    if weighted:
        agreement = np.maximum(agreement, _colour_without_overlay(unit, weight, coloured, relative))
    return np.where(cells >= COLOUR_MIN_CELLS, agreement, np.nan).astype(np.float32)


@functools.lru_cache(maxsize=4)
def _colour_regions(n: int) -> np.ndarray:
    """(R, n, n) overlay places on an n x n colour map: a quarter-side strip along each side (a caption bar of 15%
    and its blur) and a quarter-area block on a grid of eighths (a logo box of 15%, wherever the benchmark puts it)."""
    q = n // 4
    regions = []
    for strip in (np.s_[:2 * q, :], np.s_[-2 * q:, :], np.s_[:, :2 * q], np.s_[:, -2 * q:]):
        r = np.zeros((n, n), bool)
        r[strip] = True
        regions.append(r)
    for top in range(0, n - 2 * q + 1, q):
        for left in range(0, n - 2 * q + 1, q):
            r = np.zeros((n, n), bool)
            r[top : top + 2 * q, left : left + 2 * q] = True
            regions.append(r)
    out = np.stack(regions)
    out.flags.writeable = False  # shared by every verification batch (cached)
    return out


def _colour_without_overlay(unit: np.ndarray, weight: np.ndarray, coloured: np.ndarray,
                            relative: np.ndarray) -> np.ndarray:
    """The weighted colour agreement with the overlay region of :func:`_colour_regions` left out that agrees best
    (its own hue turn), where it reaches COLOUR_RESCUE with COLOUR_MIN_CELLS coloured cells left; else 0.

    A caption's coloured text or a tinted logo is a few strongly coloured cells that no hue turn of the picture
    explains, and may hold most of the weight; the rest of a copy then agrees clearly. Two different pictures of other
    colours disagree across the map, not in one region."""
    regions = _colour_regions(unit.shape[-1])
    outside = ~regions[None]  # (1, R, n, n)
    wu = weight * unit
    turn = np.angle(wu.sum(axis=(1, 2))[:, None] - np.einsum("pyx,ryx->pr", wu, regions))  # (P, R)
    residual = np.abs(np.angle(unit[:, None] * np.exp(-1j * turn)[..., None, None]))
    saturation = (relative >= 1 / COLOUR_SATURATION_TOLERANCE) & (relative <= COLOUR_SATURATION_TOLERANCE)
    agree = (coloured & saturation)[:, None] & (residual <= COLOUR_HUE_TOLERANCE)
    kept = (weight[:, None] * outside).sum(axis=(2, 3))
    score = (weight[:, None] * agree * outside).sum(axis=(2, 3)) / np.maximum(kept, 1e-6)
    cells = (coloured[:, None] & outside).sum(axis=(2, 3))
    usable = (cells >= COLOUR_MIN_CELLS) & (np.abs(turn) <= MAX_HUE_TURN)
    best = np.where(usable, score, 0.0).max(axis=1)
    return np.where(best >= COLOUR_RESCUE, best, 0.0)


def _content_chroma(chroma: np.ndarray, luma: np.ndarray) -> np.ndarray:
    """``chroma`` (P, 8, 8, 2) with the cells that are not wholly content (bars, a frame: see
    :func:`~dataaudit.auditors.leakage.borders.content_masks` of the thumbnails ``luma`` (P, 32, 32)) set to grey,
    so the colour check compares content only: a frame's colour is no evidence against a copy."""
    cell = THUMB // chroma.shape[1]
    mask = content_masks(np.asarray(luma))
    whole = mask.reshape(len(mask), chroma.shape[1], cell, chroma.shape[2], cell).min(axis=(2, 4)) > 0.5
    return np.where(whole[..., None], chroma, np.uint8(128)).astype(chroma.dtype)


def verify_pairs(
    luma_a: np.ndarray,
    luma_b: np.ndarray,
    mirrored: np.ndarray,
    params: np.ndarray,
    chroma_a: np.ndarray | None = None,
    chroma_b: np.ndarray | None = None,
    smaller_side: np.ndarray | None = None,
    min_start: float | None = None,
    chunk: int = 256,
    min_search: float | None = None,
    turns: np.ndarray | None = None,
    strong: bool = False,
) -> Alignment:
    """Align and score P pairs, each from K starting alignments (the best start is refined).

    ``luma_a``/``luma_b`` are (P, K, 32, 32) thumbnails (start k aligns B = ``luma_b[:, k]``
    onto A = ``luma_a[:, k]``, so starts may take the pair either way round),
    ``mirrored`` (P, K), ``params`` (P, K, 5) and ``turns`` (P, K; default 0) the starts (see
    :func:`initial_alignment`),
    ``chroma_a``/``chroma_b`` optional (P, K, 8, 8, 2) ``chroma8`` maps, ``smaller_side`` the
    shorter side (as stored) of the smaller image of each pair (default: 32 px or more).
    ``Alignment.start`` says which start won. Pairs whose best start fits worse than
    ``min_start`` (best-region NCC at 16x16) are not refined: their similarity is that fit; pairs whose
    refined alignment fits worse than ``min_search`` are not scored: their similarity is the refined fit; nor
    are pairs whose colours disagree below ``min_search`` (and MIN_COLOUR_AGREEMENT): their similarity is
    that colour agreement, their detail the refined fit. Leave both None where the similarity of non-copies matters (calibration, the look-alike level).
    ``strong`` (the search for strong edits): the alignment also tolerates a logo box (everything minus a
    quarter-image square), the overlay re-score also tries 50% by 40% blocks anywhere, uniform bars or frames are
    left out of the score and of the colour check, a pair short of a clear match is also scored at its start,
    and small images skip the finest band.
    """
    mirrored = np.asarray(mirrored, dtype=bool)
    params = np.asarray(params, dtype=np.float32)
    turns = np.zeros(mirrored.shape, np.int64) if turns is None else np.asarray(turns, dtype=np.int64)
    p = len(params)
    sigmas = fine_sigma(np.full(p, THUMB) if smaller_side is None else smaller_side)
    out = {name: np.empty(p, np.float32) for name in ("detail", "colour", "overlap")}
    out_params = np.empty((p, 5), np.float32)
    out_mirrored = np.empty(p, bool)
    out_turns = np.empty(p, np.int64)
    out_start = np.empty(p, np.int64)
    for begin in range(0, p, chunk):
        sl = slice(begin, begin + chunk)
        start, fit, a_levels, b_levels = _choose_start(
            _thumbnails(luma_a[sl]), _thumbnails(luma_b[sl]), mirrored[sl], params[sl], turns[sl], strong)
        rows = np.arange(len(start))
        out_start[sl] = start
        out_mirrored[sl] = flip = mirrored[sl][rows, start]
        out_turns[sl] = turn = turns[sl][rows, start]
        out_params[sl] = params[sl][rows, start]
        out["detail"][sl], out["colour"][sl], out["overlap"][sl] = fit, np.nan, np.nan
        # Most candidates that are not copies already fit badly as they start: skip their search.
        go = rows if min_start is None else np.flatnonzero(fit >= min_start)
        if not len(go):
            continue
        refined, fit = _search({s: v[go] for s, v in a_levels.items()}, {s: v[go] for s, v in b_levels.items()},
                               out_params[sl][go], SEARCH_STEPS, blocks=strong)
        out_params[begin + go] = refined
        out["detail"][begin + go] = fit
        if min_search is not None:
            # Full-resolution scoring is the dearest step; a pair that aligns this badly is no copy.
            good = fit >= min_search
            go, refined = go[good], refined[good]
            if not len(go):
                continue
        if chroma_a is not None and chroma_b is not None:
            ca = np.asarray(chroma_a[sl][go, start[go]])
            cb = np.asarray(chroma_b[sl][go, start[go]])
            cb = oriented(cb, turn[go], flip[go], axes=(1, 2))
            if strong:
                ca = _content_chroma(ca, a_levels[THUMB][go])
                cb = _content_chroma(cb, b_levels[THUMB][go])
            out["colour"][begin + go] = _colour_agreement(ca, cb, refined, weighted=strong)
            if min_search is not None:
                # The colour check only vetoes, and needs no detail: a pair it vetoes below min_search is no copy
                # whatever its detail, so its detail is not scored (it stays the refined fit, as when unscored).
                colour = out["colour"][begin + go]
                good = ~(colour < min(MIN_COLOUR_AGREEMENT, min_search))
                go, refined = go[good], refined[good]
                if not len(go):
                    continue
        a = np.asarray(a_levels[THUMB][go], np.float32)
        b = np.asarray(b_levels[THUMB][go], np.float32)  # already mirrored where needed
        at = begin + go
        out["detail"][at], out["overlap"][at] = _score(a, b, refined, sigmas[at], strong)
        if strong:
            # An overlay can pull the coarse search away from the start, and the start of a masked view's match is
            # exact when the copy has no other geometric edit (a logo box on the picture as it was): a pair that
            # scores short of a clear match is also scored at its start, and the better alignment counts.
            origin = params[sl][go, start[go]]
            again = np.flatnonzero((out["detail"][at] < OCCLUDED_CEILING) & np.any(origin != refined, axis=1))
            if len(again):
                detail, overlap = _score(a[again], b[again], origin[again], sigmas[at[again]], strong)
                gain = detail > out["detail"][at[again]]
                better = again[gain]
                out["detail"][at[better]], out["overlap"][at[better]] = detail[gain], overlap[gain]
                out_params[at[better]] = origin[better]
    # Colour vetoes rather than scores: chroma is coarse and JPEG compresses it hardest.
    vetoed = ~np.isnan(out["colour"]) & (out["colour"] < MIN_COLOUR_AGREEMENT)
    similarity = np.where(vetoed, np.minimum(out["detail"], out["colour"]), out["detail"])
    return Alignment(similarity.astype(np.float32), out["detail"], out["colour"], out_mirrored, out_params,
                     out["overlap"], out_start, out_turns)
