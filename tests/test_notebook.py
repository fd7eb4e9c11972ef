"""The report in a notebook and on disk: images(), pairs(), _repr_html_, show(), write(), `make demo`'s command."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

import pytest

import dataaudit
from dataaudit.demo.dataset import PLANTED, make_demo_dataset
from dataaudit.reporting.notebook import open_in_browser


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = make_demo_dataset(tmp_path_factory.mktemp("demo") / "demo")
    return root, dataaudit.audit(root, cache=False, config=False, progress=False)


def test_images_has_a_row_per_image_with_split_label_size_flags_and_scores(demo):
    root, report = demo
    frame = report.images()
    assert len(frame) == report.summary["n_samples"] == len(report.table.meta)
    assert {"path", "split", "label", "width", "height", "format", "codes"} <= set(frame.columns)
    row = frame.set_index("path").loc["train/square/favicon.png"]
    assert (row["width"], row["height"], row["split"], row["label"]) == (10, 10, "train", "square")
    assert row["DA006"] and "DA006" in row["codes"]
    for path, code, _ in PLANTED:
        if not path.endswith("/") and ":" not in path:
            assert frame.set_index("path").loc[path, code], (path, code)
    assert frame["DA006"].sum() == 1
    assert "detail32" in frame.columns and frame["detail32"].notna().sum() > 200  # a per-image score
    with pytest.raises(dataaudit.ParameterError, match="no scan table"):
        dataaudit.Report(findings=report.findings, summary=report.summary).images()
    # Pairs named by the leakage auditor are flagged on both files.
    copy = frame.set_index("path").loc["val/circle/leaked_exact_copy.jpg"]
    assert copy["DA101"]


def test_pairs_lists_every_duplicate_pair_with_similarity_and_edit(demo):
    _, report = demo
    pairs = report.pairs()
    expected = sum(len(f.evidence.get("pairs", [])) for f in report.findings)
    assert len(pairs) == expected > 0
    flipped = pairs[pairs["copy"] == "val/triangle/leaked_flipped.jpg"].iloc[0]
    assert flipped["code"] == "DA102" and flipped["copy_split"] == "val" and flipped["original_split"] == "train"
    assert "flip" in flipped["edit"] and 0.5 < flipped["similarity"] <= 1


def test_notebook_display_is_the_html_report_in_an_isolated_frame(demo):
    _, report = demo
    shown = report._repr_html_()
    assert shown.startswith("<iframe srcdoc=\"") and 'sandbox="allow-scripts allow-popups"' in shown
    page = html.unescape(shown.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0])
    assert page.startswith("<!DOCTYPE html>") and 'id="f-search"' in page and "Gate failed" in page
    assert "<" not in shown.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0]  # the page is one attribute
    full = report.to_html()
    assert full.startswith("<!DOCTYPE html>") and 'id="pairs"' in full


def test_show_outside_a_notebook_without_a_desktop_prints_the_summary(demo, monkeypatch, capsys):
    _, report = demo
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if sys.platform.startswith("linux"):
        assert report.show() is None and open_in_browser("/nonexistent.html") is False
        out = capsys.readouterr().out
        assert "Gate (fails on error): FAILED" in out


def test_demo_writes_the_html_report_with_its_side_files(tmp_path):
    out = tmp_path / "demo-report.html"
    result = subprocess.run([sys.executable, "-m", "dataaudit.cli", "demo", "--dir", str(tmp_path / "demo-data"),
                             "--format", "html", "--output", str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"wrote the html report to {out}" in result.stderr
    assert "DA101" in result.stdout  # the summary still prints
    page = out.read_text()
    assert 'href="demo-report.files/resplit.csv"' in page
    manifest = (tmp_path / "demo-report.files" / "resplit.csv").read_text()
    assert manifest.startswith("path,label,split")
    # Paths relative to the audited folder (portable); every one names a demo image.
    paths = [line.split(",")[0] for line in manifest.splitlines()[1:]]
    assert paths and all(not p.startswith("/") and (tmp_path / "demo-data" / p).is_file() for p in paths)
    assert not (tmp_path / "demo-data" / "demo-report.html").exists()


def test_cli_json_output_keeps_the_manifest_beside_it(tmp_path):
    root = make_demo_dataset(tmp_path / "demo")
    out = tmp_path / "out" / "report.json"
    result = subprocess.run([sys.executable, "-m", "dataaudit.cli", "check", str(root), "--no-cache", "--format",
                             "json", "--output", str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    data = json.loads(out.read_text())
    [resplit] = [f for f in data["findings"] if f["code"] == "DA105"]
    ref = resplit["fix"]["payload"]["files"]["resplit.csv"]
    assert (out.parent / ref["side_file"]).stat().st_size == ref["bytes"] > 4096
    stdout_json = subprocess.run([sys.executable, "-m", "dataaudit.cli", "check", str(root), "--no-cache", "--format",
                                  "json"], capture_output=True, text=True, timeout=300).stdout
    inline = json.loads(stdout_json)
    [resplit] = [f for f in inline["findings"] if f["code"] == "DA105"]
    assert isinstance(resplit["fix"]["payload"]["files"]["resplit.csv"], str)
    assert len(out.read_bytes()) < len(stdout_json.encode()) - ref["bytes"]
