"""The leakage candidate search in bands: exactly the matches of a search that holds every raw match."""

from __future__ import annotations

import numpy as np

from dataaudit.auditors.leakage import pair_search
from dataaudit.auditors.leakage.pair_search import MAX_CANDIDATES, ClosestPartners, _view_matches

FIELDS = ("lo", "hi", "q_img", "q_code", "w_img", "w_code", "dist")


def family_codes(rng: np.random.Generator, n: int, families: int, n_query: int = 8, n_window: int = 20):
    """View codes of ``n`` images in ``families`` groups of near copies: each view flips a few bits of
    its family's code, so most images have more close partners than the search keeps."""
    base = rng.integers(0, 256, (families, 8), dtype=np.uint8)
    family = rng.integers(0, families, n)

    def views(count: int) -> np.ndarray:
        bits = np.unpackbits(base[family], axis=1)[:, None, :].repeat(count, axis=1)
        flips = rng.random(bits.shape) < rng.uniform(0.01, 0.09, (n, 1, 1))
        return np.packbits(bits ^ flips, axis=2)

    return views(n_query), views(n_window)


def reference(query, window, radius, rank, owner=None, indexed=None, searches=(pair_search.VIEW_SEARCH,)):
    """Every raw match by direct comparison, each pair's two closest, the pairs among each image's closest:
    the search as it was before bands, written out independently."""
    n = len(query)
    owner = np.arange(n) if owner is None else owner
    indexed = np.ones(n, bool) if indexed is None else indexed
    q = query.view("<u8")[..., 0]
    w = window.view("<u8")[..., 0]
    parts = []
    for q_sel, w_sel in searches:
        dist = np.bitwise_count(q[:, q_sel][:, :, None, None] ^ w[:, w_sel][None, None, :, :])  # (n, a, n, b)
        qi, qa, wi, wb = np.nonzero(dist <= radius)
        parts.append((qi, q_sel[qa], wi, w_sel[wb], dist[qi, qa, wi, wb].astype(np.int64)))
    q_img, q_code, w_img, w_code, dist = (np.concatenate([p[k] for p in parts]) for k in range(5))
    keep = (owner[q_img] != owner[w_img]) & indexed[w_img]
    q_img, q_code, w_img, w_code, dist = (x[keep] for x in (q_img, q_code, w_img, w_code, dist))
    lo = np.where(rank[q_img] < rank[w_img], q_img, w_img)
    hi = np.where(rank[q_img] < rank[w_img], w_img, q_img)
    order = np.lexsort((rank[q_img], w_code, q_code, dist, rank[hi], rank[lo]))
    rows = {k: v[order] for k, v in zip(FIELDS, (lo, hi, q_img, q_code, w_img, w_code, dist))}
    pair = [(a, b) for a, b in zip(rows["lo"].tolist(), rows["hi"].tolist())]
    # Each pair's two closest matches; each image's closest partners by (distance, partner rank).
    seen: dict[tuple[int, int], int] = {}
    top2 = np.zeros(len(pair), bool)
    for row, p in enumerate(pair):
        seen[p] = seen.get(p, 0) + 1
        top2[row] = seen[p] <= 2
    best: dict[tuple[int, int], int] = {}
    for p, d in zip(pair, rows["dist"].tolist()):
        best.setdefault(p, d)
    chosen = set()
    for image in range(n):
        mine = sorted((d, int(rank[b if a == image else a]), (a, b)) for (a, b), d in best.items() if image in (a, b))
        chosen.update(p for _, _, p in mine[:MAX_CANDIDATES])
    keep = top2 & np.array([p in chosen for p in pair], bool)
    return {k: v[keep] for k, v in rows.items()}


def assert_same(got, expected):
    assert len(expected["lo"]) > 0
    for k in FIELDS:
        np.testing.assert_array_equal(got[k], expected[k], err_msg=k)


def test_banded_search_matches_the_full_search():
    rng = np.random.default_rng(1)
    query, window = family_codes(rng, 240, 30)
    rank = rng.permutation(240)
    expected = reference(query, window, 10, rank)
    # Crowded: most images have more partners within the radius than are kept.
    assert np.bincount(np.r_[expected["lo"], expected["hi"]]).max() >= MAX_CANDIDATES
    for band, pair_chunk in ((7, 5), (64, 100), (1000, 10**6)):
        assert_same(_view_matches(query, window, 10, rank, band_images=band, pair_chunk=pair_chunk), expected)


def test_banded_search_keeps_owners_apart_and_reads_only_indexed_windows():
    rng = np.random.default_rng(2)
    query, window = family_codes(rng, 200, 25)
    rank = rng.permutation(200)
    owner = np.arange(200)
    owner[150:] = rng.integers(0, 150, 50)  # the last rows are extra views of earlier images
    indexed = owner == np.arange(200)
    searches = ((np.arange(8), np.arange(12)), (np.array([0, 4]), np.arange(12, 20)))
    expected = reference(query, window, 9, rank, owner, indexed, searches)
    got = _view_matches(query, window, 9, rank, owner=owner, indexed=indexed, searches=searches, band_images=16,
                        pair_chunk=33)
    assert_same(got, expected)


def test_search_from_memo_of_fewer_images_matches_the_search_from_scratch():
    rng = np.random.default_rng(3)
    query, window = family_codes(rng, 220, 20)
    rank = rng.permutation(220)
    known = np.zeros(220, bool)
    known[rng.choice(220, 180, replace=False)] = True
    before = np.flatnonzero(known)
    # The earlier search saw only the known images (ranks keep their order among them).
    earlier = _view_matches(query[before], window[before], 10, np.argsort(np.argsort(rank[before])), band_images=50)
    old = {k: before[earlier[k]] if "img" in k else earlier[k] for k in ("q_img", "q_code", "w_img", "w_code", "dist")}
    got = _view_matches(query, window, 10, rank, known=known, old=old, band_images=50)
    assert_same(got, _view_matches(query, window, 10, rank))
    assert_same(got, reference(query, window, 10, rank))


def test_closest_partners_reduce_exactly_whatever_the_order_and_pieces():
    rng = np.random.default_rng(4)
    n, m = 60, 5000
    rank = rng.permutation(n)
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    keep = a != b
    a, b, d = a[keep], b[keep], rng.integers(0, 12, keep.sum())
    best: dict[tuple[int, int], int] = {}
    for x, y, dist in zip(a.tolist(), b.tolist(), d.tolist()):
        for p in ((x, y), (y, x)):
            best[p] = min(best.get(p, 99), dist)
    expected = set()
    for image in range(n):
        mine = sorted((dist, int(rank[y]), y) for (x, y), dist in best.items() if x == image)
        expected.update((image, y, dist * n + int(rank[y])) for dist, _, y in mine[:MAX_CANDIDATES])
    for pending in (1, 37, 10**9):
        closest = ClosestPartners(rank, pending=pending)
        order = rng.permutation(len(a))
        for piece in np.array_split(order, 23):
            closest.add_matches(a[piece], b[piece], d[piece])
        image, partner, key = closest.entries()
        assert set(zip(image.tolist(), partner.tolist(), key.tolist())) == expected
        assert np.all(np.diff(image) >= 0)


def test_bands_as_tasks_on_a_process_pool_match_the_full_search(monkeypatch):
    """The bands run as tasks in a real local pool (one band per worker at least, the window codes shared
    through files): the same arrays as the reference, also with owners and indexed windows."""
    from dataaudit.engine import tasks as engine_tasks

    monkeypatch.setattr(engine_tasks, "MIN_POOL_SECONDS", 0.0)
    rng = np.random.default_rng(5)
    query, window = family_codes(rng, 200, 25)
    rank = rng.permutation(200)
    owner = np.arange(200)
    owner[160:] = rng.integers(0, 160, 40)
    indexed = owner == np.arange(200)
    pool = engine_tasks.PoolTasks(2)
    try:
        assert_same(_view_matches(query, window, 10, rank, tasks=pool), reference(query, window, 10, rank))
        got = _view_matches(query, window, 9, rank, owner=owner, indexed=indexed, band_images=30, tasks=pool)
        assert_same(got, reference(query, window, 9, rank, owner, indexed))
        assert pool._pool is not None  # the pool did run them
    finally:
        pool.close()
