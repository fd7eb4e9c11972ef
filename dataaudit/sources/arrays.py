"""In-memory numpy arrays, as in the common Keras workflow.

``{"train": (x_train, y_train), "val": (x_val, y_val)}`` with images shaped
(N, H, W) or (N, H, W, C); a bare ``(x, y)`` tuple is the training split.
Two-dimensional ``x`` (N, features) is tabular: labels are audited, images are not.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from dataaudit.errors import EmptyDatasetError, InputError, ParameterError
from dataaudit.sources.base import Dataset, SourceNote, canonical_split, make_samples, sort_labels
from dataaudit.sources.labels import UnlabelledRows

__all__ = ["arrays_dataset", "keras_fit_split", "host_array"]


def host_array(value: Any) -> np.ndarray:
    """``value`` as a numpy array in this process's memory: torch tensors off the autograd graph and the GPU
    first, then anything with ``.numpy()`` (TensorFlow, Keras, torch) or ``.to_numpy()`` (pandas)."""
    for step in ("detach", "cpu"):
        method = getattr(value, step, None)
        if callable(method):
            value = method()
    if hasattr(value, "numpy") and callable(value.numpy):
        value = value.numpy()
    if hasattr(value, "to_numpy") and callable(value.to_numpy):
        value = value.to_numpy()
    return np.asarray(value)


def _as_array(value: Any, what: str) -> np.ndarray:
    try:
        array = host_array(value)
    except Exception as exc:
        raise InputError(f"{what} cannot be read as a numpy array ({type(value).__name__}: {exc}).") from None
    if array.dtype == object:
        raise InputError(f"{what} must be a numeric array; got dtype=object (ragged or mixed values).")
    return array


def _labels(y: Any, n: int, what: str, split: str, unlabelled: UnlabelledRows) -> list[str | None]:
    if y is None:
        return [None] * n
    arr = _as_array(y, what)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr[:, 0]
    if arr.ndim == 2:
        # One-hot / probability rows: a row that is not one-hot is a multi-label target.
        ones = (arr == 1).sum(axis=1)
        if not (np.isin(arr, (0, 1)).all() and (ones == 1).all()):
            raise InputError(f"{what} is 2-D but not one-hot (shape {arr.shape}); pass class indices or one-hot rows.")
        arr = arr.argmax(axis=1)
    if arr.ndim != 1:
        raise InputError(f"{what} must be 1-D class labels or 2-D one-hot rows; got shape {arr.shape}.")
    if len(arr) != n:
        raise InputError(f"{what} has {len(arr)} labels for {n} samples.")
    if np.issubdtype(arr.dtype, np.floating):
        finite = np.isfinite(arr)
        if np.all(arr[finite] == np.round(arr[finite])):  # class indices stored as floats (NaN: no label)
            if finite.all():
                arr = arr.astype(np.int64)
            else:
                arr = np.where(finite, arr, 0).astype(np.int64).astype(object)
                arr[~finite] = "nan"
    labels: list[str | None] = [str(v.item() if hasattr(v, "item") else v) for v in arr]
    if arr.dtype.kind in "fcUSO":  # float NaN, or text such as "None" / "N/A": no label, not a class
        labels = [unlabelled.clean(label, f"{split}[{i}]") for i, label in enumerate(labels)]
    return labels


def _unpack(value: Any, split: str) -> tuple[np.ndarray, Any]:
    if isinstance(value, Mapping):
        keys = {k.lower(): k for k in value}
        xk = next((keys[k] for k in ("x", "images", "features", "data") if k in keys), None)
        yk = next((keys[k] for k in ("y", "labels", "label", "target", "targets") if k in keys), None)
        if xk is None:
            raise InputError(f"Split {split!r} is a mapping without an 'x' (or 'images') entry.")
        return _as_array(value[xk], f"x of split {split!r}"), value[yk] if yk else None
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return _as_array(value[0], f"x of split {split!r}"), value[1]
    if isinstance(value, (tuple, list)) and len(value) == 1:
        return _as_array(value[0], f"x of split {split!r}"), None
    return _as_array(value, f"x of split {split!r}"), None


def keras_fit_split(n: int, validation_split: float) -> int:
    """Index where ``model.fit(validation_split=...)`` starts validation: the *last* part, unshuffled."""
    import math

    split_at = int(math.floor(n * (1.0 - validation_split)))
    if split_at in (0, n):
        raise ParameterError(
            f"validation_split={validation_split} cannot split {n} samples into a training and a "
            "validation part (Keras's model.fit raises the same error); use a larger dataset or another fraction."
        )
    return split_at


def arrays_dataset(
    source: Any,
    *,
    validation_split: float | None = None,
    split_aliases: Mapping[str, str] | None = None,
) -> Dataset:
    if isinstance(source, Mapping):
        items = list(source.items())
        if not items:
            raise EmptyDatasetError("The array source is an empty dict; pass {'train': (x, y), 'val': (x, y)}.")
    else:
        items = [("train", source)]

    arrays: dict[str, tuple[np.ndarray, np.ndarray | None]] = {}
    rows: list[tuple] = []
    notes: list[SourceNote] = []
    kinds = set()
    unlabelled = UnlabelledRows()
    for raw_split, value in items:
        split = canonical_split(str(raw_split), split_aliases) or str(raw_split)
        if split in arrays:
            raise InputError(f"Two entries of the array source both name the {split!r} split.")
        x, y = _unpack(value, str(raw_split))
        if x.ndim == 0 or len(x) == 0:
            raise EmptyDatasetError(f"Split {raw_split!r} has no samples.")
        if x.ndim == 2:
            kinds.add("tabular")
        elif x.ndim == 3 or (x.ndim == 4 and x.shape[-1] in (1, 3, 4)):
            kinds.add("images")
        else:
            raise InputError(
                f"x of split {raw_split!r} has shape {x.shape}; images must be (N, H, W) or "
                "(N, H, W, C) with C in 1, 3, 4, and tabular data (N, features)."
            )
        if not (np.issubdtype(x.dtype, np.number) or x.dtype == np.bool_):
            raise InputError(f"x of split {raw_split!r} has dtype {x.dtype}; it must be numeric.")
        labels = _labels(y, len(x), f"y of split {raw_split!r}", split, unlabelled)
        arrays[split] = (x, None if y is None else np.asarray(labels, dtype=object))
        rows.extend((f"{split}[{i}]", None, split, labels[i], i) for i in range(len(x)))
    if len(kinds) > 1:
        raise InputError("Some splits hold images and others tabular rows; pass arrays of one kind.")

    if validation_split is not None:
        if len(arrays) != 1:
            raise ParameterError("validation_split only applies to a single (x, y) array source.")
        (only_split, (x, yl)), = arrays.items()
        at = keras_fit_split(len(x), validation_split)
        arrays = {"train": (x[:at], None if yl is None else yl[:at]), "val": (x[at:], None if yl is None else yl[at:])}
        labels = [r[3] for r in rows]
        rows = [(f"train[{i}]", None, "train", labels[i], i) for i in range(at)]
        rows += [(f"val[{i - at}]", None, "val", labels[i], i - at) for i in range(at, len(x))]
    elif len(arrays) == 1:
        notes.append(SourceNote(
            "no-holdout-split",
            "Only one split was given; everything was audited as one split. Pass a dict "
            "{'train': (x, y), 'val': (x, y)} or validation_split= (it takes the last part, like model.fit).",
        ))
    missing = unlabelled.note("the label arrays", len(rows), "samples")
    if missing is not None:
        notes.append(missing)
    labelled_classes = sort_labels({r[3] for r in rows if r[3] is not None})
    return Dataset(
        kind="arrays",
        root=None,
        samples=make_samples(rows),
        layout="arrays",
        notes=notes,
        arrays=arrays,
        has_images="images" in kinds,
        class_names=labelled_classes,
        description="in-memory arrays (" + ", ".join(f"{s}: {a[0].shape}" for s, a in arrays.items()) + ")",
    )
