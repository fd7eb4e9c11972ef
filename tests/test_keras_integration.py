"""dataaudit.keras: the gate callback stops model.fit before training; tf.data pipelines apply the fixes.

Most pipelines are driven by the fixes the auditors themselves emit on real files;
a few tests build a fix by hand (per the payload contracts of docs/fixes.md) to
reach a case a small dataset does not trigger.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

import dataaudit
from dataaudit.errors import AuditFailed, ParameterError
from dataaudit.model.findings import Finding, Fix, Severity

from PIL import Image

from conftest import make_tree, write_image

REPO = Path(__file__).resolve().parents[1]
IMAGE = (24, 24)


def tiny_model(keras, n_classes: int = 2):
    model = keras.Sequential([
        keras.Input((*IMAGE, 3)),
        keras.layers.Rescaling(1 / 255),
        keras.layers.Conv2D(4, 3, activation="relu"),
        keras.layers.GlobalAveragePooling2D(),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    return model


def batch_counter(keras):
    class Counting(keras.callbacks.Callback):
        batches = 0

        def on_train_batch_begin(self, batch, logs=None):
            Counting.batches += 1

    Counting.batches = 0
    return Counting()


def with_fixes(report: dataaudit.Report, *fixes: Fix) -> dataaudit.Report:
    """The report with extra findings carrying ``fixes`` (what the other auditors will add)."""
    extra = [Finding(f"DA{190 + i}", f"planted-fix-{i}", Severity.WARNING, f"fix {fix.kind}", fix=fix)
             for i, fix in enumerate(fixes)]
    return dataaudit.Report(findings=[*report.findings, *extra], baselined=report.baselined, summary=report.summary,
                            auditors=report.auditors, source=report.source, table=report.table, config=report.config,
                            fail_on=report.fail_on)


@pytest.fixture
def clean_tree(tmp_path):
    return make_tree(tmp_path / "clean", {"train/cat": 12, "train/dog": 4, "val/cat": 3, "val/dog": 3})


# -- the gate callback -------------------------------------------------------------------------------


def _plant_corrupt_file(root: Path) -> str:
    (root / "train" / "cat" / "corrupt.jpg").write_bytes(b"<html>403 Forbidden</html>")
    return "DA001"


def _plant_leaked_copy(root: Path) -> str:
    from PIL import Image

    # A resized, re-encoded copy of a training image in the validation split.
    with Image.open(root / "train" / "dog" / "0001.jpg") as im:
        im.convert("RGB").resize((50, 50), Image.Resampling.BICUBIC).save(root / "val" / "dog" / "leak.png")
    return "DA102"


@pytest.mark.parametrize("plant", [_plant_corrupt_file, _plant_leaked_copy], ids=["corrupt-file", "leaked-copy"])
def test_callback_stops_fit_before_the_first_batch_when_the_gate_fails(keras, clean_tree, plant):
    from dataaudit.keras import AuditCallback, TrainingBlocked

    code = plant(clean_tree)
    model = tiny_model(keras)
    before = [w.copy() for w in model.get_weights()]
    counter = batch_counter(keras)
    gate = AuditCallback(clean_tree, fail_on="error", cache=False, config=False)
    x = np.zeros((8, *IMAGE, 3), np.float32)
    y = np.array([0, 1] * 4)
    with pytest.raises(TrainingBlocked) as info:
        model.fit(x, y, epochs=1, batch_size=4, callbacks=[gate, counter], verbose=0)
    assert counter.batches == 0
    assert all(np.array_equal(a, b) for a, b in zip(before, model.get_weights()))
    message = str(info.value)
    assert code in message and ("corrupt.jpg" if code == "DA001" else "leak.png") in message
    assert "Gate (fails on error): FAILED" in message  # the report summary
    assert isinstance(info.value, AuditFailed) and info.value.report is gate.report
    assert [f.code for f in gate.report.findings if f.severity >= Severity.ERROR and f.code.startswith(code[:3])]


def test_callback_lets_a_clean_dataset_train_with_the_fixed_pipeline(keras, clean_tree, capsys):
    from dataaudit.keras import AuditCallback, training_datasets

    report = dataaudit.audit(clean_tree, config=False)
    assert report.passed()
    data = training_datasets(report, image_size=IMAGE, batch_size=4)
    counter = batch_counter(keras)
    gate = AuditCallback(clean_tree, config=False)
    history = tiny_model(keras).fit(data.train, epochs=1, callbacks=[gate, counter], verbose=0, **data.fit_kwargs())
    assert counter.batches == 4  # 16 training images in batches of 4
    assert len(history.history["loss"]) == 1 and np.isfinite(history.history["val_loss"][0])
    assert "Gate (fails on error): PASSED" in capsys.readouterr().out


def test_callback_rejects_a_bad_threshold_at_once(keras):
    from dataaudit.keras import AuditCallback

    with pytest.raises(ParameterError, match="fail_on"):
        AuditCallback("data", fail_on="sometimes")


# -- pipelines from fixes ----------------------------------------------------------------------------


def _paths_and_pixels(dataset) -> np.ndarray:
    return np.concatenate([x.numpy() for x, _ in dataset])


def test_undecodable_files_are_left_out_so_the_pipeline_runs(keras, clean_tree):
    from dataaudit.keras import training_datasets

    (clean_tree / "train" / "dog" / "html.jpg").write_bytes(b"<html>403</html>")
    (clean_tree / "train" / "dog" / "empty.png").write_bytes(b"")
    write_image(clean_tree / "train" / "dog" / "modern.webp", seed=99)  # decodes in Pillow, not in TensorFlow
    report = dataaudit.audit(clean_tree, cache=False, config=False)
    assert "WEBP" in set(report.table.meta["format"])
    drop = Fix("exclude_files", "Remove train/cat/0003.jpg", {"paths": ["train/cat/0003.jpg"]}, "manual")
    data = training_datasets(with_fixes(report, drop), image_size=IMAGE, batch_size=5, shuffle=False)
    assert len(data.manifest) == 21
    assert not data.manifest["path"].str.contains("html.jpg|empty.png|modern.webp|cat/0003.jpg").any()
    labels = np.concatenate([y.numpy() for _, y in data.train])
    assert len(labels) == 15 and Counter(labels.tolist()) == {0: 11, 1: 4}
    assert data.class_names == ["cat", "dog"]
    assert any("left out 3 file(s) that cannot be decoded" in a for a in data.applied)
    assert any("left out 1 file(s) in formats TensorFlow cannot decode" in a for a in data.applied)


def test_the_leak_free_resplit_manifest_is_what_trains(keras, tmp_path):
    from dataaudit.keras import training_datasets

    root = make_tree(tmp_path / "data", {"train/cat": 6, "train/dog": 6, "val/cat": 2, "val/dog": 2})
    leaked = root / "val" / "cat" / "leak.jpg"
    shutil.copy(root / "train" / "cat" / "0000.jpg", leaked)  # an exact copy across splits
    report = dataaudit.audit(root, cache=False, config=False)
    # The leakage auditor's fix: the copy moves to train, and an ungrouped training cat takes its place in val.
    fix = report.by_code("DA105")[0].fix
    assert fix.kind == "resplit_manifest" and fix.payload["strategy"] == "move"
    assert {"path": "val/cat/leak.jpg", "from": "val", "to": "train"} in fix.payload["moved"]
    data = training_datasets(report, image_size=IMAGE, batch_size=4, shuffle=False)
    # Moved into train, the copy would sit next to its original: one image per group of copies is kept.
    assert ("val/cat/leak.jpg", "redundant copy of train/cat/0000.jpg") in data.plan.left_out
    assert str(leaked) not in data.manifest["path"].tolist()
    val = _paths_and_pixels(data.val)
    train = _paths_and_pixels(data.train)
    assert len(val) == 5 and len(train) == 11  # val keeps its size; train lost the redundant copy
    with Image.open(leaked) as im:
        copy_pixels = np.asarray(im.convert("RGB").resize(IMAGE, Image.Resampling.BILINEAR), dtype=np.float32)
    assert not any(np.abs(copy_pixels - v).mean() < 2 for v in val)  # the copy is no longer evaluated on
    assert any("re-split" in a for a in data.applied)
    # The fix written to disk and read back gives the same pipeline.
    fixes_dir = tmp_path / "fixes"
    report.write_fixes(fixes_dir)
    again = training_datasets(report, fixes=fixes_dir, image_size=IMAGE, batch_size=4, shuffle=False)
    assert again.manifest.equals(data.manifest)


def test_class_weights_fix_goes_to_fit(keras, clean_tree):
    from sklearn.utils.class_weight import compute_class_weight

    from dataaudit.keras import class_weight_from, training_datasets

    report = dataaudit.audit(clean_tree, config=False)
    labels = report.table.meta.query("split == 'train'")["label"].to_numpy()
    weights = compute_class_weight(class_weight="balanced", classes=np.array(["cat", "dog"]), y=labels)
    fix = Fix("class_weights", "Weight the classes", {
        "class_weight": {0: float(weights[0]), 1: float(weights[1])}, "class_names": ["cat", "dog"],
        "method": "balanced", "code": "model.fit(..., class_weight=class_weight)"})
    assert class_weight_from(fixes=[fix]) == {0: pytest.approx(16 / 24), 1: pytest.approx(2.0)}
    data = training_datasets(report, fixes=[fix], image_size=IMAGE, batch_size=4)
    assert data.fit_kwargs()["class_weight"] == class_weight_from(fixes=[fix])
    history = tiny_model(keras).fit(data.train, epochs=1, verbose=0, **data.fit_kwargs())
    assert np.isfinite(history.history["loss"][0])
    assert training_datasets(report, fixes=[fix], image_size=IMAGE, weighting="none").class_weight is None
    # Without a fix, forcing a remedy computes it from the training counts (12 cats, 4 dogs).
    computed = training_datasets(report, fixes=[], image_size=IMAGE, batch_size=4, weighting="class_weights")
    assert computed.class_weight == {0: pytest.approx(16 / 24), 1: pytest.approx(2.0)}
    sampled = training_datasets(report, fixes=[], image_size=IMAGE, batch_size=4, weighting="sampling")
    # an oversampled epoch is as long as the 16 training images (4 steps of 4), not 2 x 12
    assert sampled.steps_per_epoch == 4 and any("computed from the training counts" in a for a in sampled.applied)


def test_sampling_plan_rebalances_the_training_stream(keras, clean_tree):
    from dataaudit.keras import training_datasets

    report = dataaudit.audit(clean_tree, config=False)
    plan = Fix("sampling_plan", "Oversample dog", {
        "class_names": ["cat", "dog"], "class_index": {"cat": 0, "dog": 1}, "target_counts": {"cat": 12, "dog": 12},
        "repeat_factor": {"cat": 1.0, "dog": 3.0}, "sampling_strategy": {1: 12}, "tf_data_weights": [0.5, 0.5],
        "epoch_size": 24, "augment": True, "code": "..."})
    weights_fix = Fix("class_weights", "weights", {"class_weight": {0: 0.67, 1: 2.0}, "class_names": ["cat", "dog"]})
    data = training_datasets(report, fixes=[weights_fix, plan], image_size=IMAGE, batch_size=4, seed=3)
    # sampling wins in "auto" (never both); an epoch is as long as the 16 training images: 4 steps of 4
    assert data.steps_per_epoch == 4 and data.class_weight is None
    assert any("asks for augmentation" in a for a in data.applied)
    labels = np.concatenate([y.numpy() for _, y in data.train.take(100)])
    share = Counter(labels.tolist())[1] / len(labels)
    assert 0.42 < share < 0.58  # dog is 4 of 16 training images, drawn half the time
    history = tiny_model(keras).fit(data.train, epochs=1, verbose=0, **data.fit_kwargs())
    assert len(history.history["loss"]) == 1
    forced = training_datasets(report, fixes=[weights_fix, plan], image_size=IMAGE, weighting="class_weights")
    assert forced.class_weight == {0: 0.67, 1: 2.0} and forced.steps_per_epoch is None
    neither = training_datasets(report, fixes=[weights_fix, plan], image_size=IMAGE, weighting="none")
    assert neither.class_weight is None and neither.steps_per_epoch is None


def test_oversampled_epoch_is_as_long_as_the_training_set_or_every_class_at_the_majority(keras, tmp_path):
    """The epoch-length choice on the real tf.data stream: samples per epoch and the class balance."""
    from dataaudit.keras import training_datasets

    root = make_tree(tmp_path / "data", {"train/cat": 30, "train/dog": 3, "val/cat": 3, "val/dog": 3}, seed=2)
    report = dataaudit.audit(root, config=False, cache=False)
    plan = next(f.fix for f in report.findings if f.fix is not None and f.fix.kind == "sampling_plan")
    assert plan.payload["epoch_size"] == 33 and sum(plan.payload["target_counts"].values()) == 60
    drawn = {}
    for choice, samples in (("dataset", 33), ("majority", 60)):
        data = training_datasets(report, image_size=IMAGE, batch_size=8, seed=4, oversampled_epoch=choice)
        assert data.steps_per_epoch == math.ceil(samples / 8)
        labels = np.concatenate([y.numpy() for _, y in data.train.take(data.steps_per_epoch * 12)])
        drawn[choice] = len(labels) / 12
        # 3 dogs among 33 images, drawn about as often as the cats either way
        assert 0.4 < float(np.mean(labels == 1)) < 0.6, choice
        assert any(f"({samples} samples per epoch)" in a for a in data.applied), data.applied
    assert drawn == {"dataset": 40, "majority": 64}  # whole batches of 8: 5 and 8 steps
    with pytest.raises(ParameterError, match="oversampled_epoch"):
        training_datasets(report, image_size=IMAGE, oversampled_epoch="longest")


def test_the_balance_auditors_own_fixes_drive_the_pipeline(keras, tmp_path):
    """The fixes the class-balance auditor emits (DA2xx), not hand-made ones."""
    from dataaudit.keras import training_datasets

    mild = make_tree(tmp_path / "mild", {"train/cat": 12, "train/dog": 4, "val/cat": 3, "val/dog": 3})
    report = dataaudit.audit(mild, config=False)
    fix = next(f.fix for f in report.findings if f.fix is not None and f.fix.kind == "class_weights")
    data = training_datasets(report, image_size=IMAGE, batch_size=4)
    assert data.class_weight == {int(k): v for k, v in fix.payload["class_weight"].items()}
    assert data.class_weight[1] == pytest.approx(2.0) and data.steps_per_epoch is None
    tiny_model(keras).fit(data.train, epochs=1, verbose=0, **data.fit_kwargs())

    severe = make_tree(tmp_path / "severe", {"train/cat": 33, "train/dog": 3, "val/cat": 3, "val/dog": 3}, seed=1)
    report = dataaudit.audit(severe, config=False)
    plan = next(f.fix for f in report.findings if f.fix is not None and f.fix.kind == "sampling_plan")
    data = training_datasets(report, image_size=IMAGE, batch_size=6, seed=1)
    # An oversampled epoch is as long as the training set (36 images: 6 steps of 6), like a plain one.
    assert data.steps_per_epoch == math.ceil(plan.payload["epoch_size"] / 6) == 6
    labels = np.concatenate([y.numpy() for _, y in data.train.take(data.steps_per_epoch * 10)])
    assert 0.4 < float(np.mean(labels == 1)) < 0.6  # 3 dogs among 36 images, drawn as often as the cats
    tiny_model(keras).fit(data.train, epochs=1, verbose=0, **data.fit_kwargs())


def test_augmentation_applies_to_the_training_split_only(keras, clean_tree):
    """The variety auditor's real augmentation fix, applied through fix.to_keras(), touches train only."""
    from dataaudit.keras import training_datasets

    report = dataaudit.audit(clean_tree, config=False)
    assert any(f.fix is not None and f.fix.kind == "augmentation" for f in report.findings)
    plain = training_datasets(report, image_size=IMAGE, batch_size=16, shuffle=False, augmentation=False)
    augmented = training_datasets(report, image_size=IMAGE, batch_size=16, shuffle=False, seed=3)
    assert augmented.augmentation is not None and plain.augmentation is None
    assert np.array_equal(_paths_and_pixels(plain.val), _paths_and_pixels(augmented.val))
    before, after = _paths_and_pixels(plain.train), _paths_and_pixels(augmented.train)
    assert before.shape == after.shape and not np.allclose(before, after)


def test_helpers_reject_what_they_cannot_use(keras, clean_tree):
    from dataaudit.keras import training_datasets

    report = dataaudit.audit(clean_tree, config=False)
    with pytest.raises(ParameterError, match="weighting"):
        training_datasets(report, weighting="both")
    arrays = dataaudit.audit({"train": (np.zeros((4, 8, 8, 3), np.uint8), [0, 1, 0, 1])}, cache=False)
    with pytest.raises(ParameterError, match="in-memory arrays"):
        training_datasets(arrays)


def test_importing_dataaudit_does_not_import_tensorflow():
    code = ("import sys, dataaudit, dataaudit.keras, dataaudit.reporting.formats, dataaudit.reporting.html;"
            "print(sorted(m for m in ('tensorflow', 'keras') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
