"""Class-balance arithmetic: weights, resampling plans, label shift and evaluation noise.

Pure functions on class counts, used by the class-balance auditor (DA2xx) and
usable on their own::

    >>> from dataaudit.auditors.balance.stats import class_weights
    >>> class_weights({"cat": 60, "dog": 20})
    {'cat': 0.6666666666666666, 'dog': 2.0}

Counts are mappings ``{class: count}``; results keep the same keys, in the same
order. Classes with a count of 0 get no weight and no sampling target (Keras's
``class_weight`` treats a missing key as 1.0, and there is nothing to sample).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from dataaudit.errors import ParameterError

__all__ = [
    "WEIGHT_METHODS",
    "imbalance_ratio",
    "normalised_entropy",
    "class_weights",
    "oversampling_targets",
    "undersampling_targets",
    "wilson_half_width",
    "size_for_half_width",
    "LabelShift",
    "label_shift",
]

K = TypeVar("K", bound=Hashable)

#: ``"balanced"``: scikit-learn's ``n_samples / (n_classes * count)``;
#: ``"effective_number"``: ``(1 - beta) / (1 - beta ** count)`` (Cui et al., CVPR 2019).
WEIGHT_METHODS = ("balanced", "effective_number")

#: z for a two-sided 95% interval.
Z95 = 1.959963984540054


def _counts(counts: Mapping[K, int]) -> tuple[list[K], np.ndarray]:
    keys = list(counts)
    values = np.array([counts[k] for k in keys], dtype=np.float64)
    if (values < 0).any() or not np.all(np.isfinite(values)):
        raise ParameterError("Class counts must be finite and non-negative.")
    return keys, values


def imbalance_ratio(counts: Mapping[K, int]) -> float:
    """Largest count over smallest non-zero count (1.0 for one class; inf never: empty classes are skipped)."""
    _, values = _counts(counts)
    present = values[values > 0]
    if len(present) == 0:
        return 1.0
    return float(present.max() / present.min())


def normalised_entropy(counts: Mapping[K, int]) -> float:
    """Shannon entropy of the class shares divided by ``log(number of classes)``: 1.0 when perfectly balanced.

    Every key counts as a class, so an empty class lowers it. 1.0 for fewer than two classes.
    """
    _, values = _counts(counts)
    total = values.sum()
    if len(values) < 2 or total == 0:
        return 1.0
    shares = values[values > 0] / total
    return float(-(shares * np.log(shares)).sum() / math.log(len(values)))


def _cap_weights(weights: np.ndarray, counts: np.ndarray, cap: float) -> np.ndarray:
    """Clip weights at ``cap`` and scale the others up so the sample-weighted mean stays 1 (water-filling).

    Mirrors the loop in the emitted class-weight snippet; with ``cap > 1`` the
    others can always absorb the clipped mass.
    """
    weights = weights.copy()
    capped = np.zeros(len(weights), dtype=bool)
    total = counts.sum()
    while (weights > cap).any() and not capped.all():
        capped |= weights > cap
        weights[capped] = cap
        free = ~capped
        if free.any():
            weights[free] *= (total - cap * counts[capped].sum()) / (weights[free] @ counts[free])
    return weights


def class_weights(
    counts: Mapping[K, int],
    method: str = "balanced",
    *,
    beta: float = 0.999,
    cap: float | None = None,
) -> dict[K, float]:
    """Per-class loss weights whose average over the training samples is 1.

    - ``"balanced"``: scikit-learn's ``compute_class_weight(class_weight="balanced", ...)``,
      ``n_samples / (n_classes * count)`` over the classes present (its sample-weighted mean is 1 already);
    - ``"effective_number"``: ``(1 - beta) / (1 - beta ** count)``, the inverse "effective number
      of samples" of Cui et al. (CVPR 2019); ``beta`` near 1 approaches "balanced", 0 gives equal weights.

    Both are scaled so that ``sum(count * weight) == sum(count)``; with ``cap`` (> 1)
    no weight exceeds it and the others are raised to keep that mean at 1.
    Classes with no samples are left out.
    """
    if method not in WEIGHT_METHODS:
        raise ParameterError(f"method must be one of {', '.join(WEIGHT_METHODS)}; got {method!r}.")
    if not 0 < beta < 1:
        raise ParameterError(f"beta must be in the range (0, 1); got {beta!r}.")
    if cap is not None and not cap > 1:
        raise ParameterError(f"cap must be greater than 1 (the mean weight); got {cap!r}.")
    keys, values = _counts(counts)
    present = values > 0
    n = values[present]
    if len(n) == 0:
        return {}
    if method == "balanced":
        raw = n.sum() / (len(n) * n)
    else:
        raw = (1.0 - beta) / (1.0 - np.power(beta, n))
    weights = raw * n.sum() / (raw @ n)
    if cap is not None:
        weights = _cap_weights(weights, n, float(cap))
    kept = [k for k, p in zip(keys, present) if p]
    return {k: float(w) for k, w in zip(kept, weights)}


def oversampling_targets(counts: Mapping[K, int]) -> dict[K, int]:
    """Every present class raised to the largest class's count (random oversampling to full balance)."""
    keys, values = _counts(counts)
    top = int(values.max()) if len(values) else 0
    return {k: top for k, v in zip(keys, values) if v > 0}


def undersampling_targets(counts: Mapping[K, int]) -> dict[K, int]:
    """Every present class cut to the smallest present class's count (random undersampling to full balance)."""
    keys, values = _counts(counts)
    present = values[values > 0]
    low = int(present.min()) if len(present) else 0
    return {k: low for k, v in zip(keys, values) if v > 0}


def wilson_half_width(p: float, n: int, z: float = Z95) -> float:
    """Half the width of the Wilson interval: the "+/-" of an accuracy ``p`` measured on ``n`` samples."""
    if n <= 0:
        return 0.5
    return z / (1.0 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))


def size_for_half_width(p: float, tolerance: float, z: float = Z95) -> int:
    """The smallest ``n`` whose Wilson half-width at ``p`` is at most ``tolerance``.

    The half-width decreases with ``n`` for every ``p`` (its derivative's sign is that
    of ``p(1-p)(z^2 - n) - z^2/2``), so a bisection finds the exact threshold.
    """
    if not 0 < tolerance:
        raise ParameterError(f"tolerance must be positive; got {tolerance!r}.")
    low, high = 1, 2
    while wilson_half_width(p, high, z) > tolerance:
        high *= 2
    while low < high:
        mid = (low + high) // 2
        if wilson_half_width(p, mid, z) > tolerance:
            low = mid + 1
        else:
            high = mid
    return low


@dataclass(frozen=True)
class LabelShift:
    """How two class distributions differ.

    ``chi2``/``dof``/``p_value``: Pearson's chi-square test of homogeneity on the
    2 x k table of counts (classes absent from both left out); ``js_distance``:
    Jensen-Shannon distance of the two class shares, base 2, so in [0, 1];
    ``differences``: ``(class, share_a, share_b)`` sorted by ``|share_b - share_a|``,
    largest first; ``min_expected``: the smallest expected cell count (the
    chi-square approximation is rough below 5).
    """

    chi2: float
    dof: int
    p_value: float
    js_distance: float
    differences: tuple[tuple[Hashable, float, float], ...]
    min_expected: float


def label_shift(counts_a: Mapping[K, int], counts_b: Mapping[K, int]) -> LabelShift:
    """Compare two class distributions over the union of their classes (missing keys count 0)."""
    from scipy.spatial.distance import jensenshannon
    from scipy.stats import chi2_contingency

    keys = list(dict.fromkeys([*counts_a, *counts_b]))
    a = np.array([counts_a.get(k, 0) for k in keys], dtype=np.float64)
    b = np.array([counts_b.get(k, 0) for k in keys], dtype=np.float64)
    if a.sum() == 0 or b.sum() == 0:
        raise ParameterError("Both class distributions need at least one sample.")
    used = (a + b) > 0
    keys = [k for k, u in zip(keys, used) if u]
    a, b = a[used], b[used]
    share_a, share_b = a / a.sum(), b / b.sum()
    js = float(jensenshannon(share_a, share_b, base=2))
    if len(keys) < 2:
        chi2, dof, p_value, min_expected = 0.0, 0, 1.0, float(min(a.sum(), b.sum()))
    else:
        result = chi2_contingency(np.vstack([a, b]), correction=False)
        chi2, dof, p_value = float(result.statistic), int(result.dof), float(result.pvalue)
        min_expected = float(result.expected_freq.min())
    order = np.argsort(-np.abs(share_b - share_a), kind="stable")
    differences = tuple((keys[i], float(share_a[i]), float(share_b[i])) for i in order)
    return LabelShift(chi2, dof, p_value, 0.0 if not math.isfinite(js) else js, differences, min_expected)
