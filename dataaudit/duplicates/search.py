"""Find exact and near-duplicate pairs among thumbnails, and merge them into groups.

1. Byte-identical files (same content hash) are exact pairs; only one image of
   each such set takes part in the near-duplicate search.
2. Candidates: every query code within ``radius`` bits of a window code
   (:func:`dataaudit.index.find_pairs`), excluding an image with itself.
3. Verification: the best ``HYPOTHESES_PER_PAIR`` view matches of each
   candidate image pair are aligned and scored (:mod:`.verify`); a pair is a
   near duplicate when its best similarity reaches ``min_similarity``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..index import find_pairs
from .signatures import CODE_BYTES, N_QUERY_CODES, N_WINDOW_CODES, view_codes
from .verify import verify_pairs

__all__ = ["DuplicatePairs", "find_duplicate_pairs", "connected_groups", "HYPOTHESES_PER_PAIR"]

#: View matches verified per candidate image pair (the closest codes first).
HYPOTHESES_PER_PAIR = 2


@dataclass(frozen=True)
class DuplicatePairs:
    """Matched pairs, as indices into the searched arrays (``a < b``), sorted by (a, b).

    ``kind`` is ``"exact"`` (same bytes) or ``"near"``. For near pairs the
    alignment maps image ``source`` onto image ``target``
    (``x_target = centre + R(angle) diag(scale) (x_source' - 0.5)``, source mirrored
    first when ``mirrored``); ``gain``/``offset`` fit the source's luma from
    the target's. Exact pairs have similarity 1 and an identity alignment.
    """

    a: np.ndarray
    b: np.ndarray
    kind: np.ndarray
    similarity: np.ndarray
    source: np.ndarray
    target: np.ndarray
    mirrored: np.ndarray
    params: np.ndarray
    gain: np.ndarray
    offset: np.ndarray
    candidates: int = 0

    def __len__(self) -> int:
        return len(self.a)


_IDENTITY = np.array([0.5, 0.5, 1.0, 1.0, 0.0], dtype=np.float32)


def _exact_pairs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (first, other) linking every member of a set of equal keys to its first member; and the representatives."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    first_of = np.repeat(order[starts], np.diff(np.r_[starts, len(keys)]))
    others = first_of != order
    return first_of[others], order[others], np.sort(order[starts])


def find_duplicate_pairs(
    luma: np.ndarray,
    content_keys: np.ndarray | None = None,
    *,
    radius: int,
    min_similarity: float,
    codes: tuple[np.ndarray, np.ndarray] | None = None,
) -> DuplicatePairs:
    """Exact and near-duplicate pairs among ``luma`` (n, 32, 32) thumbnails.

    ``content_keys`` (n,) marks byte-identical files (equal keys); ``codes`` may
    pass precomputed :func:`view_codes` of ``luma``.
    """
    n = len(luma)
    keys = np.asarray(content_keys) if content_keys is not None else np.arange(n)
    ex_a, ex_b, reps = _exact_pairs(keys) if n else (np.zeros(0, int),) * 3
    query, window = codes if codes is not None else view_codes(luma[reps])
    if codes is not None:
        query, window = query[reps], window[reps]
    qi, wi, dist = find_pairs(query.reshape(-1, CODE_BYTES), window.reshape(-1, CODE_BYTES), radius)
    q_img, q_code = qi // N_QUERY_CODES, qi % N_QUERY_CODES
    w_img, w_code = wi // N_WINDOW_CODES, wi % N_WINDOW_CODES
    keep = q_img != w_img
    q_img, q_code, w_img, w_code, dist = q_img[keep], q_code[keep], w_img[keep], w_code[keep], dist[keep]
    # The closest view matches of each unordered image pair (both directions pooled).
    lo, hi = np.minimum(q_img, w_img), np.maximum(q_img, w_img)
    order = np.lexsort((w_code, q_code, dist, hi, lo))
    lo, hi, q_img, q_code, w_img, w_code = (x[order] for x in (lo, hi, q_img, q_code, w_img, w_code))
    new_pair = np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])] if len(lo) else np.zeros(0, bool)
    rank = np.arange(len(lo)) - np.maximum.accumulate(np.where(new_pair, np.arange(len(lo)), 0))
    take = rank < HYPOTHESES_PER_PAIR
    lo, hi, q_img, q_code, w_img, w_code = (x[take] for x in (lo, hi, q_img, q_code, w_img, w_code))
    candidates = int(new_pair.sum())

    aligned = verify_pairs(luma[reps[w_img]], luma[reps[q_img]], q_code, w_code)
    # Best hypothesis per image pair.
    pair_id = np.cumsum(np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])]) - 1 if len(lo) else np.zeros(0, int)
    best = np.full(candidates, -1, dtype=np.int64)
    if len(lo):
        by_score = np.lexsort((-aligned.similarity, pair_id))
        firsts = by_score[np.r_[True, pair_id[by_score][1:] != pair_id[by_score][:-1]]]
        best[pair_id[firsts]] = firsts
    best = best[best >= 0]
    best = best[aligned.similarity[best] >= min_similarity]

    near_a, near_b = reps[lo[best]], reps[hi[best]]
    n_exact, n_near = len(ex_a), len(best)
    a = np.r_[np.minimum(ex_a, ex_b), near_a].astype(np.int64)
    b = np.r_[np.maximum(ex_a, ex_b), near_b].astype(np.int64)
    pairs = DuplicatePairs(
        a=a,
        b=b,
        kind=np.array(["exact"] * n_exact + ["near"] * n_near, dtype=object),
        similarity=np.r_[np.ones(n_exact, np.float32), aligned.similarity[best]],
        source=np.r_[ex_b, reps[q_img[best]]].astype(np.int64),
        target=np.r_[ex_a, reps[w_img[best]]].astype(np.int64),
        mirrored=np.r_[np.zeros(n_exact, bool), aligned.mirrored[best]],
        params=np.concatenate([np.tile(_IDENTITY, (n_exact, 1)), aligned.params[best]]).reshape(-1, 5),
        gain=np.r_[np.ones(n_exact, np.float32), aligned.gain[best]],
        offset=np.r_[np.zeros(n_exact, np.float32), aligned.offset[best]],
        candidates=candidates,
    )
    return _sorted(pairs)


def _sorted(pairs: DuplicatePairs) -> DuplicatePairs:
    order = np.lexsort((pairs.b, pairs.a))
    fields = {name: getattr(pairs, name)[order] for name in
              ("a", "b", "kind", "similarity", "source", "target", "mirrored", "params", "gain", "offset")}
    return DuplicatePairs(**fields, candidates=pairs.candidates)


def connected_groups(n: int, a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    """Connected components with at least two members, each an ascending index array, ordered by first member."""
    if len(a) == 0:
        return []
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.r_[True, labels[order][1:] != labels[order][:-1], True])
    groups = [np.sort(order[s:e]) for s, e in zip(bounds[:-1], bounds[1:]) if e - s >= 2]
    return sorted(groups, key=lambda g: int(g[0]))
