"""Fixes that work end to end: apply a fix, audit the result again, and the finding it resolves is gone.

Every dataset here is written with Pillow and planted with the problem a fix resolves; the fixed
dataset (``fixed_dataset(report)``) is audited again, directly and through its written manifest.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import dataaudit
from dataaudit.errors import ParameterError
from dataaudit.model.fixed import FixedDataset, fixed_dataset

from conftest import make_tree, write_image

IMAGE = (24, 24)
OPTIONS = {"cache": False, "config": False}


def codes(report) -> set[str]:
    return {f.code for f in report.findings}


def _leaked_copy(root: Path, src: str, dst: str) -> None:
    """A resized, PNG-converted copy of ``src`` saved as ``dst`` (a near copy)."""
    (root / dst).parent.mkdir(parents=True, exist_ok=True)
    with Image.open(root / src) as im:
        im.convert("RGB").resize((50, 50), Image.Resampling.BICUBIC).save(root / dst)


def planted(root: Path) -> Path:
    """Leakage (near copies in val), imbalance (cat 30 / dog 4 in train) and a label conflict."""
    make_tree(root, {"train/cat": 30, "train/dog": 4, "val/cat": 6, "val/dog": 3})
    for i in (1, 2, 3):
        _leaked_copy(root, f"train/cat/{i:04d}.jpg", f"val/cat/leak{i}.png")
    shutil.copy(root / "train/cat/0010.jpg", root / "val/dog/conflict_0010.jpg")
    return root


@pytest.fixture(scope="module")
def planted_report(tmp_path_factory):
    root = planted(tmp_path_factory.mktemp("planted") / "data")
    return dataaudit.audit(root, **OPTIONS)


# -- apply, re-audit, the finding is gone --------------------------------------------------------------


def test_the_planted_problems_are_found(planted_report):
    assert {"DA101", "DA102", "DA104", "DA105", "DA201"} <= codes(planted_report)
    assert not planted_report.passed()


def test_resplit_conflicts_and_copies_resolved_on_re_audit(planted_report):
    fixed = fixed_dataset(planted_report)
    assert set(fixed.resolves) >= {"DA101", "DA102", "DA103", "DA104", "DA105"}
    left = dict(fixed.left_out)
    assert left["train/cat/0010.jpg"].startswith("label conflict") and left["val/dog/conflict_0010.jpg"].startswith(
        "label conflict")
    assert all(left[f"val/cat/leak{i}.png"] == f"redundant copy of train/cat/{i:04d}.jpg" for i in (1, 2, 3))
    assert any("label conflicts (exclude)" in a and "2 file(s) left out" in a for a in fixed.applied)
    again = fixed.audit()
    # Nothing the fixes claim to resolve comes back, and the re-split made no within-split copies.
    assert not codes(again) & set(fixed.resolves)
    assert again.passed()
    assert again.summary["n_samples"] == len(fixed.rows)


def test_label_conflicts_can_keep_the_majority_label(tmp_path):
    root = make_tree(tmp_path / "data", {"train/cat": 8, "train/dog": 8, "val/cat": 3, "val/dog": 3})
    shutil.copy(root / "train/cat/0001.jpg", root / "train/cat/again.jpg")
    shutil.copy(root / "train/cat/0001.jpg", root / "train/dog/mislabelled.jpg")
    report = dataaudit.audit(root, **OPTIONS)
    assert "DA104" in codes(report)
    excluded = dict(fixed_dataset(report).left_out)
    assert {"train/cat/0001.jpg", "train/cat/again.jpg", "train/dog/mislabelled.jpg"} <= set(excluded)
    majority = fixed_dataset(report, conflicts="majority")
    kept = {p: label for p, label, _ in majority.rows}
    # The two 'cat' copies outvote the 'dog' one; of the two cats, one is kept (the other is a redundant copy).
    assert kept.get("train/cat/0001.jpg") == "cat" and "train/cat/again.jpg" not in kept
    assert "train/dog/mislabelled.jpg" not in kept
    assert dict(majority.left_out)["train/dog/mislabelled.jpg"].startswith("label conflict")
    assert not codes(majority.audit()) & {"DA103", "DA104"}
    with pytest.raises(ParameterError, match="conflicts"):
        fixed_dataset(report, conflicts="vote")


def test_excluded_files_are_gone_on_re_audit(tmp_path):
    root = make_tree(tmp_path / "data", {"train/cat": 8, "train/dog": 8, "val/cat": 3, "val/dog": 3})
    (root / "train/cat/corrupt.jpg").write_bytes(b"<html>403 Forbidden</html>")
    report = dataaudit.audit(root, **OPTIONS)
    assert "DA001" in codes(report) and not report.passed()
    fixed = fixed_dataset(report)
    assert "train/cat/corrupt.jpg" in dict(fixed.left_out)
    again = fixed.audit()
    assert "DA001" not in codes(again) and again.passed()


@pytest.mark.parametrize("strategy", ["move", "drop"])
def test_each_resplit_strategy_is_leak_free_on_re_audit(tmp_path, strategy):
    root = make_tree(tmp_path / "data", {"train/cat": 10, "train/dog": 10, "val/cat": 4, "val/dog": 4})
    for i in range(3):
        _leaked_copy(root, f"train/dog/{i:04d}.jpg", f"val/dog/leak{i}.png")
    shutil.copy(root / "train/cat/0002.jpg", root / "val/cat/exact.jpg")
    report = dataaudit.audit(root, leakage={"resplit": strategy}, **OPTIONS)
    assert {"DA101", "DA102", "DA105"} <= codes(report)
    fixed = fixed_dataset(report)
    again = fixed.audit()
    assert not codes(again) & {"DA101", "DA102", "DA103", "DA105"}, again.to_text()
    if strategy == "move":  # the evaluation split keeps its size: ungrouped training images take the places
        assert fixed.counts()["val"] == {"cat": 5, "dog": 7}


def test_the_written_manifest_is_portable_and_audits_clean(tmp_path):
    root = planted(tmp_path / "data")
    fixed = fixed_dataset(dataaudit.audit(root, **OPTIONS))
    # Written inside the dataset root, the manifest's paths are relative and survive moving the folder.
    manifest = fixed.write_manifest(root / "fixed.csv")
    text = manifest.read_text()
    assert str(tmp_path) not in text and "\ntrain/cat/0000.jpg,cat,train\n" in text
    moved = tmp_path / "elsewhere" / "data"
    shutil.move(root, moved)
    again = dataaudit.audit(moved / "fixed.csv", **OPTIONS)  # no allow_outside_root needed
    assert not codes(again) & set(fixed.resolves)
    assert again.summary["n_samples"] == len(fixed.rows)
    with pytest.raises(ParameterError, match=".csv"):
        fixed.write_manifest(tmp_path / "fixed.txt")


def test_written_resplit_manifests_are_portable_and_leak_free_on_re_audit(tmp_path):
    """DA105's own manifests from write_fixes: copied into the dataset root they are audited again without
    allow_outside_root, after the dataset moved; the leak is gone and no copy now sits beside its original."""
    root = make_tree(tmp_path / "data", {"train/cat": 10, "train/dog": 10, "val/cat": 4, "val/dog": 4})
    for i in range(3):
        _leaked_copy(root, f"train/dog/{i:04d}.jpg", f"val/dog/leak{i}.png")
    shutil.copy(root / "train/cat/0002.jpg", root / "val/cat/exact.jpg")
    report = dataaudit.audit(root, **OPTIONS)
    assert {"DA101", "DA102", "DA105"} <= codes(report) and "DA103" not in codes(report)
    report.write_fixes(tmp_path / "fixes")
    moved = tmp_path / "elsewhere" / "data"
    shutil.move(root, moved)
    for name in ("resplit.csv", "resplit_drop.csv"):  # the move plan and the drop alternative
        text = (tmp_path / "fixes" / name).read_text()
        assert str(tmp_path) not in text and "\ntrain/cat/0000.jpg,cat,train\n" in text
        shutil.copy(tmp_path / "fixes" / name, moved / name)
        again = dataaudit.audit(moved / name, **OPTIONS)  # no allow_outside_root
        assert not codes(again) & {"DA101", "DA102", "DA103", "DA105"}, again.to_text()
        # Every leaked copy is out (moved beside its original it would be a within-split duplicate).
        assert again.summary["n_samples"] == report.summary["n_samples"] - 4
        (moved / name).unlink()


def test_fixed_dataset_is_frozen_and_needs_files():
    with pytest.raises(ParameterError, match="in-memory arrays"):
        fixed_dataset(dataaudit.audit({"train": (np.zeros((4, 8, 8, 3), np.uint8), [0, 1, 0, 1])}, cache=False))
    fixed = FixedDataset(root="/data", rows=(("a.jpg", "cat", "train"),), class_names=("cat",))
    with pytest.raises(AttributeError):
        fixed.rows = ()  # type: ignore[misc]


# -- one weighting policy -------------------------------------------------------------------------------


def test_class_weights_are_the_same_everywhere(keras, tmp_path):
    from dataaudit.keras import class_weight_from, training_datasets

    # 120 : 5 : 4 is severe: the report recommends oversampling, and uncapped 'balanced' weights exceed 10.
    root = make_tree(tmp_path / "data", {"train/a": 120, "train/b": 5, "train/c": 4, "val/a": 3, "val/b": 3,
                                         "val/c": 3}, size=32)
    report = dataaudit.audit(root, balance={"min_class_count": 1}, **OPTIONS)
    (imbalance,) = report.by_code("DA201")
    assert imbalance.fix.kind == "sampling_plan"
    reported = {imbalance.fix.payload["class_index"][n]: w
                for n, w in imbalance.evidence["class_weight"]["balanced"].items()}
    assert max(reported.values()) == pytest.approx(10.0)  # the cap
    scope: dict = {"y_train": np.array([0] * 120 + [1] * 5 + [2] * 4)}
    exec(compile(imbalance.fix.files["class_weights.py"], "class_weights.py", "exec"), scope)  # noqa: S102
    written = scope["class_weight"]
    from_helper = class_weight_from(report)
    data = training_datasets(report, weighting="class_weights", image_size=IMAGE)
    for weights in (written, from_helper, data.class_weight, class_weight_from(data.plan)):
        assert weights == pytest.approx(reported, rel=1e-6)
    # The comment of the written code quotes the same numbers.
    quoted = ast.literal_eval(next(line for line in imbalance.fix.files["class_weights.py"].splitlines()
                                   if "dataaudit computed" in line).split(": ", 1)[1].lstrip("# "))
    assert quoted == pytest.approx(reported, abs=1e-4)


# -- the README's Keras recipe -------------------------------------------------------------------------


def test_readme_recipe_trains_on_the_fixes_and_the_raw_folder_blocks(keras, tmp_path):
    from dataaudit.keras import AuditCallback, TrainingBlocked, training_datasets

    root = planted(tmp_path / "data")
    report = dataaudit.audit(root, **OPTIONS)
    data = training_datasets(report, image_size=IMAGE, batch_size=8)
    assert any("label conflicts" in a for a in data.applied)
    assert "val/dog/conflict_0010.jpg" not in set(data.plan.to_frame(absolute=False)["path"])
    model = keras.Sequential([keras.Input((*IMAGE, 3)), keras.layers.Rescaling(1 / 255),
                              keras.layers.Conv2D(4, 3, activation="relu"), keras.layers.GlobalAveragePooling2D(),
                              keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    history = model.fit(data.train, epochs=1, callbacks=[AuditCallback(data.plan)], verbose=0, **data.fit_kwargs())
    assert len(history.history["loss"]) == 1 and np.isfinite(history.history["loss"][0])
    # A report is a gate on its own: no second audit, and this one fails.
    gate = AuditCallback(report)
    assert gate.report is report
    with pytest.raises(TrainingBlocked):
        model.fit(data.train, epochs=1, callbacks=[gate], verbose=0, **data.fit_kwargs())
    with pytest.raises(TrainingBlocked, match="DA104"):
        model.fit(data.train, epochs=1, callbacks=[AuditCallback(root, **OPTIONS)], verbose=0, **data.fit_kwargs())


# -- DA404 on one-class data -----------------------------------------------------------------------------


def test_one_class_data_gets_no_vertical_flip_or_large_rotation(tmp_path):
    for i in range(40):
        write_image(tmp_path / "data" / "train" / "only" / f"{i:03d}.png", seed=i, size=48)
    report = dataaudit.audit(tmp_path / "data", select=["DA4"], **OPTIONS)
    (rec,) = report.by_code("DA404")
    spec = rec.fix.payload["spec"]
    modes = [d["kwargs"]["mode"] for d in spec["layers"] if d["layer"] == "RandomFlip"]
    assert all("vertical" not in m for m in modes)
    assert not any(d["layer"] == "RandomRotation" and d["kwargs"]["factor"] >= 0.25 for d in spec["layers"])
    skipped = {d["transform"]: d["reason"] for d in spec["skipped"]}
    assert "no labels" in skipped["vertical_flip"] and "no labels" in skipped["large rotations"]
    assert "left out: vertical_flip; large rotations" in rec.message


def test_the_pipeline_augments_low_variety_classes_with_the_strong_layers(keras):
    import tensorflow as tf

    from dataaudit.auditors.variety.augmentation import AugmentationPlan, LayerSpec, augment_dataset

    # Base layers barely touch the images; the strong ones (class 'b' only) brighten by half the range.
    plan = AugmentationPlan(layers=(LayerSpec("RandomBrightness", {"factor": 0.0001}),),
                            strong_layers=(LayerSpec("RandomBrightness", {"factor": (0.5, 0.5)}),),
                            strong_classes=("b",), class_names=("a", "b"))
    x = np.full((4, 8, 8, 3), 100, np.float32)
    for labels in (np.array([0, 1, 0, 1]), np.eye(2, dtype=np.float32)[[0, 1, 0, 1]]):  # indices or one-hot
        out, _ = next(iter(augment_dataset(tf.data.Dataset.from_tensor_slices((x, labels)).batch(4), plan, seed=0)))
        centre = out.numpy()[:, 4, 4, 0]
        assert np.allclose(centre[[0, 2]], 100, atol=0.1) and np.allclose(centre[[1, 3]], 227.5)
