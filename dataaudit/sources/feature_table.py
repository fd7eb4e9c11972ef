"""A table of features with a label and a split column (CSV, Parquet or a DataFrame), and no image paths.

Such a table is the tabular counterpart of an image manifest: its numeric columns are the
features, audited as ``(N, features)`` arrays per split (duplicate rows, conflicting targets,
drift, balance), with the column names kept for the findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from dataaudit.sources.arrays import arrays_dataset
from dataaudit.sources.base import Dataset, SourceNote, canonical_split
from dataaudit.sources.groups import detect_group_column
from dataaudit.sources.columns import SPLIT_COLUMN_NAMES
from dataaudit.sources.manifest import _LABEL_NAMES, _PATH_NAMES, _pick

__all__ = ["is_feature_table", "feature_table_dataset"]

_ID_NAMES = ("id", "index", "unnamed: 0", "row_id", "rowid", "sample_id")


def _roles(frame: pd.DataFrame, label_column: str | None, split_column: str | None, source: str
           ) -> tuple[str | None, str | None, list[str]]:
    label = _pick(frame, label_column, _LABEL_NAMES, "label", source)
    split = _pick(frame, split_column, SPLIT_COLUMN_NAMES, "split", source)
    group, _ = detect_group_column(frame.columns, None, (label, split), source)
    skip = {label, split, group}
    features = [c for c in frame.columns if c not in skip and str(c).strip().lower() not in _ID_NAMES]
    return label, split, features


def is_feature_table(frame: pd.DataFrame, *, path_column: str | None, label_column: str | None,
                     split_column: str | None, source: str) -> bool:
    """No path column, and at least one numeric column besides label, split, group and ids."""
    if path_column is not None or _pick(frame, None, _PATH_NAMES, "path", source) is not None:
        return False
    _, _, features = _roles(frame, label_column, split_column, source)
    return any(_numeric(frame[c]) is not None for c in features)


def _numeric(column: pd.Series) -> np.ndarray | None:
    """The column as float64 when it holds numbers (as numbers or as text of numbers); else None."""
    if pd.api.types.is_bool_dtype(column) or pd.api.types.is_numeric_dtype(column):
        return column.to_numpy(dtype=np.float64, na_value=np.nan)
    converted = pd.to_numeric(column, errors="coerce")
    present = column.notna() & (column.astype(str).str.strip() != "")
    if present.any() and converted[present].notna().all():
        return converted.to_numpy(dtype=np.float64, na_value=np.nan)
    return None


def feature_table_dataset(frame: pd.DataFrame, *, root: Path | None, source: str, label_column: str | None = None,
                          split_column: str | None = None, split_aliases: Mapping[str, str] | None = None,
                          validation_split: float | None = None) -> Dataset:
    label, split, candidates = _roles(frame, label_column, split_column, source)
    numeric = {str(c): values for c in candidates if (values := _numeric(frame[c])) is not None}
    dropped = [str(c) for c in candidates if str(c) not in numeric]
    x = np.column_stack(list(numeric.values()))
    y = None
    if label is not None:
        labels = _numeric(frame[label])
        y = labels if labels is not None else frame[label].astype(str).to_numpy(dtype=str)
    if split is None:
        parts = {"train": (x, y)}
    else:
        names = [None if pd.isna(v) else str(v).strip() for v in frame[split].tolist()]
        parts = {}
        for name in dict.fromkeys(n for n in names if n):
            rows = np.array([n == name for n in names])
            key = canonical_split(name, split_aliases) or name
            parts[key] = (x[rows], None if y is None else y[rows])
    dataset = arrays_dataset(parts, validation_split=validation_split)
    dataset.root = root
    dataset.layout = "feature-table"
    dataset.feature_names = list(numeric)
    if dropped:
        dataset.notes.append(SourceNote(
            "non-numeric-columns",
            f"{source}: non-numeric column(s) {', '.join(dropped[:10])} were not audited as features.",
            (), {"columns": dropped}))
    dataset.description = f"feature table {source} ({len(frame)} rows, {x.shape[1]} numeric columns)"
    return dataset
