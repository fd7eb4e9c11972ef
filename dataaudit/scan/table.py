"""The shared, columnar result of the one scan: what every auditor reads."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dataaudit.scan.features import get_feature

__all__ = ["FeatureTable", "META_COLUMNS", "ScanStats"]

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


@dataclass
class FeatureTable:
    """One row per sample.

    ``meta`` is a DataFrame with the sample columns (``relpath``, ``path``,
    ``split``, ``label``, ``array_index``) and :data:`META_COLUMNS`; ``features``
    maps each computed feature name to an array of shape ``(len(meta), *shape)``
    whose rows are zero where ``ok`` is False (the image could not be decoded).
    """

    meta: pd.DataFrame
    features: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.meta)

    @property
    def ok(self) -> np.ndarray:
        """Rows whose image decoded (and so have features)."""
        if "error_kind" not in self.meta:
            return np.zeros(len(self.meta), dtype=bool)
        return (self.meta["error_kind"] == "").to_numpy()

    def feature(self, name: str) -> np.ndarray:
        """The ``(n, *shape)`` array of a feature the auditor declared in ``requires``."""
        if name not in self.features:
            get_feature(name)  # raises a clear KeyError for an unknown name
            raise KeyError(
                f"feature {name!r} was not computed in this scan; declare it in the auditor's `requires`"
            )
        return self.features[name]

    @property
    def splits(self) -> list[str]:
        from dataaudit.sources.base import split_sort_key

        return sorted(self.meta["split"].dropna().unique().tolist(), key=split_sort_key)
