"""Every class-balance snippet runs against the installed libraries and does what its plan says.

The plans are checked by actually resampling (imbalanced-learn, tf.data) and
counting, and a tiny Keras model trains for an epoch on each remedy.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_digits

import dataaudit


def audit(source, **params):
    return dataaudit.audit(source, select="DA2", cache=False, config=False, jobs=1, balance=params)


def imbalance_finding(report):
    (finding,) = report.by_code("DA201")
    return finding


def digits(counts: dict[int, int], seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Real 8x8 digit images (values 0-16) of the given classes, shuffled."""
    data = load_digits()
    rng = np.random.default_rng(seed)
    rows = np.concatenate([np.flatnonzero(data.target == c)[:n] for c, n in counts.items()])
    rng.shuffle(rows)
    return data.images[rows].astype(np.float32), data.target[rows].astype(np.int64)


def features(counts: dict[int, int], seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = np.repeat(list(counts), list(counts.values())).astype(np.int64)
    rng.shuffle(y)
    return rng.normal(size=(len(y), 4)).astype(np.float32), y


def run_snippet(code: str, folder: Path, **variables) -> dict:
    """Run a snippet as a saved script (as a user would), with the variables it expects predefined."""
    path = folder / f"snippet_{len(list(folder.glob('snippet_*.py')))}.py"
    path.write_text(code)
    return runpy.run_path(str(path), init_globals=variables)


def tiny_model(keras, input_shape: tuple[int, ...], n_classes: int, scale: float):
    """A softmax regression on the scaled pixels: enough to show that training runs."""
    keras.utils.set_random_seed(0)
    model = keras.Sequential([
        keras.Input(input_shape),
        keras.layers.Rescaling(scale),
        keras.layers.Flatten(),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile("adam", "sparse_categorical_crossentropy")
    return model


def tf_dataset(x: np.ndarray, y: np.ndarray):
    import tensorflow as tf

    return tf.data.Dataset.from_tensor_slices((x, y)).shuffle(len(y), seed=0)


def count_stream(ds, n_classes: int) -> np.ndarray:
    labels = np.concatenate([np.asarray(y).reshape(-1) for _, y in ds.as_numpy_iterator()])
    return np.bincount(labels, minlength=n_classes)


def check_files(finding, x: np.ndarray, y: np.ndarray, folder: Path) -> None:
    """Run every snippet of the finding's fix and check its result against the plans in the evidence."""
    ev, fix = finding.evidence, finding.fix
    names = fix.payload["class_names"]
    index = {name: i for i, name in enumerate(names)}
    assert fix.payload["code"] in fix.files.values()
    for file_name, code in fix.files.items():
        if file_name == "class_weights.py":
            scope = run_snippet(code, folder, y_train=y)
            expected = {index[n]: w for n, w in ev["class_weight"]["balanced"].items()}
            assert scope["class_weight"] == pytest.approx(expected, rel=1e-9), file_name
            continue
        plan = ev["oversampling"] if file_name.startswith("over") else ev["undersampling"]
        targets = np.zeros(len(names), dtype=np.int64)
        for name, n in plan["target_counts"].items():
            targets[index[name]] = n
        if file_name.endswith("_imblearn.py"):
            scope = run_snippet(code, folder, x_train=x, y_train=y)
            assert np.bincount(scope["y_resampled"], minlength=len(names)).tolist() == targets.tolist(), file_name
            np.testing.assert_array_equal(scope["x_resampled"], x[scope["rows"][:, 0]])
            np.testing.assert_array_equal(y[scope["rows"][:, 0]], scope["y_resampled"])
        else:
            scope = run_snippet(code, folder, train_ds=tf_dataset(x, y))
            counts = count_stream(scope["balanced_ds"], len(names))
            share = targets / targets.sum()
            # An oversampled epoch draws as many samples as the training set holds; an undersampled one
            # draws the plan's targets.
            total = len(y) if file_name.startswith("over") else int(targets.sum())
            assert counts.sum() == total, file_name
            # sample_from_datasets draws classes at random with the plan's weights: each count is
            # binomial around its share of the epoch; allow five standard deviations.
            expected = share * total
            sd = np.sqrt(total * share * (1 - share))
            assert np.all(np.abs(counts - expected) <= 5 * sd + 1), (file_name, counts, expected)


@pytest.mark.parametrize("case", ["mild", "severe", "huge"])
def test_every_snippet_runs_and_matches_its_plan(case, keras, tmp_path):
    if case == "mild":
        x, y = features({0: 60, 1: 40, 2: 30})
        report = audit((x, y))
    elif case == "severe":
        x, y = features({0: 240, 1: 20, 2: 12})
        report = audit((x, y), min_class_count=5)
    else:
        x, y = features({0: 2000, 1: 100})
        report = audit((x, y), undersample_min_count=100)
    finding = imbalance_finding(report)
    assert finding.evidence["recommendation"] == {"mild": "class_weights", "severe": "oversample",
                                                  "huge": "undersample"}[case]
    check_files(finding, x, y, tmp_path)


def test_effective_number_snippet_reproduces_its_weights(tmp_path):
    x, y = features({0: 900, 1: 90, 2: 10})
    fix = imbalance_finding(audit((x, y), weighting="effective_number", beta=0.99, max_weight=5.0,
                                  severe_ratio=200.0)).fix
    scope = run_snippet(fix.payload["code"], tmp_path, y_train=y)
    assert scope["class_weight"] == pytest.approx(fix.payload["class_weight"], rel=1e-9)


def test_keras_trains_with_the_emitted_class_weights(keras):
    x, y = digits({0: 150, 1: 100, 2: 60})
    fix = imbalance_finding(audit({"train": (x, y)})).fix
    assert fix.kind == "class_weights"
    class_weight = fix.payload["class_weight"]
    assert class_weight[2] > class_weight[1] > class_weight[0]
    model = tiny_model(keras, (8, 8, 1), 3, scale=1 / 16)
    history = model.fit(x[..., None], y, class_weight=class_weight, epochs=1, batch_size=32, verbose=0)
    assert np.isfinite(history.history["loss"][0])


def test_keras_trains_on_the_emitted_oversampling_pipeline_with_augmentation(keras, tmp_path):
    x, y = digits({0: 150, 1: 40, 2: 10})
    finding = imbalance_finding(audit({"train": (x, y)}))
    fix = finding.fix
    assert fix.kind == "sampling_plan" and fix.payload["augment"]
    assert fix.payload["tf_data_weights"] == pytest.approx([1 / 3] * 3)
    assert fix.payload["repeat_factor"] == {"0": 1.0, "1": 3.75, "2": 15.0}
    scope = run_snippet(fix.payload["code"], tmp_path, train_ds=tf_dataset(x[..., None], y))
    balanced = scope["balanced_ds"]
    counts = count_stream(balanced, 3)
    assert counts.sum() == 200 and counts.min() > 40  # about 67 of each: an epoch as long as the 200 images
    model = tiny_model(keras, (8, 8, 1), 3, scale=1 / 16)
    history = model.fit(balanced, epochs=1, verbose=0, shuffle=False)
    assert np.isfinite(history.history["loss"][0])


def test_oversampling_snippet_takes_image_dataset_from_directory(image_tree, keras, tmp_path):
    root = image_tree({"train/a": 12, "train/b": 1}, size=32)
    fix = imbalance_finding(audit(root, min_class_count=1)).fix
    train_ds = keras.utils.image_dataset_from_directory(
        root / "train", image_size=(32, 32), batch_size=None, seed=0, verbose=False)
    scope = run_snippet(fix.payload["code"], tmp_path, train_ds=train_ds)
    epochs = np.array([count_stream(scope["balanced_ds"], 2) for _ in range(10)])
    # As many draws per epoch as training images (13); over ten epochs about half are the one 'b' image.
    assert (epochs.sum(axis=1) == 13).all() and 40 <= epochs[:, 1].sum() <= 90
    model = tiny_model(keras, (32, 32, 3), 2, scale=1 / 255)
    assert np.isfinite(model.fit(scope["balanced_ds"], epochs=1, verbose=0, shuffle=False).history["loss"][0])
