"""Tabular data as a first-class input: feature tables and (N, F) arrays through the tabular auditor (DA5xx)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_breast_cancer, load_wine

import dataaudit
from dataaudit.cli import main


def _codes(report) -> dict[str, object]:
    return {f.code: f for f in report.findings}


@pytest.fixture(scope="module")
def cancer_table(tmp_path_factory) -> tuple[Path, pd.DataFrame]:
    """scikit-learn's breast-cancer table split 75/25, with 10 training rows planted in test."""
    data = load_breast_cancer(as_frame=True)
    frame = data.frame.rename(columns={"target": "diagnosis"})
    rng = np.random.default_rng(0)
    split = np.where(rng.random(len(frame)) < 0.25, "test", "train")
    frame.insert(0, "split", split)
    planted = frame[frame.split == "train"].sample(10, random_state=1).assign(split="test")
    table = pd.concat([frame, planted], ignore_index=True)
    path = tmp_path_factory.mktemp("tab") / "cancer.csv"
    table.to_csv(path, index=False)
    return path, table


def test_planted_duplicate_rows_in_a_csv_feature_table_are_an_error(cancer_table):
    path, table = cancer_table
    report = dataaudit.audit(path, cache=False, progress=False)
    found = _codes(report)
    assert report.source["layout"] == "feature-table"
    leak = found["DA501"]
    assert leak.severity.name == "ERROR"
    assert leak.evidence["leaked"]["train->test"]["rows"] == 10
    assert leak.evidence["leaked"]["train->test"]["exact"] == 10
    copied = {loc.path for loc in leak.locations}
    n_test = int((table.split == "test").sum())
    # The planted rows are the last 10 test rows.
    assert copied == {f"test[{i}]" for i in range(n_test - 10, n_test)}
    assert leak.fix is not None and len(leak.fix.payload["paths"]) == 10
    assert not report.passed()
    # The balance auditor reads the same table: its class counts are the table's.
    assert report.summary["splits"]["test"]["n"] == n_test


def test_the_same_table_as_a_dataframe_and_from_the_shell(cancer_table, capsys):
    path, table = cancer_table
    report = dataaudit.audit(table, cache=False, progress=False)
    assert _codes(report)["DA501"].evidence["leaked"]["train->test"]["rows"] == 10
    assert main(["check", str(path), "--no-cache", "--select", "DA5", "--format", "json"]) == 1
    assert '"DA501"' in capsys.readouterr().out


def test_near_copies_conflicts_and_drift_in_arrays():
    x, y = load_wine(return_X_y=True)
    rng = np.random.default_rng(4)
    order = rng.permutation(len(x))
    train, val = order[:130], order[130:]
    xt, yt, xv, yv = x[train], y[train], x[val].copy(), y[val].copy()
    xv[0], yv[0] = xt[5].astype(np.float32), yt[5]  # a float32 round trip: a near copy
    xv[1], yv[1] = xt[6] * (1 + 1e-5), yt[6]  # a unit change undone with rounding error
    xv[2], yv[2] = xt[7], (yt[7] + 1) % 3  # a copy with another target
    report = dataaudit.audit({"train": (xt, yt), "val": (xv, yv)}, cache=False, progress=False)
    found = _codes(report)
    leaked = found["DA501"].evidence["leaked"]["train->val"]
    assert (leaked["rows"], leaked["exact"], leaked["near"]) == (3, 1, 2)
    conflict = found["DA502"]
    assert conflict.evidence["groups"] == 1 and {loc.path for loc in conflict.locations} == {"train[7]", "val[2]"}
    assert "DA504" not in found  # a random split of one table does not drift

    shifted = xv.copy()
    shifted[:, 9] *= 1.8  # colour intensity measured on another instrument
    drift = _codes(dataaudit.audit({"train": (xt, yt), "val": (shifted, yv)}, cache=False, progress=False))["DA504"]
    assert [c["column"] for c in drift.evidence["drifted"]] == ["column 9"]


def test_columns_with_few_values_repeat_without_a_leak():
    """Rows of three binary columns repeat by themselves: cross-split repeats are not called a leak."""
    rng = np.random.default_rng(5)
    xt, xv = rng.integers(0, 2, (300, 3)).astype(float), rng.integers(0, 2, (100, 3)).astype(float)
    report = dataaudit.audit({"train": (xt, rng.integers(0, 2, 300)), "val": (xv, rng.integers(0, 2, 100))},
                             cache=False, progress=False)
    leak = _codes(report)["DA501"]
    assert leak.severity.name == "WARNING" and "few distinct values" in leak.message
    assert report.passed() or all(f.code != "DA501" for f in report.findings if f.severity.name == "ERROR")


def test_feature_names_and_non_numeric_columns(tmp_path: Path):
    rng = np.random.default_rng(6)
    frame = pd.DataFrame({
        "id": np.arange(400),
        "age": rng.integers(18, 90, 400),
        "income": rng.lognormal(10, 1, 400),
        "city": rng.choice(["Lyon", "Oslo"], 400),
        "label": rng.choice(["yes", "no"], 400),
        "fold": np.where(np.arange(400) < 300, "train", "test"),
    })
    frame.loc[300:, "income"] *= 3
    frame.to_parquet(tmp_path / "people.parquet")
    report = dataaudit.audit(tmp_path / "people.parquet", split_column="fold", cache=False, progress=False)
    drift = _codes(report)["DA504"]
    assert [c["column"] for c in drift.evidence["drifted"]] == ["income"]
    assert "city" in " ".join(f.message for f in report.findings)  # said it was not audited as a feature
