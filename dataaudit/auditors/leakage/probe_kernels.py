"""Compiled probe loop of the Hamming index (:mod:`.hamming_index`) for 64-bit codes.

numpy probes a substring table in passes over (queries x masks) temporaries: the probe keys, a
gather of the occupancy table, the positions of the hits, then gathers of the hit codes. Compiled,
one loop per query walks its masks, reads each occupied bucket's members and verifies them on the
full code at once, without temporaries; the result is the numpy loop's: every pair within the
radius that no earlier substring reports. Like :mod:`.fit_kernels`, numba compiles on first use and
caches the machine code.
"""

from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["probe_block"]

_M1 = np.uint64(0x5555555555555555)
_M2 = np.uint64(0x3333333333333333)
_M4 = np.uint64(0x0F0F0F0F0F0F0F0F)
_H01 = np.uint64(0x0101010101010101)
_S1, _S2, _S4, _S56 = np.uint64(1), np.uint64(2), np.uint64(4), np.uint64(56)


@njit(cache=True, nogil=True, inline="always")
def _popcount(x):
    x = x - ((x >> _S1) & _M1)
    x = (x & _M2) + ((x >> _S2) & _M2)
    x = (x + (x >> _S4)) & _M4
    return np.int64((x * _H01) >> _S56)


@njit(cache=True, nogil=True)
def probe_block(q_keys, q_words, q_lo, q_hi, masks, occupied, starts, sorted_words, order, radius,
                earlier_masks, earlier_radii):
    """Pairs (query row, indexed row, distance) of queries ``q_lo:q_hi`` whose substring key is within the
    ``masks`` of an occupied bucket's and whose full codes are within ``radius`` bits, unless some earlier
    substring (``earlier_masks`` over the code, ``earlier_radii``) is within its radius (it reported them)."""
    cap = 1024
    out_q = np.empty(cap, np.int64)
    out_i = np.empty(cap, np.int64)
    out_d = np.empty(cap, np.int64)
    n = 0
    for q in range(q_lo, q_hi):
        key0 = q_keys[q]
        word = q_words[q]
        for m in range(masks.shape[0]):
            key = key0 ^ masks[m]
            if not occupied[key]:
                continue
            for p in range(starts[key], starts[key + 1]):
                x = word ^ sorted_words[p]
                d = _popcount(x)
                if d > radius:
                    continue
                fresh = True
                for k in range(earlier_masks.shape[0]):
                    if _popcount(x & earlier_masks[k]) <= earlier_radii[k]:
                        fresh = False
                        break
                if not fresh:
                    continue
                if n == cap:
                    cap *= 2
                    grown_q = np.empty(cap, np.int64)
                    grown_i = np.empty(cap, np.int64)
                    grown_d = np.empty(cap, np.int64)
                    grown_q[:n] = out_q[:n]
                    grown_i[:n] = out_i[:n]
                    grown_d[:n] = out_d[:n]
                    out_q, out_i, out_d = grown_q, grown_i, grown_d
                out_q[n] = q
                out_i[n] = order[p]
                out_d[n] = d
                n += 1
    return out_q[:n], out_i[:n], out_d[:n]
