"""What every source resolves to: a :class:`Dataset` listing samples, before any decoding."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["Dataset", "SourceNote", "canonical_split", "SPLIT_ORDER", "SAMPLE_COLUMNS"]

#: Folder / column values recognised as split names (matched case-insensitively).
SPLIT_NAMES = {
    "train": "train",
    "training": "train",
    "val": "val",
    "valid": "val",
    "validation": "val",
    "test": "test",
    "testing": "test",
}

SPLIT_ORDER = ("train", "val", "test")

#: Columns of ``Dataset.samples``.
SAMPLE_COLUMNS = ("relpath", "path", "split", "label", "array_index")


def canonical_split(name: str, aliases: Mapping[str, str] | None = None) -> str | None:
    """Map a folder or column value to ``train``/``val``/``test`` (or a user alias); None if unknown."""
    key = str(name).strip()
    if aliases:
        for alias, target in aliases.items():
            if alias.lower() == key.lower():
                return SPLIT_NAMES.get(target.lower(), target)
    return SPLIT_NAMES.get(key.lower())


def sort_labels(labels) -> list[str]:
    """Class names in the order Keras indexes them: numeric for integer labels, else alphanumeric."""
    labels = list(labels)
    if labels and all(str(v).lstrip("-").isdigit() for v in labels):
        return sorted(labels, key=lambda v: int(v))
    return sorted(labels)


def split_sort_key(split: str) -> tuple[int, str]:
    return (SPLIT_ORDER.index(split) if split in SPLIT_ORDER else len(SPLIT_ORDER), split)


@dataclass(frozen=True)
class SourceNote:
    """Something the source layer noticed while listing the dataset.

    Notes are not findings themselves: the integrity auditor turns them into
    findings, so select/ignore/baseline apply to them like to everything else.
    ``kind`` is one of the keys of ``dataaudit.auditors.integrity.auditor.NOTE_RULES``.
    """

    kind: str
    message: str
    paths: tuple[str, ...] = ()
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Dataset:
    """A listed dataset: one row per sample in ``samples`` (columns ``SAMPLE_COLUMNS``).

    - ``relpath``: the sample's path relative to ``root`` (POSIX separators), or
      ``"<split>[<index>]"`` for in-memory arrays;
    - ``path``: absolute file path, or None for arrays and tabular rows;
    - ``split``: canonical split name; ``label``: class name as str, or None;
    - ``array_index``: row in ``arrays[split]`` for array sources, else -1.
    """

    kind: str  # "folder", "manifest", "dataframe", "records", "arrays", or a framework ("tf.data", ...) when files
    root: Path | None
    samples: pd.DataFrame
    layout: str
    notes: list[SourceNote] = field(default_factory=list)
    arrays: dict[str, tuple[np.ndarray, np.ndarray | None]] | None = None
    has_images: bool = True
    code_files: dict[str, str] = field(default_factory=dict)
    class_names: list[str] = field(default_factory=list)
    description: str = ""
    #: Where ``samples["group"]`` came from ("column 'patient_id'", "pattern '...'"); "" when there are no groups.
    group_origin: str = ""
    #: Column names of a feature table (arrays of shape (N, features)), when the source has them.
    feature_names: list[str] = field(default_factory=list)
    #: What a detection layout's boxes say (``sources.detection.DetectionAnnotations``); None for other sources.
    annotations: Any = None
    #: Each ``label`` is a label set (``"cat|dog"``, see :mod:`dataaudit.sources.multilabel`).
    multi_label: bool = False
    #: Files in object storage: how to read them (a ``dataaudit.storage.RemoteFiles``); None for local files.
    remote: Any = None

    @property
    def labelled(self) -> bool:
        return bool(self.samples["label"].notna().any()) if len(self.samples) else False

    @property
    def splits(self) -> list[str]:
        return sorted(self.samples["split"].dropna().unique().tolist(), key=split_sort_key)

    def summary(self) -> dict[str, Any]:
        """Counts per split and class, for the report."""
        out: dict[str, Any] = {"n_samples": int(len(self.samples)), "splits": {}}
        for split in self.splits:
            rows = self.samples[self.samples["split"] == split]
            labels = rows["label"].dropna()
            if self.multi_label:  # images per label: an image counts once for each of its labels
                labels = labels.map(lambda v: v.split("|") if v else []).explode().dropna()
            counts = labels.value_counts()
            out["splits"][split] = {
                "n": int(len(rows)),
                "classes": {str(k): int(counts[k]) for k in sorted(counts.index, key=str)},
                "unlabelled": int(rows["label"].isna().sum()),
            }
        return out


def make_samples(rows: list[tuple[str, str | None, str, str | None, int]]) -> pd.DataFrame:
    """The samples frame: Python objects in the text columns, None where missing."""
    if not rows:
        return _inferred_samples(rows)
    columns = dict(zip(SAMPLE_COLUMNS, zip(*rows)))
    data: dict[str, Any] = {"array_index": np.asarray(columns["array_index"], dtype=np.int64)}
    for col in ("relpath", "path", "split", "label"):
        values = columns[col]
        if not all(type(v) is str or v is None for v in values):
            return _inferred_samples(rows)  # labels of other types: as pandas infers and converts them
        cells = np.empty(len(values), dtype=object)
        # The listing's own strings, not new ones made from pandas' string dtype; split and label names
        # shared: a million images carry a handful of them, and a string each cost 120 MB.
        cells[:] = [v if v is None else sys.intern(v) for v in values] if col in ("split", "label") else values
        data[col] = pd.Series(cells, dtype=object, copy=False)
    return pd.DataFrame(data, columns=list(SAMPLE_COLUMNS))


def _inferred_samples(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(SAMPLE_COLUMNS))
    frame["array_index"] = frame["array_index"].astype(np.int64)
    for col in ("relpath", "path", "split", "label"):
        frame[col] = frame[col].astype(object)
        frame.loc[frame[col].isna(), col] = None
    return frame
