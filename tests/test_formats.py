"""SARIF, JUnit and GitHub-annotation outputs: validated against the SARIF 2.1.0 schema and a JUnit parser."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from junitparser import Error, Failure, JUnitXml, Skipped

import dataaudit
from dataaudit.auditors import all_rules
from dataaudit.demo.dataset import make_demo_dataset
from dataaudit.engine.runner import AuditorRun
from dataaudit.model.findings import Finding, Fix, Location, Severity
from dataaudit.reporting.formats import FORMATS, render
from dataaudit.model.report import Report
from dataaudit.reporting.github import escape_data, escape_property
from dataaudit.reporting.junit import to_junit
from dataaudit.reporting.sarif import to_sarif

from conftest import write_image

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
REPO = Path(__file__).resolve().parents[1]


def validate_sarif(log: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    root = make_demo_dataset(tmp_path_factory.mktemp("demo") / "demo")
    return dataaudit.audit(root, cache=False, config=False)


def _report(root: Path, findings, *, baselined=(), auditors=(), fail_on="error", kind="folder", config=None):
    return Report(findings=findings, baselined=baselined, summary={"n_samples": 3, "splits": {}},
                  auditors=auditors, source={"kind": kind, "root": str(root) if root else None,
                                             "description": "test"},
                  fail_on=fail_on, config=config or {})


def test_every_new_format_is_registered_for_the_cli():
    assert {"html", "sarif", "junit", "github"} <= set(FORMATS)
    from dataaudit.cli import build_parser

    args = build_parser().parse_args(["check", "data", "--format", "sarif"])
    assert args.format == "sarif"


# -- SARIF -----------------------------------------------------------------------------------------


def test_sarif_of_the_demo_validates_and_lists_every_rule(demo_report):
    log = to_sarif(demo_report)
    validate_sarif(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in all_rules()]
    da001 = next(r for r in rules if r["id"] == "DA001")
    assert da001["name"] == "corrupt-image"
    assert da001["defaultConfiguration"]["level"] == "error"
    assert "## Why it matters" in da001["help"]["markdown"]
    assert len(run["results"]) == len(demo_report.findings)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    corrupt = next(r for r in run["results"] if r["ruleId"] == "DA001")
    loc = corrupt["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc == {"uri": "./train/circle/broken_download.jpg", "uriBaseId": "DATASETROOT"}
    assert run["originalUriBaseIds"]["DATASETROOT"]["uri"].startswith("file:///")
    assert run["originalUriBaseIds"]["DATASETROOT"]["uri"].endswith("/demo/")
    assert run["invocations"][0]["properties"]["passed"] is False
    # The text form is the same log.
    assert json.loads(render(demo_report, "sarif")) == log


def test_sarif_locations_for_code_arrays_groups_and_baselines(tmp_path):
    group = [Location("train/a b.jpg", "train", "cat"), Location("val/a#2.jpg", "val", "cat"),
             Location("test/ü.jpg", "test", "dog")]
    findings = [
        Finding("DA001", "corrupt-image", Severity.WARNING, "near copies", locations=group,
                evidence={"similarity": 0.97}),
        Finding("DA005", "decompression-bomb", Severity.INFO, "code", locations=[Location("train.py:12")]),
    ]
    accepted = [Finding("DA003", "empty-file", Severity.ERROR, "known", locations=[Location("train/x.png")])]
    log = to_sarif(_report(tmp_path, findings, baselined=accepted))
    validate_sarif(log)
    results = {r["message"]["text"]: r for r in log["runs"][0]["results"]}
    near = results["near copies"]
    assert near["level"] == "warning"
    assert near["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "./train/a%20b.jpg"
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in near["relatedLocations"]] == \
        ["./val/a%232.jpg", "./test/%C3%BC.jpg"]
    assert near["relatedLocations"][0]["message"]["text"] == "split val, label cat"
    code = results["code"]["locations"][0]["physicalLocation"]
    assert code["artifactLocation"]["uri"] == "./train.py" and code["region"] == {"startLine": 12}
    assert results["known"]["suppressions"][0]["kind"] == "external"

    arrays = _report(None, [Finding("DA006", "tiny-image", Severity.ERROR, "arr", locations=[Location("val[3]", "val")])],
                     kind="arrays")
    log = to_sarif(arrays)
    validate_sarif(log)
    logical = log["runs"][0]["results"][0]["locations"][0]["logicalLocations"][0]
    assert logical["fullyQualifiedName"] == "val[3]"
    assert "originalUriBaseIds" not in log["runs"][0]


def test_the_schema_check_can_fail(demo_report):
    log = to_sarif(demo_report)
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError, match="level"):
        validate_sarif(log)


# -- JUnit -----------------------------------------------------------------------------------------


def _cases(xml_text: str, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "junit.xml"
    path.write_text(xml_text, encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    return {case.name: case for suite in xml for case in suite}


def test_junit_has_a_case_per_rule_and_fails_the_blocking_ones(demo_report, tmp_path):
    cases = _cases(render(demo_report, "junit"), tmp_path)
    assert set(cases) == {f"{r.code} {r.slug}" for r in all_rules()}
    failed = {name.split()[0] for name, case in cases.items() if any(isinstance(r, Failure) for r in case.result)}
    assert failed == {f.code for f in demo_report.blocking_findings()}
    # DA301: the demo's planted train.py leak; DA101/DA102/DA104/DA105: its planted copies across splits.
    assert failed == {"DA001", "DA002", "DA003", "DA301", "DA101", "DA102", "DA104", "DA105"}
    da001 = cases["DA001 corrupt-image"]
    assert "train/circle/broken_download.jpg" in da001.result[0].text
    # A warning below the gate passes, with the finding in system-out.
    da004 = cases["DA004 extension-mismatch"]
    assert da004.is_passed and "really_a_png.jpg" in da004.system_out
    # A stricter gate fails the warnings too.
    strict = Report(findings=demo_report.findings, summary=demo_report.summary, auditors=demo_report.auditors,
                    source=demo_report.source, fail_on="warning", config=demo_report.config)
    cases = _cases(render(strict, "junit"), tmp_path)
    failed = {name.split()[0] for name, case in cases.items() if any(isinstance(r, Failure) for r in case.result)}
    assert failed == {f.code for f in demo_report.findings if f.severity >= Severity.WARNING}


def test_junit_skips_unselected_rules_and_errors_on_crashed_auditors(tmp_path):
    runs = [AuditorRun("integrity", "DA0", "crashed", 0.5, 1, "MemoryError: boom")]
    crash = Finding("DA900", "auditor-crashed", Severity.ERROR, "Auditor 'integrity' crashed")
    report = _report(tmp_path, [crash], auditors=runs, config={"select": ["DA00"], "ignore": ["DA001"]})
    root = to_junit(report)
    cases = _cases(render(report, "junit"), tmp_path)
    assert any(isinstance(r, Failure) for r in cases["DA900 auditor-crashed"].result)
    assert any(isinstance(r, Skipped) for r in cases["DA001 corrupt-image"].result)  # ignored
    assert any(isinstance(r, Error) for r in cases["DA002 truncated-image"].result)  # selected, not checked
    assert any(isinstance(r, Skipped) for r in cases["DA012 unknown-split-folder"].result)  # not selected
    assert int(root.get("tests")) == len(all_rules())
    assert int(root.get("errors")) == 8  # DA002..DA009
    assert int(root.get("failures")) == 1


def test_junit_escapes_what_xml_cannot_hold(tmp_path):
    odd = Finding("DA001", "corrupt-image", Severity.ERROR, "bad \x01 name <&>\"", locations=[Location("a\x02.jpg")])
    cases = _cases(render(_report(tmp_path, [odd]), "junit"), tmp_path)
    text = cases["DA001 corrupt-image"].result[0].text
    assert "bad \\x01 name <&>\"" in text and "a\\x02.jpg" in text


# -- GitHub annotations ----------------------------------------------------------------------------

_COMMAND = re.compile(r"^::(error|warning|notice)( (?P<props>[^:]*))?::(?P<data>.*)$")


def _unescape(text: str) -> str:
    return (text.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r")
            .replace("%25", "%"))


def test_github_annotations_escape_and_point_at_files(tmp_path, monkeypatch):
    root = tmp_path / "repo" / "data"
    name = "train/cat/50%, off: now\n.jpg"
    findings = [
        Finding("DA001", "corrupt-image", Severity.ERROR, "100% broken:\nreally", locations=[Location(name, "train")],
                fix=Fix("exclude_files", "Remove it", {"paths": [name]}, "manual")),
        Finding("DA010", "exif-rotated", Severity.INFO, "code here", locations=[Location("prep.py:7")]),
        Finding("DA012", "unknown-split-folder", Severity.WARNING, "dataset-wide"),
    ]
    root.mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "repo")
    lines = render(_report(root, findings), "github").splitlines()
    assert len(lines) == 4 and lines[-1].startswith("dataaudit: ")
    parsed = []
    for line in lines[:3]:
        match = _COMMAND.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in match["props"].split(",")) if match["props"] else {}
        parsed.append((match[1], {k: _unescape(v) for k, v in props.items()}, _unescape(match["data"])))
    kind, props, data = parsed[0]
    assert kind == "error"
    assert props["file"] == "data/" + name  # relative to the working directory (the checkout)
    assert props["title"] == "DA001 corrupt-image"
    assert data == "100% broken:\nreally\nFix: Remove it"
    # Most severe first: the dataset-wide warning (no file), then the code notice with its line.
    assert parsed[1][0] == "warning" and "file" not in parsed[1][1]
    assert parsed[2][0] == "notice" and parsed[2][1]["file"] == "data/prep.py" and parsed[2][1]["line"] == "7"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert escape_data("a,b:c%\r\n") == "a,b:c%25%0D%0A"


# -- the command line ------------------------------------------------------------------------------


def test_cli_check_writes_each_format(tmp_path):
    root = tmp_path / "data"
    for split, n in (("train", 4), ("val", 2)):
        for i in range(n):
            write_image(root / split / "cat" / f"{i}.png", seed=i + (10 if split == "val" else 0))
    (root / "train" / "cat" / "broken.png").write_bytes(b"not a png")
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "DATAAUDIT_CACHE_DIR": str(tmp_path / "cache")}
    for fmt in ("sarif", "junit", "github", "html"):
        out = tmp_path / f"report.{fmt}"
        proc = subprocess.run([sys.executable, "-m", "dataaudit", "check", str(root), "--format", fmt, "-o", str(out),
                               "--no-config"], capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 1, proc.stderr  # the broken file fails the gate
        assert "Gate (fails on error): FAILED" in proc.stdout
        text = out.read_text(encoding="utf-8")
        if fmt == "sarif":
            validate_sarif(json.loads(text))
        elif fmt == "junit":
            assert any("DA001" in name for name in _cases(text, tmp_path))
        elif fmt == "github":
            assert text.startswith("::error file=")
        else:
            assert text.startswith("<!DOCTYPE html>")
    proc = subprocess.run([sys.executable, "-m", "dataaudit", "check", str(root), "--format", "github", "--no-config"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1 and "::error " in proc.stdout


def test_junit_and_sarif_keep_findings_of_codes_no_installed_auditor_declares(tmp_path):
    stray = Finding("XY123", "from-elsewhere", Severity.ERROR, "a plugin that is not installed here")
    report = _report(tmp_path, [stray])
    cases = _cases(render(report, "junit"), tmp_path)
    assert any(isinstance(r, Failure) for r in cases["XY123 from-elsewhere"].result)
    log = to_sarif(report)
    validate_sarif(log)
    assert log["runs"][0]["results"][0]["ruleId"] == "XY123" and "ruleIndex" not in log["runs"][0]["results"][0]
