"""Splits saved as array or table files, one (or two) per split: ``train.npz``, ``X_val.npy`` + ``y_val.npy``, ``test.csv``.

Recognised in a folder that holds no images, or given as one ``.npz`` file:

- ``<split>.<ext>``: ``train.npz`` (arrays ``x``/``y``, ``X``/``Y``, ``images``/``labels`` or
  ``arr_0``/``arr_1``), ``val.npy`` (features only), ``test.csv`` / ``test.parquet`` (numeric columns
  are features; the label column is ``label_column`` or one named label/target/y/class);
- ``<x-name>_<split>`` and ``<split>_<x-name>`` for features (``X_train.npy``, ``train_features.npy``),
  ``<y-name>_<split>`` / ``<split>_<y-name>`` for labels (``y_train.npy``, ``train_labels.npy``);
- one ``.npz`` holding every split as ``x_train``, ``y_train``, ``x_test``, ``y_test`` (``mnist.npz``).

Split names are the usual ones (train, val/valid/validation, test) or ``split_aliases``. ``.npz``
and ``.npy`` files are read with ``allow_pickle=False``: arrays of Python objects need
``trust_pickles=True``, and so do ``.pkl``/``.pickle`` files (unpickling runs code from the file).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from dataaudit.errors import InputError
from dataaudit.sources.arrays import arrays_dataset
from dataaudit.sources.base import Dataset, SourceNote, canonical_split

__all__ = ["split_files_dataset", "npz_file_dataset", "ARRAY_SUFFIXES", "PICKLE_SUFFIXES"]

ARRAY_SUFFIXES = (".npy", ".npz", ".csv", ".tsv", ".parquet", ".pq")
PICKLE_SUFFIXES = (".pkl", ".pickle")
_X_NAMES = ("x", "features", "data", "images", "inputs", "feats")
_Y_NAMES = ("y", "labels", "label", "targets", "target")
_LABEL_COLUMNS = ("label", "labels", "target", "y", "class", "class_name", "category")
_ID_COLUMNS = ("id", "index", "unnamed: 0")


def _role_and_split(stem: str, aliases: Mapping[str, str] | None) -> tuple[str, str] | None:
    """("x"|"y"|"both", split) for a file stem such as ``X_train``, ``train_labels``, ``val``."""
    tokens = [t for t in re.split(r"[_\-.\s]+", stem) if t]
    if len(tokens) == 1:
        split = canonical_split(tokens[0], aliases)
        return ("both", split) if split else None
    if len(tokens) == 2:
        for role_token, split_token in ((tokens[0], tokens[1]), (tokens[1], tokens[0])):
            split = canonical_split(split_token, aliases)
            if split is None:
                continue
            low = role_token.lower()
            if low in _X_NAMES:
                return "x", split
            if low in _Y_NAMES:
                return "y", split
    return None


def _load_npy(path: Path, trust_pickles: bool) -> np.ndarray:
    try:
        return np.load(path, allow_pickle=trust_pickles)
    except ValueError as exc:
        if "allow_pickle" in str(exc):
            raise _NeedsPickle(path) from None
        raise InputError(f"Cannot read {path.name}: {exc}.") from None
    except OSError as exc:
        raise InputError(f"Cannot read {path.name}: {exc}.") from None


class _NeedsPickle(Exception):
    def __init__(self, path: Path):
        self.path = path


def _npz(path: Path, trust_pickles: bool) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=trust_pickles) as archive:
            return {k: archive[k] for k in archive.files}
    except ValueError as exc:
        if "allow_pickle" in str(exc):
            raise _NeedsPickle(path) from None
        raise InputError(f"Cannot read {path.name}: {exc}.") from None
    except (OSError, Exception) as exc:  # zipfile.BadZipFile and friends
        raise InputError(f"Cannot read {path.name} as a NumPy .npz archive: {exc}.") from None


def _pick(keys: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((keys[n] for n in names if n in keys), None)


def _xy_from_npz(arrays: dict[str, np.ndarray], name: str) -> tuple[np.ndarray, np.ndarray | None]:
    keys = {k.lower(): k for k in arrays}
    xk = _pick(keys, _X_NAMES) or ("arr_0" if "arr_0" in arrays else None)
    yk = _pick(keys, _Y_NAMES) or ("arr_1" if "arr_1" in arrays and xk == "arr_0" else None)
    if xk is None:
        if len(arrays) == 1:
            xk = next(iter(arrays))
        else:
            raise InputError(f"{name} holds arrays {', '.join(arrays)}; name the features 'x' and the labels 'y'.")
    return arrays[xk], arrays[yk] if yk else None


def _table(path: Path, label_column: str | None, trust_pickles: bool, notes: list[SourceNote]):
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        if suffix in (".parquet", ".pq"):
            frame = pd.read_parquet(path)
        elif suffix in PICKLE_SUFFIXES:
            obj = pd.read_pickle(path)
            if not isinstance(obj, pd.DataFrame):
                return _pickled_arrays(obj, path)
            frame = obj
        else:
            frame = pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",")
    except Exception as exc:
        raise InputError(f"Cannot read {path.name}: {type(exc).__name__}: {exc}.") from None
    columns = {str(c).lower(): c for c in frame.columns}
    label = label_column if label_column in frame.columns else _pick(columns, _LABEL_COLUMNS)
    y = frame[label].to_numpy() if label is not None else None
    features = frame.drop(columns=[label] if label is not None else [])
    features = features.drop(columns=[c for c in features.columns if str(c).lower() in _ID_COLUMNS])
    numeric = features.select_dtypes(include=["number", "bool"])
    dropped = [str(c) for c in features.columns if c not in numeric.columns]
    if dropped:
        notes.append(SourceNote("non-numeric-columns",
                                f"{path.name}: non-numeric column(s) {', '.join(dropped[:10])} were not audited.",
                                (path.name,), {"columns": dropped}))
    if numeric.shape[1] == 0:
        raise InputError(f"{path.name} has no numeric feature columns to audit.")
    return numeric.to_numpy(), y


def _pickled_arrays(obj: Any, path: Path):
    if isinstance(obj, tuple) and len(obj) == 2:
        return np.asarray(obj[0]), None if obj[1] is None else np.asarray(obj[1])
    return np.asarray(obj), None


def _collect(root: Path, files: list[str], aliases, label_column, trust_pickles, notes):
    """{split: {"x": array, "y": array}} from the files in ``root`` (top level only)."""
    found: dict[str, dict[str, Any]] = {}
    for rel in files:
        if "/" in rel:
            continue
        path = root / rel
        suffix = path.suffix.lower()
        if suffix not in ARRAY_SUFFIXES + PICKLE_SUFFIXES:
            continue
        stem = path.name[: -len(suffix)]
        if suffix == ".npz" and _role_and_split(stem, aliases) is None:
            keyed = _keyed_npz(path, aliases, trust_pickles, notes)
            for split, parts in keyed.items():
                found.setdefault(split, {}).update(parts)
            continue
        role = _role_and_split(stem, aliases)
        if role is None:
            continue
        kind, split = role
        if suffix in PICKLE_SUFFIXES and not trust_pickles:
            notes.append(_pickle_note(path))
            continue
        try:
            if suffix == ".npy":
                value: Any = _load_npy(path, trust_pickles)
                entries = {"x" if kind != "y" else "y": value}
            elif suffix == ".npz":
                x, y = _xy_from_npz(_npz(path, trust_pickles), path.name)
                entries = {"x": x, "y": y} if kind == "both" else {kind: x}
            else:
                x, y = _table(path, label_column, trust_pickles, notes)
                entries = {"x": x, "y": y} if kind != "y" else {"y": x[:, 0] if x.ndim == 2 else x}
        except _NeedsPickle as exc:
            notes.append(_pickle_note(exc.path))
            continue
        slot = found.setdefault(split, {})
        for key, value in entries.items():
            if value is None:
                continue
            if key in slot:
                raise InputError(f"Two files give the {key} of the {split!r} split ({rel} and another); keep one.")
            slot[key] = value
    return found


def _keyed_npz(path: Path, aliases, trust_pickles: bool, notes: list[SourceNote]) -> dict[str, dict[str, Any]]:
    """One archive with every split (``x_train``, ``y_train``, ``x_test``, ``y_test``)."""
    try:
        arrays = _npz(path, trust_pickles)
    except _NeedsPickle as exc:
        notes.append(_pickle_note(exc.path))
        return {}
    out: dict[str, dict[str, Any]] = {}
    for key, value in arrays.items():
        role = _role_and_split(key, aliases)
        if role is None or role[0] == "both":
            continue
        out.setdefault(role[1], {})[role[0]] = value
    return out


def _pickle_note(path: Path) -> SourceNote:
    return SourceNote(
        "pickled-file",
        f"{path.name} needs unpickling (it holds Python objects), which can run code stored in the file, so it "
        "was not read; if you trust it, pass trust_pickles=True (CLI --trust-pickles).",
        (path.name,),
    )


def split_files_dataset(
    root: Path,
    *,
    split_aliases: Mapping[str, str] | None = None,
    label_column: str | None = None,
    trust_pickles: bool = False,
) -> Dataset | None:
    """A dataset of per-split array files in the folder ``root``; None when it holds none."""
    from dataaudit.sources.folder import _walk_visible, read_code_file
    from dataaudit.sources.sniff import CODE_EXTENSIONS

    files, _dirs = _walk_visible(root)
    code_files = {rel: text for rel in files if os.path.splitext(rel)[1].lower() in CODE_EXTENSIONS
                  and (text := read_code_file(root / rel)) is not None}
    notes: list[SourceNote] = []
    found = _collect(root, files, split_aliases, label_column, trust_pickles, notes)
    refused = [n for n in notes if n.kind == "pickled-file"]
    if refused:
        # Auditing the other splits alone would silently audit a different dataset.
        raise InputError(refused[0].message)
    found = {s: parts for s, parts in found.items() if "x" in parts}
    if not found:
        return None
    return _dataset(found, root, f"split files in {root}", notes, code_files)


def npz_file_dataset(path: Path, *, split_aliases: Mapping[str, str] | None = None,
                     trust_pickles: bool = False) -> Dataset:
    """A single ``.npz`` file: every split keyed inside it, or one (x, y) pair audited as train."""
    notes: list[SourceNote] = []
    try:
        arrays = _npz(path, trust_pickles)
    except _NeedsPickle:
        raise InputError(_pickle_note(path).message) from None
    keyed = _keyed_npz(path, split_aliases, trust_pickles, notes)
    keyed = {s: parts for s, parts in keyed.items() if "x" in parts}
    if not keyed:
        x, y = _xy_from_npz(arrays, path.name)
        keyed = {"train": {"x": x, "y": y}}
    return _dataset(keyed, path.parent, f"arrays in {path.name}", notes, {})


def _dataset(found: dict[str, dict[str, Any]], root: Path, description: str, notes: list[SourceNote],
             code_files: dict[str, str]) -> Dataset:
    source = {split: (parts["x"], parts.get("y")) for split, parts in found.items()}
    dataset = arrays_dataset(source)
    # Loaded, they are in-memory arrays like any other (kind "arrays"); the layout says where they came from.
    dataset.root = root
    dataset.layout = "split-files"
    dataset.notes = notes + dataset.notes
    dataset.code_files = code_files
    shapes = ", ".join(f"{s}: {a[0].shape}" for s, a in (dataset.arrays or {}).items())
    dataset.description = f"{description} ({shapes})"
    return dataset

