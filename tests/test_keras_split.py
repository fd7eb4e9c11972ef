"""validation_split + seed on a <class>/<image> folder gives exactly Keras's subsets."""

from __future__ import annotations

import os

import pytest
from conftest import make_tree, write_image

import dataaudit
from dataaudit.sources import resolve_source


def _keras_subsets(keras, root, fraction, seed, labels="inferred"):
    train, val = keras.utils.image_dataset_from_directory(
        str(root), labels=labels, validation_split=fraction, subset="both", seed=seed,
        image_size=(8, 8), batch_size=4, verbose=False,
    )
    rel = lambda paths: [os.path.relpath(p, root).replace(os.sep, "/") for p in paths]  # noqa: E731
    return rel(train.file_paths), rel(val.file_paths)


def _ours(root, fraction, seed):
    samples = resolve_source(root, validation_split=fraction, seed=seed).samples
    return (samples.loc[samples["split"] == "train", "relpath"].tolist(),
            samples.loc[samples["split"] == "val", "relpath"].tolist())


@pytest.mark.parametrize("fraction, seed", [(0.2, 1), (0.25, 123), (0.5, 7), (0.1, 999)])
def test_subsets_equal_keras(keras, tmp_path, fraction, seed):
    root = make_tree(tmp_path / "d", {"cat": 13, "dog": 7, "zebra": 9, "Ant": 4})
    # Nested folders and mixed-case extensions, which Keras walks in its own order.
    write_image(root / "cat/sub/a.PNG", seed=1)
    write_image(root / "cat/sub-b/b.jpeg", seed=2)
    write_image(root / "dog/x/y/c.bmp", seed=3)
    keras_train, keras_val = _keras_subsets(keras, root, fraction, seed)
    our_train, our_val = _ours(root, fraction, seed)
    assert our_train == keras_train
    assert our_val == keras_val
    report = dataaudit.audit(root, validation_split=fraction, seed=seed, cache=False)
    labels = dict(zip(report.table.meta["relpath"], report.table.meta["label"]))
    assert all(labels[p] == p.split("/")[0] for p in keras_train + keras_val)


def test_files_keras_skips_or_loads_unexpectedly(keras, tmp_path):
    root = make_tree(tmp_path / "d", {"cat": 6, "dog": 6})
    write_image(root / "cat/modern.webp", seed=10)  # Keras does not load .webp
    write_image(root / "dog/._resource_fork.jpg", seed=11)  # hidden, but Keras loads it
    keras_train, keras_val = _keras_subsets(keras, root, 0.3, 42)
    our_train, our_val = _ours(root, 0.3, 42)
    assert (our_train, our_val) == (keras_train, keras_val)
    report = dataaudit.audit(root, validation_split=0.3, seed=42, cache=False)
    notes = [f for f in report.findings if f.code == "DA019"]
    paths = {loc.path for f in notes for loc in f.locations}
    assert paths == {"cat/modern.webp", "dog/._resource_fork.jpg"}
    assert "cat/modern.webp" not in set(report.table.meta["relpath"])


def test_unlabelled_flat_folder_equals_keras_labels_none(keras, tmp_path):
    root = make_tree(tmp_path / "d", {"": 11})
    keras_train, keras_val = _keras_subsets(keras, root, 0.3, 5, labels=None)
    assert _ours(root, 0.3, 5) == (keras_train, keras_val)


def test_tiny_validation_split_reproduces_keras_empty_training_quirk(tmp_path):
    root = make_tree(tmp_path / "d", {"cat": 3, "dog": 2})
    report = dataaudit.audit(root, validation_split=0.1, seed=1, cache=False)
    assert set(report.table.meta["split"]) == {"val"}
    finding = next(f for f in report.findings if f.code == "DA020")
    assert finding.severity == dataaudit.Severity.ERROR
