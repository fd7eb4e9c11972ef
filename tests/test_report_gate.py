"""Report forms, select/ignore, baselines, the gate and writing fixes."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import make_tree, write_image

import dataaudit
from dataaudit import AuditFailed, Finding, Fix, Location, Severity
from dataaudit.model.baseline import load_baseline, write_baseline
from dataaudit.errors import ConfigError, ParameterError
from dataaudit.model.report import Report
from dataaudit.model.selection import Selection


def audit(root, **kw):
    """These tests are about the report and the gate: only the integrity rules take part."""
    kw.setdefault("select", "DA0")
    return dataaudit.audit(root, **kw)


@pytest.fixture
def broken(tmp_path):
    root = make_tree(tmp_path / "d", {"train/cat": 4, "train/dog": 4, "val/cat": 2, "val/dog": 2})
    (root / "train/cat/bad.jpg").write_bytes(b"nope")  # DA001 error
    write_image(root / "train/dog/small.png", seed=3, size=8)  # DA006 warning
    return root


def test_json_form_follows_the_documented_schema(broken):
    report = audit(broken, cache=False)
    data = json.loads(report.to_json())
    assert data["schema_version"] == 2
    assert data["tool"] == {"name": "dataaudit", "version": dataaudit.__version__}
    assert data["passed"] is False and data["fail_on"] == "error"
    assert data["counts"] == {"error": 1, "warning": 1, "info": 0}
    assert data["summary"]["splits"]["train"]["classes"] == {"cat": 5, "dog": 5}
    first = data["findings"][0]
    assert set(first) == {"code", "slug", "severity", "message", "locations", "evidence", "fix", "fingerprint"}
    assert first["severity"] == "error" and first["code"] == "DA001"
    assert first["locations"] == [{"path": "train/cat/bad.jpg", "split": "train", "label": "cat"}]
    assert [a["name"] for a in data["auditors"]] == ["integrity"]
    assert data["scan"]["decoded"] == 14  # every file decoded once, the broken one included


def test_markdown_frame_and_text(broken):
    report = audit(broken, cache=False)
    md = report.to_markdown()
    assert "| error | DA001 corrupt-image |" in md and "## Class counts" in md
    frame = report.to_frame()
    assert isinstance(frame, pd.DataFrame) and list(frame["code"]) == ["DA001", "DA006"]
    assert frame.loc[0, "paths"] == ["train/cat/bad.jpg"]
    text = report.to_text()
    assert "ERROR   DA001" in text and "Gate (fails on error): FAILED" in text


def test_gate_thresholds(broken):
    report = audit(broken, cache=False)
    assert not report.passed("error") and not report.passed("warning") and report.passed("never")
    with pytest.raises(AuditFailed) as excinfo:
        report.raise_for_findings()
    assert excinfo.value.report is report
    assert "1 finding(s) at or above 'error' (DA001)" in str(excinfo.value)
    with pytest.raises(AuditFailed):
        dataaudit.gate(broken, cache=False, select="DA0")
    passed = dataaudit.gate(broken, fail_on="never", cache=False, select="DA0")
    assert isinstance(passed, Report)
    warn_only = audit(broken, cache=False, ignore="DA001")
    assert warn_only.passed() and not warn_only.passed("warning")


@pytest.mark.parametrize(
    "select, ignore, expected",
    [
        (None, None, {"DA001": True, "DA101": True, "XY001": True}),
        (["DA"], ["DA1"], {"DA001": True, "DA101": False, "DA102": False}),
        (["DA101"], ["DA1"], {"DA101": True, "DA102": False, "DA001": False}),  # longest prefix wins
        (["DA1"], ["DA1"], {"DA101": False}),  # a tie goes to ignore
        (["ALL"], ["DA0"], {"DA001": False, "XY001": True}),
        ("DA0, DA2", None, {"DA001": True, "DA201": True, "DA101": False}),
    ],
)
def test_selection_longest_prefix_wins(select, ignore, expected):
    sel = Selection(select, ignore)
    assert {code: sel(code) for code in expected} == expected


def test_selection_rejects_unknown_codes(broken):
    with pytest.raises(ParameterError, match="names 'DA7', which matches no rule"):
        audit(broken, cache=False, select="DA7")
    with pytest.raises(ParameterError, match="takes rule codes or code prefixes"):
        audit(broken, cache=False, ignore="da-1")


def test_baseline_accepts_known_findings_and_fails_new_ones(broken, tmp_path):
    report = audit(broken, cache=False)
    path = tmp_path / "baseline.json"
    assert write_baseline(path, report.findings) == 2
    assert load_baseline(path) == {f.fingerprint for f in report.findings}
    again = audit(broken, cache=False, baseline=path)
    assert again.passed() and again.findings == () and len(again.baselined) == 2
    (broken / "val/dog/bad2.jpg").write_bytes(b"")  # a new problem
    later = audit(broken, cache=False, baseline=path)
    assert not later.passed()
    assert [f.locations[0].path for f in later.findings] == ["val/dog/bad2.jpg"]


def test_fingerprints_ignore_numbers_but_not_locations():
    a = Finding("DA006", "tiny-image", Severity.WARNING, "x is 8 px", (Location("a.png"),), {"w": 8})
    b = Finding("DA006", "tiny-image", Severity.WARNING, "x is 9 px", (Location("a.png"),), {"w": 9})
    c = Finding("DA006", "tiny-image", Severity.WARNING, "x is 8 px", (Location("b.png"),), {"w": 8})
    assert a.fingerprint == b.fingerprint != c.fingerprint


@pytest.mark.parametrize("content", ["not json", '{"nothing": 1}', '{"findings": [{"code": "DA001"}]}'])
def test_bad_baseline_files(tmp_path, broken, content):
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(ConfigError, match="Baseline file"):
        audit(broken, cache=False, baseline=path)
    with pytest.raises(ConfigError, match="does not exist"):
        audit(broken, cache=False, baseline=tmp_path / "missing.json")


def _report_with_fix(root) -> Report:
    fix = Fix("resplit_manifest", "New split", {"files": {"resplit.csv": "path,label,split\n", "../evil.py": "x"}},
              "automatic")
    finding = Finding("DA001", "corrupt-image", Severity.ERROR, "m", (Location("a.jpg"),), {}, fix)
    return Report(findings=[finding], summary={}, source={"root": str(root)})


def test_write_fixes_writes_new_files_only_outside_the_dataset(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 1})
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    report = _report_with_fix(root)
    with pytest.raises(ParameterError, match="outside the dataset"):
        report.write_fixes(root / "fixes")
    written = report.write_fixes(tmp_path / "fixes")
    names = sorted(p.name for p in written)
    assert names == ["_evil.py", "fixes.json", "resplit.csv"]  # no path escapes the folder
    assert all(p.parent == (tmp_path / "fixes").resolve() for p in written)
    index = json.loads((tmp_path / "fixes" / "fixes.json").read_text())
    assert index[0]["files"] == ["resplit.csv", "_evil.py"]
    with pytest.raises(ParameterError, match="already exists"):
        report.write_fixes(tmp_path / "fixes")
    report.write_fixes(tmp_path / "fixes", overwrite=True)
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_audit_never_modifies_the_dataset(broken):
    snapshot = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in broken.rglob("*") if p.is_file()}
    audit(broken)
    audit(broken)
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in broken.rglob("*") if p.is_file()}
    assert after == snapshot


def test_pyproject_config_is_read_only_on_request(broken, tmp_path, monkeypatch):
    project = tmp_path / "proj"
    (project / "sub").mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[tool.dataaudit]\nselect = ["DA0"]\nignore = ["DA001"]\nfail-on = "warning"\n[tool.dataaudit.integrity]\nmin_side = 4\n'
        'tiny_fraction = 0.01\n'
    )
    monkeypatch.chdir(project / "sub")
    plain = audit(broken, cache=False)
    assert {f.code for f in plain.findings} == {"DA001", "DA006"}
    configured = dataaudit.audit(broken, cache=False, config=True)
    assert configured.findings == () and configured.fail_on == "warning"
    override = dataaudit.audit(broken, cache=False, config=True, ignore=[], integrity={"min_side": 16})
    assert {f.code for f in override.findings} == {"DA001", "DA006"}
    (project / "pyproject.toml").write_text('[tool.dataaudit]\nfail_onn = "x"\n')
    with pytest.raises(ConfigError, match="Unknown setting 'fail_onn'"):
        audit(broken, cache=False, config=True)
