"""Every script in examples/ runs, as a user would run it, on data generated here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_tree

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def run(script: str, *args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(REPO), "TF_CPP_MIN_LOG_LEVEL": "3", **(env or {})}
    return subprocess.run([sys.executable, str(EXAMPLES / script), *args], capture_output=True, text=True,
                          env=full_env, timeout=300, cwd=cwd)


def test_every_example_is_tested():
    assert {p.name for p in EXAMPLES.glob("*.py")} == {"quickstart.py", "keras_training.py", "ci_gate.py"}


def test_quickstart_runs_and_reports_the_planted_problems(tmp_path):
    result = run("quickstart.py", cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # the demo dataset fails the gate on purpose
    assert "DA001 corrupt-image" in result.stdout
    assert "Gate failed: dataaudit gate failed" in result.stdout
    assert (tmp_path / "dataaudit-report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "dataaudit-fixes" / "fixes.json").exists()


def test_keras_training(tmp_path, keras):
    result = run("keras_training.py", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "trained 2 epochs" in result.stdout
    assert "the gate stopped fit" in result.stdout and "Training was stopped before the first batch" in result.stdout


@pytest.mark.parametrize("broken", [False, True], ids=["clean", "broken"])
def test_ci_gate(tmp_path, broken):
    data = make_tree(tmp_path / "data", {"train/cat": 4, "train/dog": 4, "val/cat": 2, "val/dog": 2})
    if broken:
        (data / "val" / "dog" / "x.jpg").write_bytes(b"")
    summary = tmp_path / "summary.md"
    out = tmp_path / "reports"
    result = run("ci_gate.py", str(data), "--out", str(out), cwd=tmp_path,
                 env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == (1 if broken else 0), result.stdout + result.stderr
    sarif = json.loads((out / "dataaudit.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert (out / "dataaudit-junit.xml").exists() and (out / "dataaudit-report.html").exists()
    assert summary.read_text(encoding="utf-8").startswith("# dataaudit report")
    assert ("::error " in result.stdout) == broken
    bad = run("ci_gate.py", str(tmp_path / "missing"), cwd=tmp_path)
    assert bad.returncode == 2 and "does not exist" in bad.stderr
