"""find_pairs: exact agreement with a direct comparison of every pair, on every path."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from dataaudit.auditors.leakage import hamming_index as index
from dataaudit.errors import DataAuditError, ParameterError
from dataaudit.scan.features import DecodedImage, phash64
from dataaudit.auditors.leakage.hamming_index import find_pairs

METHODS = ("auto", "index", "brute")


def reference(a: np.ndarray, b: np.ndarray | None, radius: int):
    """Every pair by the full distance matrix of unpacked bits (independent of the module)."""
    self_join = b is None
    b = a if self_join else b
    bits_a = np.unpackbits(a, axis=1).astype(np.int64)
    bits_b = np.unpackbits(b, axis=1).astype(np.int64)
    dist = bits_a @ (1 - bits_b).T + (1 - bits_a) @ bits_b.T
    i, j = np.nonzero(dist <= radius)
    if self_join:
        keep = i < j
        i, j = i[keep], j[keep]
    return i.astype(np.int64), j.astype(np.int64), dist[i, j].astype(np.int64)


def assert_same(got, expected):
    for g, e, name in zip(got, expected, "ijd"):
        assert g.dtype == np.int64, name
        np.testing.assert_array_equal(g, e, err_msg=f"column {name}")


def correlated_codes(rng: np.random.Generator, n: int, nbytes: int, *, families: int = 60, flip: float = 0.06):
    """Biased, correlated bits like real perceptual hashes.

    Family prototypes are thresholded low-rank Gaussians (biased, correlated bits,
    the first bits constant as pHash's DC bit); members flip a few bits of their
    prototype, as edited copies of one photo do. Substrings crowd into few buckets.
    """
    width = nbytes * 8
    latent = rng.standard_normal((families, 4)) @ rng.standard_normal((4, width))
    protos = latent + rng.standard_normal((families, width)) + rng.normal(0, 1.5, width) > 0
    protos[:, : max(1, width // 16)] = True
    bits = protos[rng.integers(0, families, n)] ^ (rng.random((n, width)) < flip)
    bits[:, : max(1, width // 16)] = True
    return np.packbits(bits, axis=1)


def planted(rng: np.random.Generator, base: np.ndarray, distances: list[int]):
    """Copies of random rows of ``base`` with exactly ``d`` bits flipped each."""
    width = base.shape[1] * 8
    rows = rng.choice(len(base), size=len(distances), replace=False)
    bits = np.unpackbits(base[rows], axis=1)
    for k, d in enumerate(distances):
        bits[k, rng.choice(width, size=d, replace=False)] ^= 1
    return rows, np.packbits(bits, axis=1)


@pytest.mark.parametrize("nbytes,radius", [(8, 0), (8, 3), (8, 12), (2, 4), (3, 5), (16, 20), (32, 48), (9, 10)])
@pytest.mark.parametrize("method", METHODS)
def test_random_codes_agree_with_reference(nbytes, radius, method):
    rng = np.random.default_rng(nbytes * 100 + radius)
    # Near copies of a few seeds give pairs at every distance, not only far ones.
    seeds = rng.integers(0, 256, (40, nbytes), dtype=np.uint8)
    a = np.packbits(np.unpackbits(seeds[rng.integers(0, 40, 300)], axis=1) ^ (rng.random((300, nbytes * 8)) < 0.08), axis=1)
    b = np.packbits(np.unpackbits(seeds[rng.integers(0, 40, 170)], axis=1) ^ (rng.random((170, nbytes * 8)) < 0.08), axis=1)
    expected_cross = reference(a, b, radius)
    expected_self = reference(a, None, radius)
    assert len(expected_cross[0]) > 0 or radius == 0
    assert_same(find_pairs(a, b, radius, method=method), expected_cross)
    assert_same(find_pairs(a, None, radius, method=method), expected_self)


@pytest.mark.parametrize("nbytes,radius", [(8, 6), (8, 12), (16, 24), (32, 40)])
def test_skewed_correlated_bits_agree(nbytes, radius):
    rng = np.random.default_rng(radius)
    codes = correlated_codes(rng, 2200, nbytes)
    a, b = codes[:1500], codes[1500:]
    expected = reference(a, b, radius)
    assert len(expected[0]) > 100  # crowded: many pairs, many shared substrings
    for method in ("index", "auto"):
        assert_same(find_pairs(a, b, radius, method=method), expected)
    assert_same(find_pairs(a, None, radius, method="index"), reference(a, None, radius))


def test_crowded_buckets_processed_in_bounded_chunks(monkeypatch):
    # Tiny chunks force every piece of the chunking (segments, within-bucket pairs, probe groups).
    monkeypatch.setattr(index, "_PROBE_CHUNK", 64)
    monkeypatch.setattr(index, "_CANDIDATE_CHUNK", 50)
    rng = np.random.default_rng(7)
    # Two thirds of the codes share their first five bytes: their substrings pile into few buckets.
    a = rng.integers(0, 256, (600, 8), dtype=np.uint8)
    a[:400, :5] = a[0, :5]
    b = a[rng.integers(0, 600, 200)].copy()
    b[:, 7] ^= rng.integers(0, 256, 200, dtype=np.uint8)
    for radius in (4, 10):
        assert_same(find_pairs(a, b, radius, method="index", workers=2), reference(a, b, radius))
        assert_same(find_pairs(a, None, radius, method="index", workers=1), reference(a, None, radius))


@pytest.mark.parametrize("radius", [4, 10, 12])
def test_planted_near_pairs_are_all_found_at_their_distance(radius):
    rng = np.random.default_rng(radius)
    train = rng.integers(0, 256, (5000, 8), dtype=np.uint8)
    distances = [d for d in range(radius + 1) for _ in range(5)]
    rows, copies = planted(rng, train, distances)
    others = rng.integers(0, 256, (2000, 8), dtype=np.uint8)
    val = np.concatenate([others, copies])
    i, j, d = find_pairs(train, val, radius, method="index")
    found = dict(zip(zip(i.tolist(), j.tolist()), d.tolist()))
    for k, (row, dist) in enumerate(zip(rows, distances)):
        assert found.get((int(row), len(others) + k)) == dist
    assert d.max() <= radius


def test_exact_duplicates_pair_up_in_both_joins():
    rng = np.random.default_rng(3)
    codes = rng.integers(0, 256, (50, 8), dtype=np.uint8)
    a = np.concatenate([codes, np.repeat(codes[:3], 40, axis=0)])  # three codes with 41 copies each
    b = np.repeat(codes[:2], 5, axis=0)
    for method in METHODS:
        i, j, d = find_pairs(a, None, 0, method=method)
        assert len(i) == 3 * 41 * 40 // 2
        assert np.all(d == 0) and np.all(i < j)
        assert_same((i, j, d), reference(a, None, 0))
        assert_same(find_pairs(a, b, 0, method=method), reference(a, b, 0))
        assert_same(find_pairs(a, b, 9, method=method), reference(a, b, 9))


def test_radius_at_or_beyond_width_returns_every_pair():
    rng = np.random.default_rng(4)
    a = rng.integers(0, 256, (30, 2), dtype=np.uint8)
    b = rng.integers(0, 256, (20, 2), dtype=np.uint8)
    for radius in (16, 100):
        i, j, d = find_pairs(a, b, radius)
        assert len(i) == 30 * 20
        assert_same((i, j, d), reference(a, b, radius))
        assert len(find_pairs(a, None, radius)[0]) == 30 * 29 // 2


def test_empty_and_single_rows():
    one = np.array([[1, 2, 3, 4, 5, 6, 7, 8]], dtype=np.uint8)
    none = np.zeros((0, 8), dtype=np.uint8)
    for method in METHODS:
        for args in ((none, None), (none, one), (one, none), (one, None)):
            i, j, d = find_pairs(*args, 64, method=method)
            assert len(i) == len(j) == len(d) == 0 and i.dtype == j.dtype == d.dtype == np.int64
        assert_same(find_pairs(one, one, 0, method=method), (np.array([0]), np.array([0]), np.array([0])))
        near = one.copy()
        near[0, 0] ^= 0b101
        assert_same(find_pairs(one, near, 1, method=method), reference(one, near, 1))
        assert_same(find_pairs(one, near, 2, method=method), (np.array([0]), np.array([0]), np.array([2])))


def test_self_join_is_the_upper_triangle_of_the_cross_join():
    rng = np.random.default_rng(5)
    a = correlated_codes(rng, 400, 8)
    ci, cj, cd = find_pairs(a, a, 10, method="index")
    upper = ci < cj
    assert np.all(cd[ci == cj] == 0) and np.sum(ci == cj) == len(a)
    assert_same(find_pairs(a, None, 10, method="index"), (ci[upper], cj[upper], cd[upper]))


def test_threads_and_methods_give_identical_results():
    rng = np.random.default_rng(6)
    codes = correlated_codes(rng, 4000, 8, families=1000)
    a, b = codes[:3000], codes[3000:]
    expected = find_pairs(a, b, 11, method="brute", workers=1)
    assert len(expected[0]) > 0
    for method in ("index", "auto"):
        for workers in (1, 2, 3):
            assert_same(find_pairs(a, b, 11, method=method, workers=workers), expected)


def test_planner_indexes_large_inputs_and_compares_small_ones_directly():
    rng = np.random.default_rng(8)
    small = index._as_words(rng.integers(0, 256, (500, 8), dtype=np.uint8))
    large = index._as_words(rng.integers(0, 256, (40_000, 8), dtype=np.uint8))
    assert index._choose_plan(small, small, 10, 64, True, "auto").method == "brute"
    plan = index._choose_plan(large, large, 10, 64, True, "auto")
    assert plan.method == "index"
    # Generalised pigeonhole: the substring radii cover the radius, substrings are disjoint.
    assert sum(t + 1 for t in plan.thresholds) >= 11
    bits = [p for block in plan.blocks for p in block]
    assert len(bits) == len(set(bits)) and max(bits) < 64


def test_constant_bits_stay_out_of_the_substrings():
    rng = np.random.default_rng(9)
    bits = rng.random((30_000, 64)) < 0.5
    bits[:, :8] = True  # a constant byte, like pHash's DC bit
    words = index._as_words(np.packbits(bits, axis=1))
    plan = index._choose_plan(words, words, 8, 64, True, "index")
    used = {p for block, t in zip(plan.blocks, plan.thresholds) if t >= 0 for p in block}
    constant = set(range(0, 8))  # byte 0 is bits 0-7 of the little-endian word
    assert used and not used & constant


def test_real_photo_hashes_agree_with_reference():
    """pHashes of crops, shifts and flips of real photos: biased, correlated, in families."""
    from sklearn.datasets import load_sample_images

    rng = np.random.default_rng(10)
    codes = []
    for photo in load_sample_images().images:
        im = Image.fromarray(photo)
        w, h = im.size
        for _ in range(300):
            side = int(rng.integers(60, 200))
            x, y = int(rng.integers(0, w - side)), int(rng.integers(0, h - side))
            crop = im.crop((x, y, x + side, y + side))
            if rng.random() < 0.5:
                crop = crop.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
            codes.append(phash64(DecodedImage(crop, crop.size, "RGB")))
    codes = np.stack(codes)
    a, b = codes[::2], codes[1::2]
    for radius in (8, 12):
        expected = reference(a, b, radius)
        assert len(expected[0]) > 0
        assert_same(find_pairs(a, b, radius, method="index"), expected)
        assert_same(find_pairs(codes, None, radius, method="index"), reference(codes, None, radius))


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    nbytes=st.integers(1, 5),
    n_a=st.integers(0, 60),
    n_b=st.integers(0, 60),
    self_join=st.booleans(),
    method=st.sampled_from(METHODS),
)
def test_hypothesis_agreement(data, nbytes, n_a, n_b, self_join, method):
    # Few distinct byte values make duplicates and near pairs likely.
    byte = st.sampled_from([0, 1, 3, 7, 128, 255])
    a = np.array(data.draw(st.lists(st.lists(byte, min_size=nbytes, max_size=nbytes), min_size=n_a, max_size=n_a)),
                 dtype=np.uint8).reshape(n_a, nbytes)
    b = None if self_join else np.array(
        data.draw(st.lists(st.lists(byte, min_size=nbytes, max_size=nbytes), min_size=n_b, max_size=n_b)),
        dtype=np.uint8).reshape(n_b, nbytes)
    radius = data.draw(st.integers(0, nbytes * 8 + 1))
    assert_same(find_pairs(a, b, radius, method=method, workers=1), reference(a, b, radius))


def test_bad_input_is_a_clear_parameter_error():
    a = np.zeros((3, 8), dtype=np.uint8)
    with pytest.raises(ParameterError, match="widths differ"):
        find_pairs(a, np.zeros((3, 16), dtype=np.uint8), 4)
    with pytest.raises(ParameterError, match="uint8"):
        find_pairs(a.astype(np.int64), None, 4)
    with pytest.raises(ParameterError, match="uint8"):
        find_pairs(np.zeros(8, dtype=np.uint8))
    for radius in (-1, 2.5, True, "3"):
        with pytest.raises(ParameterError, match="radius"):
            find_pairs(a, None, radius)
    with pytest.raises(ParameterError, match="method"):
        find_pairs(a, None, 1, method="faiss")
    with pytest.raises(ParameterError, match="workers"):
        find_pairs(a, None, 1, workers=0)
    # Still a ValueError for callers that catch that, and a DataAuditError for the CLI.
    with pytest.raises(ValueError):
        find_pairs(a, np.zeros((3, 4), dtype=np.uint8), 1)
    assert issubclass(ParameterError, DataAuditError)


def test_inputs_are_not_modified():
    rng = np.random.default_rng(11)
    a = rng.integers(0, 256, (200, 8), dtype=np.uint8)
    b = rng.integers(0, 256, (100, 8), dtype=np.uint8)
    a_copy, b_copy = a.copy(), b.copy()
    find_pairs(a, b, 12, method="index")
    find_pairs(a, None, 12, method="index")
    np.testing.assert_array_equal(a, a_copy)
    np.testing.assert_array_equal(b, b_copy)


def test_many_threads_on_small_chunks_keep_pairs_aligned(monkeypatch):
    # Many pieces verified concurrently: every pair found must keep its own i, j and d.
    monkeypatch.setattr(index, "_CANDIDATE_CHUNK", 512)
    rng = np.random.default_rng(12)
    codes = correlated_codes(rng, 30_000, 8, families=3000)
    a, b = codes[:24_000], codes[24_000:]
    expected = find_pairs(a, b, 10, method="brute", workers=1)
    assert len(expected[0]) > 10_000
    # Switch threads as often as possible so that interleavings a 5 ms interval hides do happen.
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        for _ in range(4):
            assert_same(find_pairs(a, b, 10, method="index", workers=4), expected)
    finally:
        sys.setswitchinterval(previous)


def test_search_pairs_hands_each_pair_once_to_one_consumer_at_a_time():
    # Verified pieces arrive from several threads at once; consume must see them one at a time, each
    # piece's i, j and d together, and all of them together must be exactly find_pairs's pairs.
    rng = np.random.default_rng(5)
    codes = correlated_codes(rng, 10_000, 8)
    a, b = codes[:4000], codes[4000:]
    pieces, inside = [], []

    def consume(i, j, d):
        inside.append(1)
        assert len(inside) == 1, "consume entered from two threads at once"
        pieces.append((i.copy(), j.copy(), d.copy()))
        inside.pop()

    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for b_side in (b, None):
            pieces.clear()
            index.search_pairs(a, b_side, 9, consume, method="index", workers=4)
            assert len(pieces) > 1
            i, j, d = (np.concatenate(column) for column in zip(*pieces))
            order = np.lexsort((j, i))
            assert_same((i[order], j[order], d[order]), reference(a, b_side, 9))
    finally:
        sys.setswitchinterval(previous)


@pytest.mark.parametrize("compiled", [True, False])
def test_compiled_and_numpy_probes_find_the_same_pairs(monkeypatch, compiled):
    # Cross searches of 64-bit codes probe in compiled code; the numpy loop is the other path.
    monkeypatch.setattr(index, "_COMPILED_PROBES", compiled)
    rng = np.random.default_rng(11)
    codes = correlated_codes(rng, 9000, 8)
    a, b = codes[:3000], codes[3000:]
    for radius in (3, 10):
        assert_same(find_pairs(a, b, radius, method="index", workers=2), reference(a, b, radius))
