"""Every example in examples/ runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_quickstart_runs_and_reports_the_planted_problems(tmp_path):
    result = subprocess.run([sys.executable, str(EXAMPLES / "quickstart.py")], capture_output=True, text=True,
                            cwd=tmp_path, timeout=300)
    assert result.returncode == 1, result.stderr  # the demo dataset fails the gate on purpose
    assert "DA001 corrupt-image" in result.stdout
    assert "Gate failed: dataaudit gate failed" in result.stdout
