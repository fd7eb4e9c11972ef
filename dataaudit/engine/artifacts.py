"""Typed results that one auditor publishes for others, in ``AuditContext.artifacts[<auditor name>]``.

An auditor reading another's artifact lists that auditor in its ``after`` and
must work without it (the other auditor may be deselected or may have crashed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["DuplicateGroups", "CodeObservations"]


@dataclass(frozen=True)
class DuplicateGroups:
    """Published by the split-leakage auditor as ``artifacts["leakage"]``.

    ``groups`` are connected components of matched images (exact or near
    copies), each an ascending array of row indices into ``ctx.table.meta``,
    with at least two members. ``kinds[i]`` is ``"exact"`` when every pair in
    group ``i`` is byte- or pixel-identical, else ``"near"``.
    """

    groups: tuple[np.ndarray, ...] = ()
    kinds: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def group_of(self, n_rows: int) -> np.ndarray:
        """Group id per table row (-1 for images in no group)."""
        out = np.full(n_rows, -1, dtype=np.int64)
        for gid, rows in enumerate(self.groups):
            out[rows] = gid
        return out

    def cross_split_eval_rows(self, splits: np.ndarray, train: str = "train") -> np.ndarray:
        """Rows outside ``train`` that share a group with a ``train`` row: the leaked evaluation images."""
        leaked: list[int] = []
        for rows in self.groups:
            member_splits = splits[rows]
            if (member_splits == train).any():
                leaked.extend(int(r) for r, s in zip(rows, member_splits) if s != train)
        return np.array(sorted(leaked), dtype=np.int64)


@dataclass(frozen=True)
class CodeObservations:
    """Published by the preprocessing auditor as ``artifacts["preprocessing"]``.

    ``image_data_generators``: each ``ImageDataGenerator(...)`` construction
    found in the analysed code, as ``{"path": str, "line": int, "kwargs":
    {name: literal value}}`` (non-literal values are given as their source text).
    """

    image_data_generators: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
