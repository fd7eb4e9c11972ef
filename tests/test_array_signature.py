"""The saved-array signature on splits transformed by real scikit-learn and Keras objects."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.preprocessing import MaxAbsScaler, MinMaxScaler, RobustScaler, StandardScaler

import dataaudit
from dataaudit.auditors.preprocessing.saved_arrays import array_signature

SCALERS = {"standardize": StandardScaler, "min-max": MinMaxScaler, "robust": RobustScaler, "max-abs": MaxAbsScaler}


def raw(seed: int = 0, n=(400, 100, 120), features: int = 5):
    rng = np.random.default_rng(seed)
    centre, spread = rng.uniform(-10, 10, features), rng.uniform(0.5, 5, features)
    return [rng.normal(centre, spread, size=(k, features)) for k in n]


def transformed(scaler, parts, dtype=np.float64):
    return {name: scaler.transform(p).astype(dtype) for name, p in zip(("train", "val", "test"), parts)}


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("family", sorted(SCALERS))
def test_union_fit_is_found_and_train_fit_is_not(family, dtype):
    parts = raw(1)
    clean = transformed(SCALERS[family]().fit(parts[0]), parts, dtype)
    assert array_signature(clean) == []
    leaky = transformed(SCALERS[family]().fit(np.concatenate(parts)), parts, dtype)
    (sig,) = array_signature(leaky)
    assert sig.transform == family and sig.granularity == "feature" and sig.leaked
    assert sig.fitted_on in ("train+val+test", "train+val")  # max-abs/min-max: extremes may all lie in train+val
    assert sig.scores["train"] > 1e-3


def test_train_plus_val_and_separate_fits():
    train, val, test = raw(2)
    scaler = StandardScaler().fit(np.concatenate([train, val]))
    (sig,) = array_signature(transformed(scaler, (train, val, test)))
    assert sig.fitted_on == "train+val" and sig.exact_features == 5
    separately = {"train": StandardScaler().fit_transform(train), "val": StandardScaler().fit_transform(val)}
    (sig,) = array_signature(separately)
    assert sig.fitted_on == "each split separately"


def test_min_max_union_keeps_evaluation_inside_the_range():
    train, val, test = raw(3)
    clean = transformed(MinMaxScaler().fit(train), (train, val, test))
    assert ((clean["val"] < 0) | (clean["val"] > 1)).any()  # the usual sign of a train-only fit
    (sig,) = array_signature(transformed(MinMaxScaler().fit(np.concatenate([train, val, test])), (train, val, test)))
    assert sig.evaluation_outside_range == {"val": 0.0, "test": 0.0}


def test_keras_normalization_on_images(keras):
    rng = np.random.default_rng(5)
    images = rng.uniform(0, 255, size=(90, 8, 8, 3)).astype("float32") * rng.uniform(0.5, 1.0, size=(1, 1, 1, 3))
    train, val = images[:70], images[70:] * 0.9
    for fit_on, leaks in ((train, False), (np.concatenate([train, val]), True)):
        layer = keras.layers.Normalization(axis=-1)
        layer.adapt(fit_on)
        found = array_signature({"train": np.asarray(layer(train)), "val": np.asarray(layer(val))})
        assert bool(found) == leaks, found
        if leaks:
            assert found[0].granularity == "channel" and found[0].fitted_on == "train+val"


def test_raw_and_stateless_data_are_silent():
    rng = np.random.default_rng(6)
    pixels = rng.integers(0, 256, size=(120, 8, 8, 3))
    assert array_signature({"train": pixels[:90], "val": pixels[90:]}) == []  # integers: raw
    assert array_signature({"train": pixels[:90] / 255.0, "val": pixels[90:] / 255.0}) == []  # stateless /255
    train, val, _ = raw(7)
    assert array_signature({"train": train, "val": val}) == []
    assert array_signature({"train": train}) == []
    probabilities = rng.dirichlet(np.ones(4), size=200)
    assert array_signature({"train": probabilities[:150], "val": probabilities[150:]}) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 100_000), n_train=st.integers(5, 300), n_val=st.integers(1, 80),
       n_test=st.integers(0, 80), features=st.integers(1, 8), family=st.sampled_from(sorted(SCALERS)),
       dtype=st.sampled_from([np.float64, np.float32]), image=st.booleans())
def test_no_false_alarm_when_fitted_on_train(seed, n_train, n_val, n_test, features, family, dtype, image):
    rng = np.random.default_rng(seed)
    centre, spread = rng.uniform(-100, 100, features), rng.uniform(0.01, 50, features)
    parts = [rng.normal(centre, spread, size=(k, features)) for k in (n_train, n_val, n_test) if k]
    scaler = SCALERS[family]().fit(parts[0])
    arrays = {name: scaler.transform(p).astype(dtype) for name, p in zip(("train", "val", "test"), parts)}
    if image and features in (1, 3):
        arrays = {k: v.reshape(len(v), 1, 1, features) for k, v in arrays.items()}
    assert array_signature(arrays) == []


def test_through_audit_on_arrays():
    train, val, _test = raw(8)
    scaler = StandardScaler().fit(np.concatenate([train, val]))
    source = {"train": (scaler.transform(train), np.zeros(len(train))), "val": (scaler.transform(val), np.ones(len(val)))}
    report = dataaudit.audit(source, cache=False, select=["DA3"])
    (finding,) = report.findings
    assert finding.code == "DA305" and finding.severity == dataaudit.Severity.ERROR
    assert finding.evidence["transform"] == "standardize"
    assert [loc.path for loc in finding.locations] == ["train", "val"]
    clean = StandardScaler().fit(train)
    source = {"train": (clean.transform(train), None), "val": (clean.transform(val), None)}
    assert dataaudit.audit(source, cache=False, select=["DA3"]).findings == ()
