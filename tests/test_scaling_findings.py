"""Per-image integrity findings scale: above `aggregate_above` images, one dataset-level finding with counts."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_digits

import dataaudit
from dataaudit.model.findings import make_fingerprint

from conftest import make_tree, write_image


def test_load_digits_as_arrays_is_one_tiny_image_finding_not_1797():
    digits = load_digits()
    x = (digits.images * 16).astype(np.uint8)
    y = digits.target
    report = dataaudit.audit({"train": (x[:1400], y[:1400]), "val": (x[1400:], y[1400:])}, cache=False,
                             progress=False)
    tiny = report.by_code("DA006")
    assert len(tiny) == 1
    ev = tiny[0].evidence
    assert ev["aggregated"] is True and ev["count"] == 1797 and ev["histogram"] == {"8x8": 1797}
    assert ev["by_split"] == {"train": 1400, "val": 397}
    assert sum(ev["by_class"].values()) == 1797
    assert len(ev["affected"]) == 1797 and ev["affected"][0] == "train[0]" and ev["affected"][-1] == "val[396]"
    assert len(tiny[0].locations) == 50  # integrity's max_locations: thumbnails, not the whole list
    assert "integrity={'min_side': 8}" in tiny[0].message
    page = report.to_html(thumbnails=False)
    assert "1,797 images, the first 50 listed" in page and "8x8" in page
    # The hint works: with the suggested limit, nothing is tiny.
    again = dataaudit.audit({"train": (x[:200], y[:200])}, cache=False, progress=False, integrity={"min_side": 8})
    assert again.by_code("DA006") == []
    # report.images() marks every row with the aggregated rule.
    frame = report.images()
    assert len(frame) == 1797 and frame["DA006"].all() and set(frame["split"]) == {"train", "val"}


def test_below_the_threshold_each_image_keeps_its_own_finding_and_fingerprint(tmp_path):
    root = make_tree(tmp_path / "data", {"train/cat": 6, "val/cat": 3})
    for i in range(3):
        write_image(root / "train" / "cat" / f"icon{i}.png", seed=90 + i, size=8)
    report = dataaudit.audit(root, cache=False, config=False, progress=False)
    tiny = report.by_code("DA006")
    assert sorted(f.locations[0].path for f in tiny) == [f"train/cat/icon{i}.png" for i in range(3)]
    for f in tiny:
        assert "aggregated" not in f.evidence
        assert f.fingerprint == make_fingerprint("DA006", f.locations, "")  # as before aggregation existed
    # The threshold is a parameter: at 2, the same three images become one finding with a stable fingerprint.
    grouped = dataaudit.audit(root, cache=False, config=False, progress=False, integrity={"aggregate_above": 2})
    [one] = grouped.by_code("DA006")
    assert one.evidence["count"] == 3 and one.evidence["histogram"] == {"8x8": 3}
    assert one.fingerprint == make_fingerprint("DA006", (), "aggregated")


def test_many_undecodable_files_are_one_finding_with_one_removal_list(tmp_path):
    root = make_tree(tmp_path / "data", {"train/cat": 5, "val/cat": 2})
    for i in range(25):
        (root / "train" / "cat" / f"page{i:02d}.jpg").write_bytes(b"<html>rate limited</html>")
    report = dataaudit.audit(root, cache=False, config=False, progress=False)
    [corrupt] = report.by_code("DA001")
    assert corrupt.evidence["count"] == 25 and corrupt.evidence["histogram"] == {"not-image": 25}
    assert corrupt.fix is not None and len(corrupt.fix.payload["paths"]) == 25
    assert str(corrupt.severity) == "error" and not report.passed()


@pytest.mark.parametrize("n", [20, 21])
def test_the_threshold_is_strictly_above(tmp_path, n):
    root = make_tree(tmp_path / "data", {"train/cat": 3, "val/cat": 2})
    for i in range(n):
        (root / "train" / "cat" / f"bad{i:02d}.jpg").write_bytes(b"not an image")
    report = dataaudit.audit(root, cache=False, config=False, progress=False)
    assert len(report.by_code("DA001")) == (n if n <= 20 else 1)
