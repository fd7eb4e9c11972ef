"""Crash isolation and third-party auditors registered through the entry-point group."""

from __future__ import annotations

import pytest
from conftest import make_tree

import dataaudit
from dataaudit.auditors import AuditContext
from dataaudit.engine.runner import order_auditors, run_auditors
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source

@pytest.fixture
def plugins(install_plugin):
    """The test plugin with a working auditor, a crashing one and an entry point naming a missing module."""
    install_plugin("wide = xplugin:WideAuditor", "crashing = xplugin:CrashingAuditor", "broken = xplugin_missing:Nothing")


def test_plugins_run_crashes_become_findings_and_others_still_report(plugins, tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 3, "val/a": 1}, size=96)
    (root / "train/a/bad.jpg").write_bytes(b"garbage")
    report = dataaudit.audit(root, cache=False)
    codes = [f.code for f in report.findings]
    assert codes.count("XP001") == 4  # the working plugin reported (its feature was computed)
    assert "DA001" in codes  # the built-in auditor still ran
    crash = next(f for f in report.findings if f.code == "DA900")
    assert crash.evidence["auditor"] == "crashing" and "RuntimeError: plugin bug" in crash.message
    assert "Traceback" in crash.evidence["traceback"]
    broken = next(f for f in report.findings if f.code == "DA901")
    assert "xplugin_missing" in broken.message
    runs = {a.name: a.status for a in report.auditors}
    assert {k: runs[k] for k in ("integrity", "wide", "crashing")} == {"integrity": "ok", "wide": "ok", "crashing": "crashed"}
    assert list(runs.values()).count("crashed") == 1
    assert "color_stats" in report.scan["features"]


def test_plugin_parameters_come_through_audit_and_selection(plugins, tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 2}, size=96)
    report = dataaudit.audit(root, cache=False, wide={"limit": 100}, ignore="DA,XP1")
    assert [f.code for f in report.findings] == []
    report = dataaudit.audit(root, cache=False, select="XP0")
    assert {f.code for f in report.findings} == {"XP001"}
    assert [a.name for a in report.auditors] == ["wide"]  # auditors with no selected rule do not run
    with pytest.raises(dataaudit.ParameterError, match="The 'limit' parameter of the 'wide' auditor"):
        dataaudit.audit(root, cache=False, wide={"limit": 0})


def test_invalid_findings_are_treated_as_a_crash(tmp_path):
    from dataaudit.auditors.integrity.auditor import IntegrityAuditor

    class Liar(IntegrityAuditor):
        name = "liar"

        def run(self, ctx):
            yield "not a finding"

    root = make_tree(tmp_path / "d", {"train/a": 1})
    dataset = resolve_source(root)
    table, _ = scan(dataset, [], jobs=1, progress=False)
    findings, runs = run_auditors([Liar()], AuditContext(table=table, dataset=dataset))
    assert runs[0].status == "crashed" and findings[0].code == "DA900"
    assert "not a Finding" in findings[0].message


def test_after_orders_auditors():
    from dataaudit.auditors.integrity.auditor import IntegrityAuditor

    class First(IntegrityAuditor):
        name = "first"
        after = ("second",)

    class Second(IntegrityAuditor):
        name = "second"

    ordered = order_auditors([First(), Second()])
    assert [a.name for a in ordered] == ["second", "first"]
