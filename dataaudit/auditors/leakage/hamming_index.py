"""Candidate search over binary signatures: all pairs within a Hamming radius, exactly.

Signatures are packed bit strings: ``(n, nbytes)`` uint8 arrays (8 bytes for a
64-bit perceptual hash; any width works). :func:`find_pairs` returns every pair
within ``radius`` bits: none missed, none beyond it.

How it works
------------
1. **Identical codes collapse first.** Rows are reduced to distinct codes
   (one sort); pairs of distinct codes are expanded back to every row pair at
   the end, and identical rows of a self-join pair up directly (distance 0).
   A thousand copies of a blank image cost one code in the search, not a
   million comparisons.
2. **Small problems are compared directly** (chunked XOR + popcount over all
   pairs, bounded memory): below roughly 2e7 pairs (a self-join of ~6k codes)
   this is faster than building any index.
3. **Larger ones use multi-index hashing** (Norouzi, Punjani & Fleet, "Fast
   exact search in Hamming space with multi-index hashing", TPAMI 2014) with the
   generalised pigeonhole principle: the bits are dealt into m disjoint
   substrings and each gets a radius t_i with ``sum(t_i + 1) = radius + 1``; if
   two codes are within ``radius`` bits, some substring i differs in at most t_i
   bits. For each substring the larger side is bucketed by substring value in a
   direct-addressed table (``2**bits`` slots, up to 24 bits); every code of the
   other side probes all substring values within t_i of its own, and each
   bucket member found is verified on the full code (XOR + popcount). A pair
   is reported by the first substring that finds it, so nothing is reported
   twice and no set of seen pairs is kept. In a self-join each pair of buckets
   is probed once, from the lower key.
4. **The plan is fitted to the data, not to uniform bits.** Real perceptual
   hashes are biased (pHash's first bit is always 1) and correlated, so
   substrings of neighbouring bits crowd into few buckets. Constant bits are
   left out, the most balanced bits are dealt first, each into the substring
   it correlates least with; then for each candidate number of substrings the
   chance that a substring is within t bits is measured on up to a million
   sampled pairs, and a small dynamic programme picks the radii t_i that
   minimise the modelled time (probes + candidates + table builds). The
   cheapest plan wins, brute force included, so a distribution that defeats
   the index (very long codes at a large radius) degrades to the chunked
   comparison rather than to something slower.

Cost and memory
---------------
With n_q codes probing an index of n_i codes, substring lengths b_i near
log2(n_i) and ball sizes ``V(b, t) = sum_k<=t C(b, k)``, time is about
``n_q * sum_i V(b_i, t_i)`` table probes plus the verified candidates, which
for uniform bits is ``n_q * n_i * sum_i V(b_i, t_i) / 2**b_i``; both are far
below ``n_q * n_i``. For 64-bit codes at radius 12 (three 21-bit substrings,
radii 3/4/3), a cross-split search of 1M codes (800k x 200k) makes about
2e9 probes and, for uniform bits, 8e8 candidate checks. Memory is O(n) plus one substring table
at a time (``2**b`` slots: about 100 MB at 22 bits) plus bounded probe and
candidate buffers (``_PROBE_CHUNK``, ``_CANDIDATE_CHUNK`` per thread), plus
the result; :func:`search_pairs` hands the result over piece by piece instead,
so a caller that reduces it as it comes never holds it. Cross searches of 64-bit
codes probe in compiled code (:mod:`.probe_kernels`), the queries in key order. Measured on the 2-core reference machine
(``benchmarks/search_scale.py``, pHash codes of real photo variants): 1M
codes cross-split in 8 s at radius 10 and 21 s at radius 12, under 500 MB
peak RSS; time grows as about n^1.3-1.5.

Why not faiss
-------------
faiss-cpu 1.15 was measured on the same searches (``search_scale.py --faiss``;
1M pHash codes cross-split). ``IndexBinaryMultiHash`` is exact when
``nhash * (nflip + 1) > radius`` but collects each query's candidates in a
``std::unordered_set`` through ``std::unordered_map`` lookups, with one flip
radius for all substrings and no way around crowded ones: about 110 s at
radius 10 and 460 s at radius 12 (3 x 21 bits), 210 s / 1,430 s (4 x 16 bits),
against 8 s / 22 s here. ``IndexBinaryFlat.range_search`` (exact brute force
in C++, both cores) takes about 40-55 s there and is quadratic: 4x per
doubling. numpy alone is faster than either, so dataaudit takes no compiled
dependency for this. (faiss's range search also counts ``distance < radius``.)
"""

from __future__ import annotations

import collections
import math
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from dataaudit.errors import ParameterError
from dataaudit.scan.scanner import default_jobs

__all__ = ["find_pairs", "search_pairs", "hamming_distance", "popcount"]

_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)

#: Widest substring key; its bucket tables have 2**_MAX_BLOCK_BITS slots (about 300 MB at 24 bits).
_MAX_BLOCK_BITS = 24
#: Probe keys generated at once (query rows x masks): bounds the probe buffers.
_PROBE_CHUNK = 1 << 18
#: Cross searches of 64-bit codes probe in compiled code (probe_kernels); False: numpy only.
_COMPILED_PROBES = True
#: Rows sampled for the bit statistics of a plan (_bit_stats's default).
_STAT_ROWS = 20_000
#: Candidate pairs verified at once: bounds the verification buffers.
_CANDIDATE_CHUNK = 1 << 21
#: Rough costs in nanoseconds on one core, measured on the reference machine
#: (benchmarks/search_scale.py); only their ratios matter for choosing a plan.
_NS_BRUTE_PAIR_WORD = 3.0
_NS_PROBE = 4.5
_NS_FIRST_MEMBER = 8.0  # a bucket's first code, read from the table
_NS_MORE_MEMBERS = 25.0  # each further member of a crowded bucket (run expansion)
_SECONDS_PER_BLOCK = 0.005
_NS_BUILD_ROW = 120.0
_NS_TABLE_SLOT = 3.0


def hamming_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise Hamming distance between two equally shaped packed arrays."""
    return _POPCOUNT[np.bitwise_xor(a, b)].sum(axis=-1, dtype=np.int64)


if hasattr(np, "bitwise_count"):  # numpy >= 2.0

    def _popcount(x: np.ndarray) -> np.ndarray:
        return np.bitwise_count(x)

else:  # pragma: no cover - exercised only on numpy 1.x

    def _popcount(x: np.ndarray) -> np.ndarray:
        x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
        x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
        x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
        return ((x * np.uint64(0x0101010101010101)) >> np.uint64(56)).astype(np.uint8)


def popcount(words: np.ndarray) -> np.ndarray:
    """Bits set in each element of a uint64 array (uint8)."""
    return _popcount(words)


def _check(codes: np.ndarray, name: str) -> np.ndarray:
    codes = np.ascontiguousarray(codes)
    if codes.dtype != np.uint8 or codes.ndim != 2:
        raise ParameterError(
            f"{name} must be a (n, nbytes) uint8 array of packed bits (e.g. np.packbits of the hash bits); "
            f"got dtype {codes.dtype} and shape {codes.shape}."
        )
    return codes


def _as_words(codes: np.ndarray) -> list[np.ndarray]:
    """Codes as a list of contiguous uint64 columns (zero padded to whole words)."""
    n, nbytes = codes.shape
    if nbytes == 8:  # one word per code (64-bit hashes): a view, not a padded copy
        return [codes.view("<u8").reshape(n)]
    nwords = max(1, -(-nbytes // 8))
    padded = np.zeros((n, nwords * 8), dtype=np.uint8)
    padded[:, :nbytes] = codes
    words = padded.view("<u8")
    return [np.ascontiguousarray(words[:, k]) for k in range(nwords)]


def _empty() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)


# --------------------------------------------------------------------------- duplicates


def _distinct(words: list[np.ndarray]) -> tuple[list[np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Distinct codes (as word columns, ascending) and their members: the rows carrying distinct code
    ``u`` are ``members[starts[u]:starts[u+1]]``, ascending.

    One stable sort gives both (rows sorted by code are the members, group after group), without
    an inverse index; rows are int32 while they fit, as the members of 20M window codes are kept
    through the whole search.
    """
    n = len(words[0])
    order = np.argsort(words[0], kind="stable") if len(words) == 1 else np.lexsort(words[::-1])
    if n < 2**31:
        order = order.astype(np.int32)
    new = np.ones(n, dtype=bool)
    if n > 1:
        new[1:] = np.logical_or.reduce([w[order[1:]] != w[order[:-1]] for w in words])
    first = order[new]
    starts = np.append(np.flatnonzero(new), n).astype(order.dtype)
    return [w[first] for w in words], (order, starts)


def _expand_cross(ui, uj, ud, groups_a, groups_b):
    """Pairs of distinct codes back to every pair of rows carrying them."""
    members_a, starts_a = groups_a
    members_b, starts_b = groups_b
    size_a = (starts_a[ui + 1] - starts_a[ui]).astype(np.int64)
    size_b = (starts_b[uj + 1] - starts_b[uj]).astype(np.int64)
    if np.all(size_a == 1) and np.all(size_b == 1):
        return members_a[starts_a[ui]], members_b[starts_b[uj]], ud
    count = size_a * size_b
    offset = _ramp(count)
    rep_b = np.repeat(size_b, count)
    i = members_a[np.repeat(starts_a[ui], count) + offset // rep_b]
    j = members_b[np.repeat(starts_b[uj], count) + offset % rep_b]
    return i, j, np.repeat(ud, count)


def _pairs_within_runs(run_starts: np.ndarray, run_sizes: np.ndarray, chunk: int | None = None):
    """Positions ``(p, q)``, ``p < q``, of every pair inside each run of consecutive positions.

    Yields them in pieces of about ``chunk`` pairs (one piece when ``chunk`` is None),
    so a crowded run never needs all its pairs in memory at once.
    """
    keep = run_sizes > 1
    run_starts, run_sizes = run_starts[keep], run_sizes[keep]
    if len(run_starts) == 0:
        return
    # Each position pairs with the positions after it in its run.
    pos = np.repeat(run_starts, run_sizes) + _ramp(run_sizes)
    partners = np.repeat(run_starts + run_sizes, run_sizes) - pos - 1
    for lo, hi in _segments(partners, chunk):
        first, count = pos[lo:hi], partners[lo:hi]
        offset = _ramp(count)
        yield np.repeat(first, count), np.repeat(first + 1, count) + offset


def _ramp(count: np.ndarray) -> np.ndarray:
    """``0..c-1`` for each ``c`` in ``count``, concatenated."""
    total = int(count.sum())
    return np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(count) - count, count)


def _segments(count: np.ndarray, chunk: int | None):
    """Cut ``range(len(count))`` into pieces whose ``count`` sums stay near ``chunk``."""
    n = len(count)
    if n == 0:
        return
    if chunk is None:
        yield 0, n
        return
    ends = np.cumsum(count)
    cuts = np.searchsorted(ends, np.arange(chunk, int(ends[-1]), chunk), side="left") + 1
    bounds = np.unique(np.concatenate([[0], np.minimum(cuts, n), [n]]))
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        yield int(lo), int(hi)


# --------------------------------------------------------------------------- brute force


def _brute(qa: list[np.ndarray], qb: list[np.ndarray] | None, radius: int):
    """Every pair within ``radius`` by direct comparison, in row blocks of bounded size."""
    self_join = qb is None
    qb = qa if self_join else qb
    n_a, n_b, nwords = len(qa[0]), len(qb[0]), len(qa)
    rows = max(1, _PROBE_CHUNK // max(1, n_b * nwords))
    out_i, out_j, out_d = [], [], []
    for start in range(0, n_a, rows):
        stop = min(n_a, start + rows)
        col0 = start + 1 if self_join else 0  # self-join: only columns after the block's first row
        dist = _popcount(qa[0][start:stop, None] ^ qb[0][None, col0:]).astype(np.int32)
        for wa, wb in zip(qa[1:], qb[1:]):
            dist += _popcount(wa[start:stop, None] ^ wb[None, col0:])
        ii, jj = np.nonzero(dist <= radius)
        d = dist[ii, jj].astype(np.int64)
        ii = ii + start
        jj = jj + col0
        if self_join:
            keep = ii < jj
            ii, jj, d = ii[keep], jj[keep], d[keep]
        out_i.append(ii)
        out_j.append(jj)
        out_d.append(d)
    if not out_i:
        return _empty()
    return tuple(np.concatenate(x).astype(np.int64) for x in (out_i, out_j, out_d))


# --------------------------------------------------------------------------- multi-index hashing


@dataclass(frozen=True)
class _Plan:
    """How one search runs: brute force, or which substrings are searched with which radius."""

    method: str  # "brute" or "index"
    blocks: tuple[tuple[int, ...], ...] = ()  # bit positions of each substring (word layout)
    thresholds: tuple[int, ...] = ()  # substring radius; -1: substring not searched
    seconds: float = 0.0  # the cost model's estimate


def _block_keys(words: list[np.ndarray], bits: tuple[int, ...]) -> np.ndarray:
    """The substring made of ``bits`` as an int32 key per row."""
    key = np.zeros(len(words[0]), dtype=np.int32)
    for j, p in enumerate(bits):
        w, s = divmod(p, 64)
        key |= ((words[w] >> np.uint64(s)) & np.uint64(1)).astype(np.int32) << np.int32(j)
    return key


def _block_masks(bits: tuple[int, ...], nwords: int) -> list[np.ndarray]:
    masks = [np.uint64(0)] * nwords
    for p in bits:
        w, s = divmod(p, 64)
        masks[w] = masks[w] | np.uint64(1 << s)
    return masks


def _ball_size(nbits: int, radius: int) -> int:
    return sum(math.comb(nbits, k) for k in range(min(nbits, radius) + 1))


def _ball(nbits: int, radius: int) -> np.ndarray:
    """Every ``nbits``-bit integer with at most ``radius`` bits set (int32), lightest first."""
    out = [np.zeros(1, np.int32)]
    level, top = np.zeros(1, np.int32), np.full(1, -1)
    for _ in range(min(nbits, radius)):
        # Extend each mask of the previous weight by one bit above its highest bit.
        nxt, nxt_top = [], []
        for j in range(nbits):
            ok = top < j
            nxt.append(level[ok] | np.int32(1 << j))
            nxt_top.append(np.full(int(ok.sum()), j))
        level, top = np.concatenate(nxt), np.concatenate(nxt_top)
        out.append(level)
    return np.concatenate(out)


class _Collector:
    """Keeps verified pairs within the radius that no earlier substring reported."""

    def __init__(self, radius, earlier, self_join, sink):
        self.radius, self.self_join = radius, self_join
        self.earlier = earlier  # [(masks per word, threshold)] of substrings searched before
        self.sink = sink  # takes each piece of pairs (i, j, d) as soon as it is verified

    def add(self, xs: list[np.ndarray], ids) -> None:
        """Candidates given by their XOR words; ``ids(rows)`` names the pairs of the kept rows."""
        dist = _popcount(xs[0])
        for x in xs[1:]:
            dist = dist + _popcount(x)
        rows = np.flatnonzero(dist <= self.radius)
        if len(rows) == 0:
            return
        dist = dist[rows].astype(np.int64)
        if self.earlier:
            # A pair close enough in an earlier substring was reported there: report it once.
            xs = [x[rows] for x in xs]
            fresh = np.ones(len(rows), dtype=bool)
            for masks, threshold in self.earlier:
                sub = _popcount(xs[0] & masks[0]).astype(np.int64)
                for x, m in zip(xs[1:], masks[1:]):
                    sub += _popcount(x & m)
                fresh &= sub > threshold
            rows, dist = rows[fresh], dist[fresh]
        qi, ii = ids(rows)
        if self.self_join:
            qi, ii = np.minimum(qi, ii), np.maximum(qi, ii)
        self.sink(qi.astype(np.int64), ii.astype(np.int64), dist)


def _expand_runs(first: np.ndarray, count: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For runs ``first[k] .. first[k] + count[k] - 1``: every position, and its run's owner."""
    run = np.repeat(np.arange(len(count)), count)
    begin = np.cumsum(count) - count
    return owner[run], first[run] + (np.arange(len(run)) - begin[run])


def _search_block(qw, iw, bits, threshold, collector: _Collector, workers: _Workers) -> None:
    """All candidate pairs whose substring ``bits`` differ in at most ``threshold`` bits."""
    self_join = collector.self_join
    nbits = len(bits)
    ikeys = _block_keys(iw, bits)
    qkeys = ikeys if self_join else _block_keys(qw, bits)
    counts = np.bincount(ikeys, minlength=1 << nbits)
    starts = np.zeros((1 << nbits) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    order = np.argsort(ikeys, kind="stable")
    del ikeys
    if _COMPILED_PROBES and not self_join and len(iw) == 1:
        occupied = counts > 0
        del counts
        if len(order) < 2**31:  # int32 positions: half the memory of the largest tables at 20M codes
            order, starts = order.astype(np.int32), starts.astype(np.int32)
        _probe_compiled(qkeys, qw[0], iw[0][order], order, starts, occupied, threshold, nbits, collector, workers)
        return
    # The indexed codes in bucket order: a bucket's members are one contiguous run.
    sorted_words = [w[order] for w in iw]
    # Direct-addressed tables: one byte per bucket (is it occupied? crowded?) keeps the
    # probe loop in cache. For codes of one or two words each bucket's first code sits
    # in a table of its own, so a bucket of one (the usual case at the chosen substring
    # length) costs a single read; wider codes read their runs from ``sorted_words``.
    occupied = counts > 0
    crowded = counts > 1 if len(iw) <= 2 else occupied
    first_words = []
    if len(iw) <= 2:
        filled = np.flatnonzero(occupied)
        for w in sorted_words:
            table = np.zeros(1 << nbits, dtype=np.uint64)
            table[filled] = w[starts[filled]]
            first_words.append(table)
        del filled
    del counts

    masks = _ball(nbits, threshold)
    if self_join:
        # Pairs inside one bucket: each once, from the sorted order.
        def within(pair: tuple[np.ndarray, np.ndarray]) -> None:
            p, q = pair
            collector.add([w[p] ^ w[q] for w in sorted_words], lambda rows: (order[p[rows]], order[q[rows]]))

        workers.run(within, _pairs_within_runs(starts[:-1], np.diff(starts), _CANDIDATE_CHUNK))

    def probe(item: tuple[np.ndarray, np.ndarray]) -> None:
        qrows, group = item
        probes = qkeys[qrows][:, None] ^ group[None, :]
        flat = np.flatnonzero(np.take(occupied, probes))
        if len(flat) == 0:
            return
        key = np.take(probes, flat)
        qrow = qrows[flat // len(group)]
        skip = 0
        if first_words:
            # First member of every bucket hit, straight from the table.
            collector.add(
                [np.take(wq, qrow) ^ np.take(wf, key) for wq, wf in zip(qw, first_words)],
                lambda rows: (qrow[rows], order[starts[key[rows]]]),
            )
            skip = 1
        # The (other) members of crowded buckets.
        more = np.flatnonzero(np.take(crowded, key))
        if len(more) == 0:
            return
        key_m, qrow_m = key[more], qrow[more]
        lo = starts[key_m] + skip
        cnt = starts[key_m + 1] - lo
        for a, b in _segments(cnt, _CANDIDATE_CHUNK):
            cq, pos = _expand_runs(lo[a:b], cnt[a:b], qrow_m[a:b])
            collector.add(
                [wq[cq] ^ ws[pos] for wq, ws in zip(qw, sorted_words)],
                lambda rows, cq=cq, pos=pos: (cq[rows], order[pos[rows]]),
            )

    workers.run(probe, _probe_items(qkeys, masks, self_join))


def _probe_compiled(qkeys, q_words, sorted_words, order, starts, occupied, threshold, nbits, collector: _Collector,
                    workers: _Workers) -> None:
    """The probe loop of :func:`_search_block` for a cross search of 64-bit codes, compiled
    (:func:`.probe_kernels.probe_block`): the same pairs, without the (queries x masks) temporaries."""
    from dataaudit.auditors.leakage.probe_kernels import probe_block

    masks = _ball(nbits, threshold)
    earlier_masks = np.array([m[0] for m, _ in collector.earlier], dtype=np.uint64)
    earlier_radii = np.array([t for _, t in collector.earlier], dtype=np.int64)
    occupied = occupied.view(np.uint8)
    step = max(1, _PROBE_CHUNK // len(masks))
    # Queries in key order: consecutive queries share their high key bits, so their probes read the
    # same cache lines of the tables (the loop is bound by memory latency, not arithmetic).
    by_key = np.argsort(qkeys, kind="stable")
    keys_sorted, words_sorted = qkeys[by_key], q_words[by_key]

    def probe(q_lo: int) -> None:
        q, i, d = probe_block(keys_sorted, words_sorted, q_lo, min(len(qkeys), q_lo + step), masks, occupied, starts,
                              sorted_words, order, collector.radius, earlier_masks, earlier_radii)
        if len(q):
            collector.sink(by_key[q], i, d)

    workers.run(probe, range(0, len(qkeys), step))


def _probe_items(qkeys: np.ndarray, masks: np.ndarray, self_join: bool):
    """(query rows, masks) work items of bounded size.

    In a self-join each pair of distinct buckets must be probed once, from the
    lower key: a mask whose highest set bit is h is probed only by keys with
    bit h clear, which halves the probes without testing them one by one.
    """
    if not self_join:
        groups = [(None, masks)]
    else:
        top = np.zeros(len(masks), dtype=np.int64)
        nonzero = masks > 0
        top[nonzero] = np.floor(np.log2(masks[nonzero])).astype(np.int64)
        groups = [(h, masks[nonzero & (top == h)]) for h in range(int(top.max()) + 1)] if nonzero.any() else []
    for h, group in groups:
        if len(group) == 0:
            continue
        rows = (np.arange(len(qkeys)) if h is None
                else np.flatnonzero((qkeys & np.int32(1 << h)) == 0))
        step = max(1, _PROBE_CHUNK // len(group))
        for start in range(0, len(rows), step):
            yield rows[start : start + step], group


class _Workers:
    """Runs tasks inline (one worker) or on a thread pool (numpy releases the GIL in
    its loops), with at most two items per thread in flight so memory stays bounded."""

    def __init__(self, count: int = 1):
        self.count = count
        self._pool = ThreadPoolExecutor(count, thread_name_prefix="dataaudit-index") if count > 1 else None

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown()

    def run(self, task, items) -> None:
        if self._pool is None:
            for item in items:
                task(item)
            return
        pending: collections.deque = collections.deque()
        for item in items:
            if len(pending) >= 2 * self.count:
                pending.popleft().result()
            pending.append(self._pool.submit(task, item))
        while pending:
            pending.popleft().result()


def _search_index(qw, iw, radius: int, plan: _Plan, self_join: bool, sink, workers: _Workers | None = None) -> None:
    """Hands every pair of distinct codes within ``radius`` to ``sink(i, j, d)``, piece by piece, from any thread."""
    workers = workers or _Workers(1)
    earlier: list = []
    collector = _Collector(radius, earlier, self_join, sink)
    for bits, threshold in zip(plan.blocks, plan.thresholds):
        if threshold < 0:
            continue
        _search_block(qw, iw, bits, threshold, collector, workers)
        earlier.append((_block_masks(bits, len(qw)), threshold))


# --------------------------------------------------------------------------- choosing a plan


def _bit_stats(words: list[np.ndarray], width: int, rng: np.random.Generator, rows: int = _STAT_ROWS):
    """Per-bit frequency of ones and the bit correlation matrix, from a row sample."""
    n = len(words[0])
    pick = rng.choice(n, size=min(n, rows), replace=False) if n > rows else np.arange(n)
    shifts = np.arange(64, dtype=np.uint64)
    bits = np.concatenate([(w[pick, None] >> shifts) & np.uint64(1) for w in words], axis=1)[:, :width]
    bits = bits.astype(np.float32)
    freq = bits.mean(axis=0)
    varying = np.flatnonzero((freq > 0) & (freq < 1))
    corr = np.corrcoef(bits[:, varying].T) if len(varying) > 1 else np.ones((len(varying), len(varying)))
    return freq, varying, np.nan_to_num(np.atleast_2d(corr))


def _assign_bits(freq, varying, corr, nblocks: int, block_bits: int) -> list[tuple[int, ...]]:
    """Deal the most informative bits into substrings, keeping correlated bits apart.

    Biased bits carry little information and correlated bits in one substring
    crowd its buckets, so bits go most-balanced first, each to the substring
    (with room) whose members it correlates least with.
    """
    entropy = -(freq[varying] * np.log2(freq[varying]) + (1 - freq[varying]) * np.log2(1 - freq[varying]))
    ranked = np.argsort(-entropy, kind="stable")[: nblocks * block_bits]
    sizes = [len(ranked) // nblocks + (k < len(ranked) % nblocks) for k in range(nblocks)]
    members: list[list[int]] = [[] for _ in range(nblocks)]
    sq = corr**2
    for r in ranked:
        open_ = [k for k in range(nblocks) if len(members[k]) < sizes[k]]
        scores = [(sq[r, members[k]].sum() if members[k] else 0.0, len(members[k]), k) for k in open_]
        members[min(scores)[2]].append(int(r))
    return [tuple(int(varying[r]) for r in sorted(m)) for m in members if m]


def _choose_plan(qw, iw, radius: int, width: int, self_join: bool, method: str) -> _Plan:
    """Brute force or multi-index hashing, whichever the cost model says is cheaper."""
    nq, ni, nwords = len(qw[0]), len(iw[0]), len(qw)
    n_pairs = nq * (nq - 1) / 2 if self_join else float(nq) * ni
    brute_s = n_pairs * nwords * _NS_BRUTE_PAIR_WORD * 1e-9
    if method == "brute" or radius >= width or n_pairs == 0 or (method == "auto" and brute_s < 0.05):
        return _Plan("brute", seconds=brute_s)
    rng = np.random.default_rng(0)
    if self_join:
        freq, varying, corr = _bit_stats(qw, width, rng)
    else:
        # The sample _bit_stats would draw from both sides together, without concatenating them (20M codes at 1M images).
        n_both = nq + ni
        pick = rng.choice(n_both, size=_STAT_ROWS, replace=False) if n_both > _STAT_ROWS else np.arange(n_both)
        from_q = pick < nq
        sample = [np.where(from_q, a[np.minimum(pick, nq - 1)], b[np.maximum(pick - nq, 0)]) for a, b in zip(qw, iw)]
        freq, varying, corr = _bit_stats(sample, width, rng)
    if len(varying) == 0:
        return _Plan("brute", seconds=brute_s)

    # Sampled pairs tell how often each substring is within t bits (crowded buckets included).
    samples = int(min(n_pairs, max(100_000, min(1_000_000, n_pairs / 1e4)) // nwords))
    sq = rng.integers(0, nq, samples)
    si = rng.integers(0, ni, samples)
    if self_join:
        keep = sq != si
        sq, si = sq[keep], si[keep]
    xs = [wq[sq] ^ wi[si] for wq, wi in zip(qw, iw)]

    best = _Plan("brute", seconds=brute_s) if method == "auto" else None
    n_var = len(varying)
    # Substrings much longer than log2(index size) only grow the table; much shorter
    # ones flood the buckets. For each length, use as many substrings as the bits allow.
    fit = math.log2(max(2, ni))
    longest = int(min(_MAX_BLOCK_BITS, n_var, math.ceil(fit) + 3))
    shortest = int(max(4, min(longest, math.floor(fit) - 6)))
    for block_bits in range(longest, shortest - 1, -1):
        nblocks = min(radius + 1, n_var // block_bits)
        if nblocks < 1:
            continue
        blocks = _assign_bits(freq, varying, corr, nblocks, block_bits)
        plan = _allocate(blocks, xs, radius, nq, ni, n_pairs, self_join)
        if plan is not None and (best is None or plan.seconds < best.seconds):
            best = plan
    return best if best is not None else _Plan("brute", seconds=brute_s)


def _allocate(blocks, xs, radius, nq, ni, n_pairs, self_join) -> _Plan | None:
    """Substring radii t_i with sum(t_i + 1) = radius + 1 (so no pair is missed) at least cost.

    Generalised pigeonhole: if every substring differed in more than t_i bits the
    codes would differ in at least sum(t_i + 1) > radius bits. t_i = -1 skips a substring.
    """
    budget = radius + 1
    samples = len(xs[0])
    # Every extra word is one more gather and popcount; past two words every member is expanded.
    word_factor = 1 + 0.75 * (len(xs) - 1)
    costs = []
    for bits in blocks:
        masks = _block_masks(bits, len(xs))
        sub = _popcount(xs[0] & masks[0]).astype(np.int64)
        for x, m in zip(xs[1:], masks[1:]):
            sub += _popcount(x & m)
        within = np.cumsum(np.bincount(sub, minlength=len(bits) + 1)) / max(1, samples)
        nbits = len(bits)
        build = _SECONDS_PER_BLOCK + ((nq + ni) * nbits * 2.0 + ni * _NS_BUILD_ROW + (1 << nbits) * _NS_TABLE_SLOT) * 1e-9
        row = [0.0]
        for t in range(min(nbits, radius) + 1):
            probes = nq * _ball_size(nbits, t) * (0.5 if self_join else 1.0)
            candidates = n_pairs * within[t]
            # Members per probe, and the share of candidates that are first members
            # (Poisson occupancy): crowded buckets cost more per candidate.
            load = candidates / probes
            first = 0.0 if len(xs) > 2 else 1.0 if load < 1e-9 else -math.expm1(-load) / load
            per_candidate = word_factor * (first * _NS_FIRST_MEMBER + (1 - first) * _NS_MORE_MEMBERS)
            row.append(build + (probes * _NS_PROBE + candidates * per_candidate) * 1e-9)
        costs.append(row)
    # best[s]: cheapest (cost, radii) reaching s units of the budget with the substrings so far.
    best: list[tuple[float, tuple[int, ...]] | None] = [None] * (budget + 1)
    best[0] = (0.0, ())
    for row in costs:
        nxt: list[tuple[float, tuple[int, ...]] | None] = [None] * (budget + 1)
        for s, entry in enumerate(best):
            if entry is None:
                continue
            for units, cost in enumerate(row):
                total = min(budget, s + units)
                cand = (entry[0] + cost, entry[1] + (units - 1,))
                if nxt[total] is None or cand[0] < nxt[total][0]:
                    nxt[total] = cand
        best = nxt
    if best[budget] is None:
        return None
    seconds, thresholds = best[budget]
    return _Plan("index", blocks=tuple(blocks), thresholds=thresholds, seconds=seconds)


# --------------------------------------------------------------------------- public entry point


def find_pairs(
    codes_a: np.ndarray,
    codes_b: np.ndarray | None = None,
    radius: int = 0,
    *,
    method: str = "auto",
    workers: int | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All ``(i, j, distance)`` with ``hamming(codes_a[i], codes_b[j]) <= radius``.

    With ``codes_b=None`` it searches within ``codes_a`` and returns pairs with
    ``i < j``. Results are sorted by ``(i, j)``; arrays are int64.

    ``method`` is ``"auto"`` (the cost model picks), ``"index"`` (multi-index
    hashing whenever a plan exists) or ``"brute"`` (compare every pair); all
    three return exactly the same pairs. ``workers`` is the number of threads
    (default: every core this process may use).

    Raises :class:`~dataaudit.errors.ParameterError` (also a ``ValueError``) for
    arrays that are not 2-D uint8, different widths, a negative or non-integer
    radius, an unknown method or ``workers < 1``. The inputs are not modified.
    """
    pieces: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    n_b = len(codes_a if codes_b is None else codes_b)
    search_pairs(codes_a, codes_b, radius, lambda i, j, d: pieces.append((i, j, d)), method=method, workers=workers)
    if not pieces:
        return _empty()
    i, j, d = (np.concatenate(column) for column in zip(*pieces))
    order = np.argsort(i * n_b + j, kind="stable")
    return i[order].astype(np.int64), j[order].astype(np.int64), d[order].astype(np.int64)


def search_pairs(
    codes_a: np.ndarray,
    codes_b: np.ndarray | None,
    radius: int,
    consume: Callable[[np.ndarray, np.ndarray, np.ndarray], None],
    *,
    method: str = "auto",
    workers: int | None = None,
) -> None:
    """:func:`find_pairs`, streamed: calls ``consume(i, j, distance)`` with pieces of the pairs as they are found.

    The pieces (int64 arrays, each pair in exactly one piece, in no particular order, about
    ``_CANDIDATE_CHUNK`` pairs at most unless many rows share one code) together make exactly the
    pairs :func:`find_pairs` returns; ``consume`` is called from one thread at a time. The search
    never holds more than a few pieces, so a caller that reduces each piece as it comes (keeping
    each row's closest partners, say) searches in memory bounded by the codes and its own result.
    Same arguments and errors as :func:`find_pairs`.
    """
    if method not in ("auto", "index", "brute"):
        raise ParameterError(f"method must be 'auto', 'index' or 'brute'; got {method!r}.")
    if isinstance(radius, bool) or not isinstance(radius, (int, np.integer)) or radius < 0:
        raise ParameterError(f"radius must be a non-negative integer number of bits; got {radius!r}.")
    radius = int(radius)
    a = _check(codes_a, "codes_a")
    self_join = codes_b is None
    b = a if self_join else _check(codes_b, "codes_b")
    if a.shape[1] != b.shape[1]:
        raise ParameterError(
            f"signature widths differ: codes_a has {a.shape[1]} bytes per row and codes_b {b.shape[1]}; "
            "compare signatures of the same kind."
        )
    if workers is None:
        workers = default_jobs()
    if isinstance(workers, bool) or not isinstance(workers, (int, np.integer)) or workers < 1:
        raise ParameterError(f"workers must be a positive integer (threads); got {workers!r}.")
    if len(a) == 0 or len(b) == 0:
        return
    width = 8 * a.shape[1]

    wa, groups_a = _distinct(_as_words(a))
    if self_join:
        wb, groups_b = None, groups_a
    else:
        wb, groups_b = _distinct(_as_words(b))
    del a, b

    lock = threading.Lock()
    # Probe from the smaller side; the index is built over the larger one.
    swap = not self_join and len(wa[0]) > len(wb[0])

    def rows(ui: np.ndarray, uj: np.ndarray, ud: np.ndarray) -> None:
        """Pairs of distinct codes (query side first) back to every pair of rows carrying them."""
        if swap:
            ui, uj = uj, ui
        i, j, d = _expand_cross(ui, uj, ud, groups_a, groups_b)
        i, j = i.astype(np.int64), j.astype(np.int64)
        if self_join:
            i, j = np.minimum(i, j), np.maximum(i, j)
        with lock:
            consume(i, j, d)

    if not (self_join and radius == 0):  # distinct codes are never within 0 bits
        qw, iw = (wb, wa) if swap else (wa, wb if wb is not None else wa)
        plan = _choose_plan(qw, iw, radius, width, self_join, method)
        if plan.method == "brute":
            ui, uj, ud = _brute(qw, None if self_join else iw, radius)
            for lo in range(0, len(ui), _CANDIDATE_CHUNK):
                rows(ui[lo : lo + _CANDIDATE_CHUNK], uj[lo : lo + _CANDIDATE_CHUNK], ud[lo : lo + _CANDIDATE_CHUNK])
        else:
            with _Workers(int(workers)) as pool:
                _search_index(qw, iw, radius, plan, self_join, rows, pool)
    if self_join:
        # Identical rows pair up directly, at distance 0.
        members, starts = groups_a
        for x, y in _pairs_within_runs(starts[:-1].astype(np.int64), np.diff(starts).astype(np.int64), _CANDIDATE_CHUNK):
            consume(members[x].astype(np.int64), members[y].astype(np.int64), np.zeros(len(x), np.int64))
