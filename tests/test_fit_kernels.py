"""The compiled alignment kernels compute what verify's numpy warp and region NCC compute."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from sklearn.datasets import load_sample_images

from dataaudit.auditors.leakage import verify


@pytest.fixture(scope="module")
def thumbs() -> np.ndarray:
    """64 real 16x16 luma thumbnails: crops of scikit-learn's two sample photos."""
    rng = np.random.default_rng(3)
    out = []
    for photo in load_sample_images().images:
        im = Image.fromarray(photo).convert("L")
        for _ in range(32):
            x, y = (int(v) for v in rng.integers(0, 300, 2))
            out.append(np.asarray(im.crop((x, y, x + 96, y + 96)).resize((16, 16), Image.Resampling.BOX)))
    return np.asarray(out, dtype=np.float32)


def _numpy_fit(a: np.ndarray, b: np.ndarray, params: np.ndarray) -> np.ndarray:
    w, m = verify._warp(a, params[:, None], 16)
    return verify._masked_ncc(b[:, None], w, m, 16).max(axis=-1)[:, 0]


def test_fit_matches_the_numpy_warp_and_region_ncc(thumbs):
    rng = np.random.default_rng(0)
    a, b = thumbs[:32], thumbs[32:]
    params = rng.uniform(verify._LOW, verify._HIGH, (32, 5)).astype(np.float32)
    params[::4] = [0.5, 0.5, 1.0, 1.0, 0.0]  # also the identity, where a copy starts
    compiled = verify._fit(a, b, params)
    assert np.allclose(compiled, _numpy_fit(a, b, params), atol=2e-4)
    # A thumbnail against itself, unwarped, correlates perfectly.
    identity = np.tile(np.array([0.5, 0.5, 1.0, 1.0, 0.0], np.float32), (32, 1))
    assert np.allclose(verify._fit(a, a, identity), 1.0, atol=1e-4)


def test_search_recovers_a_known_shift_and_never_loses_fit(thumbs):
    a = thumbs
    shift = np.array([0.53, 0.48, 0.95, 0.95, np.deg2rad(2.0)], np.float32)
    # B is A warped by a known transform; searching from the identity must find a fit near 1.
    w, _ = verify._warp(np.asarray(a, np.float32), np.tile(shift, (len(a), 1))[:, None], 16)
    b = w[:, 0]
    start = np.tile(np.array([0.5, 0.5, 1.0, 1.0, 0.0], np.float32), (len(a), 1))
    before = verify._fit(a, b, start)
    params, fit = verify._search({16: a}, {16: b}, start, verify.SEARCH_STEPS)
    assert np.all(fit >= before - 1e-6)
    assert np.median(fit) > 0.97
    # The reported fit is the fit of the reported warp.
    assert np.allclose(fit, _numpy_fit(a, b, params), atol=2e-4)
    assert np.median(np.abs(params[:, :2] - shift[:2])) < 0.02


def test_mismatched_lengths_are_refused_not_read_past(thumbs):
    with pytest.raises(ValueError, match="pairs differ in length"):
        verify._fit(thumbs[:4], thumbs[:4], np.zeros((3, 5), np.float32))
