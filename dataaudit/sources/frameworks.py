"""Datasets as ML frameworks hold them: tf.data, Hugging Face ``datasets``, torch-style, lists of records.

Each is recognised by its type's name and module, so no framework is imported to ask; TensorFlow and
``datasets`` are imported only to read an object of theirs. Each converts to the input of the
manifest or the arrays pipeline (:mod:`dataaudit.sources.collected`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dataaudit.errors import InputError
from dataaudit.sources.base import Dataset, SourceNote
from dataaudit.sources.collected import Collected, collect, collected_dataset, files_dataset
from dataaudit.sources.registry import SourceOptions, SourceReader, type_path

__all__ = ["FRAMEWORK_READERS", "framework_splits", "is_tf_dataset", "is_hf_dataset", "is_indexable_dataset",
           "is_records"]

_HF_LABEL_NAMES = ("label", "labels", "class", "target", "fine_label")

#: Split names given to the datasets of a tuple, as Keras returns ``(train_ds, val_ds)`` for ``subset="both"``.
_TUPLE_SPLITS = ("train", "val", "test")


# -- recognising ---------------------------------------------------------------------------------

def is_tf_dataset(obj: Any) -> bool:
    return "tensorflow.python.data.ops.dataset_ops.DatasetV2" in type_path(obj)


def is_hf_dataset(obj: Any) -> bool:
    names = type_path(obj)
    return "datasets.arrow_dataset.Dataset" in names or "datasets.dataset_dict.DatasetDict" in names


def is_indexable_dataset(obj: Any) -> bool:
    """A torch-style map dataset: ``len()`` and ``[i]``, and not a container dataaudit reads otherwise.

    A list of ``(image, label)`` pairs is one too; tensors and arrays (``__array__``, or a shape and a
    dtype) are not: they are the arrays source's.
    """
    if isinstance(obj, list):
        return bool(obj) and not is_records(obj) and isinstance(obj[0], tuple) and len(obj[0]) == 2 \
            and not _framework_dataset(obj[0][0])
    if isinstance(obj, (str, bytes, os.PathLike, tuple, Mapping, np.ndarray, pd.DataFrame, pd.Series)):
        return False
    if hasattr(obj, "__array__") or (hasattr(obj, "shape") and hasattr(obj, "dtype")):
        return False
    return hasattr(type(obj), "__len__") and hasattr(type(obj), "__getitem__") and not is_hf_dataset(obj)


def is_records(obj: Any) -> bool:
    """A list of ``(path, label[, split])`` tuples, of dicts with those keys, or of paths."""
    if not isinstance(obj, list) or not obj:
        return False
    first = obj[0]
    if isinstance(first, (str, os.PathLike)):
        return True
    if isinstance(first, Mapping):
        return True
    return isinstance(first, (tuple, list)) and len(first) in (2, 3) and isinstance(first[0], (str, os.PathLike))


def _framework_dataset(obj: Any) -> bool:
    return is_tf_dataset(obj) or is_hf_dataset(obj) or is_indexable_dataset(obj)


def framework_splits(obj: Any) -> dict[str, Any] | None:
    """``{split: dataset}`` for a dict or a tuple/list of framework datasets (or one, as 'train'); else None."""
    if isinstance(obj, Mapping) and obj and all(isinstance(k, str) for k in obj):
        return dict(obj) if all(_framework_dataset(v) for v in obj.values()) else None
    if isinstance(obj, (tuple, list)) and 1 <= len(obj) <= 3 and all(_framework_dataset(v) for v in obj):
        return dict(zip(_TUPLE_SPLITS, obj))
    return None


# -- tf.data ---------------------------------------------------------------------------------------

def _accepts_tf(obj: Any) -> bool:
    if is_tf_dataset(obj):
        return True
    splits = framework_splits(obj)
    return splits is not None and all(is_tf_dataset(v) for v in splits.values())


def read_tf(obj: Any, options: SourceOptions) -> Dataset:
    splits = framework_splits(obj) if not is_tf_dataset(obj) else {"train": obj}
    assert splits is not None
    source = "the tf.data dataset" + ("s" if len(splits) > 1 else "")
    if all(getattr(ds, "file_paths", None) for ds in splits.values()):
        return _tf_files(splits, options, source)
    class_names = next((list(map(str, ds.class_names)) for ds in splits.values()
                        if getattr(ds, "class_names", None)), None)
    collected = {split: collect(_tf_elements(ds), cap=options.max_samples, total=_tf_length(ds),
                                what=split, class_names=class_names)
                 for split, ds in splits.items()}
    return collected_dataset(collected, options, kind="tf.data", source=source, class_names=class_names)


def _tf_files(splits: Mapping[str, Any], options: SourceOptions, source: str) -> Dataset:
    """What ``image_dataset_from_directory`` keeps: the files, and the class of each from its folder."""
    rows: list[tuple[str, str | None, str]] = []
    unlabelled = 0
    for split, ds in splits.items():
        names = {str(n) for n in (getattr(ds, "class_names", None) or ())}
        # Labels given as a list (class_names None) belong to the files in an order shuffling hides.
        has_labels = isinstance(ds.element_spec, tuple)
        for path in ds.file_paths:
            parent = os.path.basename(os.path.dirname(path))
            label = parent if parent in names else None
            unlabelled += has_labels and label is None
            rows.append((path, label, split))
    dataset = files_dataset(rows, options, kind="tf.data", source=source, single_split=len(splits) == 1)
    if unlabelled:
        dataset.notes.insert(0, SourceNote(
            "labels-not-read",
            f"{unlabelled} file(s) of {source} are not in a folder named after a class, so their labels (given "
            "to image_dataset_from_directory as a list) could not be matched to them: they were audited without "
            "labels. Audit the same files as a manifest with their labels to check the labels too.",
            (), {"unlabelled": unlabelled},
        ))
    return dataset


def _tf_length(ds: Any) -> int | None:
    """Samples in the dataset, when it says (a batched dataset counts batches: unknown)."""
    if _tf_batched(ds):
        return None
    try:
        n = int(ds.cardinality())
    except Exception:
        return None
    return n if n >= 0 else None


def _tf_batched(ds: Any) -> bool:
    spec = ds.element_spec
    image_spec = spec[0] if isinstance(spec, tuple) else spec
    if isinstance(image_spec, Mapping):
        raise InputError("tf.data datasets of dicts are not read; map them to (image, label) pairs first.")
    shape = tuple(image_spec.shape)
    return len(shape) == 4 or (len(shape) == 3 and shape[-1] not in (1, 3, 4))


def _tf_elements(ds: Any) -> Iterator[tuple[Any, Any]]:
    """``(image, label)`` pairs from a dataset of elements or of batches."""
    batched = _tf_batched(ds)
    for element in ds.as_numpy_iterator():
        image, label = (element[0], element[1]) if isinstance(element, tuple) and len(element) >= 2 else (
            element[0] if isinstance(element, tuple) else element, None)
        if not batched:
            yield image, label
            continue
        for i in range(len(image)):
            yield image[i], None if label is None else label[i]


# -- Hugging Face datasets --------------------------------------------------------------------------

def _accepts_hf(obj: Any) -> bool:
    if is_hf_dataset(obj):
        return True
    splits = framework_splits(obj)
    return splits is not None and all(is_hf_dataset(v) for v in splits.values())


def read_hf(obj: Any, options: SourceOptions) -> Dataset:
    if "DatasetDict" in type_path(obj) or isinstance(obj, Mapping):
        splits = dict(obj.items())
    elif isinstance(obj, (tuple, list)):
        splits = dict(zip(_TUPLE_SPLITS, obj))
    else:
        splits = {"train": obj}
    if not splits:
        raise InputError("The Hugging Face DatasetDict has no splits.")
    first = next(iter(splits.values()))
    image_col, label_col = _hf_columns(first, options)
    label_feature = first.features.get(label_col) if label_col else None
    class_names = _hf_class_names(label_feature)
    source = "the Hugging Face dataset"
    collected: dict[str, Collected] = {}
    for split, ds in splits.items():
        missing = [c for c in (image_col, label_col) if c and c not in ds.column_names]
        if missing:
            raise InputError(f"Split {split!r} of {source} has no column {missing[0]!r}.")
        collected[split] = collect(_hf_rows(ds, image_col, label_col, options.max_samples),
                                   cap=options.max_samples, total=len(ds), what=split, class_names=class_names)
    dataset = collected_dataset(collected, options, kind="huggingface", source=source, class_names=class_names)
    dataset.description += f" (image column {image_col!r}" + (f", label column {label_col!r})" if label_col else ")")
    return dataset


def _hf_columns(ds: Any, options: SourceOptions) -> tuple[str, str | None]:
    """The image column (an ``Image`` feature) and the label column (a ``ClassLabel``), unless named."""
    features = ds.features
    columns = list(features)
    for name in (options.image_column, options.label_column):
        if isinstance(name, str) and name not in columns:
            raise InputError(f"The Hugging Face dataset has no column {name!r}; its columns are: {', '.join(columns)}.")
    image_col = options.image_column or next(
        (c for c in columns if type(features[c]).__name__ == "Image"), None) or next(
        (c for c in columns if c.lower() in ("image", "img", "pixel_values", "pixels")), None)
    if image_col is None:
        raise InputError(
            f"No image column found in the Hugging Face dataset (columns: {', '.join(columns)}); "
            "name it with image_column=."
        )
    label_col = options.label_column if isinstance(options.label_column, str) else None
    if label_col is None:
        label_col = next((c for c in columns if c != image_col and _hf_class_names(features[c]) is not None), None)
    if label_col is None:
        label_col = next((c for c in columns if c.lower() in _HF_LABEL_NAMES), None)
    return image_col, label_col


def _hf_class_names(feature: Any) -> list[str] | None:
    """Names of a ClassLabel, or of the ClassLabel inside a Sequence/List (multi-label)."""
    if feature is None:
        return None
    if type(feature).__name__ == "ClassLabel":
        return list(feature.names)
    inner = getattr(feature, "feature", None)
    if inner is not None and type(inner).__name__ == "ClassLabel":
        return list(inner.names)
    return None


def _hf_rows(ds: Any, image_col: str, label_col: str | None, cap: int) -> Iterator[tuple[Any, Any]]:
    feature = ds.features[image_col]
    if type(feature).__name__ == "Image" and getattr(feature, "decode", True):
        # Paths and encoded bytes as stored: files are audited as files, nothing is decoded twice.
        from datasets import Image

        ds = ds.cast_column(image_col, Image(decode=False))
    columns = [image_col] + ([label_col] if label_col else [])
    # A ClassLabel of -1 is a missing label (unlabelled test splits).
    missing = -1 if label_col and type(ds.features[label_col]).__name__ == "ClassLabel" else None
    ds = ds.select_columns(columns)
    n = min(len(ds), cap + 1)
    for start in range(0, n, 256):
        batch = ds[start:min(n, start + 256)]
        labels = batch[label_col] if label_col else [None] * len(batch[image_col])
        for image, label in zip(batch[image_col], labels):
            yield image, None if missing is not None and label == missing else label


# -- torch-style indexable datasets -------------------------------------------------------------------

def _accepts_indexable(obj: Any) -> bool:
    if is_indexable_dataset(obj):
        return True
    splits = framework_splits(obj)
    return splits is not None and all(is_indexable_dataset(v) for v in splits.values())


def read_indexable(obj: Any, options: SourceOptions) -> Dataset:
    splits = {"train": obj} if is_indexable_dataset(obj) else framework_splits(obj)
    assert splits is not None
    first = next(iter(splits.values()))
    source = "the list of (image, label) pairs" if isinstance(first, list) else f"the {type(first).__name__} dataset"
    class_names = next((list(map(str, ds.classes)) for ds in splits.values()
                        if isinstance(getattr(ds, "classes", None), (list, tuple))), None)
    listed = {split: _listed_files(ds) for split, ds in splits.items()}
    if all(rows is not None for rows in listed.values()):
        # torchvision's ImageFolder and its kind list (path, class index) pairs: read the files, not the items.
        collected = {split: collect(iter(rows or ()), cap=options.max_samples, total=len(rows or ()), what=split,
                                    class_names=class_names) for split, rows in listed.items()}
    else:
        collected = {split: collect(_items(ds, split), cap=options.max_samples, total=len(ds), what=split,
                                    class_names=class_names) for split, ds in splits.items()}
    return collected_dataset(collected, options, kind="indexable", source=source, class_names=class_names)


def _listed_files(ds: Any) -> list[tuple[str, Any]] | None:
    rows = getattr(ds, "samples", None) or getattr(ds, "imgs", None)
    if not isinstance(rows, list) or not rows or len(rows) != len(ds):
        return None
    first = rows[0]
    if not (isinstance(first, tuple) and len(first) == 2 and isinstance(first[0], str) and os.path.isfile(first[0])):
        return None
    return rows


def _items(ds: Any, split: str) -> Iterator[tuple[Any, Any]]:
    for i in range(len(ds)):
        try:
            item = ds[i]
        except Exception as exc:
            raise InputError(f"Reading item {i} of split {split!r} failed: {type(exc).__name__}: {exc}") from None
        if isinstance(item, Mapping):
            keys = {str(k).lower(): k for k in item}
            image_key = next((keys[k] for k in ("image", "img", "pixel_values", "x", "input") if k in keys), None)
            label_key = next((keys[k] for k in ("label", "labels", "target", "y", "class") if k in keys), None)
            if image_key is None:
                raise InputError(f"Item {i} of split {split!r} is a dict without an 'image' entry.")
            yield item[image_key], item[label_key] if label_key is not None else None
        elif isinstance(item, (tuple, list)):
            yield from _unbatched(item[0], item[1] if len(item) > 1 else None)
        else:
            yield from _unbatched(item, None)


def _unbatched(image: Any, label: Any) -> Iterator[tuple[Any, Any]]:
    """One item, or each of a batch (a keras.utils.PyDataset item holds a batch of images)."""
    if len(getattr(image, "shape", ())) == 4:
        for i in range(image.shape[0]):
            yield image[i], None if label is None else label[i]
    else:
        yield image, label


# -- lists of records ---------------------------------------------------------------------------------

def read_records(obj: list, options: SourceOptions) -> Dataset:
    """A list of ``(path, label[, split])`` tuples or dicts: a DataFrame, read like a manifest."""
    from dataaudit.sources.manifest import frame_root, manifest_dataset

    first = obj[0]
    if isinstance(first, Mapping):
        if not all(isinstance(r, Mapping) for r in obj):
            raise InputError("A list of records must hold only dicts, or only tuples.")
        frame = pd.DataFrame.from_records(obj)
    elif isinstance(first, (str, os.PathLike)):
        frame = pd.DataFrame({"path": [os.fspath(p) for p in obj]})
    else:
        widths = {len(r) if isinstance(r, (tuple, list)) else -1 for r in obj}
        if len(widths) != 1:
            raise InputError(
                "The list of records mixes lengths; give every record as (path, label) or (path, label, split).")
        columns = ["path", "label", "split"][: widths.pop()]
        frame = pd.DataFrame([[os.fspath(r[0]), *r[1:]] for r in obj], columns=columns)
    root = frame_root(frame, options.path_column, options.allow_outside_root)
    return manifest_dataset(frame, root=root, source="the list of records", kind="records",
                            **options.manifest_kwargs())


FRAMEWORK_READERS: tuple[SourceReader, ...] = (
    SourceReader("tf.data", _accepts_tf, read_tf, "a tf.data.Dataset (or a dict/tuple of them)"),
    SourceReader("huggingface", _accepts_hf, read_hf, "a Hugging Face datasets.Dataset or DatasetDict"),
    SourceReader("records", is_records, read_records, "a list of (path, label[, split]) tuples or dicts"),
    SourceReader("indexable", _accepts_indexable, read_indexable,
                 "a torch-style dataset (len() and [i] returning (image, label))"),
)
