"""SARIF 2.1.0 (OASIS): the format code-scanning services (e.g. GitHub) read.

One run; the tool's rules are every registered rule, with the documentation
sections of its docstring. Results point at files relative to the dataset root
through the ``DATASETROOT`` base id (``originalUriBaseIds`` maps it to the
absolute folder); code locations (``train.py:12``) carry a region, array
samples a logical location. Findings a baseline accepted are included with a
suppression, as SARIF intends, so a viewer can show them as known.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from dataaudit.model.findings import Finding, Location, Severity, to_jsonable
from dataaudit.model.safe_text import json_safe
from dataaudit.reporting.common import array_location, code_location, rule_catalogue

if TYPE_CHECKING:
    from dataaudit.model.report import Report

__all__ = ["to_sarif", "render_sarif", "SARIF_SCHEMA_URI", "SARIF_LEVELS", "ROOT_BASE_ID"]

SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
ROOT_BASE_ID = "DATASETROOT"
#: SARIF viewers show the first few locations; the rest go to relatedLocations, up to this many.
MAX_RELATED = 100


def _uri(path: str) -> str:
    """A relative reference that starts with ``./`` (RFC 3986 path-noscheme), with ``:`` percent-encoded
    too, so a file named ``javascript:alert(1).jpg`` can never read as a URI with a scheme; the bytes of a
    non-UTF-8 name are percent-encoded as they are."""
    return "./" + quote(path.replace("\\", "/").lstrip("/").encode("utf-8", "surrogateescape"),
                        safe="/@!$&'()*+,;=-._~")


def _location(loc: Location, report: Report, index: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if index is not None:
        out["id"] = index
    where = [f"split {loc.split}" if loc.split else "", f"label {loc.label}" if loc.label else ""]
    note = ", ".join(w for w in where if w)
    if note:
        out["message"] = {"text": note}
    array = array_location(loc, report)
    if array is not None:
        out["logicalLocations"] = [{"name": loc.path, "fullyQualifiedName": f"{array[0]}[{array[1]}]",
                                    "kind": "element"}]
        return out
    code = code_location(loc)
    path = code[0] if code else loc.path
    if Path(path).is_absolute():  # a manifest row outside the dataset folder
        physical: dict[str, Any] = {"artifactLocation": {"uri": Path(path).as_uri()}}
    else:
        physical = {"artifactLocation": {"uri": _uri(path)}}
        if report.source.get("root"):
            physical["artifactLocation"]["uriBaseId"] = ROOT_BASE_ID
    if code and code[1] is not None:
        physical["region"] = {"startLine": code[1]}
    out["physicalLocation"] = physical
    return out


def _result(finding: Finding, rule_index: dict[str, int], report: Report, suppressed: bool) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": SARIF_LEVELS[finding.severity],
        "message": {"text": finding.message},
        "partialFingerprints": {"dataauditFingerprint/v1": finding.fingerprint},
        "properties": {"slug": finding.slug, "severity": str(finding.severity),
                       "evidence": to_jsonable(finding.evidence)},
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    if finding.locations:
        # The first location is where viewers anchor the result; the others (the rest of a
        # duplicate group, the other files of a grouped finding) are related to it.
        result["locations"] = [_location(finding.locations[0], report)]
        related = finding.locations[1: 1 + MAX_RELATED]
        if related:
            result["relatedLocations"] = [_location(loc, report, i) for i, loc in enumerate(related, start=1)]
        if len(finding.locations) > 1 + MAX_RELATED:
            result["properties"]["locationsNotListed"] = len(finding.locations) - 1 - MAX_RELATED
    if finding.fix is not None:
        result["properties"]["fix"] = finding.fix.to_dict()
    if suppressed:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": "Accepted in the dataaudit baseline."}]
    return result


def _rule(info) -> dict[str, Any]:  # noqa: ANN001 - RuleInfo
    rule = info.rule
    sections = rule.sections()
    doc = "\n\n".join(f"## {name}\n{text}" for name, text in sections.items())
    return {
        "id": rule.code,
        "name": rule.slug,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": sections.get("What it does", rule.summary())},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
        "properties": {"auditor": info.auditor, "tags": ["dataset", info.auditor]},
    }


def to_sarif(report: Report) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (a JSON-ready dict)."""
    catalogue = rule_catalogue()
    rules = [_rule(info) for info in catalogue]
    rule_index = {info.code: i for i, info in enumerate(catalogue)}
    results = [_result(f, rule_index, report, suppressed=False) for f in report.findings]
    results += [_result(f, rule_index, report, suppressed=True) for f in report.baselined]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "dataaudit", "version": report.version, "semanticVersion": report.version,
                            "rules": rules}},
        "invocations": [{
            "executionSuccessful": all(a.status != "crashed" for a in report.auditors),
            "properties": {"passed": report.passed(), "failOn": report.fail_on, "counts": report.counts()},
        }],
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {"source": to_jsonable(report.source), "summary": to_jsonable(report.summary)},
    }
    root = report.source.get("root")
    if root:
        run["originalUriBaseIds"] = {ROOT_BASE_ID: {"uri": Path(root).resolve().as_uri().rstrip("/") + "/"}}
    # Undecodable bytes of a name are written "\xNN" in messages (its URI keeps them percent-encoded).
    return json_safe({"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]})


def render_sarif(report: Report, color: bool = False) -> str:
    return json.dumps(to_sarif(report), indent=2, ensure_ascii=False) + "\n"
