"""Every rule code is exercised: its fixture must report it, its near miss must not (see rule_fixtures.py)."""

from __future__ import annotations

import pytest
from rule_fixtures import FIXTURES, Case, fixtures_without_rules, rules_without_fixtures

import dataaudit
from dataaudit.auditors import Rule, all_rules, registered_auditors
from dataaudit.model.findings import Finding, Location, Severity
from dataaudit.model.report import Report

CODES = sorted(FIXTURES)


def _audit(code: str, case: Case, install_plugin) -> Report:
    if case.plugins:
        install_plugin(*case.plugins)
    return dataaudit.audit(case.source, select=[code, *case.select], cache=False, jobs=1, progress=False,
                           config=False, **case.options)


def _rule(code: str) -> type[Rule]:
    return next(rule for rule in all_rules() if rule.code == code)


def _owner(code: str) -> str | None:
    """The auditor reporting ``code``; None for the engine's own rules."""
    return next((a.name for a in registered_auditors() if any(r.code == code for r in a.rules)), None)


def _assert_owner_ran(code: str, report: Report) -> None:
    # Selecting one code must not skip the auditor that reports it: a near miss would pass for nothing.
    owner = _owner(code)
    if owner is not None:
        status = {run.name: run.status for run in report.auditors}
        assert status.get(owner) == "ok", f"{code}: auditor {owner!r} did not run cleanly: {report.auditors}"


@pytest.mark.parametrize("code", CODES)
def test_fixture_reports_its_rule_at_the_planted_problem(code, tmp_path, install_plugin):
    case = FIXTURES[code].positive(tmp_path)
    assert case.pins_the_plant(), f"{code}: the positive case must say how to recognise the planted finding"
    report = _audit(code, case, install_plugin)
    if code != "DA900":
        _assert_owner_ran(code, report)
    found = [f for f in report.findings if f.code == code]
    assert found, f"{code} not reported; findings: {[(f.code, f.message) for f in report.findings]}"
    planted = [f for f in found if case.is_planted(f)]
    assert planted, f"{code} reported, but not at the plant: {[(f.message, f.locations, f.evidence) for f in found]}"
    rule = _rule(code)
    assert all(f.slug == rule.slug for f in planted)
    assert {f.severity for f in planted} == {case.severity or rule.severity}


@pytest.mark.parametrize("code", CODES)
def test_near_miss_does_not_report_its_rule(code, tmp_path, install_plugin):
    case = FIXTURES[code].near_miss(tmp_path)
    report = _audit(code, case, install_plugin)
    _assert_owner_ran(code, report)
    # Auditors run only for what the owner reads may skip (e.g. leakage on a source without images).
    assert not [run for run in report.auditors if run.status == "crashed"], report.auditors
    assert [f.message for f in report.findings if f.code == code] == []


def test_every_registered_rule_has_a_fixture():
    assert rules_without_fixtures(all_rules(), FIXTURES) == []
    assert fixtures_without_rules(all_rules(), FIXTURES) == []


def _fake_rule(code: str) -> type[Rule]:
    return type(f"Rule{code}", (Rule,), {"code": code, "slug": "fake", "severity": Severity.INFO})


def test_the_coverage_check_names_rules_without_fixtures():
    rules = [_fake_rule("DA001"), _fake_rule("ZZ002"), _fake_rule("ZZ001")]
    assert rules_without_fixtures(rules, FIXTURES) == ["ZZ001", "ZZ002"]
    assert rules_without_fixtures(rules[:1], FIXTURES) == []
    assert "DA002" in fixtures_without_rules(rules, FIXTURES) and "DA001" not in fixtures_without_rules(rules, FIXTURES)


def test_the_coverage_check_sees_an_installed_plugins_rules(install_plugin):
    install_plugin("wide = xplugin:WideAuditor", "crashing = xplugin:CrashingAuditor")
    assert rules_without_fixtures(all_rules(), FIXTURES) == ["XP001", "XP101"]


def test_a_case_recognises_only_its_plant():
    finding = Finding("DA006", "tiny-image", Severity.WARNING, "train/a/icon.png is only 15x15 pixels",
                      locations=(Location("train/a/icon.png"),), evidence={"width": 15, "height": 15})
    assert Case(None, location="train/a/icon.png", evidence={"width": 15}).is_planted(finding)
    assert Case(None, evidence={"width": lambda w: w < 16}, message="15x15").is_planted(finding)
    assert not Case(None, location="train/a/other.png").is_planted(finding)
    assert not Case(None, evidence={"width": 16}).is_planted(finding)
    assert not Case(None, evidence={"depth": 1}).is_planted(finding)
    assert not Case(None, message="16x16").is_planted(finding)
    assert not Case(None).pins_the_plant()
