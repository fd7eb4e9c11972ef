"""The shared, columnar result of the one scan: what every auditor reads."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dataaudit.scan.features import get_feature
from dataaudit.scan.store import DEFAULT_CHUNK_SIZE, FeatureRows, FeatureStore

__all__ = ["FeatureTable", "FeatureColumns", "META_COLUMNS", "ScanStats"]

#: Per-image columns of ``FeatureTable.meta`` filled by the scan (besides the sample columns).
META_COLUMNS = {
    "bytes": 0,
    "content_hash": "",
    "width": 0,
    "height": 0,
    "mode": "",
    "format": "",
    "n_frames": 1,
    "exif_orientation": 0,
    "has_alpha": False,
    "bits": 8,
    # Camera body (make, model and serial or owner) and shooting time (DateTimeOriginal + subseconds, seconds
    # since 1970, local clock) from EXIF: photo bursts split across train and test are found from these.
    "exif_camera": "",
    "exif_time": float("nan"),
    # The patient a DICOM file belongs to (its PatientID tag): scans of one patient must stay in one split.
    "subject_id": "",
    # Why an image has no features: empty, missing, unreadable, not-image, truncated, corrupt or bomb
    # (the integrity auditor maps each to its rule); "" when it has them.
    "error_kind": "",
    "error": "",
}


@dataclass
class ScanStats:
    """What the scan did. ``decoded`` counts images actually decoded (0 on a fully cached re-scan)."""

    items: int = 0
    decoded: int = 0
    path_cache_hits: int = 0
    content_cache_hits: int = 0
    errors: int = 0
    jobs: int = 1
    seconds: float = 0.0
    cache: str = "disabled"  # "disabled", "read-write", "read-only", "bypassed"
    cache_path: str | None = None
    features: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "items": self.items,
            "decoded": self.decoded,
            "path_cache_hits": self.path_cache_hits,
            "content_cache_hits": self.content_cache_hits,
            "errors": self.errors,
            "jobs": self.jobs,
            "seconds": round(self.seconds, 3),
            "cache": self.cache,
            "cache_path": self.cache_path,
            "features": list(self.features),
        }


class FeatureColumns(Mapping):
    """``FeatureTable.features``: each feature's ``(n, *shape)`` array by name.

    Features kept in memory are returned as they are; an on-disk one (see
    :mod:`dataaudit.scan.store`) as a new read-only ``numpy.memmap`` on each access.
    """

    def __init__(self, arrays: Mapping[str, np.ndarray], store: FeatureStore | None = None):
        self.arrays = dict(arrays)
        self.store = store

    def __getitem__(self, name: str) -> np.ndarray:
        if name in self.arrays:
            return self.arrays[name]
        if self.store is not None and name in self.store:
            return self.store.open(name)
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return name in self.arrays or (self.store is not None and name in self.store)

    def __iter__(self) -> Iterator[str]:
        yield from self.arrays
        if self.store is not None:
            yield from (name for name in self.store.names if name not in self.arrays)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __reduce__(self) -> tuple:
        # A pickle (or deep copy) must stand on its own: the files belong to this process and go with it.
        return (FeatureColumns, ({name: np.array(self[name]) for name in self}, None))


@dataclass
class FeatureTable:
    """One row per sample.

    ``meta`` is a DataFrame with the sample columns (``relpath``, ``path``,
    ``split``, ``label``, ``array_index``) and :data:`META_COLUMNS`; ``features``
    maps each computed feature name to an array of shape ``(len(meta), *shape)``
    whose rows are zero where ``ok`` is False (the image could not be decoded).

    Large features live on disk (``store``), so that memory does not grow with the
    dataset: read them with :meth:`feature_rows` (the rows you need, or chunk by chunk)
    rather than whole. ``chunk_size`` is how many images a chunk holds.
    """

    meta: pd.DataFrame
    features: Mapping[str, np.ndarray] = field(default_factory=dict)
    store: FeatureStore | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE

    def __post_init__(self) -> None:
        if not isinstance(self.features, FeatureColumns) or self.features.store is not self.store:
            self.features = FeatureColumns(self.features, self.store)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "store": None}  # the features travel in memory (FeatureColumns.__reduce__)

    def __len__(self) -> int:
        return len(self.meta)

    @property
    def ok(self) -> np.ndarray:
        """Rows whose image decoded (and so have features)."""
        if "error_kind" not in self.meta:
            return np.zeros(len(self.meta), dtype=bool)
        return (self.meta["error_kind"] == "").to_numpy()

    def _check_computed(self, name: str) -> None:
        if name not in self.features:
            get_feature(name)  # raises a clear KeyError for an unknown name
            raise KeyError(
                f"feature {name!r} was not computed in this scan; declare it in the auditor's `requires`"
            )

    def feature(self, name: str) -> np.ndarray:
        """The ``(n, *shape)`` array of a feature the auditor declared in ``requires``.

        An on-disk feature comes as a read-only memory map: indexing it reads from the file,
        and what it touched stays resident while the map lives. To bound memory, read it with
        :meth:`feature_rows` instead.
        """
        self._check_computed(name)
        return self.features[name]

    def feature_rows(self, name: str, rows: np.ndarray | None = None) -> FeatureRows:
        """The feature's rows (all, or table rows ``rows`` in that order), read when indexed.

        ``feature_rows(name, rows)[k]`` is table row ``rows[k]``; any indexing returns a new
        array and keeps nothing else in memory; ``.chunks()`` walks them ``chunk_size`` at a time.
        """
        self._check_computed(name)
        columns = self.features
        source = columns.arrays[name] if name in columns.arrays else columns.store
        return FeatureRows(source, name, rows, chunk_size=self.chunk_size)  # type: ignore[arg-type]

    @property
    def splits(self) -> list[str]:
        from dataaudit.sources.base import split_sort_key

        return sorted(self.meta["split"].dropna().unique().tolist(), key=split_sort_key)
