"""Measuring how varied a set of images is: near-copy groups, Vendi score, transform probes.

Everything here works on the shared scan features (``gray64``, ``thumb32``,
``color_stats``) as numpy arrays; nothing opens files. The auditor in
``dataaudit.auditors.variety.auditor`` and the augmentation recommendation build on it.

Design (see ``docs/variety.md`` for the reasoning and the calibration):

- A *scene descriptor* per image: the 8x8 block means of the 64x64 grey
  thumbnail (z-normalised, so brightness and contrast changes do not count)
  and a 2x2-cell, 8-orientation gradient histogram (tolerant of small shifts).
- *Near-copy groups*: average-linkage clusters of images whose layout and
  gradient similarities are high (and whose colour distributions agree), cut
  at a threshold calibrated on how similar images of *different* classes get.
  A burst of shots of one scene becomes one group.
- *Effective count*: the Vendi score (Friedman & Dieng, TMLR 2023) of the
  class with near-copies merged into one weighted point each, on the kernel
  ``exp((cos - 1) / tau)`` over scene descriptors. Unrelated images have
  kernel values near 0, so a class of 20 scenes shot 25 times scores about 20
  and a class of 200 distinct photos about 200.
- *Transform probes*: flip, rotate, shift or zoom sample images and ask whether
  their nearest neighbours still carry their own label and whether they still
  look like the data. Mirror-image classes fail the flip probe.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

__all__ = [
    "SceneDescriptors",
    "scene_descriptors",
    "pair_similarity",
    "copy_threshold",
    "near_copy_groups",
    "vendi_score",
    "effective_count",
    "ProbeResult",
    "probe_transform",
    "TRANSFORMS",
    "ink_on_plain_background",
    "robust_spread",
]

#: Near-copy similarity bounds (see :func:`copy_threshold`; calibrated in docs/variety.md).
COPY_MIN = 0.75
COPY_MAX = 0.95
#: Colour-distribution similarity below which two images are never near-copies.
CHROMA_MIN = 0.90
#: Sharpness of the Vendi kernel exp((cos - 1) / tau) over scene descriptors.
KERNEL_TAU = 0.1

_EPS = 1e-6


def _unit_rows(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows centred and scaled to unit norm; also a mask of rows that were flat (no signal)."""
    x = x - x.mean(axis=1, keepdims=True)
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    flat = norm[:, 0] < 1e-3 * np.sqrt(x.shape[1])
    return np.where(flat[:, None], 0.0, x / np.maximum(norm, _EPS)).astype(np.float32), flat


def _layout(gray: np.ndarray, cells: int = 8) -> np.ndarray:
    n, h, w = gray.shape
    # Integer block sums, the contiguous axis first (a float mean over two strided axes is several times
    # slower); the sums are exact, so the means are those of the float computation.
    by_column = gray.reshape(n, h, cells, w // cells).sum(axis=-1, dtype=np.int32)
    sums = by_column.reshape(n, cells, h // cells, cells).sum(axis=2)
    return (sums.astype(np.float32) / np.float32((h // cells) * (w // cells))).reshape(n, -1)


def _gradient_histogram(gray: np.ndarray, cells: int = 2, bins: int = 8) -> np.ndarray:
    # on a 32x32 reduction: a quarter of the work, and small shifts matter less
    # 2x2 means from four strided integer adds: exact, as the float mean of four small integers is
    g = gray.astype(np.int16)
    x = ((g[:, ::2, ::2] + g[:, ::2, 1::2]) + (g[:, 1::2, ::2] + g[:, 1::2, 1::2])).astype(np.float32) * np.float32(0.25)
    gx = np.zeros_like(x)
    gy = np.zeros_like(x)
    gx[:, :, 1:-1] = x[:, :, 2:] - x[:, :, :-2]
    gy[:, 1:-1] = x[:, 2:] - x[:, :-2]
    mag = np.sqrt(gx * gx + gy * gy)
    b = np.minimum((np.arctan2(gy, gx) % np.pi) * (bins / np.pi), bins - 1).astype(np.int32)
    n, h, w = x.shape
    cell = (np.arange(h)[:, None] // (h // cells)) * cells + np.arange(w)[None, :] // (w // cells)
    index = (np.arange(n)[:, None, None] * cells * cells + cell[None]) * bins + b
    hist = np.bincount(index.ravel(), weights=mag.ravel(), minlength=n * cells * cells * bins)
    # sqrt (Hellinger) so that a few strong edges do not dominate
    return np.sqrt(hist.reshape(n, -1))


@functools.lru_cache(maxsize=4)
def _chroma_bin_table(bins: int) -> np.ndarray:
    """``[value, r + g + b]`` -> the chromaticity bin of a channel ``value`` of a pixel with that channel
    sum, computed with the very float32 operations of the per-pixel formula (so a lookup equals it)."""
    value = np.arange(256, dtype=np.float32)[:, None] + np.float32(1.0)
    total = np.arange(3 * 255 + 1, dtype=np.float32)[None, :] + np.float32(3.0)
    return np.minimum((value / total * bins).astype(np.int64), bins - 1).astype(np.int16)


def _chroma_histogram(thumbs: np.ndarray, bins: int = 6) -> np.ndarray:
    pixels = thumbs.reshape(len(thumbs), -1, 3)
    if pixels.dtype == np.uint8:
        # a table lookup instead of float divisions per pixel: the same bins, several times faster
        table = _chroma_bin_table(bins)
        red, green = pixels[..., 0].astype(np.intp), pixels[..., 1].astype(np.intp)
        total = red + green + pixels[..., 2]
        r, g = table.ravel()[red * table.shape[1] + total], table.ravel()[green * table.shape[1] + total]
    else:
        x = pixels.astype(np.float32) + 1.0
        s = x.sum(axis=-1)
        r = np.minimum((x[..., 0] / s * bins).astype(np.int64), bins - 1)
        g = np.minimum((x[..., 1] / s * bins).astype(np.int64), bins - 1)
    n, p = r.shape
    index = np.arange(n)[:, None] * bins * bins + r * bins + g
    hist = np.bincount(index.ravel(), minlength=n * bins * bins).reshape(n, -1).astype(np.float32)
    hist = np.sqrt(hist / p)
    return hist / np.maximum(np.linalg.norm(hist, axis=1, keepdims=True), _EPS)


@dataclass(frozen=True)
class SceneDescriptors:
    """Per-image descriptors, rows unit-norm: ``layout`` (64), ``gradient`` (32), ``chroma`` (36).

    ``flat`` marks images without structure (blank frames); ``mean_rgb`` separates those.
    ``combined`` (96) is the layout and gradient parts concatenated, used by the Vendi kernel.
    """

    layout: np.ndarray
    gradient: np.ndarray
    chroma: np.ndarray
    flat: np.ndarray
    mean_rgb: np.ndarray

    @property
    def combined(self) -> np.ndarray:
        return np.hstack([self.layout, self.gradient]) / np.sqrt(2.0)

    def __len__(self) -> int:
        return len(self.layout)

    def take(self, rows: np.ndarray) -> SceneDescriptors:
        return SceneDescriptors(self.layout[rows], self.gradient[rows], self.chroma[rows], self.flat[rows],
                                self.mean_rgb[rows])


def scene_descriptors(gray64: np.ndarray, thumb32: np.ndarray) -> SceneDescriptors:
    """Scene descriptors of ``(n, 64, 64)`` grey and ``(n, 32, 32, 3)`` colour thumbnails."""
    layout, flat = _unit_rows(_layout(gray64))
    gradient, _ = _unit_rows(_gradient_histogram(gray64))
    return SceneDescriptors(
        layout=layout,
        gradient=gradient,
        chroma=_chroma_histogram(thumb32),
        flat=flat,
        mean_rgb=thumb32.reshape(len(thumb32), -1, 3).mean(axis=1).astype(np.float32),
    )


def pair_similarity(desc: SceneDescriptors, rows_a: np.ndarray | slice, rows_b: np.ndarray | slice) -> np.ndarray:
    """Near-copy similarity: the lower of layout and gradient cosine, -1 where colours differ.

    Blank frames (no structure) are similar (1.0) when their mean colours agree.
    """
    la, lb = desc.layout[rows_a], desc.layout[rows_b]
    # In place on one float32 matrix (the values of the plain expression, without its temporaries).
    sim = la @ lb.T
    np.minimum(sim, desc.gradient[rows_a] @ desc.gradient[rows_b].T, out=sim)
    colour = desc.chroma[rows_a] @ desc.chroma[rows_b].T
    np.copyto(sim, np.float32(-1.0), where=~(colour >= CHROMA_MIN))
    flat = desc.flat[rows_a][:, None] & desc.flat[rows_b][None, :]
    if flat.any():
        close = np.abs(desc.mean_rgb[rows_a][:, None, :] - desc.mean_rgb[rows_b][None, :, :]).max(axis=-1) <= 8
        np.copyto(sim, np.where(close, np.float32(1.0), np.float32(-1.0)), where=flat)
    return sim.astype(np.float32, copy=False)


def copy_threshold(desc: SceneDescriptors, labels: np.ndarray | None, max_rows: int = 2000, seed: int = 0) -> float:
    """The similarity above which two images count as near-copies, calibrated on the data.

    Images of different classes are by definition not copies of each other, so
    the 95th percentile of each image's similarity to its nearest image of
    another class says how similar non-copies get in this dataset (much more for
    digits or glyphs than for photos). The threshold is that value, at least
    :data:`COPY_MIN` and at most :data:`COPY_MAX`.
    """
    if labels is None:
        return COPY_MIN
    labels = np.asarray(labels).astype(str)
    if len(np.unique(labels)) < 2:
        return COPY_MIN
    rows = np.arange(len(desc))
    if len(rows) > max_rows:
        rows = np.sort(np.random.default_rng(seed).choice(len(rows), max_rows, replace=False))
    sim = pair_similarity(desc, rows, rows)
    sim[labels[rows][:, None] == labels[rows][None, :]] = -np.inf
    nearest = sim.max(axis=1)
    nearest = nearest[np.isfinite(nearest)]
    if len(nearest) == 0:
        return COPY_MIN
    return float(np.clip(np.percentile(nearest, 95), COPY_MIN, COPY_MAX))


def near_copy_groups(desc: SceneDescriptors, threshold: float = COPY_MIN) -> np.ndarray:
    """Group id per image: clusters whose average pairwise similarity is at least ``threshold``.

    Average linkage rather than connected components, so that a continuum of
    gradually different images (a class of handwritten digits) is not chained
    into one group. Ids are numbered by first member. O(n^2) memory: callers
    bound n.

    Two clusters whose average distance is within the cut hold a pair within
    it, so every group lies inside one connected component of the graph of
    pairs within the cut: the linkage runs per component (a photo class is
    mostly singletons and small components), which gives the groups of one
    linkage over all images at a fraction of its cost.
    """
    n = len(desc)
    if n < 2:
        return np.zeros(n, dtype=np.int64)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial.distance import squareform

    sim = pair_similarity(desc, slice(None), slice(None))
    np.minimum(sim, sim.T, out=sim)  # exact in float32: the distances below are those of float64 sims
    cut = 1.0 - threshold
    # 1 - s <= cut in float64; a float32 prefilter with margin, then the exact test on the few left
    i, j = np.nonzero(np.triu(sim >= np.float32(threshold) - np.float32(1e-4), k=1))
    close = (1.0 - sim[i, j].astype(np.float64)) <= cut
    i, j = i[close], j[close]
    n_parts, part = connected_components(coo_matrix((np.ones(len(i), np.int8), (i, j)), shape=(n, n)),
                                         directed=False)
    labels = np.arange(n, dtype=np.int64)  # a singleton is its own group
    sizes = np.bincount(part, minlength=n_parts)
    for p in np.flatnonzero(sizes >= 2):
        members = np.flatnonzero(part == p)
        if len(members) == 2:
            labels[members] = members[0]  # within the cut by construction
            continue
        block = sim[np.ix_(members, members)].astype(np.float64)
        np.subtract(1.0, block, out=block)
        # Identical descriptors can correlate at 1 + 1e-7: a negative distance would make linkage refuse.
        np.maximum(block, 0.0, out=block)
        np.fill_diagonal(block, 0.0)
        local = fcluster(linkage(squareform(block, checks=False), method="average"), cut, criterion="distance")
        _, first = np.unique(local, return_index=True)
        labels[members] = members[first[np.searchsorted(np.unique(local), local)]]
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first)] = np.arange(len(first))
    return rank[inverse]


def vendi_score(features: np.ndarray, weights: np.ndarray | None = None, tau: float | None = KERNEL_TAU) -> float:
    """Vendi score (order 1) of unit-norm ``features`` with optional sample ``weights``.

    ``tau=None`` uses the linear (cosine) kernel through the d x d dual
    ``X^T W X``, whose non-zero eigenvalues equal those of ``W^1/2 K W^1/2``;
    otherwise the kernel is ``exp((cos - 1) / tau)``, computed on the n x n
    matrix (callers bound n). The score is ``exp`` of the Shannon entropy of
    the eigenvalues of the weighted, trace-one kernel matrix: the effective
    number of distinct items, 1 for identical items and n for orthogonal ones.
    """
    x = np.asarray(features, dtype=np.float64)
    n = len(x)
    if n == 0:
        return 0.0
    p = np.full(n, 1.0 / n) if weights is None else np.asarray(weights, dtype=np.float64) / np.sum(weights)
    sq = np.sqrt(p)
    if tau is None:
        xw = x * sq[:, None]
        gram = xw.T @ xw if x.shape[1] < n else xw @ xw.T
    else:
        cos = np.clip(x @ x.T, -1.0, 1.0)
        gram = np.exp((cos - 1.0) / tau) * np.outer(sq, sq)
    eig = np.linalg.eigvalsh(gram)
    eig = eig[eig > 1e-12]
    eig = eig / eig.sum()
    return float(np.exp(-np.sum(eig * np.log(eig))))


@dataclass(frozen=True)
class EffectiveCount:
    """Vendi score of a set of images with near-copies merged, and how it was computed."""

    value: float
    n_groups: int
    sampled_groups: int  # groups the kernel was computed on (< n_groups when sampled)

    @property
    def sampled(self) -> bool:
        return self.sampled_groups < self.n_groups


def effective_count(
    kernel_features: np.ndarray, groups: np.ndarray, max_points: int = 500, seed: int = 0
) -> EffectiveCount:
    """Effective number of distinct images: Vendi score with each near-copy group as one weighted point.

    Each group is represented by the normalised mean of its members' features,
    weighted by its size. With more than ``max_points`` groups, a seeded random
    subset of groups is scored and the score scaled by ``n_groups / max_points``
    (groups are near-orthogonal under the sharp kernel, so the score grows
    about linearly with their number).
    """
    if len(kernel_features) == 0:
        return EffectiveCount(0.0, 0, 0)
    ids, inverse, sizes = np.unique(groups, return_inverse=True, return_counts=True)
    reps = np.zeros((len(ids), kernel_features.shape[1]), dtype=np.float64)
    np.add.at(reps, inverse, kernel_features)
    norms = np.linalg.norm(reps, axis=1, keepdims=True)
    reps = np.where(norms > _EPS, reps / np.maximum(norms, _EPS), 0.0)
    chosen = np.arange(len(ids))
    if len(ids) > max_points:
        chosen = np.sort(np.random.default_rng(seed).choice(len(ids), max_points, replace=False))
    value = vendi_score(reps[chosen], sizes[chosen].astype(np.float64))
    if len(chosen) < len(ids):
        value *= len(ids) / len(chosen)
    return EffectiveCount(float(value), int(len(ids)), int(len(chosen)))


def robust_spread(values: np.ndarray) -> float:
    """Spread that ignores a few outliers: the interquartile range divided by 1.349 (= std for a normal)."""
    if len(values) < 2:
        return 0.0
    q1, q3 = np.percentile(values, [25, 75])
    return float((q3 - q1) / 1.349)


def ink_on_plain_background(gray64: np.ndarray, grayscale: np.ndarray) -> np.ndarray:
    """Per image: whether it looks like ink on a plain background (glyphs, digits, scanned text, line art).

    True for grayscale images with strong contrast (a range of at least 128
    grey levels) where at least 30% of the pixels sit within 10% of the darkest
    or lightest value: a plain background with strokes, as in digits and
    documents. Photos rarely have such a background; grayscale photos with a
    black surround (some scans) may also match.
    """
    x = gray64.reshape(len(gray64), -1).astype(np.float32)
    lo = x.min(axis=1, keepdims=True)
    hi = x.max(axis=1, keepdims=True)
    rel = (x - lo) / np.maximum(hi - lo, 1.0)
    background = np.maximum((rel <= 0.1).mean(axis=1), (rel >= 0.9).mean(axis=1))
    return np.asarray(grayscale, dtype=bool) & (background >= 0.3) & ((hi - lo)[:, 0] >= 128)


# --- transform probes ---------------------------------------------------------------------------


def _rotate(gray: np.ndarray, degrees: float) -> np.ndarray:
    from scipy.ndimage import rotate

    return rotate(gray.astype(np.float32), degrees, axes=(2, 1), reshape=False, order=1, mode="reflect")


def _zoom_in(gray: np.ndarray, factor: float) -> np.ndarray:
    """Crop the centre ``1 - factor`` of the image and scale it back up (RandomZoom zooming in)."""
    from scipy.ndimage import affine_transform

    n, h, w = gray.shape
    scale = 1.0 - factor
    out = np.empty((n, h, w), dtype=np.float32)
    centre = np.array([(h - 1) / 2, (w - 1) / 2])
    offset = centre - scale * centre
    for k in range(n):
        out[k] = affine_transform(gray[k].astype(np.float32), [scale, scale], offset=offset, order=1, mode="reflect")
    return out


def _shift(gray: np.ndarray, fraction: float) -> np.ndarray:
    from scipy.ndimage import shift

    h = gray.shape[1]
    return shift(gray.astype(np.float32), (0, fraction * h, fraction * h), order=1, mode="reflect")


#: Named transforms of (n, 64, 64) grey thumbnails used by the probes.
TRANSFORMS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "horizontal_flip": lambda g: g[:, :, ::-1],
    "vertical_flip": lambda g: g[:, ::-1, :],
    "rotate_90": lambda g: np.rot90(g, 1, axes=(1, 2)),
    "rotate_180": lambda g: g[:, ::-1, ::-1],
    "rotate_10": lambda g: _rotate(g, 10),
    "rotate_20": lambda g: _rotate(g, 20),
    "rotate_30": lambda g: _rotate(g, 30),
    "zoom_10": lambda g: _zoom_in(g, 0.10),
    "zoom_20": lambda g: _zoom_in(g, 0.20),
    "shift_10": lambda g: _shift(g, 0.10),
    "shift_20": lambda g: _shift(g, 0.20),
}


@dataclass(frozen=True)
class ProbeResult:
    """What a transform does to sample images, judged by their nearest neighbours among the originals.

    - ``agreement``: share of the k nearest neighbours of transformed images
      that carry the image's own label; ``baseline`` the same for untransformed
      images (near-copies of the image excluded from the neighbours);
    - ``label_kept``: ``(agreement - chance) / (baseline - chance)``, the share
      of the label signal that survives the transform (None when the data has
      too little label signal to tell);
    - ``distance_ratio``: mean distance of transformed images to their nearest
      neighbour over that of the originals (1 = as typical as real images);
    - ``confused_with``: for each class, the other class that its transformed
      images' neighbours most often belong to, with that share.
    """

    transform: str
    agreement: float
    baseline: float
    chance: float
    label_kept: float | None
    distance_ratio: float
    confused_with: dict[str, tuple[str, float]] = field(default_factory=dict)
    n: int = 0

    def to_dict(self) -> dict:
        return {
            "transform": self.transform,
            "agreement": round(self.agreement, 3),
            "baseline": round(self.baseline, 3),
            "chance": round(self.chance, 3),
            "label_kept": None if self.label_kept is None else round(self.label_kept, 3),
            "distance_ratio": round(self.distance_ratio, 3),
            "confused_with": {k: [v[0], round(v[1], 3)] for k, v in self.confused_with.items()},
            "n": self.n,
        }


def _probe_features(gray: np.ndarray) -> np.ndarray:
    layout, _ = _unit_rows(_layout(gray))
    gradient, _ = _unit_rows(_gradient_histogram(gray))
    return np.hstack([layout, gradient]) / np.sqrt(2.0)


def _knn(query: np.ndarray, ref: np.ndarray, exclude: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    sim = query @ ref.T
    sim[exclude] = -np.inf
    k = min(k, ref.shape[0] - 1)
    idx = np.argpartition(-sim, kth=k - 1, axis=1)[:, :k]
    return idx, np.take_along_axis(sim, idx, axis=1)


def probe_transform(
    gray: np.ndarray,
    labels: np.ndarray | None,
    groups: np.ndarray,
    names: Sequence[str],
    k: int = 5,
    min_signal: float = 0.05,
) -> dict[str, ProbeResult]:
    """Run the named :data:`TRANSFORMS` on a sample of grey thumbnails.

    ``labels`` are the images' class names (None when unlabelled: only the
    distance ratio is measured); ``groups`` their near-copy group ids (a
    neighbour in the query's own group is not counted, so copies cannot vouch
    for each other).
    """
    n = len(gray)
    ref = _probe_features(gray)
    exclude = groups[:, None] == groups[None, :]
    base_idx, base_sim = _knn(ref, ref, exclude, k)
    base_dist = float(np.mean(1.0 - base_sim.max(axis=1)))
    if labels is not None:
        labels = np.asarray(labels, dtype=object)
        classes, counts = np.unique(labels.astype(str), return_counts=True)
        chance = float(np.sum((counts / n) ** 2))
        baseline = float(np.mean(labels[base_idx] == labels[:, None]))
    else:
        chance = baseline = 0.0
    out: dict[str, ProbeResult] = {}
    for name in names:
        feats = _probe_features(TRANSFORMS[name](gray))
        idx, sim = _knn(feats, ref, exclude, k)
        dist = float(np.mean(1.0 - sim.max(axis=1)))
        ratio = dist / max(base_dist, 1e-3)
        if labels is None:
            out[name] = ProbeResult(name, 0.0, 0.0, 0.0, None, ratio, {}, n)
            continue
        neighbour_labels = labels[idx]
        agreement = float(np.mean(neighbour_labels == labels[:, None]))
        signal = baseline - chance
        kept = (agreement - chance) / signal if signal >= min_signal else None
        confused: dict[str, tuple[str, float]] = {}
        for cls in classes:
            rows = labels == cls
            others = neighbour_labels[rows].ravel()
            others = others[others != cls]
            if len(others):
                values, cnt = np.unique(others.astype(str), return_counts=True)
                top = int(np.argmax(cnt))
                confused[str(cls)] = (str(values[top]), float(cnt[top] / (rows.sum() * idx.shape[1])))
        out[name] = ProbeResult(name, agreement, baseline, chance, kept, ratio, confused, n)
    return out
