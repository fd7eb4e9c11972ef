"""The `dataaudit` command: exit codes, formats, baselines, configuration, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import make_tree, write_image

from dataaudit.cli import main

# The console script installed next to this interpreter, not whichever one is first on PATH.
_LOCAL = Path(sys.executable).parent / "dataaudit"
EXE = str(_LOCAL) if _LOCAL.exists() else (shutil.which("dataaudit") or "dataaudit")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def check(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`dataaudit check` limited to the integrity rules: these tests are about the command, not the auditors."""
    extra = [] if "--select" in args else ["--select", "DA0"]
    return run("check", *args, *extra, cwd=cwd)


@pytest.fixture
def clean(tmp_path):
    return make_tree(tmp_path / "clean", {"train/a": 3, "train/b": 3, "val/a": 1, "val/b": 1})


@pytest.fixture
def broken(tmp_path):
    root = make_tree(tmp_path / "broken", {"train/a": 3, "train/b": 3, "val/a": 1, "val/b": 1})
    (root / "train/a/bad.jpg").write_bytes(b"garbage")
    write_image(root / "train/b/tiny.png", seed=9, size=8)
    return root


def test_exit_codes_of_the_gate(clean, broken):
    ok = check(str(clean), "--no-cache")
    assert ok.returncode == 0, ok.stderr
    assert "Gate (fails on error): PASSED" in ok.stdout
    failed = check(str(broken), "--no-cache")
    assert failed.returncode == 1
    assert "DA001" in failed.stdout and "FAILED" in failed.stdout
    assert check(str(broken), "--no-cache", "--fail-on", "never").returncode == 0
    assert check(str(broken), "--no-cache", "--ignore", "DA001").returncode == 0
    assert check(str(broken), "--no-cache", "--ignore", "DA001", "--fail-on", "warning").returncode == 1
    assert check(str(broken), "--no-cache", "--select", "DA006").returncode == 0


@pytest.mark.parametrize(
    "args, message",
    [
        (["check", "/no/such/place"], "Dataset path /no/such/place does not exist"),
        (["check", "{empty}"], "No images found"),
        (["check", "{text_only}"], "none of them an image"),
        (["check", "{bad_manifest}"], "Cannot read manifest"),
        (["check", "{clean}", "--validation-split", "1.5", "--seed", "1"], "must be a float in the range (0, 1)"),
        (["check", "{clean}", "--select", "DA7"], "matches no rule"),
        (["check", "{clean}", "--set", "integrity.min_side=0"], "The 'min_side' parameter of the 'integrity' auditor"),
        (["check", "{clean}", "--set", "nosuch.x=1"], "unknown parameter 'nosuch'"),
        (["check", "{clean}", "--chunk-size", "0"], "The 'chunk_size' parameter of audit() must be"),
        (["check", "{clean}", "--baseline", "/no/baseline.json"], "does not exist"),
        (["check", "{clean}", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["check"], "Give a dataset folder or manifest to check, or --code PATH"),
        (["explain", "DA999"], "No rule has code 'DA999'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_sentence(tmp_path, clean, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "text_only").mkdir()
    (tmp_path / "text_only" / "notes.txt").write_text("hi")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    paths = {"empty": tmp_path / "empty", "text_only": tmp_path / "text_only", "bad_manifest": tmp_path / "bad.parquet",
             "clean": clean}
    argv = [a.format(**paths) for a in args]
    if argv[0] == "check" and len(argv) > 1:
        argv.append("--no-cache")
    result = run(*argv)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_formats_and_output_file(broken, tmp_path):
    result = check(str(broken), "--no-cache", "--format", "json")
    data = json.loads(result.stdout)
    assert data["passed"] is False and data["findings"][0]["code"] == "DA001"
    out = tmp_path / "reports" / "report.md"
    result = check(str(broken), "--no-cache", "--format", "markdown", "--output", str(out))
    assert result.returncode == 1
    assert out.read_text().startswith("# dataaudit report")
    assert "DA001" in result.stdout  # the summary still prints


def test_write_baseline_then_check_against_it(broken, tmp_path):
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(broken), "--no-cache", "--write-baseline", str(baseline)]) == 0
    assert main(["check", str(broken), "--no-cache", "--baseline", str(baseline)]) == 0
    (broken / "val/a/new_bad.jpg").write_bytes(b"")
    assert main(["check", str(broken), "--no-cache", "--baseline", str(baseline)]) == 1


def test_pyproject_settings_and_command_line_precedence(broken, tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text('[tool.dataaudit]\nignore = ["DA001"]\n')
    assert check(str(broken), "--no-cache", cwd=project).returncode == 0
    assert check(str(broken), "--no-cache", "--ignore", "DA006", cwd=project).returncode == 1
    assert check(str(broken), "--no-cache", "--no-config", cwd=project).returncode == 1
    assert check(str(broken), "--no-cache", "--fail-on", "warning", cwd=project).returncode == 1


def test_validation_split_manifest_options_and_split_alias(tmp_path):
    root = make_tree(tmp_path / "d", {"cat": 6, "dog": 6})
    assert main(["check", str(root), "--no-cache", "--validation-split", "0.25", "--seed", "3", "--select", "DA0"]) == 0
    split_root = make_tree(tmp_path / "s", {"train/a": 2, "holdout/a": 2})
    result = check(str(split_root), "--no-cache", "--split-alias", "holdout=test", "--format", "json")
    assert json.loads(result.stdout)["summary"]["splits"]["test"]["n"] == 2
    pd.DataFrame({"file": ["train/a/0000.jpg"], "cls": ["a"], "part": ["train"]}).to_csv(split_root / "m.csv")
    result = check(str(split_root / "m.csv"), "--no-cache", "--path-column", "file", "--label-column", "cls",
                 "--split-column", "part", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["n_samples"] == 1


def test_cache_path_and_jobs(clean, tmp_path):
    db = tmp_path / "cache.sqlite"
    first = check(str(clean), "--cache-path", str(db), "--jobs", "1", "--format", "json")
    second = check(str(clean), "--cache-path", str(db), "--format", "json", "--chunk-size", "3")
    assert json.loads(first.stdout)["scan"]["decoded"] == 8
    assert json.loads(second.stdout)["scan"]["decoded"] == 0
    assert json.loads(second.stdout)["config"]["chunk_size"] == 3
    assert json.loads(second.stdout)["findings"] == json.loads(first.stdout)["findings"]


def test_write_fixes_refuses_the_dataset_folder(broken):
    result = check(str(broken), "--no-cache", "--write-fixes", str(broken / "fixes"))
    assert result.returncode == 2 and "outside the dataset" in result.stderr
    assert not (broken / "fixes").exists()


def test_rules_explain_and_version():
    listing = run("rules")
    assert listing.returncode == 0 and "DA001  corrupt-image" in listing.stdout
    rules = json.loads(run("rules", "--format", "json").stdout)
    assert {r["code"] for r in rules} >= {"DA001", "DA900"}
    explain = run("explain", "da010")
    assert "## Why it matters" in explain.stdout and "EXIF" in explain.stdout
    assert run("--version").stdout.startswith("dataaudit ")


def test_demo_command(tmp_path):
    result = run("demo", "--dir", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr
    for code in ("DA001", "DA002", "DA003", "DA004", "DA012"):
        assert code in result.stdout
    assert "would exit 1" in result.stderr
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "precious.txt").write_text("keep me")
    refused = run("demo", "--dir", str(tmp_path / "mine"))
    assert refused.returncode == 2 and (tmp_path / "mine" / "precious.txt").read_text() == "keep me"


def test_no_progress_bar_when_not_a_tty(clean):
    result = check(str(clean), "--no-cache")
    # No bar without a terminal: bars redraw their line after a carriage return.
    assert "\r" not in result.stderr and "scan:" not in result.stderr and "listing" not in result.stderr
    assert os.environ.get("NO_COLOR") or "\x1b[" not in result.stdout
