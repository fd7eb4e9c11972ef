"""Splits saved as array or table files: recognised, loaded without unpickling, audited."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.preprocessing import StandardScaler

import dataaudit
from dataaudit.cli import main
from dataaudit.sources import resolve_source


def _data(seed=0, n=(80, 20), features=3):
    rng = np.random.default_rng(seed)
    return [(rng.normal(size=(k, features)), rng.integers(0, 3, k)) for k in n]


def test_npz_per_split(tmp_path):
    (x_tr, y_tr), (x_va, y_va) = _data()
    np.savez(tmp_path / "train.npz", x=x_tr, y=y_tr)
    np.savez(tmp_path / "val.npz", images=x_va, labels=y_va)
    (tmp_path / "train.py").write_text("print('hello')\n")
    dataset = resolve_source(tmp_path)
    assert (dataset.kind, dataset.layout, dataset.root) == ("arrays", "split-files", tmp_path)
    assert sorted(dataset.arrays) == ["train", "val"]
    np.testing.assert_array_equal(dataset.arrays["val"][0], x_va)
    assert dataset.samples["label"].tolist()[:3] == [str(v) for v in y_tr[:3]]
    assert dataset.code_files == {"train.py": "print('hello')\n"}
    assert not dataset.has_images


def test_npy_pairs_and_label_files(tmp_path):
    (x_tr, y_tr), (x_te, y_te) = _data(1)
    np.save(tmp_path / "X_train.npy", x_tr)
    np.save(tmp_path / "y_train.npy", y_tr)
    np.save(tmp_path / "test_features.npy", x_te)
    np.save(tmp_path / "test_labels.npy", y_te)
    dataset = resolve_source(tmp_path)
    assert dataset.summary()["splits"]["test"]["n"] == 20
    assert dataset.labelled


def test_tables_per_split(tmp_path):
    (x_tr, y_tr), (x_va, _y) = _data(2)
    train = pd.DataFrame(x_tr, columns=["a", "b", "c"]).assign(target=y_tr, id=range(80), city="x")
    train.to_csv(tmp_path / "train.csv", index=False)
    pd.DataFrame(x_va, columns=["a", "b", "c"]).to_parquet(tmp_path / "valid.parquet")
    dataset = resolve_source(tmp_path)
    assert dataset.arrays["train"][0].shape == (80, 3)  # id and non-numeric columns dropped, target is the label
    assert dataset.arrays["val"][1] is None
    assert any(n.kind == "non-numeric-columns" for n in dataset.notes)


def test_single_npz_with_every_split(tmp_path):
    (x_tr, y_tr), (x_te, y_te) = _data(3)
    np.savez(tmp_path / "mnist.npz", x_train=x_tr, y_train=y_tr, x_test=x_te, y_test=y_te)
    dataset = resolve_source(tmp_path / "mnist.npz")
    assert sorted(dataset.arrays) == ["test", "train"]
    assert sorted(resolve_source(tmp_path).arrays) == ["test", "train"]


def test_pickles_need_trust(tmp_path):
    (x_tr, y_tr), (x_va, y_va) = _data(4)
    pd.DataFrame(x_tr).assign(label=y_tr).to_pickle(tmp_path / "train.pkl")
    pd.DataFrame(x_va).assign(label=y_va).to_pickle(tmp_path / "val.pkl")
    with pytest.raises(dataaudit.InputError, match="trust_pickles=True"):
        resolve_source(tmp_path)
    dataset = resolve_source(tmp_path, trust_pickles=True)
    assert sorted(dataset.arrays) == ["train", "val"]


def test_object_arrays_are_not_unpickled_by_default(tmp_path):
    (x_tr, _y), _ = _data(5)
    np.save(tmp_path / "train.npy", x_tr)
    np.save(tmp_path / "val.npy", np.array([[1.0, 2.0, 3.0], [4.0, 5.0, {"six": 6}]], dtype=object),
            allow_pickle=True)
    with pytest.raises(dataaudit.InputError, match="val.npy needs unpickling"):
        resolve_source(tmp_path)
    with pytest.raises(dataaudit.InputError, match="numeric"):
        resolve_source(tmp_path, trust_pickles=True)  # read when trusted, then refused: not numbers


def test_folder_without_images_or_arrays_still_fails(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing")
    with pytest.raises(dataaudit.EmptyDatasetError):
        resolve_source(tmp_path)


def test_union_standardised_files_are_reported_from_the_cli(tmp_path, capsys):
    (x_tr, y_tr), (x_va, y_va) = _data(6, n=(200, 50))
    scaler = StandardScaler().fit(np.concatenate([x_tr, x_va]))
    pd.DataFrame(scaler.transform(x_tr)).assign(label=y_tr).to_pickle(tmp_path / "train.pkl")
    np.save(tmp_path / "X_val.npy", scaler.transform(x_va))
    assert main(["check", str(tmp_path), "--no-cache", "--no-config", "--select", "DA3"]) == 2
    assert "trust_pickles=True" in capsys.readouterr().err
    code = main(["check", str(tmp_path), "--no-cache", "--no-config", "--select", "DA3", "--trust-pickles"])
    out = capsys.readouterr().out
    assert code == 1 and "DA305" in out and "train+val" in out
