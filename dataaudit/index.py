"""Candidate search over binary signatures: all pairs within a Hamming radius.

Signatures are packed bit strings: ``(n, nbytes)`` uint8 arrays (8 bytes for a
64-bit hash). :func:`find_pairs` returns every pair within ``radius`` bits.

This module currently holds the exact, chunked reference implementation; it
is O(n_a * n_b) in time, bounded in memory.
"""

from __future__ import annotations

import numpy as np

__all__ = ["find_pairs", "hamming_distance"]

_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


def hamming_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise Hamming distance between two equally shaped packed arrays."""
    return _POPCOUNT[np.bitwise_xor(a, b)].sum(axis=-1, dtype=np.int64)


def _check(codes: np.ndarray, name: str) -> np.ndarray:
    codes = np.ascontiguousarray(codes)
    if codes.dtype != np.uint8 or codes.ndim != 2:
        raise ValueError(f"{name} must be a (n, nbytes) uint8 array of packed bits; got {codes.dtype} {codes.shape}")
    return codes


def find_pairs(
    codes_a: np.ndarray, codes_b: np.ndarray | None = None, radius: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All ``(i, j, distance)`` with ``hamming(codes_a[i], codes_b[j]) <= radius``.

    With ``codes_b=None`` it searches within ``codes_a`` and returns pairs with
    ``i < j``. Results are sorted by ``(i, j)``; arrays are int64.
    """
    a = _check(codes_a, "codes_a")
    self_join = codes_b is None
    b = a if self_join else _check(codes_b, "codes_b")
    if a.shape[1] != b.shape[1]:
        raise ValueError(f"signature widths differ: {a.shape[1]} vs {b.shape[1]} bytes")
    out_i, out_j, out_d = [], [], []
    chunk = max(1, 4_000_000 // max(1, len(b) * a.shape[1]))
    for start in range(0, len(a), chunk):
        block = a[start : start + chunk]
        dist = _POPCOUNT[np.bitwise_xor(block[:, None, :], b[None, :, :])].sum(axis=-1, dtype=np.int64)
        ii, jj = np.nonzero(dist <= radius)
        ii = ii + start
        if self_join:
            keep = ii < jj
            ii, jj = ii[keep], jj[keep]
        out_i.append(ii)
        out_j.append(jj)
        out_d.append(dist[ii - start, jj])
    if not out_i:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.copy(), empty.copy()
    i, j, d = (np.concatenate(x).astype(np.int64) for x in (out_i, out_j, out_d))
    order = np.lexsort((j, i))
    return i[order], j[order], d[order]
