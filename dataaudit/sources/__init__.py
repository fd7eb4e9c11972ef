"""Turn whatever the user passed as ``source`` into a :class:`Dataset`.

Accepted: an image folder, a CSV/TSV/Parquet manifest file, a pandas DataFrame
with path/label/split columns, in-memory numpy arrays, a tf.data dataset, a Hugging
Face dataset, a list of (path, label[, split]) records, and a torch-style dataset;
each kind is a :class:`~dataaudit.sources.registry.SourceReader` in :data:`READERS`.
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
from dataaudit.sources.frameworks import FRAMEWORK_READERS, framework_splits
from dataaudit.sources.registry import DEFAULT_MAX_SAMPLES, SourceOptions, SourceReader
from dataaudit.sources.detection import detection_dataset, detection_layout
from dataaudit.sources.folder import keras_index, keras_subsets, list_folder, read_code_file
from dataaudit.sources.feature_table import feature_table_dataset, is_feature_table
from dataaudit.sources.manifest import MANIFEST_SUFFIXES, frame_root, manifest_dataset, read_manifest
from dataaudit.sources.tabular import npz_file_dataset, split_files_dataset
from dataaudit.storage import is_url, resolve_remote

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
    if isinstance(source, Mapping) and source and framework_splits(source) is None:
        return all(not isinstance(v, (str, os.PathLike)) for v in source.values())
    return False


def _feature_table(frame: pd.DataFrame, root: Path | None, name: str, options: SourceOptions) -> Dataset | None:
    """The table as per-split feature arrays when it has no image paths but numeric feature columns; else None."""
    if isinstance(options.label_column, list) or not is_feature_table(
            frame, path_column=options.path_column, label_column=options.label_column,
            split_column=options.split_column, source=name):
        return None
    return feature_table_dataset(frame, root=root, source=name, label_column=options.label_column,
                                 split_column=options.split_column, split_aliases=options.split_aliases,
                                 validation_split=options.validation_split)


def _read_fixed(source: Any, options: SourceOptions) -> Dataset:
    """A fixed dataset (:class:`dataaudit.model.fixed.FixedDataset`): its rows, paths relative to the dataset root."""
    frame, root = source.__dataaudit_source__()
    return manifest_dataset(frame, root=Path(root), source="the fixed dataset", kind="dataframe",
                            **options.manifest_kwargs())


def _read_dataframe(source: pd.DataFrame, options: SourceOptions) -> Dataset:
    table = _feature_table(source, None, "the DataFrame", options)
    if table is not None:
        return table
    root = frame_root(source, options.path_column, options.allow_outside_root)
    return manifest_dataset(source, root=root, source="the DataFrame", kind="dataframe",
                            **options.manifest_kwargs())


def _read_path(source: str | os.PathLike[str], options: SourceOptions) -> Dataset:
    path = Path(os.path.expanduser(os.fspath(source)))
    if not path.exists():
        raise SourceNotFoundError(
            f"Dataset path {path} does not exist; check the path (relative paths start at {Path.cwd()}).")
    path = path.resolve()
    layout = detection_layout(path)
    if layout is not None:
        return detection_dataset(path, layout, split_aliases=options.split_aliases,
                                 manifest_reader=lambda frame, root: manifest_dataset(
                                     frame, root=root, source=f"{layout.upper()} dataset {path.name}", kind="manifest",
                                     path_column="path", label_column="label", split_column="split",
                                     allow_outside_root=True, split_aliases=options.split_aliases))
    if path.is_dir():
        try:
            return list_folder(path, validation_split=options.validation_split, seed=options.seed,
                               split_aliases=options.split_aliases, progress=options.progress)
        except EmptyDatasetError:
            # No images: maybe splits saved as arrays or tables (train.npz, X_val.npy, test.csv).
            files = split_files_dataset(path, split_aliases=options.split_aliases,
                                        label_column=options.label_column, trust_pickles=options.trust_pickles)
            if files is None:
                raise
            return files
    if path.suffix.lower() == ".npz":
        return npz_file_dataset(path, split_aliases=options.split_aliases, trust_pickles=options.trust_pickles)
    if path.suffix.lower() in MANIFEST_SUFFIXES:
        frame = read_manifest(path)
        table = _feature_table(frame, path.parent, path.name, options)
        if table is not None:
            return table
        return manifest_dataset(frame, root=path.parent, source=f"manifest {path.name}", kind="manifest",
                                **options.manifest_kwargs())
    raise InputError(
        f"{path} is a file but not a manifest ({', '.join(MANIFEST_SUFFIXES)}); pass the dataset folder "
        "or a CSV/Parquet manifest."
    )


def _read_arrays(source: Any, options: SourceOptions) -> Dataset:
    return arrays_dataset(source, validation_split=options.validation_split, split_aliases=options.split_aliases)


#: Every kind of source, most specific first: the first reader that accepts a source reads it.
READERS: tuple[SourceReader, ...] = (
    SourceReader("fixed", lambda s: hasattr(s, "__dataaudit_source__"), _read_fixed,
                 "a FixedDataset (dataaudit.model.fixed.fixed_dataset(report))"),
    SourceReader("dataframe", lambda s: isinstance(s, pd.DataFrame), _read_dataframe,
                 "a pandas DataFrame with path/label/split columns"),
    SourceReader("path", lambda s: isinstance(s, (str, os.PathLike)), _read_path,
                 "a folder path or a CSV/Parquet manifest"),
    *FRAMEWORK_READERS[:3],  # tf.data, Hugging Face, records: before arrays, which take any dict or tuple
    SourceReader("arrays", _looks_like_arrays, _read_arrays, "arrays such as {'train': (x, y), 'val': (x, y)}"),
    *FRAMEWORK_READERS[3:],  # torch-style datasets: any object with len() and [i]
)


def resolve_source(
    source: Any,
    *,
    validation_split: float | None = None,
    seed: int | None = None,
    split_aliases: Mapping[str, str] | None = None,
    path_column: str | None = None,
    label_column: str | list[str] | None = None,
    split_column: str | None = None,
    group_column: str | None = None,
    image_column: str | None = None,
    allow_outside_root: bool = False,
    trust_pickles: bool = False,
    max_samples: int = DEFAULT_MAX_SAMPLES,
    progress: Stage = NO_STAGE,
    storage_options: Mapping[str, Any] | None = None,
) -> Dataset:
    """The listing of ``source``; ``progress`` counts the files found while a folder is walked.
    ``storage_options``: for URLs (a folder or manifest in object storage, manifest cells that are URLs)."""
    options = SourceOptions(
        validation_split=validation_split, seed=seed, split_aliases=split_aliases, path_column=path_column,
        label_column=label_column, split_column=split_column, group_column=group_column, image_column=image_column,
        allow_outside_root=allow_outside_root, trust_pickles=trust_pickles, max_samples=max_samples,
        progress=progress, storage_options=storage_options,
    )
    if is_url(source):
        return resolve_remote(source, storage_options, progress=progress, path_column=path_column,
                              label_column=label_column, split_column=split_column,
                              allow_outside_root=allow_outside_root, validation_split=validation_split, seed=seed,
                              split_aliases=split_aliases)
    for reader in READERS:
        if reader.accepts(source):
            return reader.read(source, options)
    raise InputError(
        f"Cannot audit a source of type {type(source).__name__}; pass "
        + ", ".join(r.described_as for r in READERS[:-1]) + f" or {READERS[-1].described_as}."
    )


def collect_code(paths: list[str | os.PathLike[str]], base: Path | None) -> dict[str, str]:
    """Read user-named code files (``*.py``/``*.ipynb``, or folders of them) for static analysis."""
    out: dict[str, str] = {}
    for raw in paths:
        p = Path(os.path.expanduser(os.fspath(raw)))
        if not p.exists():
            raise SourceNotFoundError(f"Code path {p} does not exist.")
        # Hidden entries below the named folder (.ipynb_checkpoints, .git) are skipped; the named path
        # itself may sit in a hidden folder (``.hidden/code/``).
        files = [p] if not p.is_dir() else sorted(
            f for f in p.rglob("*") if f.suffix in (".py", ".ipynb")
            and not any(part.startswith(".") for part in f.relative_to(p).parts)
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
