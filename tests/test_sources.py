"""Every source type resolves to the right samples, splits and labels; layout problems become findings."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd
import pytest
from conftest import make_tree, write_image

import dataaudit
from dataaudit.errors import EmptyDatasetError, InputError, ManifestError, ParameterError, SourceNotFoundError
from dataaudit.sources import resolve_source
from dataaudit.sources.arrays import keras_fit_split


def _codes(report) -> set[str]:
    return {f.code for f in report.findings}


def test_split_class_layout_with_case_insensitive_split_names(tmp_path):
    root = make_tree(tmp_path / "d", {"Train/cat": 3, "Train/dog": 2, "VALID/cat": 1, "VALID/dog": 1, "Testing/dog": 2})
    ds = resolve_source(root)
    assert ds.layout == "split/class"
    counts = ds.samples.groupby(["split", "label"]).size().to_dict()
    assert counts == {("train", "cat"): 3, ("train", "dog"): 2, ("val", "cat"): 1, ("val", "dog"): 1, ("test", "dog"): 2}
    assert ds.splits == ["train", "val", "test"]
    assert set(ds.samples["relpath"]) >= {"Train/cat/0000.jpg", "VALID/dog/0000.jpg"}


def test_unknown_top_level_folder_is_reported_not_dropped_silently(tmp_path):
    root = make_tree(tmp_path / "d", {"train/cat": 2, "val/cat": 1, "holdout/cat": 3})
    report = dataaudit.audit(root, cache=False)
    unknown = [f for f in report.findings if f.code == "DA012"]
    assert len(unknown) == 1
    assert unknown[0].locations[0].path == "holdout/"
    assert unknown[0].evidence["images"] == 3
    assert "holdout" not in set(report.table.meta["split"])
    # ... and mapping it audits it as a split
    mapped = dataaudit.audit(root, cache=False, split_aliases={"holdout": "test"})
    assert "DA012" not in _codes(mapped)
    assert (mapped.table.meta["split"] == "test").sum() == 3


def test_unlabelled_split_layout(tmp_path):
    root = make_tree(tmp_path / "d", {"train": 3, "test": 2})
    ds = resolve_source(root)
    assert ds.layout == "split"
    assert ds.samples["label"].isna().all()
    assert not ds.labelled


def test_class_layout_without_splits_is_one_training_split(tmp_path):
    root = make_tree(tmp_path / "d", {"cat": 3, "dog": 2})
    report = dataaudit.audit(root, cache=False)
    assert set(report.table.meta["split"]) == {"train"}
    assert "DA018" in _codes(report)  # no holdout split


def test_hidden_files_and_folders_are_skipped(tmp_path):
    root = make_tree(tmp_path / "d", {"train/cat": 2, "val/cat": 1})
    write_image(root / "train/cat/.hidden.jpg", seed=99)
    write_image(root / "train/.cache/x.jpg", seed=98)
    write_image(root / ".thumbs/y.jpg", seed=97)
    ds = resolve_source(root)
    assert len(ds.samples) == 3
    assert not any("/." in "/" + p for p in ds.samples["relpath"])


def test_images_are_recognised_by_content(tmp_path):
    root = make_tree(tmp_path / "d", {"train/cat": 1, "val/cat": 1})
    write_image(root / "train/cat/no_extension", seed=5, fmt="PNG")
    write_image(root / "train/cat/photo.webp", seed=6)
    write_image(root / "train/cat/scan.tiff", seed=7)
    write_image(root / "train/cat/anim.gif", seed=8)
    write_image(root / "train/cat/pic.bmp", seed=9)
    (root / "train/cat/notes.txt").write_text("not an image")
    ds = resolve_source(root)
    rel = set(ds.samples["relpath"])
    assert {"train/cat/no_extension", "train/cat/photo.webp", "train/cat/scan.tiff", "train/cat/anim.gif",
            "train/cat/pic.bmp"} <= rel
    assert "train/cat/notes.txt" not in rel
    report = dataaudit.audit(root, cache=False)
    assert not report.table.meta["error_kind"].any()
    assert sorted(report.table.meta["format"]) == sorted(["JPEG", "JPEG", "PNG", "WEBP", "TIFF", "GIF", "BMP"])
    skipped = next(f for f in report.findings if f.code == "DA019")  # Keras would not load these
    assert {loc.path for loc in skipped.locations} == {"train/cat/no_extension", "train/cat/photo.webp",
                                                        "train/cat/scan.tiff"}
    assert "DA022" in _codes(report)  # notes.txt


def test_manifest_csv_with_relative_paths_and_default_columns(tmp_path):
    root = make_tree(tmp_path / "d", {"images": 4}, ext=".png")
    pd.DataFrame({
        "filepath": ["images/0000.png", "images/0001.png", "images/0002.png", "images/0003.png"],
        "class": ["a", "b", "a", "b"],
        "subset": ["train", "train", "validation", "TEST"],
    }).to_csv(root / "labels.csv", index=False)
    ds = resolve_source(root / "labels.csv")
    assert ds.kind == "manifest"
    assert ds.samples["split"].tolist() == ["train", "train", "val", "test"]
    assert ds.samples["label"].tolist() == ["a", "b", "a", "b"]
    assert all(os.path.isabs(p) for p in ds.samples["path"])


def test_manifest_configurable_columns_and_parquet(tmp_path):
    root = make_tree(tmp_path / "d", {"imgs": 3}, ext=".png")
    frame = pd.DataFrame({"where": [f"imgs/000{i}.png" for i in range(3)], "y": ["1", "2", "1"], "part": ["train"] * 3})
    frame.to_parquet(root / "m.parquet")
    ds = resolve_source(root / "m.parquet", path_column="where", label_column="y", split_column="part")
    assert len(ds.samples) == 3 and ds.samples["label"].tolist() == ["1", "2", "1"]
    with pytest.raises(ManifestError, match="'nope' is not in manifest m.parquet; its columns are: where, y, part"):
        resolve_source(root / "m.parquet", path_column="nope")


def test_manifest_path_escaping_its_folder_is_an_error_unless_allowed(tmp_path):
    outside = write_image(tmp_path / "outside.png", seed=1)
    inside = make_tree(tmp_path / "m", {"x": 1}, ext=".png")
    pd.DataFrame({"path": ["../outside.png", "x/0000.png"], "label": ["a", "b"], "split": ["train", "val"]}).to_csv(
        inside / "m.csv", index=False)
    with pytest.raises(ManifestError, match=r"row 2 points outside the manifest's folder \(\.\./outside\.png\)"):
        resolve_source(inside / "m.csv")
    ds = resolve_source(inside / "m.csv", allow_outside_root=True)
    assert str(outside.resolve()) in set(ds.samples["path"])


def test_manifest_missing_and_duplicate_rows_become_findings(tmp_path):
    root = make_tree(tmp_path / "d", {"i": 2}, ext=".png")
    pd.DataFrame({"path": ["i/0000.png", "i/0001.png", "i/0001.png", "i/gone.png", ""],
                  "label": ["a", "b", "b", "a", "a"], "split": ["train", "val", "val", "train", "val"]}).to_csv(
        root / "m.csv", index=False)
    report = dataaudit.audit(root / "m.csv", cache=False)
    by_code = {f.code: f for f in report.findings}
    assert [loc.path for loc in by_code["DA014"].locations] == ["i/gone.png"]
    assert [loc.path for loc in by_code["DA015"].locations] == ["i/0001.png"]
    assert by_code["DA016"].evidence["lines"] == [6]
    assert len(report.table) == 2


def test_manifest_without_paths_is_tabular_labels(tmp_path):
    path = tmp_path / "labels.csv"
    pd.DataFrame({"label": ["a"] * 5 + ["b"] * 2, "split": ["train"] * 5 + ["val"] * 2}).to_csv(path, index=False)
    report = dataaudit.audit(path, cache=False)
    assert report.summary["splits"]["train"]["classes"] == {"a": 5}
    assert report.scan["decoded"] == 0


def test_dataframe_source(tmp_path, monkeypatch):
    root = make_tree(tmp_path / "d", {"i": 2}, ext=".png")
    monkeypatch.chdir(root)
    frame = pd.DataFrame({"path": ["i/0000.png", "i/0001.png"], "label": ["a", "b"], "split": ["train", "val"]})
    report = dataaudit.audit(frame, cache=False)
    assert report.source["kind"] == "dataframe"
    assert len(report.table) == 2 and report.table.ok.all()


@pytest.mark.parametrize("shape", [(20, 28, 28), (20, 28, 28, 1), (20, 16, 16, 3), (20, 16, 16, 4)])
def test_in_memory_image_arrays(shape):
    rng = np.random.default_rng(0)
    x_train = rng.integers(0, 256, shape, dtype=np.uint8)
    x_val = rng.random((6, *shape[1:])).astype(np.float32)  # floats in [0, 1]
    report = dataaudit.audit({"train": (x_train, rng.integers(0, 3, 20)), "val": (x_val, np.eye(3)[[0, 1, 2, 0, 1, 2]])},
                             cache=False)
    meta = report.table.meta
    assert (meta["split"] == "train").sum() == 20 and (meta["split"] == "val").sum() == 6
    assert meta.loc[meta["split"] == "val", "label"].tolist() == ["0", "1", "2", "0", "1", "2"]
    assert meta["relpath"].iloc[0] == "train[0]"
    assert report.table.ok.all()


def test_array_validation_split_matches_keras_fit():
    x = np.zeros((10, 8, 8), dtype=np.uint8)
    ds = resolve_source((x, np.arange(10) % 2), validation_split=0.25)
    # model.fit(validation_split=0.25) on 10 samples trains on the first floor(10 * 0.75) = 7
    assert ds.samples["split"].tolist() == ["train"] * 7 + ["val"] * 3
    assert keras_fit_split(10, 0.25) == 7


def test_array_validation_split_matches_real_keras(keras):
    from keras.src.trainers.data_adapters.array_slicing import train_validation_split

    for n, fraction in [(10, 0.25), (37, 0.2), (101, 0.33)]:
        x = np.arange(n)
        train, val = train_validation_split((x,), validation_split=fraction)
        assert keras_fit_split(n, fraction) == len(train[0])


def test_tabular_arrays():
    rng = np.random.default_rng(1)
    ds = resolve_source({"train": (rng.normal(size=(12, 4)), rng.integers(0, 2, 12)), "test": rng.normal(size=(3, 4))})
    assert not ds.has_images
    assert ds.samples["label"].iloc[-1] is None


@pytest.mark.parametrize(
    "source, error, message",
    [
        ("/no/such/folder", SourceNotFoundError, "Dataset path /no/such/folder does not exist"),
        ({"train": (np.zeros((3, 5, 5, 7)), None)}, InputError, "images must be"),
        ({"train": (np.zeros((3, 5, 5)), np.zeros(4))}, InputError, "has 4 labels for 3 samples"),
        ({"train": (np.zeros((0, 5, 5)), None)}, EmptyDatasetError, "has no samples"),
        (42, InputError, "Cannot audit a source of type int"),
    ],
)
def test_bad_sources_give_one_clear_sentence(source, error, message):
    with pytest.raises(error, match=message):
        dataaudit.audit(source, cache=False)


def test_empty_folder_and_folder_without_images(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmptyDatasetError, match="No images found in .* \\(no files\\)"):
        dataaudit.audit(tmp_path / "empty")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("x")
    with pytest.raises(EmptyDatasetError, match="1 file\\(s\\), none of them an image"):
        dataaudit.audit(tmp_path / "docs")


def test_unreadable_manifest(tmp_path):
    bad = tmp_path / "m.parquet"
    bad.write_bytes(b"this is not parquet")
    with pytest.raises(ManifestError, match="Cannot read manifest"):
        dataaudit.audit(bad)
    empty = tmp_path / "e.csv"
    empty.write_text("path,label,split\n")
    with pytest.raises(EmptyDatasetError, match="has no rows"):
        dataaudit.audit(empty)


def test_bad_parameter_values_are_rejected_uniformly(tmp_path):
    root = make_tree(tmp_path / "d", {"cat": 2})
    with pytest.raises(ParameterError, match=r"^The 'validation_split' parameter of audit\(\) must be a float in the range \(0, 1\) or None; got 1.5\.$"):
        dataaudit.audit(root, validation_split=1.5, seed=1)
    with pytest.raises(ParameterError, match="validation_split needs a seed"):
        dataaudit.audit(root, validation_split=0.5)
    with pytest.raises(ParameterError, match="unknown parameter 'valdation_split'"):
        dataaudit.audit(root, valdation_split=0.2)
    with pytest.raises(ParameterError, match="The 'min_side' parameter of the 'integrity' auditor must be an int >= 1"):
        dataaudit.audit(root, integrity={"min_side": 0})
