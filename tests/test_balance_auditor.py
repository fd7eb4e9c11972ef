"""The class-balance auditor (DA2xx) on real folders, manifests, DataFrames and arrays, with exact numbers."""

from __future__ import annotations

import math
import shutil

import numpy as np
import pandas as pd
import pytest
from scipy.spatial.distance import jensenshannon
from scipy.stats import binomtest, chi2_contingency
from sklearn.utils.class_weight import compute_class_weight

import dataaudit
from dataaudit.engine.artifacts import DuplicateGroups
from dataaudit.auditors import AuditContext
from dataaudit.auditors.balance.auditor import BalanceAuditor
from dataaudit.auditors.balance.stats import class_weights
from dataaudit.demo.dataset import PLANTED, make_demo_dataset
from dataaudit.engine.runner import run_auditors
from dataaudit.model.findings import Severity
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source


def audit(source, **params):
    return dataaudit.audit(source, select="DA2", cache=False, config=False, jobs=1, balance=params)


def one(report, code):
    found = report.by_code(code)
    assert len(found) == 1, [f.message for f in report.findings]
    return found[0]


def frame(**splits: dict[str, int]) -> pd.DataFrame:
    """A label/split table (no image paths): ``frame(train={"a": 3}, val={"a": 1})``."""
    rows = [(label, split) for split, counts in splits.items() for label, n in counts.items() for _ in range(n)]
    return pd.DataFrame(rows, columns=["label", "split"])


def tabular(counts: dict[int, int], seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows (N, 3) with integer labels, shuffled."""
    rng = np.random.default_rng(seed)
    y = np.repeat(list(counts), list(counts.values()))
    rng.shuffle(y)
    return rng.normal(size=(len(y), 3)), y


BALANCED_VAL = {0: 320, 1: 320, 2: 320}  # 960 samples: +/-1.9 points at 90%, a multiple of 32


# -- the balanced / mild / severe cases ------------------------------------------------------------

def test_balanced_dataset_has_no_findings():
    report = audit(frame(train={"a": 50, "b": 50, "c": 50}, val={"a": 320, "b": 320, "c": 320}))
    assert report.by_code("DA2") == []


def test_mild_imbalance_recommends_class_weights_equal_to_scikit_learn():
    x, y = tabular({0: 60, 1: 40, 2: 30})
    report = audit({"train": (x, y), "val": tabular(BALANCED_VAL, 1)})
    f = one(report, "DA201")
    assert f.severity == Severity.INFO
    assert report.by_code("DA202") == []  # 30 is enough to learn from
    ev = f.evidence
    assert ev["counts"] == {"0": 60, "1": 40, "2": 30}
    assert ev["imbalance_ratio"] == 2.0
    shares = np.array([60, 40, 30]) / 130
    assert ev["normalised_entropy"] == pytest.approx(-(shares * np.log(shares)).sum() / math.log(3))
    assert ev["recommendation"] == "class_weights" and "mild" in f.message
    fix = f.fix
    assert fix.kind == "class_weights" and fix.payload["method"] == "balanced"
    assert fix.payload["class_names"] == ["0", "1", "2"]
    sklearn = compute_class_weight(class_weight="balanced", classes=np.unique(y), y=y)
    assert list(fix.payload["class_weight"]) == [0, 1, 2]
    np.testing.assert_allclose(list(fix.payload["class_weight"].values()), sklearn, rtol=1e-12)
    # The alternatives are in the evidence and the files.
    assert ev["oversampling"]["target_counts"] == {"0": 60, "1": 60, "2": 60}
    assert ev["oversampling"]["repeat_factor"] == {"0": 1.0, "1": 1.5, "2": 2.0}
    assert ev["undersampling"]["target_counts"] == {"0": 30, "1": 30, "2": 30}
    assert ev["undersampling"]["keep_fraction"] == {"0": 0.5, "1": 0.75, "2": 1.0}
    assert ev["splits"]["val"] == {"n": 960, "counts": {"0": 320, "1": 320, "2": 320}, "imbalance_ratio": 1.0,
                                   "normalised_entropy": pytest.approx(1.0), "empty_classes": []}
    assert ev["splits"]["train"]["counts"] == ev["counts"]
    assert sorted(fix.files) == ["class_weights.py", "oversampling_imblearn.py", "oversampling_tf_data.py",
                                 "undersampling_imblearn.py", "undersampling_tf_data.py"]


def test_severe_imbalance_with_few_samples_recommends_oversampling():
    report = audit(frame(train={"cat": 300, "dog": 25}))
    f = one(report, "DA201")
    assert f.severity == Severity.WARNING
    assert f.evidence["imbalance_ratio"] == 12.0 and f.evidence["recommendation"] == "oversample"
    assert "only 25 samples" in f.message
    p = f.fix.payload
    assert f.fix.kind == "sampling_plan"
    assert p["class_names"] == ["cat", "dog"]
    assert p["target_counts"] == {"cat": 300, "dog": 300}
    assert p["repeat_factor"] == {"cat": 1.0, "dog": 12.0}
    assert p["sampling_strategy"] == {0: 300, 1: 300}
    assert p["tf_data_weights"] == [0.5, 0.5]
    # An oversampled epoch is as long as the training set (325), not every class at 300: it costs what a
    # plain epoch does; target_counts keep the majority-count form for imbalanced-learn.
    assert p["epoch_size"] == 325
    assert p["augment"] is False  # feature rows: no image augmentation
    assert "RandomOverSampler" in p["code"]  # tabular: the imbalanced-learn form is the main one


def test_severe_imbalance_with_a_huge_majority_recommends_undersampling():
    x, y = tabular({0: 24_000, 1: 1_200})
    f = one(audit((x, y)), "DA201")
    assert f.evidence["imbalance_ratio"] == 20.0 and f.evidence["recommendation"] == "undersample"
    assert "10.5x faster" in f.message  # 25,200 samples vs 2 x 1,200
    p = f.fix.payload
    assert f.fix.kind == "undersampling_plan"
    assert p["target_counts"] == {"0": 1200, "1": 1200}
    assert p["keep_fraction"] == {"0": 0.05, "1": 1.0}
    assert p["sampling_strategy"] == {0: 1200, 1: 1200}
    assert p["epoch_size"] == 2400


def test_effective_number_weighting_and_cap_parameters():
    counts = {"a": 900, "b": 90, "c": 10}
    report = audit(frame(train=counts), weighting="effective_number", beta=0.99, max_weight=5.0, severe_ratio=200.0)
    fix = one(report, "DA201").fix
    assert fix.kind == "class_weights" and fix.payload["method"] == "effective_number"
    assert fix.payload["beta"] == 0.99 and fix.payload["cap"] == 5.0
    expected = class_weights(counts, "effective_number", beta=0.99, cap=5.0)
    assert fix.payload["class_weight"] == {i: pytest.approx(w) for i, w in enumerate(expected.values())}
    # (1-b)/(1-b^n) for 900, 90, 10 is 0.01, 0.0168, 0.1047: 'c' hits the cap of 5.
    assert max(fix.payload["class_weight"].values()) == pytest.approx(5.0)


def test_integer_array_labels_are_their_own_class_indices():
    x, y = tabular({0: 50, 3: 10})  # label 3 is class 3 for Keras, whatever the missing 1 and 2
    fix = one(audit((x, y)), "DA201").fix
    assert fix.payload["class_names"] == ["0", "3"] and fix.payload["class_index"] == {"0": 0, "3": 3}
    sklearn = compute_class_weight(class_weight="balanced", classes=np.array([0, 3]), y=y)
    assert fix.payload["class_weight"] == {0: pytest.approx(sklearn[0]), 3: pytest.approx(sklearn[1])}
    scope: dict = {"y_train": y}
    exec(fix.files["class_weights.py"], scope)
    assert scope["class_weight"] == pytest.approx(fix.payload["class_weight"])
    scope = {"x_train": x, "y_train": y}
    exec(fix.files["oversampling_imblearn.py"], scope)
    assert np.bincount(scope["y_resampled"]).tolist() == [50, 0, 0, 50]


def test_rare_classes_are_reported_one_by_one():
    report = audit(frame(train={"a": 100, "b": 19, "c": 3}))
    rare = report.by_code("DA202")
    assert sorted((f.evidence["class"], f.evidence["count"]) for f in rare) == [("b", 19), ("c", 3)]
    assert audit(frame(train={"a": 100, "b": 19, "c": 3}), min_class_count=3).by_code("DA202") == []


# -- classes missing from a split ------------------------------------------------------------------

def test_missing_classes_error_when_untrained_and_warning_when_unevaluated():
    report = audit(frame(train={"a": 30, "b": 30}, val={"a": 10, "b": 10, "c": 5}, test={"a": 10}))
    by_split = {f.evidence["split"]: f for f in report.by_code("DA203")}
    assert sorted(by_split) == ["test", "train"]
    untrained = by_split["train"]
    assert untrained.severity == Severity.ERROR
    assert untrained.evidence["missing"] == ["c"] and untrained.evidence["elsewhere"] == {"c": {"val": 5}}
    unevaluated = by_split["test"]
    assert unevaluated.severity == Severity.WARNING
    assert unevaluated.evidence["missing"] == ["b", "c"]
    assert "no samples of 1 trained class(es): 'b' (30 in train, 10 in val)" in unevaluated.message
    assert "also lacks 1 class(es) present in other splits: 'c' (5 in val)" in unevaluated.message


def test_missing_class_folder_shifts_keras_class_indices(image_tree, keras):
    root = image_tree({"train/a": 2, "train/b": 2, "train/c": 2, "val/a": 2, "val/c": 2}, size=32)
    f = one(audit(root), "DA203")
    assert f.evidence["split"] == "val" and f.evidence["missing"] == ["b"]
    assert f.evidence["keras_index_shift"] == {"val": {"c": [2, 1]}}
    assert [loc.path for loc in f.locations] == ["val/"]
    load = keras.utils.image_dataset_from_directory
    kwargs = {"image_size": (32, 32), "batch_size": None, "verbose": False}
    assert load(root / "train", **kwargs).class_names.index("c") == 2
    assert load(root / "val", **kwargs).class_names.index("c") == 1  # what the finding says
    # The advice: an empty class folder lines the indices up again; still reported (no 'b' to evaluate).
    (root / "val" / "b").mkdir()
    assert load(root / "val", **kwargs).class_names.index("c") == 2
    f = one(audit(root), "DA203")
    assert f.evidence["keras_index_shift"] == {} and f.evidence["empty_folders"] == ["b"]
    assert [loc.path for loc in f.locations] == ["val/b/"]


def test_weights_use_keras_indices_of_the_training_folder(image_tree):
    # An empty training class folder still takes an index in Keras: 'b' is 1, so 'c' is 2.
    root = image_tree({"train/a": 4, "train/c": 2}, size=32)
    (root / "train" / "b").mkdir()
    report = dataaudit.audit(root, select="DA2", cache=False, config=False, jobs=1,
                             balance={"min_class_count": 1})
    fix = one(report, "DA201").fix
    assert fix.payload["class_names"] == ["a", "b", "c"]
    assert fix.payload["class_weight"] == pytest.approx({0: 0.75, 2: 1.5})


# -- label shift and dominant classes ---------------------------------------------------------------

def test_significant_label_shift_is_a_warning_naming_the_classes():
    report = audit(frame(train={"a": 500, "b": 500, "c": 500}, val={"a": 500, "b": 300, "c": 160}))
    f = one(report, "DA204")
    assert f.severity == Severity.WARNING
    table = np.array([[500, 500, 500], [500, 300, 160]])
    expected = chi2_contingency(table, correction=False)
    assert f.evidence["chi2"] == pytest.approx(expected.statistic)
    assert f.evidence["p_value"] == pytest.approx(expected.pvalue)
    assert f.evidence["js_distance"] == pytest.approx(jensenshannon(table[0] / 1500, table[1] / 960, base=2))
    assert f.evidence["js_distance"] >= 0.1
    assert [d["class"] for d in f.evidence["differences"]] == ["a", "c", "b"]  # +19, -17, -2 points
    assert "'a' is 33% of train but 52% of val; 'c' is 33% of train but 17% of val" in f.message


def test_large_but_not_significant_shift_is_info_and_small_shift_is_silent():
    f = one(audit(frame(train={"a": 50, "b": 50}, val={"a": 7, "b": 3})), "DA204")
    assert f.severity == Severity.INFO and f.evidence["p_value"] >= 0.01
    assert f.evidence["js_distance"] == pytest.approx(jensenshannon([0.5, 0.5], [0.7, 0.3], base=2))
    assert audit(frame(train={"a": 500, "b": 500}, val={"a": 530, "b": 470})).by_code("DA204") == []


def test_dominant_evaluation_class():
    f = one(audit(frame(train={"a": 500, "b": 500}, test={"a": 700, "b": 300})), "DA205")
    assert f.evidence["majority_class"] == "a" and f.evidence["majority_baseline_accuracy"] == 0.7
    assert "scores 70% accuracy" in f.message


# -- evaluation noise -------------------------------------------------------------------------------

def test_tiny_validation_set_noise_floor_and_steps_trap():
    x, y = tabular({0: 100, 1: 100})
    xv, yv = tabular({0: 25, 1: 25}, seed=2)
    report = audit({"train": (x, y), "val": (xv, yv)})
    noise = one(report, "DA206")
    assert noise.severity == Severity.WARNING
    ev = noise.evidence
    assert ev["n"] == 50 and ev["accuracy_step"] == 0.02
    ci = binomtest(45, 50).proportion_ci(method="wilson")  # 90% of 50
    assert ev["half_width"] == pytest.approx((ci.high - ci.low) / 2, abs=1e-9)
    assert ev["needed_size"] == 868
    assert ev["small_classes"] == ["0", "1"]
    assert "moves accuracy by 2.0 points" in noise.message and "868 samples" in noise.message
    steps = one(report, "DA207")
    assert steps.evidence == {"split": "val", "n": 50, "batch_size": 32, "floor_steps": 1, "dropped": 18}
    scope: dict = {}
    exec(steps.fix.payload["code"], scope)
    assert scope["steps"] == 2 == steps.fix.payload["steps"]
    # A batch size that divides the split, a looser tolerance, fewer required per-class samples.
    quiet = audit({"train": (x, y), "val": (xv, yv)}, batch_size=25, tolerance=0.2, min_eval_class_count=25)
    assert quiet.by_code("DA206") == [] and quiet.by_code("DA207") == []


def test_per_class_counts_alone_give_an_info():
    f = one(audit(frame(train={"a": 500, "b": 500}, test={"a": 1000, "b": 12}), dominant_share=1.0), "DA206")
    assert f.severity == Severity.INFO and f.evidence["small_classes"] == ["b"]


def test_leaked_evaluation_images_are_counted_out(image_tree):
    root = image_tree({"train/a": 3, "train/b": 3, "val/a": 3, "val/b": 2}, size=32)
    shutil.copy(root / "train/a/0000.jpg", root / "val/b/copy.jpg")  # a training image, mislabelled in val
    dataset = resolve_source(root)
    table, _ = scan(dataset, [], cache=None, jobs=1, progress=False)
    hashes = table.meta["content_hash"]
    rows = np.flatnonzero(hashes.duplicated(keep=False).to_numpy())
    groups = DuplicateGroups(groups=(rows,), kinds=("exact",))
    ctx = AuditContext(table=table, dataset=dataset, artifacts={"leakage": groups})
    findings, runs = run_auditors([BalanceAuditor(min_class_count=1)], ctx)
    assert runs[0].status == "ok"
    noise = next(f for f in findings if f.code == "DA206")
    assert noise.evidence["n_raw"] == 6 and noise.evidence["n"] == 5 and noise.evidence["leaked_excluded"] == 1
    assert "1 of them copies of training images" in noise.message
    steps = next(f for f in findings if f.code == "DA207")
    assert steps.evidence["n"] == 6  # the pipeline still iterates every file
    # Without the artifact (the leakage auditor deselected) the raw counts are used.
    alone, _ = run_auditors([BalanceAuditor(min_class_count=1)], AuditContext(table=table, dataset=dataset))
    assert next(f for f in alone if f.code == "DA206").evidence["n"] == 6


# -- sources ----------------------------------------------------------------------------------------

def test_manifest_without_paths_and_csv(tmp_path):
    path = tmp_path / "labels.csv"
    frame(train={"x": 40, "y": 4}, test={"x": 10, "y": 1}).to_csv(path, index=False)
    report = audit(path)
    codes = sorted(f.code for f in report.findings)
    assert codes == ["DA201", "DA202", "DA205", "DA206", "DA207"]
    assert one(report, "DA201").evidence["counts"] == {"x": 40, "y": 4}


def test_unreadable_images_are_not_counted(image_tree):
    root = image_tree({"train/a": 4, "train/b": 4}, size=32)
    (root / "train/b/0000.jpg").write_bytes(b"not an image")
    report = audit(root, mild_ratio=1.3, min_class_count=1)
    assert one(report, "DA201").evidence["counts"] == {"a": 4, "b": 3}


def test_regression_targets_and_unlabelled_data_are_skipped(image_tree):
    rng = np.random.default_rng(0)
    assert audit((rng.normal(size=(200, 4)), rng.normal(size=200))).findings == ()
    assert audit(image_tree({"img": 3}, size=32) / "img").findings == ()


def test_demo_shows_the_class_balance_findings(tmp_path):
    root = make_demo_dataset(tmp_path / "demo")
    report = audit(root)
    for path, code, _ in PLANTED:
        if code.startswith("DA2"):
            assert any(loc.path == path for f in report.by_code(code) for loc in f.locations), (path, code)
    f = one(report, "DA201")
    assert f.severity == Severity.WARNING and f.fix.kind == "sampling_plan" and f.fix.payload["augment"]
    # classes: circle, logo, square, star, triangle; test has no star folder
    assert one(report, "DA203").evidence["keras_index_shift"] == {"test": {"triangle": [4, 3]}}
