"""CSV / Parquet manifests (and in-memory DataFrames) with path, label and split columns."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from dataaudit.errors import EmptyDatasetError, ManifestError, ParameterError
from dataaudit.sources.base import Dataset, SourceNote, canonical_split, make_samples
from dataaudit.sources.columns import choose_split_column, hot_columns, read_labels
from dataaudit.sources.multilabel import split_label_set
from dataaudit.sources.folder import keras_subsets, read_code_file
from dataaudit.sources.groups import GROUP_COLUMN, detect_group_column, group_cell
from dataaudit.sources.labels import UnlabelledRows
from dataaudit.safety import RealPaths, is_inside, relative_inside
from dataaudit.sources.sniff import CODE_EXTENSIONS

__all__ = ["read_manifest", "manifest_dataset", "MANIFEST_SUFFIXES"]

MANIFEST_SUFFIXES = (".csv", ".tsv", ".parquet", ".pq")

_PATH_NAMES = ("path", "filepath", "file_path", "filename", "file_name", "file", "image", "image_path", "img", "fname")
_LABEL_NAMES = ("label", "class", "class_name", "classname", "target", "category", "y", "labels", "tags")
_EXAMPLES = 10


def read_manifest(path: Path | IO[bytes], *, suffix: str | None = None, name: str | None = None) -> pd.DataFrame:
    """The manifest's table; ``path`` may be an open binary file (a manifest in object storage), named ``name``."""
    source = path
    suffix = suffix or path.suffix.lower()  # type: ignore[union-attr]
    path = name or path  # type: ignore[assignment]  # only messages show it from here on
    try:
        if suffix in (".parquet", ".pq"):
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                try:
                    import fastparquet  # noqa: F401
                except ImportError:
                    raise ManifestError(
                        f"Reading the Parquet manifest {path} needs pyarrow; "
                        "install it with: pip install 'dataaudit[parquet]'."
                    ) from None
            frame = pd.read_parquet(source)
        else:
            frame = pd.read_csv(
                source, sep="\t" if suffix == ".tsv" else ",", dtype=str, keep_default_na=False,
                na_values=[""], skipinitialspace=True,
            )
    except ManifestError:
        raise
    except (OSError, ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ManifestError(f"Cannot read manifest {path}: {reason}. Check that it is a valid {suffix[1:].upper()} file.") from None
    except Exception as exc:  # pyarrow raises its own types
        raise ManifestError(f"Cannot read manifest {path}: {type(exc).__name__}: {exc}.") from None
    return frame


def _pick(frame: pd.DataFrame, explicit: str | None, candidates: tuple[str, ...], what: str, source: str) -> str | None:
    columns = [str(c) for c in frame.columns]
    if explicit is not None:
        if explicit not in columns:
            raise ManifestError(
                f"The {what} column {explicit!r} is not in {source}; its columns are: {', '.join(columns)}."
            )
        return explicit
    lowered = {c.lower(): c for c in columns}
    for name in candidates:
        if name in lowered:
            return lowered[name]
    return None


def frame_root(frame: pd.DataFrame, path_column: str | None, allow_outside_root: bool) -> Path:
    """Where the relative paths of an in-memory table start: the working folder.

    A table of absolute paths only, some outside the working folder, is rooted at their common folder
    (rather than refused), unless ``allow_outside_root`` asks for the working folder.
    """
    cwd = Path.cwd()
    known = path_column is None or path_column in frame.columns
    column = _pick(frame, path_column, _PATH_NAMES, "path", "the table") if known else None
    if allow_outside_root or column is None or len(frame) == 0:
        return cwd
    paths = frame[column].tolist()
    if not all(isinstance(p, (str, os.PathLike)) and os.path.isabs(p) for p in paths):
        return cwd
    real = RealPaths()
    folders = {os.path.dirname(real(p)) for p in paths}
    here = os.path.realpath(cwd)
    if all(is_inside(folder, here) for folder in folders):
        return cwd  # as always: named relative to the working folder
    try:
        return Path(os.path.commonpath(sorted(folders)))
    except ValueError:  # paths on several drives
        return cwd


def _cell(value) -> str | None:
    if value is None or (np.ndim(value) == 0 and pd.isna(value)):
        return None
    if isinstance(value, (np.integer, int)) and not isinstance(value, bool):
        return str(int(value))
    text = str(value).strip()
    return text or None


def manifest_dataset(
    frame: pd.DataFrame,
    *,
    root: Path,
    source: str,
    kind: str,
    path_column: str | None = None,
    label_column: str | None = None,
    split_column: str | None = None,
    allow_outside_root: bool = False,
    validation_split: float | None = None,
    seed: int | None = None,
    split_aliases: Mapping[str, str] | None = None,
    group_column: str | None = None,
    places: Any = None,
    storage_options: Mapping[str, Any] | None = None,
) -> Dataset:
    """Resolve a manifest table to a Dataset. ``root`` is where relative paths resolve; ``places`` resolves path
    cells elsewhere than on this machine (a manifest in object storage: :class:`dataaudit.storage.UrlPlaces`)."""
    if len(frame) == 0:
        raise EmptyDatasetError(f"{source} has no rows; add one row per image (path, label, split).")
    path_col = _pick(frame, path_column, _PATH_NAMES, "path", source)
    hot = _named_hot_columns(frame, label_column, source)
    label_col = None if hot else _pick(frame, label_column, _LABEL_NAMES, "label", source)  # type: ignore[arg-type]
    split_note = None
    if split_column is not None:
        split_col = _pick(frame, split_column, (), "split", source)
    else:
        # Without validation_split, synonyms and guesses too; with it, only the names always read as the split.
        choice = choose_split_column(frame, (path_col, label_col, *hot), source, split_aliases,
                                     established_only=validation_split is not None)
        split_col, split_note = choice.column, choice.note
    if label_col is None and not hot and label_column is None:
        hot = hot_columns(frame, (path_col, split_col))
    group_col, _ = detect_group_column(frame.columns, group_column, (path_col, label_col, split_col, *hot), source)
    if path_col is None and label_col is None and not hot:
        raise ManifestError(
            f"{source} has neither a path nor a label column (looked for {', '.join(_PATH_NAMES[:4])}, ... "
            f"and {', '.join(_LABEL_NAMES[:4])}, ...); name them with path_column= / label_column= "
            "(CLI: --path-column / --label-column)."
        )
    if validation_split is not None and split_col is not None:
        raise ParameterError(
            f"{source} already has a split column ({split_col!r}); validation_split only applies "
            "to a manifest without one."
        )

    # Cell by cell in Python: pandas' string dtype would turn None back into NaN.
    paths = [_cell(v) for v in frame[path_col].tolist()] if path_col else None
    read = read_labels(frame, label_col, hot, _cell)
    labels = read.labels
    raw_splits = [_cell(v) for v in frame[split_col].tolist()] if split_col else ["train"] * len(frame)
    places = places if places is not None else _LocalPlaces(root, storage_options)
    resolved = _resolve_rows(paths, labels, raw_splits, places, source, allow_outside_root, split_aliases)
    notes = resolved.notes(source) + ([split_note] if split_note is not None else [])
    rows = resolved.rows
    if validation_split is not None:
        rows = _keras_split(rows, validation_split, seed)
    elif split_col is None:
        notes.append(SourceNote(
            "no-holdout-split",
            f"{source} has no split column; every row was audited as 'train'. Add a split column "
            "or pass validation_split= and seed=.",
        ))

    if path_col is None:
        notes.append(_no_path_column_note(frame, source))
    if not rows:
        raise EmptyDatasetError(f"None of the {len(frame)} rows of {source} names an existing file.")
    samples = make_samples(rows)
    group_origin = ""
    if group_col is not None:
        cells = frame[group_col].tolist()
        samples[GROUP_COLUMN] = pd.Series([group_cell(cells[i]) for i in resolved.source_rows], dtype=object)
        group_origin = f"column {group_col!r}"
    return Dataset(
        kind=kind,
        root=root,
        samples=samples,
        layout="manifest",
        notes=notes,
        has_images=path_col is not None,
        code_files=_code_files_beside(root) if kind == "manifest" else {},
        class_names=sorted({r[3] for r in rows if r[3] is not None} if not read.multi_label
                           else {name for r in rows for name in split_label_set(r[3])}),
        description=source + (f" (labels from the columns {', '.join(read.hot_columns)})" if read.hot_columns else ""),
        multi_label=read.multi_label,
        group_origin=group_origin,
        remote=places.files(),
    )


def _named_hot_columns(frame: pd.DataFrame, label_column, source: str) -> tuple[str, ...]:
    """The one-hot label columns the user named: a list of columns, or a comma-separated string of them."""
    if label_column is None:
        return ()
    columns = [str(c) for c in frame.columns]
    if isinstance(label_column, str):
        if label_column in columns or "," not in label_column:
            return ()
        label_column = [part.strip() for part in label_column.split(",") if part.strip()]
    missing = [c for c in label_column if c not in columns]
    if missing:
        raise ManifestError(
            f"The label column {missing[0]!r} is not in {source}; its columns are: {', '.join(columns)}.")
    return tuple(label_column)


def _no_path_column_note(frame: pd.DataFrame, source: str) -> SourceNote:
    columns = [str(c) for c in frame.columns]
    return SourceNote(
        "no-path-column",
        f"{source} has no path column (its columns: {', '.join(columns)}), so no image was checked: only its "
        "labels were audited. Name the path column with path_column= (CLI: --path-column).",
        (), {"columns": columns, "looked_for": list(_PATH_NAMES)},
    )


@dataclass(frozen=True)
class _ResolvedRows:
    """The manifest rows that name an existing file (or, without a path column, every row), and what was skipped."""

    rows: list[tuple]
    missing: list[str]  # paths of files that do not exist
    duplicates: list[str]  # paths listed again in a split that already lists them
    incomplete_lines: list[int]  # lines with an empty path or split
    unknown_splits: dict[str, int]  # split names that are not train/val/test, with their row counts
    source_rows: list[int]  # the manifest row (0-based) of each of ``rows``
    unlabelled: UnlabelledRows | None = None  # rows whose label cell spells a missing value (NaN, None, NULL, ...)

    def notes(self, source: str) -> list[SourceNote]:
        notes = []
        unlabelled = self.unlabelled.note(source, len(self.rows)) if self.unlabelled is not None else None
        if unlabelled is not None:
            notes.append(unlabelled)
        if self.missing:
            notes.append(SourceNote(
                "missing-file",
                f"{len(self.missing)} file(s) listed in {source} do not exist and were not audited.",
                tuple(self.missing[:_EXAMPLES]), {"count": len(self.missing)},
            ))
        if self.duplicates:
            notes.append(SourceNote(
                "duplicate-manifest-row",
                f"{len(self.duplicates)} path(s) appear more than once in one split of {source}; only the first "
                "row of each was audited.",
                tuple(sorted(set(self.duplicates))[:_EXAMPLES]), {"count": len(self.duplicates)},
            ))
        if self.incomplete_lines:
            bad = sorted(self.incomplete_lines)
            notes.append(SourceNote(
                "incomplete-manifest-row",
                f"{len(bad)} row(s) of {source} have an empty path or split and were skipped "
                f"(lines {', '.join(map(str, bad[:_EXAMPLES]))}{', ...' if len(bad) > _EXAMPLES else ''}).",
                (), {"lines": bad[:100], "count": len(bad)},
            ))
        for name, n in sorted(self.unknown_splits.items()):
            notes.append(SourceNote(
                "unknown-split-name",
                f"{n} row(s) use split name {name!r}, which is not train/val/test; they were audited as "
                f"their own split. Map it with split_aliases={{'{name}': 'test'}} if it is one of those.",
                (), {"split": name, "count": n},
            ))
        return notes


def _resolve_rows(
    paths: list[str | None] | None,
    labels: list[str | None],
    raw_splits: list[str | None],
    places: Any,
    source: str,
    allow_outside_root: bool,
    split_aliases: Mapping[str, str] | None,
) -> _ResolvedRows:
    """Sample rows from the manifest's cells; ``paths`` is None when the manifest has no path column."""
    rows: list[tuple] = []
    missing: list[str] = []
    empty_path_rows: list[int] = []
    no_split_rows: list[int] = []
    unknown_splits: dict[str, int] = {}
    # The splits each path is listed in. A file listed in two splits stays a sample of each: the leakage
    # auditor then reports it as a cross-split duplicate (DA101), like a copy of it under another name.
    seen: dict[str, set[str]] = {}
    missing_seen: set[str] = set()
    duplicates: list[str] = []
    source_rows: list[int] = []
    # Only in a labelled manifest: a label column left empty throughout means an unlabelled dataset.
    unlabelled = UnlabelledRows() if any(label is not None for label in labels) else None
    for i, (label, raw_split) in enumerate(zip(labels, raw_splits)):
        line = i + 2  # header is line 1 in a CSV
        if raw_split is None:
            no_split_rows.append(line)
            continue
        split = canonical_split(raw_split, split_aliases)
        if split is None:
            split = raw_split
            unknown_splits[raw_split] = unknown_splits.get(raw_split, 0) + 1
        if paths is None:
            where = f"row {line}"
            rows.append((where, None, split, unlabelled.clean(label, where) if unlabelled else label, -1))
            source_rows.append(i)
            continue
        value = paths[i]
        if value is None:
            empty_path_rows.append(line)
            continue
        resolved, rel, inside = places.place(value)
        if not inside and not allow_outside_root:
            raise ManifestError(
                f"{source} row {line} points outside the manifest's folder ({value}); "
                "pass allow_outside_root=True (CLI: --allow-outside-root) if that is intended."
            )
        splits_of_path = seen.setdefault(rel, set())
        if split in splits_of_path:
            duplicates.append(rel)
            continue
        splits_of_path.add(split)
        if rel in missing_seen or not places.exists(resolved):
            if rel not in missing_seen:
                missing_seen.add(rel)
                missing.append(rel)
            continue
        rows.append((rel, resolved, split, unlabelled.clean(label, rel) if unlabelled else label, -1))
        source_rows.append(i)
    return _ResolvedRows(rows, missing, duplicates, empty_path_rows + no_split_rows, unknown_splits, source_rows,
                         unlabelled)


class _LocalPlaces:
    """Where a manifest's path cells point: relative paths under the manifest's folder, and URLs (object storage,
    read with ``storage_options``; see :mod:`dataaudit.storage`)."""

    def __init__(self, root: Path, storage_options: Mapping[str, Any] | None = None):
        self.root, self.root_real = root, os.path.realpath(root)
        self.real = RealPaths()
        self.storage_options = storage_options
        self.urls: Any = None  # a dataaudit.storage.UrlPlaces once a cell is a URL

    def place(self, value: str) -> tuple[str, str, bool]:
        """``(resolved path, path shown in the report, inside the manifest's folder)``; a URL names its object
        explicitly, so it counts as inside."""
        from dataaudit import storage

        if storage.is_url(value):
            if self.urls is None:
                self.urls = storage.UrlPlaces(None, storage.remote_reader(value, self.storage_options))
            return self.urls.place(value)[0], storage.display_url(value), True
        resolved = self.real(value if os.path.isabs(value) else os.path.join(self.root, value))
        inside = is_inside(resolved, self.root_real)
        return resolved, relative_inside(resolved, self.root_real).replace(os.sep, "/") if inside else resolved, inside

    def exists(self, resolved: str) -> bool:
        return self.urls.exists(resolved) if self.urls is not None and "://" in resolved else os.path.isfile(resolved)

    def files(self) -> Any:
        return None if self.urls is None else self.urls.files()


def _keras_split(rows: list[tuple], validation_split: float, seed: int | None) -> list[tuple]:
    """The rows with split 'train' or 'val', as Keras's image_dataset_from_directory splits a folder."""
    if seed is None:
        raise ParameterError("validation_split needs a seed so the split is reproducible; pass seed=<int>.")
    order = [r[0] for r in rows]
    if int(validation_split * len(order)) == 0:
        raise ParameterError(
            f"validation_split={validation_split} of {len(order)} row(s) leaves no validation rows; "
            "use a larger validation_split."
        )
    # The same seeded shuffle-and-slice as Keras's image_dataset_from_directory.
    training, validation = keras_subsets(order, validation_split, seed)
    assign = {rel: "train" for rel in training} | {rel: "val" for rel in validation}
    return [(r[0], r[1], assign[r[0]], r[3], r[4]) for r in rows]


def _code_files_beside(root: Path) -> dict[str, str]:
    """Code files next to the manifest, for the preprocessing auditor."""
    code_files: dict[str, str] = {}
    try:
        for entry in sorted(os.listdir(root)):
            if os.path.splitext(entry)[1].lower() in CODE_EXTENSIONS and not entry.startswith("."):
                text = read_code_file(root / entry)
                if text is not None:
                    code_files[entry] = text
    except OSError:
        pass
    return code_files
