"""Duplicate rows of a feature table: exact (same values) and near (same values after normalisation, within a tolerance).

Exact duplicates are rows whose values are equal, missing values included. Near duplicates are
rows that differ by at most ``tolerance`` in every column once each column is scaled by its
robust spread (interquartile range; the standard deviation where that is 0), which is what a row
looks like after a float32 round trip, a rounding to a few decimals or a unit change that was
undone: the same record, written twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["RowPairs", "duplicate_row_pairs", "scaled_columns"]


@dataclass(frozen=True)
class RowPairs:
    """Pairs of duplicate rows (``a < b``, indices into the table) and whether each pair is exact."""

    a: np.ndarray
    b: np.ndarray
    exact: np.ndarray


def scaled_columns(x: np.ndarray) -> np.ndarray:
    """Each column centred on its median and divided by its interquartile range (std, then 1, when that is 0)."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        centre = np.nanmedian(x, axis=0)
        q75, q25 = np.nanpercentile(x, [75, 25], axis=0)
        spread = q75 - q25
        std = np.nanstd(x, axis=0)
    spread = np.where(spread > 0, spread, np.where(std > 0, std, 1.0))
    centre = np.where(np.isfinite(centre), centre, 0.0)
    return (x - centre) / spread


def _exact_groups(x: np.ndarray) -> np.ndarray:
    """A group id per row; rows with equal values (NaN equal to NaN, -0.0 to 0.0) share one."""
    clean = np.where(np.isnan(x), np.nan, x + 0.0)  # one NaN bit pattern, and -0.0 becomes 0.0
    view = np.ascontiguousarray(clean).view(np.dtype((np.void, clean.dtype.itemsize * clean.shape[1])))
    _, ids = np.unique(view.ravel(), return_inverse=True)
    return ids.ravel()


def duplicate_row_pairs(x: np.ndarray, tolerance: float) -> RowPairs:
    """Pairs of exact or near-duplicate rows that connect every group of duplicates.

    Each exact group is given as a star (its first row paired with each other one): a table with
    one row repeated ten thousand times gives 9,999 pairs, not fifty million, and groups are what
    the findings report.
    """
    x = np.asarray(x, dtype=np.float64)
    n = len(x)
    if n < 2 or x.shape[1] == 0:
        return RowPairs(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, bool))
    ids = _exact_groups(x)
    order = np.argsort(ids, kind="stable")
    starts = np.flatnonzero(np.r_[True, ids[order][1:] != ids[order][:-1]])
    a_list, b_list = [], []
    for start, end in zip(starts, np.r_[starts[1:], n]):
        if end - start > 1:
            members = order[start:end]
            a_list.append(np.full(len(members) - 1, members[0]))
            b_list.append(members[1:])
    exact_a = np.concatenate(a_list) if a_list else np.zeros(0, np.int64)
    exact_b = np.concatenate(b_list) if b_list else np.zeros(0, np.int64)
    near_a = near_b = np.zeros(0, np.int64)
    if tolerance > 0:
        from scipy.spatial import cKDTree

        # One representative per exact group: copies of it add nothing to the near search.
        reps = order[starts]
        scaled = scaled_columns(x[reps])
        scaled = np.where(np.isfinite(scaled), scaled, 1e12)  # a missing value is near only to a missing value
        pairs = cKDTree(scaled).query_pairs(tolerance, p=np.inf, output_type="ndarray")
        if len(pairs):
            near_a, near_b = reps[pairs[:, 0]], reps[pairs[:, 1]]
    a = np.concatenate([exact_a, near_a]).astype(np.int64)
    b = np.concatenate([exact_b, near_b]).astype(np.int64)
    exact = np.r_[np.ones(len(exact_a), bool), np.zeros(len(near_a), bool)]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    return RowPairs(lo, hi, exact)
