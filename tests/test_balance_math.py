"""The class-balance arithmetic, checked against scikit-learn, SciPy and hand-computed values."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import binomtest, chi2
from sklearn.utils.class_weight import compute_class_weight

from dataaudit.auditors.balance.stats import (
    class_weights,
    imbalance_ratio,
    label_shift,
    normalised_entropy,
    oversampling_targets,
    size_for_half_width,
    undersampling_targets,
    wilson_half_width,
)
from dataaudit.errors import ParameterError

CASES = {
    "balanced": {"a": 50, "b": 50, "c": 50},
    "mild": {"a": 60, "b": 40, "c": 30},
    "severe": {"a": 300, "b": 25},
    "ten-classes": {str(i): 10 + 7 * i for i in range(10)},
}


def _labels(counts: dict[str, int]) -> np.ndarray:
    return np.repeat(np.arange(len(counts)), list(counts.values()))


@pytest.mark.parametrize("counts", CASES.values(), ids=CASES.keys())
def test_balanced_weights_equal_scikit_learn(counts):
    y = _labels(counts)
    expected = compute_class_weight(class_weight="balanced", classes=np.unique(y), y=y)
    got = class_weights(counts, "balanced")
    assert list(got) == list(counts)
    np.testing.assert_allclose(list(got.values()), expected, rtol=1e-12)


@pytest.mark.parametrize("method", ["balanced", "effective_number"])
@pytest.mark.parametrize("cap", [None, 1.5, 3.0])
def test_weights_have_sample_weighted_mean_one_and_respect_the_cap(method, cap):
    counts = {"a": 500, "b": 60, "c": 7, "d": 0}
    w = class_weights(counts, method, beta=0.99, cap=cap)
    assert "d" not in w  # no samples, no weight (Keras uses 1.0 for a missing key)
    n = np.array([counts[k] for k in w], dtype=float)
    values = np.array(list(w.values()))
    assert (values * n).sum() / n.sum() == pytest.approx(1.0, rel=1e-12)
    if cap is not None:
        assert values.max() == pytest.approx(cap)  # the rarest class (7 of 567) is capped
    else:
        assert values[0] < values[1] < values[2]


@settings(max_examples=200, deadline=None)
@given(
    counts=st.lists(st.integers(0, 100_000), min_size=1, max_size=12).filter(lambda c: any(c)),
    method=st.sampled_from(["balanced", "effective_number"]),
    beta=st.floats(0.5, 0.99999),
    cap=st.one_of(st.none(), st.floats(1.01, 50)),
)
def test_weight_properties(counts, method, beta, cap):
    named = {f"c{i}": n for i, n in enumerate(counts)}
    w = class_weights(named, method, beta=beta, cap=cap)
    assert list(w) == [k for k, n in named.items() if n > 0]
    n = np.array([named[k] for k in w], dtype=float)
    values = np.array(list(w.values()))
    assert (values * n).sum() == pytest.approx(n.sum(), rel=1e-9)
    if cap is not None:
        assert values.max() <= cap * (1 + 1e-12)
    # A rarer class never gets a smaller weight.
    order = np.argsort(n, kind="stable")
    assert np.all(np.diff(values[order]) <= 1e-9 * values.max())


def test_cap_water_fills_exactly():
    # balanced: 100/270, 100/27, 100/3; 'c' capped at 10 leaves 90 of the 100 units of
    # sample weight for 'a' and 'b', which keep their 1:10 ratio: 0.5 and 5.
    w = class_weights({"a": 90, "b": 9, "c": 1}, "balanced", cap=10.0)
    assert w == pytest.approx({"a": 0.5, "b": 5.0, "c": 10.0}, rel=1e-12)


def test_effective_number_by_hand():
    # beta = 0.5: raw weights (1-b)/(1-b^n) = 1 for n=1 and 2/3 for n=2; scaled so 1*w_a + 2*w_b = 3.
    w = class_weights({"a": 1, "b": 2}, "effective_number", beta=0.5)
    assert w == pytest.approx({"a": 9 / 7, "b": 6 / 7}, rel=1e-12)
    # beta near 0 weights every class equally; near 1 it approaches "balanced".
    assert class_weights({"a": 100, "b": 10}, "effective_number", beta=1e-9) == pytest.approx({"a": 1.0, "b": 1.0})
    near = class_weights({"a": 100, "b": 10}, "effective_number", beta=1 - 1e-9)
    assert near == pytest.approx(class_weights({"a": 100, "b": 10}, "balanced"), rel=1e-5)


def test_weight_parameters_are_validated():
    with pytest.raises(ParameterError, match="method"):
        class_weights({"a": 1}, "inverse")
    with pytest.raises(ParameterError, match="beta"):
        class_weights({"a": 1}, "effective_number", beta=1.0)
    with pytest.raises(ParameterError, match="cap"):
        class_weights({"a": 1}, cap=0.5)
    with pytest.raises(ParameterError, match="non-negative"):
        class_weights({"a": -1})


def test_ratio_entropy_and_targets():
    counts = {"a": 60, "b": 20, "c": 0}
    assert imbalance_ratio(counts) == 3.0
    assert normalised_entropy({"a": 1, "b": 1}) == pytest.approx(1.0)
    assert normalised_entropy({"a": 3, "b": 1}) == pytest.approx(-(0.75 * math.log(0.75) + 0.25 * math.log(0.25)) / math.log(2))
    assert normalised_entropy({"a": 1, "b": 1, "c": 0}) == pytest.approx(math.log(2) / math.log(3))
    assert oversampling_targets(counts) == {"a": 60, "b": 60}
    assert undersampling_targets(counts) == {"a": 20, "b": 20}


@pytest.mark.parametrize("k,n", [(90, 100), (45, 50), (26, 26), (0, 12), (500, 1000)])
def test_wilson_half_width_matches_scipy(k, n):
    # The Wilson interval lies inside [0, 1] even at k = 0 or n, so it is centre +/- the half-width throughout.
    expected = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    assert wilson_half_width(k / n, n) == pytest.approx((expected.high - expected.low) / 2, abs=1e-9)


@pytest.mark.parametrize("p,tol,expected", [(0.9, 0.02, 868), (0.5, 0.02, 2398), (0.9, 0.05, 141)])
def test_size_for_half_width_is_the_smallest_size(p, tol, expected):
    n = size_for_half_width(p, tol)
    assert n == expected
    assert wilson_half_width(p, n) <= tol < wilson_half_width(p, n - 1)


def test_label_shift_chi_square_and_js_distance():
    same = label_shift({"a": 30, "b": 10}, {"a": 60, "b": 20})
    assert same.js_distance == pytest.approx(0.0, abs=1e-7) and same.p_value == pytest.approx(1.0)
    # [[30, 10], [10, 30]]: every expected cell is 20, chi2 = 4 * 10^2 / 20 = 20 on 1 degree of freedom.
    shifted = label_shift({"a": 30, "b": 10}, {"a": 10, "b": 30})
    assert shifted.chi2 == pytest.approx(20.0)
    assert shifted.dof == 1
    assert shifted.p_value == pytest.approx(chi2.sf(20.0, 1))
    assert shifted.min_expected == pytest.approx(20.0)
    assert label_shift({"a": 5}, {"b": 5}).js_distance == pytest.approx(1.0)
    # The class whose share moves most comes first; classes absent from both are left out.
    three = label_shift({"a": 50, "b": 40, "c": 10, "z": 0}, {"a": 50, "b": 20, "c": 30})
    assert [d[0] for d in three.differences] == ["b", "c", "a"]
    assert three.differences[0][1:] == pytest.approx((0.4, 0.2))
