"""The fingerprint a transform leaves in already-transformed splits: fitted on their union, or on train alone.

A standard scaler fitted on some rows makes exactly those rows zero-mean and
unit-variance; a min-max scaler makes them span exactly [0, 1]. So, for each
feature, the candidate set of rows (train alone, each other split alone, the
unions) whose statistics come out *exact* is the set the transform was fitted
on. Exactness is what tells them apart: a union of splits transformed with
training statistics is off by an amount of the order of the difference
between the splits (1e-3 or more), while the fitted set is off only by float
rounding.

Checked transforms: standardisation (mean 0, std 1), robust scaling (median
0, IQR 1), min-max to [0, 1] and [-1, 1], max-abs (max |x| = 1). Tabular
arrays are checked per feature; images per channel and per pixel.

Guards against false alarms on clean data:

- only floating-point arrays are checked (raw integer data carries no fit);
- exact means within 1e-4 (float32 data) or 1e-6 (float64): statistics
  accumulated in float32 over millions of values are less precise than
  that, and then nothing is reported (the splits cannot be told apart);
- a candidate counts as exact for a feature only when it is at least 10x
  closer than train alone, and it must be exact for at least half the
  features (one feature can be near-exact by chance); train exact on every
  feature means a fit on train;
- for min-max and max-abs (where natural data in [0, 1] could look fitted),
  every non-constant feature must be exact for the union, and data on the
  1/255 grid (8-bit pixels divided by 255, a stateless rescale) is skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dataaudit.model.findings import to_jsonable

__all__ = ["ArraySignature", "array_signature"]

_FAMILIES = ("standardize", "robust", "min-max", "min-max-symmetric", "max-abs")
_ALL_FEATURES = ("min-max", "min-max-symmetric", "max-abs")
_SEPARATION = 10.0


@dataclass(frozen=True)
class ArraySignature:
    """One transform's fingerprint in the given splits.

    ``fitted_on`` is the candidate the transform was fitted on (``"train+val"``,
    ``"val"``...), or ``"each split separately"`` when every split is exactly
    transformed with its own statistics. ``leaked`` is always True for a
    returned signature (fits on train alone are not reported).
    """

    transform: str
    granularity: str  # "feature", "channel" or "pixel"
    fitted_on: str
    features: int
    exact_features: int
    scores: Mapping[str, float]
    leaked: bool = True
    evaluation_outside_range: Mapping[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable({
            "transform": self.transform, "granularity": self.granularity, "fitted_on": self.fitted_on,
            "features": self.features, "exact_features": self.exact_features, "scores": dict(self.scores),
            "leaked": self.leaked, "evaluation_outside_range": dict(self.evaluation_outside_range),
        })


def _tolerance(dtype: np.dtype) -> float:
    if dtype == np.float64:
        return 1e-6
    if dtype == np.float16:
        return 1e-2
    return 1e-4


def _views(x: np.ndarray) -> list[tuple[str, np.ndarray]]:
    """(granularity, 2-D rows x features) views of one split."""
    if x.ndim == 2:
        return [("feature", x)]
    if x.ndim == 3:
        return [("pixel", x.reshape(len(x), -1))]
    return [("channel", x.reshape(-1, x.shape[-1])), ("pixel", x.reshape(len(x), -1))]


class _Summary:
    """Per-feature count, mean, sum of squared deviations, min, max and max |x| of some rows.

    Unions of splits are summarised by combining the splits' summaries (Chan et al.'s
    parallel variance), so no union is ever materialised.
    """

    __slots__ = ("n", "mean", "m2", "min", "max", "absmax")

    def __init__(self, n, mean, m2, low, high, absmax):
        self.n, self.mean, self.m2, self.min, self.max, self.absmax = n, mean, m2, low, high, absmax

    @classmethod
    def of(cls, v: np.ndarray) -> _Summary:
        mean = v.mean(axis=0)
        return cls(len(v), mean, ((v - mean) ** 2).sum(axis=0), v.min(axis=0), v.max(axis=0),
                   np.abs(v).max(axis=0))

    @classmethod
    def combine(cls, parts: list[_Summary]) -> _Summary:
        n = sum(p.n for p in parts)
        mean = sum(p.n * p.mean for p in parts) / n
        m2 = sum(p.m2 + p.n * (p.mean - mean) ** 2 for p in parts)
        return cls(n, mean, m2, np.minimum.reduce([p.min for p in parts]), np.maximum.reduce([p.max for p in parts]),
                   np.maximum.reduce([p.absmax for p in parts]))

    def deviation(self, family: str) -> np.ndarray:
        """How far each feature is from what the transform makes of the rows it was fitted on."""
        if family == "standardize":
            return np.maximum(np.abs(self.mean), np.abs(np.sqrt(self.m2 / self.n) - 1.0))
        if family == "min-max":
            return np.maximum(np.abs(self.min), np.abs(self.max - 1.0))
        if family == "min-max-symmetric":
            return np.maximum(np.abs(self.min + 1.0), np.abs(self.max - 1.0))
        return np.abs(self.absmax - 1.0)


def _robust_deviation(v: np.ndarray) -> np.ndarray:
    q1, q2, q3 = np.percentile(v, [25, 50, 75], axis=0)
    return np.maximum(np.abs(q2), np.abs(q3 - q1 - 1.0))


def _robust_possible(views: dict[str, np.ndarray], rng: np.random.Generator) -> bool:
    """A cheap look at a sample of all rows: robust scaling of any union leaves median ~0 and IQR ~1."""
    total = sum(len(v) for v in views.values())
    keep = min(1.0, 20_000 / total)  # the estimate only needs to be within ~0.05 of the truth
    width = next(iter(views.values())).shape[1]
    columns = np.sort(rng.choice(width, 256, replace=False)) if width > 256 else slice(None)
    sample = np.concatenate([(v if keep == 1.0 else v[rng.random(len(v)) < keep])[:, columns]
                             for v in views.values()])
    return bool((_robust_deviation(sample) < 0.25).any())


def _on_byte_grid(v: np.ndarray) -> bool:
    """Values that are all k/255: 8-bit data divided by 255, which any per-feature min-max also looks like."""
    sample = v.reshape(-1)[:: max(1, v.size // 20000)]
    scaled = sample.astype(np.float64) * 255.0
    return bool(np.all(np.abs(scaled - np.round(scaled)) < 1e-3))


def _candidates(names: list[str]) -> list[tuple[str, ...]]:
    others = [n for n in names if n != "train"]
    out: list[tuple[str, ...]] = [(n,) for n in others]
    for k in range(1, len(others) + 1):
        for i in range(len(others) - k + 1):
            out.append(("train", *others[i:i + k]))
    if len(others) > 1:
        out.append(tuple(names))
    return list(dict.fromkeys(out))


def array_signature(splits: Mapping[str, np.ndarray]) -> list[ArraySignature]:
    """Transforms whose fingerprint says they were fitted on rows outside ``splits["train"]``.

    ``splits`` maps split names to already-transformed arrays of one shape per
    row: (N, features) or images (N, H, W[, C]). Returns one
    :class:`ArraySignature` per leaking transform and granularity; an empty
    list when every fit is on train alone or nothing looks fitted.
    """
    if "train" not in splits or len(splits) < 2:
        return []
    arrays = {k: np.asarray(v) for k, v in splits.items()}
    if any(a.dtype.kind != "f" or a.ndim < 2 or len(a) == 0 for a in arrays.values()):
        return []
    shapes = {a.shape[1:] for a in arrays.values()}
    if len(shapes) != 1:
        return []
    dtype = np.result_type(*arrays.values())
    tol = _tolerance(dtype)
    floor = 64 * float(np.finfo(dtype).eps)
    names = ["train", *[n for n in arrays if n != "train"]]
    out: list[ArraySignature] = []
    by_view: dict[str, dict[str, np.ndarray]] = {}
    for name in names:
        for granularity, view in _views(arrays[name]):
            by_view.setdefault(granularity, {})[name] = view.astype(np.float64)
    rng = np.random.default_rng(0)
    for granularity, views in by_view.items():
        if not all(np.isfinite(v).all() for v in views.values()):
            continue  # NaNs: imputation not done yet, nothing to read
        summaries = {n: _Summary.of(v) for n, v in views.items()}
        union = _Summary.combine(list(summaries.values()))
        train = summaries["train"]
        varying = (union.m2 > 1e-24 * union.n) & (train.m2 > 1e-24 * train.n)
        if not varying.any():
            continue
        candidates = _candidates(names)
        combined = {c: summaries[c[0]] if len(c) == 1 else _Summary.combine([summaries[n] for n in c])
                    for c in candidates}
        on_grid = _on_byte_grid(np.concatenate(list(views.values())[:1]))
        for family in _FAMILIES:
            if family in _ALL_FEATURES and on_grid:
                continue
            if family == "robust":
                if not _robust_possible(views, rng):
                    continue
                deviation = {c: _robust_deviation(views[c[0]] if len(c) == 1 else
                                                  np.concatenate([views[n] for n in c]))[varying]
                             for c in candidates}
                train_dev = _robust_deviation(views["train"])[varying]
            else:
                deviation = {c: combined[c].deviation(family)[varying] for c in candidates}
                train_dev = train.deviation(family)[varying]
            if (train_dev <= tol).all():
                # Exact on train for every feature: fitted on the training split (the correct arrangement).
                separate = _separately(family, views, summaries, names, varying, tol)
                if separate is not None:
                    out.append(separate._replace(granularity))
                continue
            best: tuple[tuple, int, tuple[str, ...], np.ndarray] | None = None
            for combo in candidates:
                dev = deviation[combo]
                close = dev <= tol
                exact = close & (train_dev >= _SEPARATION * np.maximum(dev, floor))
                if family in _ALL_FEATURES and not close.all():
                    continue
                count = int(exact.sum())
                # The candidate exact on the most features; among equals, the smallest union explains it.
                # Standardisation: at least half the features must agree (one can be near-exact by chance);
                # min-max and max-abs already require every feature to be exact for the union.
                rank = (int(close.sum()), count, -len(combo))
                enough = count > 0 if family in _ALL_FEATURES else count * 2 >= len(dev)
                if enough and (best is None or rank > best[0]):
                    best = (rank, count, combo, dev)
            if best is None:
                continue
            _rank, count, combo, dev = best
            scores = {"train": float(train_dev.max()), "+".join(combo): float(dev.max())}
            outside = {}
            if family.startswith("min-max") or family == "max-abs":
                low = -1.0 if family != "min-max" else 0.0
                for n in names[1:]:
                    v = views[n][:, varying]
                    outside[n] = float(((v < low - tol) | (v > 1.0 + tol)).mean())
            out.append(ArraySignature(family, granularity, "+".join(combo), int(varying.sum()), count, scores,
                                      True, outside))
    return _strongest(out)


class _Separate:
    def __init__(self, family: str, features: int, scores: dict):
        self.family, self.features, self.scores = family, features, scores

    def _replace(self, granularity: str) -> ArraySignature:
        return ArraySignature(self.family, granularity, "each split separately", self.features, self.features,
                              self.scores)


def _separately(family: str, views: dict[str, np.ndarray], summaries: dict[str, _Summary], names: list[str],
                varying: np.ndarray, tol: float) -> _Separate | None:
    """Every split exactly transformed by its own statistics (the evaluation splits were fitted on themselves)."""
    if len(views) < 2 or any(len(views[n]) < 3 for n in names):
        return None
    if family == "robust":
        devs = {n: _robust_deviation(views[n])[varying] for n in names}
    else:
        devs = {n: summaries[n].deviation(family)[varying] for n in names}
    if not all((d <= tol).all() for d in devs.values()):
        return None
    return _Separate(family, int(varying.sum()), {n: float(d.max()) for n, d in devs.items()})


def _strongest(found: list[ArraySignature]) -> list[ArraySignature]:
    """One signature per granularity: the transform family matching the most features."""
    best: dict[str, ArraySignature] = {}
    for sig in found:
        current = best.get(sig.granularity)
        if current is None or sig.exact_features > current.exact_features:
            best[sig.granularity] = sig
    return [best[g] for g in ("feature", "channel", "pixel") if g in best]
