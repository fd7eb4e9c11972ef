"""check_fitted on real scikit-learn and Keras objects, fitted in the leaking and in the clean arrangement."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.decomposition import PCA
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import (
    KBinsDiscretizer,
    MaxAbsScaler,
    MinMaxScaler,
    OneHotEncoder,
    QuantileTransformer,
    RobustScaler,
    StandardScaler,
)

import dataaudit
from dataaudit import check_fitted

FACTORIES = {
    "StandardScaler": StandardScaler,
    "MinMaxScaler": MinMaxScaler,
    "MaxAbsScaler": MaxAbsScaler,
    "RobustScaler": RobustScaler,
    "PCA": lambda: PCA(n_components=2),
    "SimpleImputer": lambda: SimpleImputer(strategy="median"),
    "KBinsDiscretizer": lambda: KBinsDiscretizer(n_bins=4, quantile_method="averaged_inverted_cdf"),
    "QuantileTransformer": lambda: QuantileTransformer(n_quantiles=50),
}


def splits(seed: int = 0, n=(300, 80, 90), features: int = 4):
    rng = np.random.default_rng(seed)
    train = rng.normal(2.0, 3.0, size=(n[0], features))
    val = rng.normal(2.5, 3.0, size=(n[1], features))
    test = rng.normal(1.5, 2.0, size=(n[2], features))
    return train, val, test


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_sklearn_clean_and_leaking(name):
    train, val, test = splits()
    clean = FACTORIES[name]().fit(train)
    result = check_fitted(clean, train, {"val": val, "test": test})
    assert (result.status, result.matched, result.leaked) == ("match", ("train",), False), result.message
    assert result.candidate("train").matches and not result.candidate("train+val").matches
    json.dumps(result.to_dict())

    for union, data in (("train+val", np.concatenate([train, val])),
                        ("train+val+test", np.concatenate([train, val, test]))):
        leaky = FACTORIES[name]().fit(data)
        result = check_fitted(leaky, train, {"val": val, "test": test})
        assert result.leaked and result.matched == (union,), result.message
        assert f"matches {union}" in result.message


def test_numbers_and_sample_counts_are_reported():
    train, val, _ = splits()
    result = check_fitted(StandardScaler().fit(np.concatenate([train, val])), train, {"val": val})
    assert result.n_samples_seen == len(train) + len(val)
    assert result.compared == ("mean_", "var_")
    train_match = result.candidate("train")
    assert train_match.n_samples_match is False and train_match.distance > 1e-3
    assert result.candidate("train+val").distance < 1e-9


def test_dataframes_and_flattened_images():
    train, val, _ = splits()
    frame = pd.DataFrame(train, columns=list("abcd"))
    result = check_fitted(StandardScaler().fit(frame), frame, {"val": pd.DataFrame(val, columns=list("abcd"))})
    assert result.matched == ("train",)
    rng = np.random.default_rng(1)
    images, held_out = rng.uniform(size=(50, 4, 4, 3)), rng.uniform(size=(20, 4, 4, 3))
    scaler = StandardScaler().fit(np.concatenate([images, held_out]).reshape(70, -1))
    assert check_fitted(scaler, images, {"val": held_out}).leaked


def test_categories_prove_the_leak():
    train = np.array([["red", "s"], ["blue", "m"], ["red", "m"]] * 10, dtype=object)
    val = np.array([["green", "s"], ["blue", "l"]], dtype=object)
    leaky = OneHotEncoder(handle_unknown="ignore").fit(np.concatenate([train, val]))
    result = check_fitted(leaky, train, {"val": val})
    assert result.leaked and result.proof["only_outside_train"] == {"feature 0": ["green"], "feature 1": ["l"]}
    clean = OneHotEncoder(handle_unknown="ignore").fit(train)
    assert not check_fitted(clean, train, {"val": val}).leaked
    given_categories = OneHotEncoder(categories=[["red", "blue", "green"], ["s", "m", "l"]]).fit(train)
    assert check_fitted(given_categories, train, {"val": val}).status == "nothing-learned"


@pytest.mark.parametrize("cls", [CountVectorizer, TfidfVectorizer])
def test_vocabulary_membership(cls):
    train = ["the cat sat on the mat", "a dog and a cat", "the dog ran home"]
    val = ["zebras graze", "the cat ran"]
    leaky = cls(min_df=1).fit(train + val)
    result = check_fitted(leaky, train, {"val": val})
    assert result.leaked and "zebras" in result.proof["only_outside_train"]["vocabulary"]
    assert check_fitted(cls().fit(train), train, {"val": val}).matched == ("train",)
    assert check_fitted(HashingVectorizer().fit(train), train, {"val": val}).status == "nothing-learned"


def test_errors_are_clear():
    train, val, _ = splits()
    with pytest.raises(dataaudit.InputError, match="does not know how to read a fitted LogisticRegression"):
        check_fitted(LogisticRegression(), train)
    with pytest.raises(dataaudit.InputError, match="not fitted yet"):
        check_fitted(StandardScaler(), train)
    with pytest.raises(dataaudit.InputError, match="fitted on 4 features"):
        check_fitted(StandardScaler().fit(train), train[:, :2], {"val": val[:, :2]})
    with pytest.raises(dataaudit.ParameterError, match="must not contain 'train'"):
        check_fitted(StandardScaler().fit(train), train, {"train": val})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n_train=st.integers(8, 200), n_val=st.integers(2, 60),
       features=st.integers(1, 5), name=st.sampled_from(["StandardScaler", "MinMaxScaler", "MaxAbsScaler",
                                                          "RobustScaler", "SimpleImputer"]),
       dtype=st.sampled_from([np.float64, np.float32]))
def test_no_false_alarm_on_objects_fitted_on_train(seed, n_train, n_val, features, name, dtype):
    rng = np.random.default_rng(seed)
    scale = rng.uniform(0.01, 100)
    train = rng.normal(rng.uniform(-50, 50), scale, size=(n_train, features)).astype(dtype)
    val = rng.normal(rng.uniform(-50, 50), scale, size=(n_val, features)).astype(dtype)
    result = check_fitted(FACTORIES[name]().fit(train), train, {"val": val})
    assert not result.leaked, result.message
    assert "train" in result.matched


def test_keras_normalization(keras):
    train, val, test = (s.astype("float32") for s in splits(3))
    for data, expected in ((train, ("train",)), (np.concatenate([train, val]), ("train+val",)),
                           (np.concatenate([train, val, test]), ("train+val+test",))):
        layer = keras.layers.Normalization()
        layer.adapt(data)
        result = check_fitted(layer, train, {"val": val, "test": test})
        assert result.matched == expected, result.message
        assert result.leaked == (expected != ("train",))
    images = np.random.default_rng(4).uniform(0, 255, size=(40, 6, 6, 3)).astype("float32")
    layer = keras.layers.Normalization(axis=-1)
    layer.adapt(images)
    assert check_fitted(layer, images[:30], {"val": images[30:]}).matched == ("train+val",)


def test_keras_normalization_no_false_alarm_across_seeds(keras):
    for seed in range(5):
        rng = np.random.default_rng(seed)
        n, f = int(rng.integers(10, 200)), int(rng.integers(1, 6))
        train = rng.normal(rng.uniform(-100, 100), rng.uniform(0.1, 50), size=(n, f)).astype("float32")
        val = rng.normal(rng.uniform(-100, 100), rng.uniform(0.1, 50), size=(20, f)).astype("float32")
        layer = keras.layers.Normalization()
        layer.adapt(train)
        result = check_fitted(layer, train, {"val": val})
        assert result.matched == ("train",) and not result.leaked, result.message


def _crops(n: int, seed: int) -> np.ndarray:
    from sklearn.datasets import load_sample_images

    photos = load_sample_images().images
    rng = np.random.default_rng(seed)
    corners = rng.integers(0, 380, size=(n, 2))
    return np.stack([photos[i % 2][y:y + 24, x:x + 24] for i, (y, x) in enumerate(corners)]).astype("float32")


def test_image_data_generator_exact_and_augmented(keras):
    from keras.src.legacy.preprocessing.image import ImageDataGenerator

    train, val = _crops(90, 0), _crops(30, 1) * 0.8  # darker validation photos
    for data, expected in ((train, "train"), (np.concatenate([train, val]), "train+val")):
        gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, rescale=1 / 255)
        gen.fit(data)
        result = check_fitted(gen, train, {"val": val})
        assert (result.status, result.matched) == ("match", (expected,)), result.message
        augmenting = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True,
                                        rotation_range=20, horizontal_flip=True, zoom_range=0.1)
        augmenting.fit(data, augment=True, rounds=2, seed=0)
        result = check_fitted(augmenting, train, {"val": val})
        assert result.status == "approximate" and result.matched == (expected,), result.message
        assert result.leaked == (expected != "train")
    plain = ImageDataGenerator(rescale=1 / 255, horizontal_flip=True)
    plain.fit(train)
    assert check_fitted(plain, train, {"val": val}).status == "nothing-learned"


def test_through_audit_with_the_fitted_parameter(image_tree):
    train, val, test = splits(9)
    source = {"train": (train, None), "val": (val, None), "test": (test, None)}
    leaky = StandardScaler().fit(np.concatenate([train, val]))
    clean = MinMaxScaler().fit(train)
    other = StandardScaler().fit(splits(10)[0] * 3)
    report = dataaudit.audit(source, cache=False, select=["DA3"],
                             preprocessing={"fitted": {"scaler": leaky, "minmax": clean, "old": other},
                                            "signature": False})
    by_code = {f.code: f for f in report.findings}
    assert sorted(by_code) == ["DA304", "DA306"]
    assert by_code["DA304"].locations[0].path == "fitted:scaler"
    assert by_code["DA304"].evidence["matched"] == ["train+val"]
    assert by_code["DA306"].locations[0].path == "fitted:old"
    assert report.config["auditors"]["preprocessing"]["fitted"] == {
        "scaler": "StandardScaler", "minmax": "MinMaxScaler", "old": "StandardScaler"}
    json.loads(report.to_json())
    folder = image_tree({"train/a": 2, "val/a": 2})
    report = dataaudit.audit(folder, cache=False, select=["DA3"], preprocessing={"fitted": {"scaler": leaky}})
    (finding,) = report.findings
    assert finding.code == "DA306" and "no training arrays" in finding.message
