"""JUnit XML: one test suite per auditor, one test case per rule.

A rule's test case fails when it has findings at or above the gate threshold
(``fail_on``); findings below it are listed in ``system-out`` and the case
passes. Rules not selected, and rules of auditors that did not run, are
skipped; rules of an auditor that crashed are errors (they were not checked).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING

from dataaudit.model.findings import Finding
from dataaudit.model.report import severity_threshold
from dataaudit.model.safe_text import escape_undecodable, visible
from dataaudit.model.selection import Selection
from dataaudit.reporting.common import plural, rule_catalogue

if TYPE_CHECKING:
    from dataaudit.model.report import Report

__all__ = ["to_junit", "render_junit"]

# Characters XML 1.0 cannot carry at all (a file name may hold them).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _text(value: object) -> str:
    # The undecodable bytes of a non-UTF-8 file name as \xNN, like every other character XML cannot carry.
    return _XML_INVALID.sub(lambda m: f"\\x{ord(m.group()):02x}", escape_undecodable(str(value)))


def _describe(finding: Finding, max_locations: int = 20) -> str:
    # visible(): a CR or LF in a file name cannot fake a line of this listing.
    lines = [f"{str(finding.severity).upper()} {finding.code} {finding.slug}: {visible(finding.message)}"]
    for loc in finding.locations[:max_locations]:
        extra = ", ".join(x for x in (loc.split and f"split {loc.split}", loc.label and f"label {loc.label}") if x)
        lines.append(f"    {visible(loc.path)}" + (f" ({visible(extra)})" if extra else ""))
    if len(finding.locations) > max_locations:
        lines.append(f"    ... and {len(finding.locations) - max_locations} more")
    if finding.fix is not None:
        lines.append(f"    fix: {visible(finding.fix.title)}")
    return "\n".join(lines)


def _selection(report: Report) -> Selection | None:
    try:
        return Selection(report.config.get("select"), report.config.get("ignore") or None)
    except Exception:  # a hand-built report without a valid selection: treat everything as selected
        return None


def to_junit(report: Report) -> ET.Element:
    """The report as a ``<testsuites>`` element."""
    threshold = severity_threshold(report.fail_on)
    by_code: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_code[f.code].append(f)
    baselined: dict[str, list[Finding]] = defaultdict(list)
    for f in report.baselined:
        baselined[f.code].append(f)
    runs = {run.name: run for run in report.auditors}
    selection = _selection(report)

    suites: dict[str, ET.Element] = {}
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    root = ET.Element("testsuites", name="dataaudit")
    # Every registered rule, then any code a finding carries that no installed auditor declares
    # (a report built elsewhere): a finding never disappears from the XML.
    entries = [(info.code, info.slug, info.auditor) for info in rule_catalogue()]
    known = {code for code, _, _ in entries}
    for f in [*report.findings, *report.baselined]:
        if f.code not in known:
            entries.append((f.code, f.slug, "other"))
            known.add(f.code)
    for code, slug, auditor in entries:
        suite = suites.get(auditor)
        if suite is None:
            run = runs.get(auditor)
            suite = ET.SubElement(root, "testsuite", name=f"dataaudit.{auditor}",
                                  time=f"{run.seconds:.3f}" if run else "0.000")
            props = ET.SubElement(suite, "properties")
            ET.SubElement(props, "property", name="fail_on", value=report.fail_on)
            ET.SubElement(props, "property", name="source", value=_text(report.source.get("description", "")))
            if run is not None:
                ET.SubElement(props, "property", name="status", value=run.status)
            suite.attrib.update(tests="0", failures="0", errors="0", skipped="0")
            suites[auditor] = suite
        run = runs.get(auditor)
        case = ET.SubElement(suite, "testcase", classname=f"dataaudit.{auditor}", name=f"{code} {slug}", time="0.000")
        findings = by_code.get(code, [])
        blocking = [f for f in findings if threshold is not None and f.severity >= threshold]
        outcome = "tests"
        if blocking:
            failure = ET.SubElement(case, "failure", type=str(max(f.severity for f in blocking)),
                                    message=_text(f"{plural(len(blocking), 'finding')} at or above "
                                                  f"'{report.fail_on}': {blocking[0].message}"))
            failure.text = _text("\n".join(_describe(f) for f in blocking))
            outcome = "failures"
        elif not findings and selection is not None and not selection(code):
            ET.SubElement(case, "skipped", message="not selected (select/ignore)")
            outcome = "skipped"
        elif not findings and run is not None and run.status == "crashed":
            error = ET.SubElement(case, "error", type="auditor-crashed",
                                  message=_text(f"The {auditor} auditor crashed; this rule was not checked: "
                                                f"{run.reason}"))
            error.text = _text(run.reason)
            outcome = "errors"
        elif not findings and auditor not in ("core", "other") and (run is None or run.status == "skipped"):
            reason = run.reason if run is not None else "the auditor did not run"
            ET.SubElement(case, "skipped", message=_text(reason))
            outcome = "skipped"
        # By severity, not `f not in blocking`: that compared every finding with every other (quadratic).
        passed_below = [f for f in findings if threshold is None or f.severity < threshold]
        notes = [_describe(f) for f in passed_below]
        notes += [f"(accepted in the baseline) {_describe(f)}" for f in baselined.get(code, [])]
        if notes:
            ET.SubElement(case, "system-out").text = _text("\n".join(notes))
        suite.set("tests", str(int(suite.get("tests", "0")) + 1))
        totals["tests"] += 1
        if outcome != "tests":
            suite.set(outcome, str(int(suite.get(outcome, "0")) + 1))
            totals[outcome] += 1
    root.attrib.update({k: str(v) for k, v in totals.items()})
    root.set("time", f"{sum(run.seconds for run in report.auditors):.3f}")
    return root


def render_junit(report: Report, color: bool = False) -> str:
    element = to_junit(report)
    ET.indent(element)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(element, encoding="unicode") + "\n"
