"""Does a feature's distribution differ between two splits? KS for continuous columns, chi-square for categorical ones.

A p-value alone flags every column of a large table (a difference of 0.1% is "significant" with a
million rows), so a column drifts only when the test is significant *and* the effect is large
enough to matter: the KS statistic (the largest gap between the two cumulative distributions) or
Cramér's V of the contingency table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["ColumnDrift", "column_drift", "MIN_VALUES"]

#: Fewer values than this in either split: no test (it could only find huge differences, noisily).
MIN_VALUES = 20


@dataclass(frozen=True)
class ColumnDrift:
    test: str  # "ks" or "chi2"
    statistic: float
    p_value: float
    effect: float  # KS statistic, or Cramér's V


def column_drift(reference: np.ndarray, other: np.ndarray, max_categories: int = 10) -> ColumnDrift | None:
    """The drift test of one column between two splits (missing values left out); None when too few values."""
    from scipy import stats

    ref = np.asarray(reference, dtype=np.float64)
    oth = np.asarray(other, dtype=np.float64)
    ref, oth = ref[np.isfinite(ref)], oth[np.isfinite(oth)]
    if len(ref) < MIN_VALUES or len(oth) < MIN_VALUES:
        return None
    values = np.unique(np.concatenate([ref, oth]))
    if len(values) < 2:
        return None
    if len(values) <= max_categories:
        table = np.stack([np.bincount(np.searchsorted(values, ref), minlength=len(values)),
                          np.bincount(np.searchsorted(values, oth), minlength=len(values))])
        table = table[:, table.sum(axis=0) > 0]
        chi2, p, _, _ = stats.chi2_contingency(table, correction=False)
        v = float(np.sqrt(chi2 / table.sum()))  # two rows: min(r, c) - 1 == 1
        return ColumnDrift("chi2", float(chi2), float(p), v)
    result = stats.ks_2samp(ref, oth)
    return ColumnDrift("ks", float(result.statistic), float(result.pvalue), float(result.statistic))
