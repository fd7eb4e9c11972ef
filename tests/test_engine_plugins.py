"""Crash isolation and third-party auditors registered through the entry-point group."""

from __future__ import annotations

import textwrap

import pytest
from conftest import make_tree

import dataaudit
import dataaudit.auditors as registry
from dataaudit.auditors import AuditContext
from dataaudit.engine.runner import order_auditors, run_auditors
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source
from dataaudit.testing import AuditorCheckFailed, check_auditor

@pytest.fixture
def plugins(install_plugin):
    """The test plugin with a working auditor, a crashing one and an entry point naming a missing module."""
    install_plugin("wide = xplugin:WideAuditor", "crashing = xplugin:CrashingAuditor", "broken = xplugin_missing:Nothing")
    return install_plugin


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


def test_the_example_plugin_passes_check_auditor_and_the_crashing_one_fails_it(plugins):
    import xplugin

    check_auditor(xplugin.WideAuditor)
    with pytest.raises(AuditorCheckFailed, match=r"fails the 'runs' check: run\(\) raised RuntimeError: plugin bug"):
        check_auditor(xplugin.CrashingAuditor)


CLASHING = textwrap.dedent('''
    from dataaudit import Auditor, Rule, Severity


    def rule(code):
        doc = "A rule.\\n\\n## What it does\\nx\\n## Why it matters\\nx\\n## Example\\nx\\n## Fix\\nx\\n"
        return type("R" + code, (Rule,), {"__doc__": doc, "code": code, "slug": "r-" + code.lower(),
                                          "severity": Severity.INFO})


    class Clashing(Auditor):
        """Reports nothing."""

        def run(self, ctx):
            return [self.finding(rule, "ran") for rule in self.rules]


    class SamePrefix(Clashing):
        name, code_prefix, rules = "leaky", "DA1", (rule("DA150"),)


    class LongerPrefix(Clashing):
        name, code_prefix, rules = "leakier", "DA10", (rule("DA105"),)


    class OptionName(Clashing):
        name, code_prefix, rules = "select", "XS0", (rule("XS001"),)


    class SameName(Clashing):
        name, code_prefix, rules = "wide", "XR0", (rule("XR001"),)


    class StrayCode(Clashing):
        name, code_prefix, rules = "stray", "XU", (rule("XP005"),)


    class NoName(Clashing):
        code_prefix, rules = "XV0", (rule("XV001"),)
''')


def test_plugins_that_collide_are_not_loaded_and_each_is_a_da901_finding(plugins, tmp_path):
    plugins("a_leaky = xclash:SamePrefix", "b_leakier = xclash:LongerPrefix", "c_select = xclash:OptionName",
            "d_noname = xclash:NoName", "zstray = xclash:StrayCode", "zwide = xclash:SameName",
            module="xclash", source=CLASHING)
    root = make_tree(tmp_path / "d", {"train/a": 2, "val/a": 1}, size=96)
    report = dataaudit.audit(root, cache=False)
    failed = {f.evidence["entry_point"]: f for f in report.findings if f.code == "DA901"}
    wide = "(entry point 'wide = xplugin:WideAuditor')"
    assert {entry: f.message for entry, f in failed.items() if entry.startswith(("a_", "b_", "c_", "z"))} == {
        "a_leaky = xclash:SamePrefix": "Plugin auditor 'a_leaky = xclash:SamePrefix' was not loaded: "
                                       "its code prefix 'DA1' overlaps the built-in 'leakage' auditor's 'DA1'.",
        "b_leakier = xclash:LongerPrefix": "Plugin auditor 'b_leakier = xclash:LongerPrefix' was not loaded: "
                                           "its code prefix 'DA10' overlaps the built-in 'leakage' auditor's 'DA1'.",
        "c_select = xclash:OptionName": "Plugin auditor 'c_select = xclash:OptionName' was not loaded: "
                                        "its name 'select' is an option of audit().",
        "zstray = xclash:StrayCode": "Plugin auditor 'zstray = xclash:StrayCode' was not loaded: its rule code "
                                     f"'XP005' falls under the 'wide' plugin auditor's code prefix 'XP0' {wide}.",
        "zwide = xclash:SameName": "Plugin auditor 'zwide = xclash:SameName' was not loaded: "
                                   f"its name 'wide' is taken by the 'wide' plugin auditor {wide}.",
    }
    assert failed["d_noname = xclash:NoName"].message == (
        "Plugin auditor 'd_noname = xclash:NoName' failed to load: "
        "TypeError: xclash:NoName has no name (a non-empty string); got None"
    )
    assert failed["a_leaky = xclash:SamePrefix"].evidence == {
        "entry_point": "a_leaky = xclash:SamePrefix",
        "error": "its code prefix 'DA1' overlaps the built-in 'leakage' auditor's 'DA1'",
        "collisions": [{"attribute": "code_prefix", "value": "DA1", "other_kind": "built-in",
                        "other_name": "leakage", "other_attribute": "code_prefix", "other_value": "DA1"}],
    }
    assert failed["zwide = xclash:SameName"].evidence["collisions"] == [
        {"attribute": "name", "value": "wide", "other_kind": "plugin", "other_name": "wide",
         "other_attribute": "name", "other_value": "wide", "other_entry_point": "wide = xplugin:WideAuditor"},
    ]
    # The colliding plugins did not run; the one they collide with did.
    codes = {f.code for f in report.findings}
    assert "XP001" in codes and not codes & {"DA150", "DA105", "XS001", "XR001", "XP005", "XV001"}
    assert [a.name for a in registry.registered_auditors()][-2:] == ["crashing", "wide"]

    # Fingerprints identify the entry point, so a baseline keeps matching on the next run.
    registry._plugin_cache = None
    again = dataaudit.audit(root, cache=False)
    assert sorted(f.fingerprint for f in again.findings if f.code == "DA901") == \
        sorted(f.fingerprint for f in failed.values())
    assert len({f.fingerprint for f in failed.values()}) == len(failed) == 7  # 6 clashing + the broken import


def test_a_plugin_whose_prefix_covers_an_earlier_plugins_code_is_not_loaded(install_plugin, tmp_path):
    install_plugin("wide = xplugin:WideAuditor")
    install_plugin("a_stray = xclash:StrayCode", module="xclash", source=CLASHING)
    failures = registry.plugin_failures()
    assert [f.finding().message for f in failures] == [
        "Plugin auditor 'wide = xplugin:WideAuditor' was not loaded: its code prefix 'XP0' covers the 'stray' "
        "plugin auditor's rule code 'XP005' (entry point 'a_stray = xclash:StrayCode')."
    ]
    assert [a.name for a in registry.registered_auditors()][-1] == "stray"


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
