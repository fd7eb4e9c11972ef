"""Fine verification for look-alike data: tell an edited copy from another image of the same kind.

In look-alike domains (handwritten digits, radiographs, document scans) any two images of a class
align nearly as well as an edited copy does by the regular verification's measures
(:mod:`.verify`: band-pass and gradient agreement after a 16 px alignment search): random pairs of
one class score about 0.8 there, copies about 0.95. What still separates them is how *completely*
one image explains the other once aligned precisely: an edited copy (re-encoded, resized, cropped,
shifted, turned a few degrees, brightened, slightly blurred) leaves a residual of a few tenths of a
percent of the image's variance, two writers' digits or two patients' chests leave several percent,
however alike they look.

So each matched pair's alignment is refined further on the full 32 px luma thumbnails (the compiled
coordinate search of :mod:`.verify`, in steps down to a twentieth of a pixel) and scored by how much of
one image's luma the other's explains through the best tone curve of any shape (the correlation ratio:
brightness, contrast, gamma and their clipping are explained, a different stroke or rib is not). Its
residual ``1 - score`` is compared with the residuals of the dataset's own random same-class pairs (a
larger :func:`.pair_search.lookalike_sample` than the one that measured the look-alike level): a pair
is a copy when its residual is below the null's ``FINE_NULL_QUANTILE`` residual divided by
``FINE_FACTOR``. The rule thus adapts to each dataset; where that bound falls below what copies reach
(``MIN_FINE_RESIDUAL``: non-copies align practically perfectly, e.g. renderings of one glyph), nothing
separates them and the near-copy search stays off (DA107).

A pair in the upper part of that range (residual above ``FINE_CLEAR`` of the bound) must also be *unique*, as
in a ratio test of feature matching: its residual below ``FINE_UNIQUE`` of the smallest residual either image
leaves with any other verified partner. Simple shapes drawn alike by many writers (bar-shaped ones, plain
zeros) form crowds in which several pairs land just under the bound, each about as close as the next; an
edited copy explains its original far better than the original's next look-alike does. (A group of three or
more copies whose pairs all land in that upper part would lose those pairs: copies mostly land far below it.)

At 32 px on purpose: on the benchmark, re-decoding the pairs at 64 px (the ``gray64`` feature) separated
copies from look-alikes no better once the alignment is refined (what tells two writers or two patients
apart is their shapes, which 32 px holds; finer texture is what JPEG and blur edits change first), and it
would need a larger feature in every look-alike scan.

The fine stage runs only when the look-alike level is high: photos never pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dataaudit.auditors.leakage.signatures import THUMB
from dataaudit.auditors.leakage.verify import MIN_OVERLAP, _pyramid, _search, _warp, oriented

__all__ = ["FINE_EXTRA_RADIUS", "FINE_NULL_PAIRS", "FineCheck", "calibrate_fine", "fine_scores", "keep_fine_pairs",
           "unique_copies"]

#: The refinement: (thumbnail side, centre step, relative scale step, angle step in radians, rounds), after
#: the regular search's 16 px steps; the last step moves a twentieth of a 32 px pixel.
FINE_STEPS = ((THUMB, 0.006, 0.008, float(np.deg2rad(0.6)), 2), (THUMB, 0.002, 0.003, float(np.deg2rad(0.2)), 2))
#: The null: this many random pairs of one class, verified; their residual at FINE_NULL_QUANTILE, divided by
#: FINE_FACTOR, is the largest residual a copy may leave. The 5% quantile of a thousand pairs varies by a
#: few percent between samples (the 1% quantile of 300 by half), and stays put when a few of the random
#: pairs happen to be copies. On the tuning part of benchmarks/lookalike.py, planted copies leave a residual
#: up to 0.18 (digits) and 0.16 (radiographs) of it, the closest non-copy candidates from 0.20 and 0.35.
FINE_NULL_PAIRS = 1000
FINE_NULL_QUANTILE = 0.05
FINE_FACTOR = 5.5
#: Below this residual, edited copies cannot be told from look-alikes: re-encoding, resizing and a few
#: degrees' turn alone leave about this much at 32 px.
MIN_FINE_RESIDUAL = 0.0015
#: Pairs whose residual is below FINE_CLEAR of the largest a copy may leave are copies whatever their neighbours;
#: the others must leave below FINE_UNIQUE of the smallest residual either image leaves with another verified
#: partner. On the tuning part of benchmarks/lookalike.py, 94% of the planted digit copies and 59% of the
#: radiograph copies leave under half the bound, and every other one passes as unique; were the bound 1.6
#: times higher, the test would drop 17 of the 20 digit look-alike pairs then under it and no planted copy.
FINE_CLEAR = 0.5
FINE_UNIQUE = 0.5
#: The candidate search reaches this many bits further on look-alike data: each image keeps only its
#: closest candidates anyway, and the fine check rejects the look-alikes among them; a 5-10% crop of a
#: radiograph can land 12 bits from its original's nearest window.
FINE_EXTRA_RADIUS = 2
#: The tone curve between two aligned thumbnails is fitted as a step function of this many equal steps.
TONE_BINS = 24
#: Pairs refined per batch (bounds memory: each holds a few 32x32 float arrays).
FINE_BATCH = 2048


@dataclass(frozen=True)
class FineCheck:
    """The fine rule calibrated on one dataset's random same-class pairs.

    ``null_residual`` is the residual of the random pairs at FINE_NULL_QUANTILE (their most alike
    5%), ``max_residual`` the largest residual a copy may leave, ``separable`` whether that is still
    above what edited copies reach (MIN_FINE_RESIDUAL).
    """

    null_residual: float
    max_residual: float
    pairs: int

    @property
    def separable(self) -> bool:
        return bool(self.max_residual >= MIN_FINE_RESIDUAL)

    @property
    def min_score(self) -> float:
        """The fine score (see fine_scores) a pair needs to count as a copy."""
        return 1.0 - self.max_residual

    def to_evidence(self) -> dict[str, float | int]:
        return {"fine_null_residual": round(self.null_residual, 5), "fine_max_residual": round(self.max_residual, 5),
                "fine_pairs": self.pairs}


def fine_scores(luma, source: np.ndarray, target: np.ndarray, params: np.ndarray, mirrored: np.ndarray,
                turns: np.ndarray) -> np.ndarray:
    """How completely one image of each aligned pair explains the other, after refining the alignment at
    full thumbnail scale: the correlation ratio (square root of R squared) of one image's luma given the
    other's over their overlap, -1 where they overlap too little.

    The best tone curve of any shape (a step function) absorbs brightness, contrast and gamma, and the
    clipping they cause, which a plain correlation counts as a difference. ``luma`` holds the (n, 32, 32) thumbnails (an array or the scan's
    FeatureRows); pair ``i`` maps ``luma[source[i]]`` (turned ``turns[i]``, mirrored where ``mirrored[i]``)
    onto ``luma[target[i]]`` by ``params[i]``, as :class:`.verify.Alignment` describes.
    """
    out = np.full(len(source), -1.0, np.float32)
    for begin in range(0, len(source), FINE_BATCH):
        sl = slice(begin, begin + FINE_BATCH)
        a = np.asarray(luma[np.asarray(target[sl])], np.float32)
        b = oriented(np.asarray(luma[np.asarray(source[sl])], np.float32), turns[sl], mirrored[sl])
        if not len(a):
            continue
        refined, _ = _search(_pyramid(a), _pyramid(b), np.asarray(params[sl], np.float32), FINE_STEPS)
        warped, inside = _warp(a, refined[:, None], THUMB)
        out[sl] = _tone_curve_fit(warped[:, 0], b, inside[:, 0] > 0.5)
    return out


def _tone_curve_fit(x: np.ndarray, y: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Per pair, the correlation ratio of ``y`` on ``x`` inside ``mask`` ((P, n, n) each): sqrt(R^2) of the best
    tone curve from x to y, any shape, as the mean of y in each of TONE_BINS equal steps of x's range."""
    n_pairs = len(x)
    m = mask.reshape(n_pairs, -1).astype(np.float64)
    x = x.reshape(n_pairs, -1).astype(np.float64)
    y = y.reshape(n_pairs, -1).astype(np.float64)
    low = np.where(m > 0, x, np.inf).min(axis=1, keepdims=True)
    high = np.where(m > 0, x, -np.inf).max(axis=1, keepdims=True)
    step = np.clip(((x - low) / np.maximum(high - low, 1e-6) * TONE_BINS).astype(np.int64), 0, TONE_BINS - 1)
    cell = (step + TONE_BINS * np.arange(n_pairs)[:, None]).ravel()
    in_cell = np.bincount(cell, m.ravel(), n_pairs * TONE_BINS).reshape(n_pairs, TONE_BINS)
    y_in_cell = np.bincount(cell, (m * y).ravel(), n_pairs * TONE_BINS).reshape(n_pairs, TONE_BINS)
    count = m.sum(axis=1)
    syy = (m * y * y).sum(axis=1)
    total = syy - (m * y).sum(axis=1) ** 2 / np.maximum(count, 1.0)
    residual = np.maximum(syy - (y_in_cell ** 2 / np.maximum(in_cell, 1.0)).sum(axis=1), 0.0)
    r2 = 1.0 - residual / np.maximum(total, 1e-12)
    enough = (count >= MIN_OVERLAP * m.shape[1]) & (total > 1e-6 * count)
    return np.where(enough, np.sqrt(np.clip(r2, 0.0, 1.0)), -1.0).astype(np.float32)


def calibrate_fine(luma, source: np.ndarray, target: np.ndarray, params: np.ndarray, mirrored: np.ndarray,
                   turns: np.ndarray) -> FineCheck:
    """The fine rule for a dataset, from the alignments of its random same-class pairs (the null)."""
    residual = 1.0 - fine_scores(luma, source, target, params, mirrored, turns).astype(np.float64)
    null = float(np.quantile(np.clip(residual, 0.0, 2.0), FINE_NULL_QUANTILE)) if len(residual) else 0.0
    return FineCheck(null_residual=null, max_residual=null / FINE_FACTOR, pairs=len(residual))


def keep_fine_pairs(luma, pairs, check: FineCheck):
    """``pairs`` (a :class:`.pair_search.DuplicatePairs`) without the near pairs the fine rule rejects;
    exact pairs stay."""
    near = np.flatnonzero(pairs.kind != "exact")
    scores = fine_scores(luma, pairs.source[near], pairs.target[near], pairs.params[near], pairs.mirrored[near],
                         pairs.turns[near])
    keep = np.ones(len(pairs), bool)
    keep[near] = unique_copies(1.0 - scores.astype(np.float64), pairs.a[near], pairs.b[near], check.max_residual)
    return pairs.take(keep)


def unique_copies(residual: np.ndarray, a: np.ndarray, b: np.ndarray, max_residual: float) -> np.ndarray:
    """Which verified pairs (``a[i]``, ``b[i]``) with these fine residuals are copies: below ``max_residual``, and
    either below FINE_CLEAR of it or below FINE_UNIQUE of the smallest residual ``a[i]`` or ``b[i]`` leaves with
    another partner among these pairs (an image with no other partner leaves an infinite one)."""
    residual = np.asarray(residual, np.float64)
    n_pairs = len(residual)
    ends, pair = np.r_[a, b], np.r_[np.arange(n_pairs), np.arange(n_pairs)]
    order = np.lexsort((pair, np.r_[residual, residual], ends))
    ends, pair, value = ends[order], pair[order], np.r_[residual, residual][order]
    first = np.r_[True, ends[1:] != ends[:-1]] if len(ends) else np.zeros(0, bool)
    start = np.maximum.accumulate(np.where(first, np.arange(len(ends)), 0))
    # Per entry: its image's smallest residual, and the second smallest (infinite when it has one pair only).
    smallest = value[start]
    has_second = (start + 1 < len(ends)) & ~np.r_[first[1:], True][start]
    second = np.where(has_second, value[np.minimum(start + 1, max(len(ends) - 1, 0))], np.inf)
    other = np.where(pair[start] == pair, second, smallest)  # the smallest with another partner
    alternative = np.full(n_pairs, np.inf)
    np.minimum.at(alternative, pair, other)
    return (residual <= max_residual) & ((residual < FINE_CLEAR * max_residual) | (residual < FINE_UNIQUE * alternative))
