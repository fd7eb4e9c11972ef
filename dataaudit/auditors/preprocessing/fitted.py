"""Which data a fitted preprocessing object learned from: :func:`check_fitted`.

The object's learned statistics are compared with the same statistics of the
training split alone, of each other split alone, and of their unions; the
check says which one they match, with the numbers. Supported:

- scikit-learn ``StandardScaler``, ``MinMaxScaler``, ``MaxAbsScaler``,
  ``RobustScaler``, ``SimpleImputer``, ``KBinsDiscretizer``,
  ``QuantileTransformer`` (a clone is fitted on each candidate with the same
  parameters and the fitted attributes compared; ``n_samples_seen_`` must
  match where the object keeps it), ``PCA`` (``mean_`` and ``n_samples_``);
- ``OneHotEncoder`` / ``OrdinalEncoder`` ``categories_`` and the vocabularies
  of ``CountVectorizer`` / ``TfidfVectorizer`` (set membership: a category or
  token that occurs only in another split proves that split was seen);
- Keras ``Normalization`` (``mean``/``variance`` over the layer's reduction
  axes; Keras 3 ``adapt`` keeps no sample count) and the legacy
  ``ImageDataGenerator`` (``mean``/``std`` after its ``rescale``).

Tolerances: refitted scikit-learn attributes agree to float rounding (1e-6,
relative); Keras and ImageDataGenerator statistics are float32 (1e-4,
relative to the data's spread). An ImageDataGenerator with augmentation
options may have been fitted with ``augment=True``, whose random transforms
move its statistics: its mean alone is then compared (augmentation shrinks
the spread but barely moves the mean), and the nearest candidate is
accepted up to ``noise`` (default 0.05 of the data's spread) when it is at
least twice as near as the next one.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dataaudit.errors import InputError, ParameterError
from dataaudit.model.findings import to_jsonable

__all__ = ["check_fitted", "FitCheck", "CandidateMatch", "supported_object"]

_EXACT_SKLEARN = 1e-6
_EXACT_FLOAT32 = 1e-4
_AUGMENT_NOISE = 0.05
_IDG_AUGMENT_OPTIONS = ("rotation_range", "width_shift_range", "height_shift_range", "brightness_range",
                        "shear_range", "zoom_range", "channel_shift_range", "horizontal_flip", "vertical_flip")


@dataclass(frozen=True)
class CandidateMatch:
    """How well the object's statistics match one candidate set of rows."""

    name: str
    splits: tuple[str, ...]
    n_rows: int
    distance: float | None  # largest difference, relative to the data's spread (None for set checks)
    matches: bool
    n_samples_match: bool | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable({"name": self.name, "splits": list(self.splits), "n_rows": self.n_rows,
                            "distance": self.distance, "matches": self.matches,
                            "n_samples_match": self.n_samples_match, "detail": dict(self.detail)})


@dataclass(frozen=True)
class FitCheck:
    """The result of :func:`check_fitted`.

    ``status``: ``"match"`` (exactly one candidate matches), ``"approximate"``
    (nearest within the augmentation noise), ``"ambiguous"`` (several match:
    they are too close to tell apart), ``"no-match"`` (fitted on other data, or
    the splits given are not the raw data it was fitted on), or
    ``"nothing-learned"`` (the object learned nothing from data). ``leaked`` is
    True when the matching candidates all include rows outside ``train``.
    """

    object_type: str
    status: str
    matched: tuple[str, ...]
    leaked: bool
    candidates: tuple[CandidateMatch, ...]
    compared: tuple[str, ...]
    n_samples_seen: int | None
    tolerance: float
    message: str
    proof: Mapping[str, Any] = field(default_factory=dict)

    def candidate(self, name: str) -> CandidateMatch:
        for c in self.candidates:
            if c.name == name:
                return c
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable({
            "object_type": self.object_type, "status": self.status, "matched": list(self.matched),
            "leaked": self.leaked, "candidates": [c.to_dict() for c in self.candidates],
            "compared": list(self.compared), "n_samples_seen": self.n_samples_seen, "tolerance": self.tolerance,
            "message": self.message, "proof": dict(self.proof),
        })


# -- candidates ----------------------------------------------------------------------------------


def _concat(parts: list[Any]) -> Any:
    first = parts[0]
    if hasattr(first, "iloc") and hasattr(first, "columns"):
        import pandas as pd

        return pd.concat(parts, ignore_index=True)
    if hasattr(first, "iloc"):
        import pandas as pd

        return pd.concat(parts, ignore_index=True)
    if isinstance(first, list):
        return [x for p in parts for x in p]
    return np.concatenate([np.asarray(p) for p in parts])


def _candidates(splits: dict[str, Any]) -> list[tuple[str, tuple[str, ...], Any]]:
    names = list(splits)
    combos: list[tuple[str, ...]] = []
    if len(names) <= 4:
        for k in range(1, len(names) + 1):
            combos.extend(itertools.combinations(names, k))
    else:
        combos = [(n,) for n in names] + [("train", n) for n in names if n != "train"] + [tuple(names)]
    out = []
    for combo in combos:
        data = splits[combo[0]] if len(combo) == 1 else _concat([splits[n] for n in combo])
        out.append(("+".join(combo), combo, data))
    return out


def _n_rows(data: Any) -> int:
    return len(data) if not hasattr(data, "shape") else int(data.shape[0])


# -- comparison ----------------------------------------------------------------------------------


def _distance(learned: Any, expected: Any, spread: np.ndarray | float | None) -> float:
    """Largest difference relative to the data's spread (or to the expected value's size)."""
    a = np.asarray(learned, dtype=np.float64)
    b = np.asarray(expected, dtype=np.float64)
    if a.shape != b.shape:
        try:
            a, b = np.broadcast_arrays(a.reshape(-1), b.reshape(-1))
        except ValueError:
            return float("inf")
    both_nan = np.isnan(a) & np.isnan(b)
    diff = np.abs(a - b)
    diff[both_nan] = 0.0
    if spread is None:
        scale = np.abs(b) + 1e-12
    else:
        scale = np.broadcast_to(np.asarray(spread, dtype=np.float64), b.shape) + np.abs(b) * 1e-3 + 1e-12
    with np.errstate(invalid="ignore"):
        rel = diff / scale
    rel[both_nan] = 0.0
    if np.isnan(rel).any():
        return float("inf")
    return float(rel.max()) if rel.size else 0.0


def _spread(data: Any, axis: tuple[int, ...] | int = 0) -> np.ndarray:
    arr = np.asarray(data, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        s = np.nanstd(arr, axis=axis)
    return np.where(np.isfinite(s) & (s > 0), s, 1.0)


class _Spec:
    """How to compare one kind of object with a candidate set of rows."""

    compared: tuple[str, ...] = ()
    tolerance: float = _EXACT_SKLEARN
    noise: float | None = None

    def learned_n(self, obj: Any) -> int | None:
        return None

    def nothing_learned(self, obj: Any) -> str | None:
        return None

    def compare(self, obj: Any, data: Any, pooled: Any) -> tuple[float | None, bool | None, dict]:
        raise NotImplementedError


class _SklearnRefit(_Spec):
    """Fit a clone with the same parameters on the candidate and compare the fitted attributes."""

    def __init__(self, attributes: tuple[str, ...], location: tuple[str, ...] = (), n_attr: str | None = None):
        self.compared = attributes
        self.location = location
        self.n_attr = n_attr

    def learned_n(self, obj: Any) -> int | None:
        if self.n_attr is None:
            return None
        n = getattr(obj, self.n_attr, None)
        if n is None:
            return None
        n = np.asarray(n)
        return int(n.max()) if n.ndim else int(n)

    def nothing_learned(self, obj: Any) -> str | None:
        if type(obj).__name__ == "SimpleImputer" and getattr(obj, "strategy", "") == "constant":
            return "SimpleImputer(strategy='constant') fills a value given by you"
        return None

    def compare(self, obj: Any, data: Any, pooled: Any) -> tuple[float | None, bool | None, dict]:
        from sklearn.base import clone

        refit = clone(obj).fit(data)
        distances = {}
        spread = _spread(pooled)
        for attr in self.compared:
            learned, expected = getattr(obj, attr), getattr(refit, attr)
            if isinstance(learned, np.ndarray) and learned.dtype == object:  # KBinsDiscretizer.bin_edges_
                d = max((_distance(a, b, s if attr in self.location else None)
                         for a, b, s in zip(learned, expected, np.broadcast_to(spread, (len(learned),)))),
                        default=0.0)
            else:
                d = _distance(learned, expected, spread if attr in self.location else None)
            distances[attr] = d
        n_match = None
        if self.n_attr is not None:
            n_match = self.learned_n(obj) == self.learned_n(refit)
        return max(distances.values(), default=0.0), n_match, {"distances": distances}


class _PCA(_Spec):
    compared = ("mean_", "n_samples_")

    def learned_n(self, obj: Any) -> int | None:
        return int(obj.n_samples_)

    def compare(self, obj, data, pooled):
        arr = np.asarray(data, dtype=np.float64)
        d = _distance(obj.mean_, arr.mean(axis=0), _spread(pooled))
        return d, int(obj.n_samples_) == arr.shape[0], {"distances": {"mean_": d}}


class _Keras(_Spec):
    """Keras Normalization: mean and variance over the axes the layer reduces."""

    compared = ("mean", "variance")
    tolerance = _EXACT_FLOAT32

    def compare(self, obj, data, pooled):
        arr = np.asarray(data, dtype=np.float64)
        keep = getattr(obj, "axis", (-1,))
        keep = () if keep is None else tuple(a % arr.ndim for a in (keep if isinstance(keep, (tuple, list)) else (keep,)))
        reduce = tuple(a for a in range(arr.ndim) if a not in keep)
        mean, var = arr.mean(axis=reduce), arr.var(axis=reduce)
        learned_mean, learned_var = _keras_stats(obj)
        spread = np.sqrt(np.asarray(np.asarray(pooled, dtype=np.float64).var(axis=reduce)))
        spread = np.where(spread > 0, spread, 1.0)
        dm = _distance(learned_mean, mean, spread)
        dv = _distance(learned_var, var, None)
        return max(dm, dv), None, {"distances": {"mean": dm, "variance": dv}}


def _keras_stats(layer: Any) -> tuple[np.ndarray, np.ndarray]:
    for mean_name, var_name in (("adapt_mean", "adapt_variance"), ("mean", "variance")):
        mean, var = getattr(layer, mean_name, None), getattr(layer, var_name, None)
        if mean is not None and var is not None:
            return np.asarray(mean, dtype=np.float64).reshape(-1), np.asarray(var, dtype=np.float64).reshape(-1)
    raise InputError("The Normalization layer has no mean/variance yet; adapt it (or pass mean= and variance=) first.")


class _ImageDataGenerator(_Spec):
    tolerance = _EXACT_FLOAT32

    def __init__(self, obj: Any):
        self.compared = tuple(n for n, on in (("mean", obj.featurewise_center),
                                              ("std", obj.featurewise_std_normalization)) if on)
        augments = any(bool(getattr(obj, opt, 0)) for opt in _IDG_AUGMENT_OPTIONS)
        self.noise = _AUGMENT_NOISE if augments else None

    def nothing_learned(self, obj):
        if not self.compared:
            return "this ImageDataGenerator has neither featurewise_center nor featurewise_std_normalization"
        if self.compared[0] == "mean" and getattr(obj, "mean", None) is None:
            raise InputError("The ImageDataGenerator has not been fitted yet (its mean is None); call .fit(x) first.")
        return None

    def compare(self, obj, data, pooled):
        axes = (0, obj.row_axis, obj.col_axis)
        x = np.asarray(data, dtype=np.float64)
        if obj.rescale:
            x = x * obj.rescale
        mean = x.mean(axis=axes)
        pooled_x = np.asarray(pooled, dtype=np.float64) * (obj.rescale or 1.0)
        spread = pooled_x.std(axis=axes)
        spread = np.where(spread > 0, spread, 1.0)
        out = {}
        if "mean" in self.compared:
            out["mean"] = _distance(np.asarray(obj.mean).reshape(-1), mean, spread)
        if "std" in self.compared:
            centred = x - mean.reshape([1 if i in axes else -1 for i in range(x.ndim)]) if "mean" in self.compared else x
            out["std"] = _distance(np.asarray(obj.std).reshape(-1), centred.std(axis=axes), None)
        if self.noise is not None and "mean" in out:
            # Random rotations, zooms and shifts interpolate pixels and shrink their spread, but barely move
            # their mean: with augmentation possible, the mean alone decides.
            return out["mean"], None, {"distances": out, "decided_by": "mean"}
        return max(out.values(), default=0.0), None, {"distances": out}


class _Categories(_Spec):
    """OneHotEncoder / OrdinalEncoder: the set of categories of each feature."""

    compared = ("categories_",)

    def nothing_learned(self, obj):
        if not (isinstance(obj.categories, str) and obj.categories == "auto"):
            return "its categories were given explicitly (categories=...)"
        return None

    @staticmethod
    def values(data: Any, j: int) -> set:
        column = data.iloc[:, j] if hasattr(data, "iloc") else np.asarray(data, dtype=object)[:, j]
        out = set()
        for v in (column.tolist() if hasattr(column, "tolist") else list(column)):
            out.add("<missing>" if v is None or (isinstance(v, float) and np.isnan(v)) else v)
        return out

    def compare(self, obj, data, pooled):
        extra, missing = 0, 0
        for j, cats in enumerate(obj.categories_):
            learned = {"<missing>" if (isinstance(v, float) and np.isnan(v)) or v is None else v for v in cats.tolist()}
            seen = self.values(data, j)
            extra += len(learned - seen)
            missing += len(seen - learned)
        return None, None, {"categories_not_in_candidate": extra, "candidate_values_not_learned": missing,
                            "equal": extra == 0 and missing == 0}


class _Vocabulary(_Spec):
    """CountVectorizer / TfidfVectorizer: the vocabulary a clone learns from the candidate documents."""

    compared = ("vocabulary_",)

    def nothing_learned(self, obj):
        if getattr(obj, "vocabulary", None) is not None:
            return "its vocabulary was given explicitly (vocabulary=...)"
        return None

    def compare(self, obj, data, pooled):
        from sklearn.base import clone

        refit = clone(obj).fit(data)
        learned, expected = set(obj.vocabulary_), set(refit.vocabulary_)
        detail = {"tokens_not_in_candidate": len(learned - expected),
                  "candidate_tokens_not_learned": len(expected - learned), "equal": learned == expected}
        distance = None
        if learned == expected and hasattr(obj, "idf_"):
            order = sorted(learned)
            a = np.array([obj.idf_[obj.vocabulary_[t]] for t in order])
            b = np.array([refit.idf_[refit.vocabulary_[t]] for t in order])
            distance = _distance(a, b, None)
            detail["idf_distance"] = distance
            detail["equal"] = distance <= _EXACT_SKLEARN
        return distance, None, detail


_SKLEARN_SPECS = {
    "StandardScaler": lambda: _SklearnRefit(("mean_", "var_"), ("mean_",), "n_samples_seen_"),
    "MinMaxScaler": lambda: _SklearnRefit(("data_min_", "data_max_"), ("data_min_", "data_max_"), "n_samples_seen_"),
    "MaxAbsScaler": lambda: _SklearnRefit(("max_abs_",), ("max_abs_",), "n_samples_seen_"),
    "RobustScaler": lambda: _SklearnRefit(("center_", "scale_"), ("center_",)),
    "SimpleImputer": lambda: _SklearnRefit(("statistics_",), ("statistics_",)),
    "KBinsDiscretizer": lambda: _SklearnRefit(("bin_edges_",), ("bin_edges_",)),
    "QuantileTransformer": lambda: _SklearnRefit(("quantiles_",), ("quantiles_",)),
    "PCA": _PCA,
    "OneHotEncoder": _Categories,
    "OrdinalEncoder": _Categories,
    "CountVectorizer": _Vocabulary,
    "TfidfVectorizer": _Vocabulary,
}


def _spec_for(obj: Any) -> _Spec:
    name = type(obj).__name__
    module = type(obj).__module__ or ""
    if module.startswith("sklearn") or name in _SKLEARN_SPECS and hasattr(obj, "get_params"):
        factory = _SKLEARN_SPECS.get(name)
        if factory is not None:
            return factory()
    if name == "Normalization" and module.startswith(("keras", "tensorflow", "tf_keras")):
        return _Keras()
    if name == "ImageDataGenerator":
        return _ImageDataGenerator(obj)
    if name == "HashingVectorizer":
        return _Stateless("HashingVectorizer hashes tokens; it learns nothing from data")
    raise InputError(
        f"check_fitted does not know how to read a fitted {name}; supported: "
        f"{', '.join(sorted(_SKLEARN_SPECS))}, keras Normalization, ImageDataGenerator."
    )


class _Stateless(_Spec):
    def __init__(self, why: str):
        self.why = why

    def nothing_learned(self, obj):
        return self.why


def supported_object(obj: Any) -> bool:
    """Whether :func:`check_fitted` can read ``obj``."""
    try:
        _spec_for(obj)
    except InputError:
        return False
    return True


def _is_fitted(obj: Any, spec: _Spec) -> bool:
    if isinstance(spec, (_Keras, _ImageDataGenerator, _Stateless)):
        return True
    return any(hasattr(obj, a) for a in spec.compared)


def _prepare(obj: Any, data: Any, what: str) -> Any:
    if data is None:
        raise ParameterError(f"check_fitted needs the {what} data; got None.")
    if hasattr(data, "numpy") and callable(data.numpy) and not hasattr(data, "iloc"):
        data = data.numpy()
    if isinstance(data, (list, tuple)) and data and isinstance(data[0], str):
        return list(data)
    if hasattr(data, "iloc"):
        return data
    arr = np.asarray(data)
    n_in = getattr(obj, "n_features_in_", None)
    if arr.ndim > 2 and n_in is not None and int(np.prod(arr.shape[1:])) == int(n_in):
        arr = arr.reshape(len(arr), -1)  # images given to a scikit-learn object fitted on flattened rows
    if n_in is not None and arr.ndim == 2 and arr.shape[1] != int(n_in):
        raise InputError(f"Cannot compare the {type(obj).__name__} with the {what} data: it was fitted on "
                         f"{int(n_in)} features and the {what} data has {arr.shape[1]}.")
    return arr


def check_fitted(
    obj: Any,
    train: Any,
    others: Mapping[str, Any] | None = None,
    *,
    tolerance: float | None = None,
    noise: float | None = None,
) -> FitCheck:
    """Say which data ``obj``'s learned statistics come from: ``train`` alone, another split, or a union.

    ``train`` and each value of ``others`` (e.g. ``{"val": X_val, "test": X_test}``) are the *raw* splits,
    as they were before the object transformed anything. ``tolerance`` overrides the relative tolerance of
    an exact match; ``noise`` the tolerance of an approximate match (objects fitted on augmented data).
    Returns a :class:`FitCheck`; ``result.leaked`` is True when the object saw rows outside ``train``.
    """
    spec = _spec_for(obj)
    name = type(obj).__name__
    why_nothing = spec.nothing_learned(obj)
    if why_nothing is not None:
        return FitCheck(name, "nothing-learned", (), False, (), spec.compared, None, 0.0,
                        f"{name} learned nothing from the data ({why_nothing}); it cannot leak.")
    if not _is_fitted(obj, spec):
        raise InputError(f"The {name} is not fitted yet; check it after calling fit().")
    if others is not None and not isinstance(others, Mapping):
        raise ParameterError("check_fitted's 'others' must be a dict such as {'val': X_val, 'test': X_test}.")
    splits = {"train": _prepare(obj, train, "train")}
    for key, value in (others or {}).items():
        if key == "train":
            raise ParameterError("'others' must not contain 'train'; pass the training data as train=.")
        splits[str(key)] = _prepare(obj, value, repr(key))
    tol = float(tolerance) if tolerance is not None else spec.tolerance
    noise_tol = float(noise) if noise is not None else spec.noise
    learned_n = spec.learned_n(obj)
    candidates = _candidates(splits)
    pooled = candidates[-1][2] if not isinstance(spec, (_Categories, _Vocabulary)) else None

    results = []
    for cname, combo, data in candidates:
        try:
            distance, n_match, detail = spec.compare(obj, data, pooled)
        except ValueError as exc:  # e.g. a feature-count mismatch
            raise InputError(f"Cannot compare the {name} with split(s) {cname}: {exc}") from None
        if learned_n is not None and n_match is None:
            n_match = learned_n == _n_rows(data)
        if isinstance(spec, (_Categories, _Vocabulary)):
            ok = bool(detail.get("equal"))
        else:
            ok = distance is not None and distance <= tol
        if n_match is False:
            ok = False
        results.append(CandidateMatch(cname, combo, _n_rows(data), distance, ok, n_match, detail))

    status, matched = _verdict(results, noise_tol)
    leaked = bool(matched) and all(m != "train" for m in matched)
    proof = _proof(spec, obj, splits) if isinstance(spec, (_Categories, _Vocabulary)) else {}
    if proof.get("only_outside_train"):
        leaked = True
        if status == "no-match":
            status = "match"
    message = _message(name, status, matched, leaked, results, learned_n, proof)
    return FitCheck(name, status, tuple(matched), leaked, tuple(results), spec.compared, learned_n, tol, message,
                    proof)


def _verdict(results: list[CandidateMatch], noise_tol: float | None) -> tuple[str, list[str]]:
    exact = [c.name for c in results if c.matches]
    if len(exact) == 1:
        return "match", exact
    if exact:
        return "ambiguous", exact
    if noise_tol is not None:
        ranked = sorted((c for c in results if c.distance is not None and c.n_samples_match is not False),
                        key=lambda c: c.distance)
        if ranked and ranked[0].distance <= noise_tol and (
                len(ranked) == 1 or ranked[1].distance >= 2 * max(ranked[0].distance, 1e-12)):
            return "approximate", [ranked[0].name]
        if ranked and ranked[0].distance <= noise_tol:
            return "ambiguous", [c.name for c in ranked if c.distance <= noise_tol]
    return "no-match", []


def _proof(spec: _Spec, obj: Any, splits: dict[str, Any]) -> dict[str, Any]:
    """Categories or tokens the object learned that occur only outside the training split."""
    outside: dict[str, list] = {}
    if isinstance(spec, _Categories):
        for j, cats in enumerate(obj.categories_):
            learned = {v for v in cats.tolist() if not (isinstance(v, float) and np.isnan(v))}
            train_values = _Categories.values(splits["train"], j)
            others = set().union(*(_Categories.values(d, j) for k, d in splits.items() if k != "train")) \
                if len(splits) > 1 else set()
            only = sorted((learned - train_values) & others, key=repr)
            if only:
                outside[f"feature {j}"] = only[:20]
    elif isinstance(spec, _Vocabulary):
        analyzer = obj.build_analyzer()
        train_tokens = {t for doc in splits["train"] for t in analyzer(doc)}
        other_tokens = {t for k, docs in splits.items() if k != "train" for doc in docs for t in analyzer(doc)}
        only = sorted((set(obj.vocabulary_) - train_tokens) & other_tokens)
        if only:
            outside["vocabulary"] = only[:20]
    return {"only_outside_train": outside} if outside else {}


def _message(name: str, status: str, matched: Sequence[str], leaked: bool, results: list[CandidateMatch],
             learned_n: int | None, proof: Mapping[str, Any]) -> str:
    n_text = f" (n_samples_seen_={learned_n})" if learned_n is not None else ""
    if proof.get("only_outside_train"):
        listed = "; ".join(f"{k}: {', '.join(map(str, v[:5]))}" for k, v in proof["only_outside_train"].items())
        return f"{name} learned values that occur only outside the training split ({listed}): it saw evaluation rows."
    if status == "match":
        which = matched[0]
        verdict = "fitted on the training split alone" if which == "train" else f"fitted on {which}, not on train alone"
        return f"{name}{n_text} matches {which}: {verdict}."
    if status == "approximate":
        return f"{name}{n_text} is nearest to {matched[0]} (within augmentation noise)" + (
            ": it saw evaluation rows." if leaked else ".")
    if status == "ambiguous":
        return (f"{name}{n_text} matches {', '.join(matched)} equally well; these candidates are too close to tell apart"
                + (" (none is train alone: it saw evaluation rows)." if leaked else "."))
    best = min((c for c in results if c.distance is not None), key=lambda c: c.distance, default=None)
    near = f" (nearest: {best.name}, distance {best.distance:.3g})" if best is not None else ""
    return (f"{name}{n_text} matches none of the splits or their unions{near}: it was fitted on other data, "
            "or the arrays given are not the raw data it was fitted on.")
