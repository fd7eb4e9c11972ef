"""Turn whatever the user passed as ``source`` into a :class:`Dataset`.

Accepted: an image folder, a CSV/TSV/Parquet manifest file, a pandas DataFrame
with path/label/split columns, and in-memory numpy arrays.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dataaudit.errors import EmptyDatasetError, InputError, SourceNotFoundError
from dataaudit.progress import NO_STAGE, Stage
from dataaudit.sources.arrays import arrays_dataset
from dataaudit.sources.base import SPLIT_ORDER, Dataset, SourceNote, canonical_split
from dataaudit.sources.folder import keras_index, keras_subsets, list_folder, read_code_file
from dataaudit.sources.manifest import MANIFEST_SUFFIXES, manifest_dataset, read_manifest
from dataaudit.sources.tabular import npz_file_dataset, split_files_dataset

__all__ = [
    "Dataset",
    "SourceNote",
    "SPLIT_ORDER",
    "canonical_split",
    "resolve_source",
    "keras_index",
    "keras_subsets",
    "collect_code",
]


def _looks_like_arrays(source: Any) -> bool:
    if isinstance(source, np.ndarray):
        return True
    if isinstance(source, tuple) and source and isinstance(source[0], np.ndarray):
        return True
    if isinstance(source, Mapping) and source:
        return all(not isinstance(v, (str, os.PathLike)) for v in source.values())
    return False


def resolve_source(
    source: Any,
    *,
    validation_split: float | None = None,
    seed: int | None = None,
    split_aliases: Mapping[str, str] | None = None,
    path_column: str | None = None,
    label_column: str | None = None,
    split_column: str | None = None,
    allow_outside_root: bool = False,
    trust_pickles: bool = False,
    progress: Stage = NO_STAGE,
) -> Dataset:
    """The listing of ``source``; ``progress`` counts the files found while a folder is walked."""
    manifest_opts = dict(
        path_column=path_column, label_column=label_column, split_column=split_column,
        allow_outside_root=allow_outside_root, validation_split=validation_split, seed=seed,
        split_aliases=split_aliases,
    )
    if hasattr(source, "__dataaudit_source__"):
        # A fixed dataset (dataaudit.model.fixed): its rows, paths relative to the dataset root.
        frame, root = source.__dataaudit_source__()
        return manifest_dataset(frame, root=Path(root), source="the fixed dataset", kind="dataframe", **manifest_opts)
    if isinstance(source, pd.DataFrame):
        root = Path.cwd()
        return manifest_dataset(source, root=root, source="the DataFrame", kind="dataframe", **manifest_opts)
    if isinstance(source, (str, os.PathLike)):
        path = Path(os.path.expanduser(os.fspath(source)))
        if not path.exists():
            raise SourceNotFoundError(f"Dataset path {path} does not exist; check the path (relative paths start at {Path.cwd()}).")
        path = path.resolve()
        if path.is_dir():
            try:
                return list_folder(path, validation_split=validation_split, seed=seed, split_aliases=split_aliases,
                                   progress=progress)
            except EmptyDatasetError:
                # No images: maybe splits saved as arrays or tables (train.npz, X_val.npy, test.csv).
                files = split_files_dataset(path, split_aliases=split_aliases, label_column=label_column,
                                            trust_pickles=trust_pickles)
                if files is None:
                    raise
                return files
        if path.suffix.lower() == ".npz":
            return npz_file_dataset(path, split_aliases=split_aliases, trust_pickles=trust_pickles)
        if path.suffix.lower() in MANIFEST_SUFFIXES:
            frame = read_manifest(path)
            return manifest_dataset(frame, root=path.parent, source=f"manifest {path.name}", kind="manifest", **manifest_opts)
        raise InputError(
            f"{path} is a file but not a manifest ({', '.join(MANIFEST_SUFFIXES)}); pass the dataset folder "
            "or a CSV/Parquet manifest."
        )
    if _looks_like_arrays(source):
        return arrays_dataset(source, validation_split=validation_split, split_aliases=split_aliases)
    raise InputError(
        f"Cannot audit a source of type {type(source).__name__}; pass a folder path, a CSV/Parquet "
        "manifest, a pandas DataFrame, or arrays such as {'train': (x, y), 'val': (x, y)}."
    )


def collect_code(paths: list[str | os.PathLike[str]], base: Path | None) -> dict[str, str]:
    """Read user-named code files (``*.py``/``*.ipynb``, or folders of them) for static analysis."""
    out: dict[str, str] = {}
    for raw in paths:
        p = Path(os.path.expanduser(os.fspath(raw)))
        if not p.exists():
            raise SourceNotFoundError(f"Code path {p} does not exist.")
        files = [p] if p.is_file() else sorted(
            f for f in p.rglob("*") if f.suffix in (".py", ".ipynb") and not any(part.startswith(".") for part in f.parts)
        )
        for f in files:
            text = read_code_file(f)
            if text is None:
                continue
            key = str(f)
            if base is not None:
                try:
                    key = f.resolve().relative_to(base).as_posix()
                except ValueError:
                    key = str(f.resolve())
            out[key] = text
    return out
