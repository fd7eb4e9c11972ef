"""Verification of candidate pairs: align two luma thumbnails, then measure how well their details agree.

A candidate pair arrives with the two views whose codes matched (see
:mod:`.signatures`), which gives a first guess of how image B maps onto image A:
mirrored or not, and a scale, centre and angle. :func:`verify_pairs` refines that
guess by a coarse-to-fine coordinate search on 16x16 versions of the thumbnails
(scale and centre per axis, then angle), maximising the normalised
cross-correlation (NCC) over the overlap or over the overlap minus one border
strip or corner (a caption bar or watermark must not pull the alignment away).

The similarity is then measured on the 32x32 thumbnails: the NCC of two
band-pass (difference of Gaussians) versions of B and of A warped onto B,
over the same masks, best mask kept, averaged over two bands. Band-pass
detail is what two different photos of similar scenes do not share, while
brightness, contrast, gamma, colour, blur, noise and re-encoding leave it
largely intact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .signatures import QUERY_VIEWS, THUMB, WINDOW_VIEWS

__all__ = ["Alignment", "initial_alignment", "verify_pairs", "SEARCH_STEPS"]

#: Coarse-to-fine search: (centre step, relative scale step, angle step in radians, rounds).
#: The coarse steps run on 8x8 versions of the thumbnails, the fine ones on 16x16.
SEARCH_STEPS = ((8, 0.03, 0.04, float(np.deg2rad(2.5)), 3), (16, 0.012, 0.015, float(np.deg2rad(1.2)), 2))
#: Minimum share of image B that must overlap image A (and of each mask) for a score to count.
MIN_OVERLAP = 0.4
#: Band-pass filters (inner, outer Gaussian sigma in thumbnail pixels) whose NCCs are averaged.
BANDS = ((0.7, 2.5), (1.0, 3.0))
#: Luma standard deviation (0-255) below which an image counts as flat.
FLAT_STD = 2.0


@dataclass(frozen=True)
class Alignment:
    """Verification results for a batch of pairs (arrays of length P).

    Image B maps onto image A as ``x_A = centre + R(angle) diag(scale) (x_B' - 0.5)`` in
    normalised coordinates, where ``B'`` is B mirrored when ``mirrored``.
    ``similarity`` is in [-1, 1]; ``overlap`` the share of B that A covers;
    ``gain`` and ``offset`` fit B's luma as ``gain * A + offset`` over the overlap.
    """

    similarity: np.ndarray
    mirrored: np.ndarray
    params: np.ndarray  # (P, 5): centre_x, centre_y, scale_x, scale_y, angle
    overlap: np.ndarray
    gain: np.ndarray
    offset: np.ndarray


def initial_alignment(query_code: np.ndarray, window_code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mirror flags and warp parameters implied by query code ``query_code`` of B matching window ``window_code`` of A."""
    query_code = np.asarray(query_code)
    nq = len(QUERY_VIEWS)
    mirrored = query_code >= nq
    q = QUERY_VIEWS[query_code % nq].astype(np.float64)
    w = WINDOW_VIEWS[np.asarray(window_code)].astype(np.float64)
    # A mirrored view of B at (cx, cy, angle) is the plain view of mirror(B) at (1 - cx, cy, -angle).
    qcx = np.where(mirrored, 1.0 - q[:, 0], q[:, 0])
    qcy = q[:, 1]
    qangle = np.where(mirrored, -q[:, 4], q[:, 4])
    kx, ky = w[:, 2] / q[:, 2], w[:, 3] / q[:, 3]
    angle = -qangle  # window views are not turned
    c, s = np.cos(angle), np.sin(angle)
    dx, dy = kx * (0.5 - qcx), ky * (0.5 - qcy)
    params = np.stack([w[:, 0] + c * dx - s * dy, w[:, 1] + s * dx + c * dy, kx, ky, angle], axis=1)
    return mirrored, params.astype(np.float32)


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


_MASKS = {n: _region_masks(n) for n in (8, 16, THUMB)}


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
    n = x.shape[-1] // 2
    return x.reshape(*x.shape[:-2], n, 2, n, 2).mean(axis=(-1, -3))


_DELTAS_POS = np.array([(i, j) for i in (-1, 0, 1) for j in (-1, 0, 1)], dtype=np.float32)
_DELTAS_ANGLE = np.array([-2, -1, 0, 1, 2], dtype=np.float32)


def _refine(a: np.ndarray, b: np.ndarray, params: np.ndarray) -> np.ndarray:
    """Coordinate search of the warp maximising the best-region NCC, coarse to fine."""
    smaller = {THUMB: (a, b)}
    size = THUMB
    while size > min(step[0] for step in SEARCH_STEPS):
        size //= 2
        smaller[size] = (_down2(smaller[size * 2][0]), _down2(smaller[size * 2][1]))
    p = params.copy()
    rows = np.arange(len(a))
    for size, d_centre, d_scale, d_angle, rounds in SEARCH_STEPS:
        a_s, b_s = smaller[size]
        for _ in range(rounds):
            for centre, scale in ((0, 2), (1, 3), (4, None)):
                if scale is None:
                    trial = np.repeat(p[:, None, :], len(_DELTAS_ANGLE), axis=1)
                    trial[..., 4] += _DELTAS_ANGLE * d_angle
                else:
                    trial = np.repeat(p[:, None, :], len(_DELTAS_POS), axis=1)
                    trial[..., centre] += _DELTAS_POS[:, 0] * d_centre
                    trial[..., scale] *= 1 + _DELTAS_POS[:, 1] * d_scale
                w, m = _warp(a_s, trial, size)
                score = _masked_ncc(b_s[:, None], w, m, size).max(axis=-1)
                p = trial[rows, score.argmax(axis=1)]
    return p


def _gauss_matrix(n: int, sigma: float) -> np.ndarray:
    x = np.arange(n)
    g = np.exp(-0.5 * ((x[:, None] - x[None, :]) / sigma) ** 2)
    return (g / g.sum(axis=1, keepdims=True)).astype(np.float32)


_GAUSS = {s: _gauss_matrix(THUMB, s) for band in BANDS for s in band}


def _band(x: np.ndarray, m: np.ndarray, inner: float, outer: float) -> np.ndarray:
    """Difference of Gaussians of x inside mask m (normalised convolution: pixels outside m do not leak in)."""
    def blur(v: np.ndarray, s: float) -> np.ndarray:
        g = _GAUSS[s]
        return g @ v @ g.T

    return blur(x * m, inner) / (blur(m, inner) + 1e-3) - blur(x * m, outer) / (blur(m, outer) + 1e-3)


def _score(a: np.ndarray, b: np.ndarray, params: np.ndarray) -> tuple[np.ndarray, ...]:
    w, m = _warp(a, params[:, None], THUMB)
    w, m = w[:, 0], m[:, 0]
    bands = []
    for inner, outer in BANDS:
        bb, bw = _band(b, m, inner, outer), _band(w, m, inner, outer)
        bands.append(_masked_ncc(bb[:, None], bw[:, None], m[:, None], THUMB)[:, 0].max(axis=-1))
    similarity = np.mean(bands, axis=0)
    count = np.maximum(m.sum(axis=(1, 2)), 1.0)
    mean_b = (b * m).sum(axis=(1, 2)) / count
    mean_w = (w * m).sum(axis=(1, 2)) / count
    std_b = np.sqrt(np.maximum(((b - mean_b[:, None, None]) ** 2 * m).sum(axis=(1, 2)) / count, 0))
    std_w = np.sqrt(np.maximum(((w - mean_w[:, None, None]) ** 2 * m).sum(axis=(1, 2)) / count, 0))
    # Flat images have no detail to compare: two flat images match when their luma agrees.
    flat_b, flat_w = std_b < FLAT_STD, std_w < FLAT_STD
    flat_match = 1.0 - (np.abs(b - w) * m).sum(axis=(1, 2)) / count / 16.0
    similarity = np.where(flat_b | flat_w, np.where(flat_b & flat_w, np.clip(flat_match, -1, 1), -1.0), similarity)
    gain = std_b / np.maximum(std_w, 1e-3)
    return similarity, m.mean(axis=(1, 2)), gain, mean_b - gain * mean_w


def verify_pairs(
    luma_a: np.ndarray,
    luma_b: np.ndarray,
    query_code: np.ndarray,
    window_code: np.ndarray,
    chunk: int = 256,
) -> Alignment:
    """Align and score P pairs: B's query view ``query_code`` matched A's window view ``window_code``.

    ``luma_a`` and ``luma_b`` are (P, 32, 32) thumbnails (any numeric dtype).
    """
    mirrored, params = initial_alignment(query_code, window_code)
    p = len(params)
    out_sim = np.empty(p, np.float32)
    out_params = np.empty((p, 5), np.float32)
    out_overlap = np.empty(p, np.float32)
    out_gain = np.empty(p, np.float32)
    out_offset = np.empty(p, np.float32)
    for start in range(0, p, chunk):
        sl = slice(start, start + chunk)
        a = np.asarray(luma_a[sl], dtype=np.float32)
        b = np.asarray(luma_b[sl], dtype=np.float32)
        b = np.where(mirrored[sl, None, None], b[..., ::-1], b)
        refined = _refine(a, b, params[sl])
        sim, overlap, gain, offset = _score(a, b, refined)
        out_sim[sl], out_params[sl], out_overlap[sl], out_gain[sl], out_offset[sl] = sim, refined, overlap, gain, offset
    return Alignment(out_sim, mirrored, out_params, out_overlap, out_gain, out_offset)
