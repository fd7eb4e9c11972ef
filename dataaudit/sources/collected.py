"""Samples read one by one from a framework dataset, turned into the input of an existing pipeline.

Framework datasets (tf.data, Hugging Face, torch-style) yield images as file paths, encoded bytes,
PIL images, numpy arrays or tensors. :func:`collected_dataset` sends them where they fit:

- every image a file on disk: a manifest of those files (nothing is copied);
- every image an array, one shape per split: the in-memory arrays source;
- otherwise (images of several sizes, encoded bytes): the images are written, bytes as they are and
  arrays as PNG, to a temporary folder, removed when the program ends, and read as a manifest.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dataaudit.errors import EmptyDatasetError, InputError
from dataaudit.sources.arrays import arrays_dataset, host_array
from dataaudit.sources.base import Dataset, SourceNote, canonical_split
from dataaudit.sources.multilabel import join_label_set, split_label_set
from dataaudit.sources.registry import SourceOptions

__all__ = ["Collected", "collect", "collected_dataset", "image_value", "label_value", "files_dataset"]


@dataclass
class Collected:
    """One split's samples: each image a path (str), encoded bytes, or an HWC/HW array; each label as read."""

    images: list[Any] = field(default_factory=list)
    labels: list[str | list[str] | None] = field(default_factory=list)
    total: int | None = None  # samples the split holds, when known
    capped: bool = False


def collect(items: Iterable[tuple[Any, Any]], *, cap: int, total: int | None, what: str,
            class_names: Sequence[str] | None = None) -> Collected:
    """Up to ``cap`` ``(image, label)`` items of one split, images and labels converted."""
    out = Collected(total=total)
    for image, label in items:
        if len(out.images) >= cap:
            out.capped = True
            break
        out.images.append(image_value(image, f"{what}[{len(out.images)}]"))
        out.labels.append(label_value(label, class_names))
    return out


def image_value(value: Any, what: str) -> Any:
    """A path, encoded bytes, or an (H, W[, C]) array: PIL images, tensors (CHW too) and arrays converted."""
    if isinstance(value, (str, os.PathLike)):
        return os.fspath(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, Mapping) and ("bytes" in value or "path" in value):  # a Hugging Face Image cell
        path = value.get("path")
        if path and os.path.isfile(path):
            return os.fspath(path)
        if value.get("bytes"):
            return bytes(value["bytes"])
        raise InputError(f"{what} names an image {path!r} that is not a file and carries no bytes.")
    filename = getattr(value, "filename", None)
    if filename and hasattr(value, "getdata") and os.path.isfile(filename):
        return os.fspath(filename)  # a PIL image opened from a file: audit the file itself
    array = _as_array(value, what)
    if array.ndim == 3 and array.shape[0] in (1, 3, 4) and array.shape[-1] not in (1, 3, 4):
        array = np.moveaxis(array, 0, -1)  # CHW, as torch tensors hold images
    if array.ndim == 3 and array.shape[-1] == 1:
        array = array[..., 0]
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[-1] not in (3, 4)):
        raise InputError(f"{what} has shape {array.shape}; an image must be (H, W), (H, W, C) or (C, H, W).")
    if not (np.issubdtype(array.dtype, np.number) or array.dtype == np.bool_):
        raise InputError(f"{what} has dtype {array.dtype}; an image must be numeric.")
    return array


def _as_array(value: Any, what: str) -> np.ndarray:
    try:
        array = host_array(value)
    except Exception as exc:
        raise InputError(f"{what} cannot be read as an image ({type(value).__name__}: {exc}).") from None
    if array.dtype == object:
        raise InputError(f"{what} is a {type(value).__name__}, not an image (a PIL image, array, tensor or path).")
    return array


def label_value(value: Any, class_names: Sequence[str] | None) -> str | list[str] | None:
    """A label as a class name, or the names of a multi-hot / list target (a list), or None."""
    if value is None:
        return None
    if not isinstance(value, (str, bytes, list, tuple)) and (hasattr(value, "numpy") or hasattr(value, "__array__")):
        value = _as_array(value, "a label")
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            value = value.item()
        elif value.ndim == 1:
            if np.isin(value, (0, 1)).all() and len(value) > 1:  # one-hot or multi-hot row
                hot = np.flatnonzero(value).tolist()
                names = [_name(i, class_names) for i in hot]
                return names[0] if len(hot) == 1 else names
            value = value.tolist()
        else:
            raise InputError(f"A label has shape {value.shape}; pass a class index, a name or a one-hot row.")
    if isinstance(value, (list, tuple)):
        return [str(_name(v, class_names)) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return _name(value, class_names)


def _name(value: Any, class_names: Sequence[str] | None) -> str:
    if isinstance(value, (bool, np.bool_)):
        return str(value)
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        value = int(value)
    if isinstance(value, (int, np.integer)):
        index = int(value)
        if class_names is not None and 0 <= index < len(class_names):
            return str(class_names[index])
        return str(index)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def cap_note(splits: Mapping[str, Collected], cap: int, source: str) -> list[SourceNote]:
    capped = {s: c for s, c in splits.items() if c.capped}
    if not capped:
        return []
    parts = ", ".join(f"{s}: the first {len(c.images):,}" + (f" of {c.total:,}" if c.total else "")
                      for s, c in capped.items())
    return [SourceNote(
        "samples-capped",
        f"Only max_samples={cap:,} samples per split of {source} were read ({parts}); the rest was not audited. "
        "Pass max_samples= to read more, or give file paths so nothing has to be read into memory.",
        (), {"max_samples": cap, "read": {s: len(c.images) for s, c in capped.items()},
             "total": {s: c.total for s, c in capped.items()}},
    )]


def collected_dataset(splits: Mapping[str, Collected], options: SourceOptions, *, kind: str, source: str,
                      class_names: Sequence[str] | None = None, notes: Sequence[SourceNote] = ()) -> Dataset:
    """The dataset of the collected splits, through the manifest or the arrays pipeline.

    ``kind`` names the framework: the dataset's kind when its images are files, its layout when they
    are arrays (kind "arrays").
    """
    if not splits or not any(c.images for c in splits.values()):
        raise EmptyDatasetError(f"{source} has no samples.")
    named = {canonical_split(str(s), options.split_aliases) or str(s): c for s, c in splits.items()}
    multi = any(isinstance(v, list) for c in named.values() for v in c.labels)
    labels = {s: _stored_labels(c.labels, multi) for s, c in named.items()}
    all_notes = [*notes, *cap_note(named, options.max_samples, source)]
    kinds = {_kind(v) for c in named.values() for v in c.images}
    uniform = all(len({getattr(v, "shape", None) for v in c.images}) <= 1 for c in named.values())
    # Arrays take a label for every sample of a split or none: partly labelled splits go as files.
    whole = all(len({v is None for v in split_labels}) <= 1 for split_labels in labels.values())
    if kinds == {"array"} and uniform and whole:
        arrays = {s: (np.stack(c.images), None if all(v is None for v in labels[s]) else np.asarray(labels[s]))
                  for s, c in named.items() if c.images}
        dataset = arrays_dataset(arrays, validation_split=options.validation_split)
        dataset.description = f"{source} ({dataset.description})"
    elif kinds == {"path"}:
        dataset = files_dataset(
            [(p, lab, s) for s, c in named.items() for p, lab in zip(c.images, labels[s])],
            options, kind=kind, source=source, single_split=len(named) == 1)
    else:
        dataset = _written_dataset(named, labels, options, kind=kind, source=source)
    if dataset.kind == "arrays":
        # In memory they are arrays like any other (the auditors treat integer labels as class indices);
        # the layout says where they came from, as for arrays loaded from files.
        dataset.layout = kind
    else:
        dataset.kind = kind
    dataset.notes = [*all_notes, *dataset.notes]
    dataset.multi_label = multi
    if multi:
        dataset.class_names = sorted({name for split_labels in labels.values() for v in split_labels
                                      for name in split_label_set(v)} | {str(n) for n in class_names or ()})
    elif class_names:
        dataset.class_names = sorted(set(dataset.class_names) | {str(n) for n in class_names})
    return dataset


def _stored_labels(values: list[str | list[str] | None], multi: bool) -> list[str | None]:
    if not multi:
        return values  # type: ignore[return-value]
    return [None if v is None else join_label_set(v if isinstance(v, list) else [v]) for v in values]


def _kind(value: Any) -> str:
    return "path" if isinstance(value, str) else "bytes" if isinstance(value, bytes) else "array"


def files_dataset(rows: list[tuple[str, str | None, str]], options: SourceOptions, *, kind: str, source: str,
                  single_split: bool) -> Dataset:
    """A manifest of absolute file paths, rooted at their common folder."""
    from dataaudit.sources.manifest import manifest_dataset

    absolute = [os.path.abspath(p) for p, _, _ in rows]
    root = Path(os.path.commonpath([os.path.dirname(p) for p in absolute]))
    frame = pd.DataFrame({"path": absolute, "label": [r[1] for r in rows],
                          **({} if single_split else {"split": [r[2] for r in rows]})})
    opts = {**options.manifest_kwargs(), "path_column": "path", "label_column": "label",
            "split_column": None if single_split else "split", "allow_outside_root": True}
    return manifest_dataset(frame, root=root, source=source, kind=kind, **opts)


def _written_dataset(named: Mapping[str, Collected], labels: Mapping[str, list[str | None]],
                     options: SourceOptions, *, kind: str, source: str) -> Dataset:
    from PIL import Image

    from dataaudit.scan.features import to_uint8
    from dataaudit.sources.sniff import sniff_bytes

    folder = tempfile.mkdtemp(prefix="dataaudit-images-")
    rows: list[tuple[str, str | None, str]] = []
    try:
        for split, c in named.items():
            os.makedirs(os.path.join(folder, split), exist_ok=True)
            for i, (value, label) in enumerate(zip(c.images, labels[split])):
                if isinstance(value, str):
                    rows.append((value, label, split))
                    continue
                if isinstance(value, bytes):
                    fmt = sniff_bytes(value[:16])
                    path = os.path.join(folder, split, f"{i:06d}.{(fmt or 'bin').lower()}")
                    with open(path, "wb") as fh:
                        fh.write(value)
                else:
                    path = os.path.join(folder, split, f"{i:06d}.png")
                    Image.fromarray(np.ascontiguousarray(to_uint8(value))).save(path, "PNG", compress_level=1)
                rows.append((path, label, split))
        dataset = files_dataset(rows, options, kind=kind, source=source, single_split=len(named) == 1)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    # Read by the scan after this returns, and by the HTML report's thumbnails after the audit: kept
    # until the program ends.
    atexit.register(shutil.rmtree, folder, True)
    dataset.description = f"{source} (images written to a temporary folder to be read)"
    return dataset
