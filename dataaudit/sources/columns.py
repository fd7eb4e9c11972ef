"""Which manifest columns hold the split and the labels, when the user did not name them.

The split column: ``split`` and its synonyms (``subset``, ``set``, ``partition``, ``fold``, ``stage``),
another column with one of those words in its name, or a text column whose values are split names
(``train``/``val``/``test``). A guess that is not a plain ``split`` column with split names, or a choice
between several such columns, is reported (note ``split-column-guessed``, a WARNING) naming the column
used and those ignored, so a manifest is never audited as all-train without a word.

The labels: a label column whose cells hold several labels (lists, ``cat|dog``) is multi-label; without
a label column, two or more 0/1 columns are one-hot (or multi-hot) labels named after the columns.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dataaudit.sources.base import SourceNote, canonical_split
from dataaudit.sources.multilabel import join_label_set, list_cell

__all__ = ["SPLIT_COLUMN_NAMES", "SplitColumn", "choose_split_column", "LabelColumns", "read_labels", "hot_columns"]

#: Column names read as the split without a word, when their values are split names (matched case-insensitively).
SPLIT_COLUMN_NAMES = ("split", "subset", "set", "partition", "fold", "stage")
#: The names manifests were read by before synonyms were guessed: their columns are used as they always were.
_ESTABLISHED = ("split", "subset", "set", "partition")
_SPLIT_WORDS = ("split", "subset", "partition", "fold", "stage", "phase")
_MAX_SPLIT_VALUES = 20  # a column with more distinct values is an ID or a measurement, not a split


@dataclass(frozen=True)
class SplitColumn:
    """The split column chosen (None: every row is 'train') and the note that says it was a guess."""

    column: str | None
    note: SourceNote | None = None


@dataclass(frozen=True)
class _Candidate:
    column: Hashable  # as the frame names it (a DataFrame may have integer column names)
    why: str  # "name", "word in name" or "values"
    rank: int  # lower wins among equally recognised candidates
    recognised: float  # share of the non-empty values that are split names
    values: tuple[str, ...]


def choose_split_column(frame: pd.DataFrame, taken: Sequence[str | None], source: str,
                        aliases: Mapping[str, str] | None, *, established_only: bool = False) -> SplitColumn:
    """The split column of ``frame`` among the columns not ``taken`` (path and label columns)."""
    found = (_candidate(frame, col, aliases) for col in frame.columns if col not in taken)
    candidates = [c for c in found if c is not None and (not established_only or _established(c))]
    if not candidates:
        return SplitColumn(None)
    # A column named like the established names wins, as it always did; then the one holding split names.
    candidates.sort(key=lambda c: (not _established(c), -c.recognised, c.rank))
    best, others = candidates[0], candidates[1:]
    plain = _established(best) or (best.why == "name" and best.recognised == 1.0)
    # Another column of split names makes the choice ambiguous; other split-like columns are metadata.
    rivals = [c for c in others if c.recognised == 1.0]
    if plain and not rivals:
        return SplitColumn(best.column)
    others = rivals if plain else others
    if best.why != "name" and best.recognised < 0.5:
        # A column named like a split whose values are not split names: not used, but not passed over in silence.
        return SplitColumn(None, SourceNote(
            "split-column-guessed",
            f"{source} has a column {best.column!r} that looks like a split column, but its values "
            f"({_listed(best.values)}) are not train/val/test, so it was ignored and every row was audited as "
            f"'train'. Name it with split_column={best.column!r} (CLI: --split-column) and map its values with "
            "split_aliases= if it is the split.",
            (), {"column": None, "ignored": [c.column for c in candidates], "values": list(best.values[:10])},
        ))
    parts = [f"{source}: column {best.column!r} was read as the split column"]
    if best.why != "name":
        parts.append(f"(guessed from its {'name' if best.why == 'word in name' else 'values'}: "
                     f"{_listed(best.values)})")
    if best.recognised < 1.0:
        unknown = [v for v in best.values if canonical_split(v, aliases) is None]
        parts.append(f"; its values {_listed(unknown)} are not train/val/test, so each was audited as a split "
                     "of its own (cross-fold copies count as leakage)")
    if others:
        parts.append(f"; also split-like and ignored: {', '.join(repr(c.column) for c in others)}")
    message = " ".join(parts).replace(" ;", ";") + (
        f". Name the split column with split_column= (CLI: --split-column) to confirm or change this.")
    return SplitColumn(best.column, SourceNote(
        "split-column-guessed", message, (),
        {"column": best.column, "guessed_from": best.why, "ignored": [c.column for c in others],
         "values": list(best.values[:10])},
    ))


def _established(candidate: _Candidate) -> bool:
    return candidate.why == "name" and str(candidate.column).strip().lower() in _ESTABLISHED


def _candidate(frame: pd.DataFrame, column, aliases: Mapping[str, str] | None) -> _Candidate | None:
    lowered = str(column).strip().lower()
    if lowered in SPLIT_COLUMN_NAMES:
        why, rank = "name", SPLIT_COLUMN_NAMES.index(lowered)
    elif any(word in lowered for word in _SPLIT_WORDS):
        why, rank = "word in name", len(SPLIT_COLUMN_NAMES)
    else:
        why, rank = "values", len(SPLIT_COLUMN_NAMES) + 1
    values = frame[column]
    if why == "values" and not (values.dtype == object or pd.api.types.is_string_dtype(values)):
        return None
    try:
        # IDs and file names show themselves in the first rows: their millions of values are not hashed.
        if why == "values" and values.head(10_000).nunique() > _MAX_SPLIT_VALUES:
            return None
        counted = values.value_counts(dropna=True)
    except TypeError:  # unhashable cells (lists): not a split column
        return None
    if why == "values" and (len(counted) == 0 or len(counted) > _MAX_SPLIT_VALUES):
        return None
    counts: dict[str, int] = {}
    for value, n in counted.items():
        text = str(value).strip()
        counts[text] = counts.get(text, 0) + int(n)
    texts = tuple(sorted((t for t in counts if t), key=str))
    shown = texts[:_MAX_SPLIT_VALUES]
    total = sum(counts.values())
    known = sum(n for v, n in counts.items() if canonical_split(v, aliases) is not None)
    recognised = known / total if total else 0.0
    if why == "values" and recognised < 1.0:
        return None
    return _Candidate(column, why, rank, recognised, shown)


def _listed(values: Sequence[str]) -> str:
    shown = ", ".join(values[:6])
    return shown + (", ..." if len(values) > 6 else "")


@dataclass(frozen=True)
class LabelColumns:
    """Each row's label (a stored label set when ``multi_label``), and where they came from."""

    labels: list[str | None]
    multi_label: bool
    hot_columns: tuple[str, ...] = ()


def read_labels(frame: pd.DataFrame, label_col: str | None, hot: Sequence[str], cell) -> LabelColumns:
    """Labels from one column (lists make it multi-label) or from one-hot columns ``hot``."""
    if label_col is None and hot:
        matrix = np.column_stack([_hot_values(frame[c]) for c in hot])
        names = [str(c) for c in hot]
        per_row = matrix.sum(axis=1)
        if (per_row == 1).all():
            return LabelColumns([names[i] for i in matrix.argmax(axis=1)], False, tuple(names))
        sets = [join_label_set(names[j] for j in np.flatnonzero(row)) for row in matrix]
        return LabelColumns(sets, True, tuple(names))
    if label_col is None:
        return LabelColumns([None] * len(frame), False)
    raw = frame[label_col].tolist()
    # A cheap look first: a million single labels are not each parsed as a possible list.
    several = (list, tuple, set, frozenset, np.ndarray)
    if not any(("|" in v or "[" in v) if type(v) is str else isinstance(v, several) for v in raw):
        return LabelColumns([cell(v) for v in raw], False)
    lists = [list_cell(v) for v in raw]
    if not any(v is not None for v in lists):
        return LabelColumns([cell(v) for v in raw], False)
    labels: list[str | None] = []
    for value, parsed in zip(raw, lists):
        if parsed is not None:
            labels.append(join_label_set(parsed))
        else:
            single = cell(value)
            labels.append(None if single is None else join_label_set([single]))
    return LabelColumns(labels, True)


_TRUE = {"1", "1.0", "true", "yes"}
_FALSE = {"0", "0.0", "false", "no", ""}


def hot_columns(frame: pd.DataFrame, taken: Sequence[str | None]) -> tuple[str, ...]:
    """Columns that all hold 0/1 values, when there are at least two: one-hot or multi-hot labels."""
    found = []
    for col in frame.columns:
        if col in taken:
            continue
        values = frame[col]
        if values.dtype == bool or pd.api.types.is_numeric_dtype(values):
            ok = values.dropna().isin((0, 1)).all() and values.notna().any()
        else:
            try:
                texts = {str(v).strip().lower() for v in pd.unique(values.dropna())}
            except TypeError:
                continue
            ok = bool(texts) and texts <= (_TRUE | _FALSE)
        if ok:
            found.append(col)
    return tuple(found) if len(found) >= 2 else ()


def _hot_values(values: pd.Series) -> np.ndarray:
    if values.dtype == bool or pd.api.types.is_numeric_dtype(values):
        return values.fillna(0).to_numpy().astype(bool)
    return values.map(lambda v: str(v).strip().lower() in _TRUE).to_numpy(dtype=bool)
