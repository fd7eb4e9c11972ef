"""What the renderers share: the rule catalogue of a report and how locations read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dataaudit.model.findings import Location, Severity
from dataaudit.sources.sniff import CODE_EXTENSIONS

if TYPE_CHECKING:
    from dataaudit.engine.auditor import Rule
    from dataaudit.model.report import Report

__all__ = ["RuleInfo", "rule_catalogue", "code_location", "array_location", "file_path", "plural"]

_CODE_LOCATION = re.compile(r"^(?P<path>.+?)(?::cell(?P<cell>[0-9]+))?:(?P<line>[1-9][0-9]*)$")
_ARRAY_LOCATION = re.compile(r"^(?P<split>[^\[\]]+)\[(?P<index>[0-9]+)\]$")


@dataclass(frozen=True)
class RuleInfo:
    """A rule as the renderers need it, with the auditor that reports it (``"core"`` for DA9xx)."""

    rule: type[Rule]
    auditor: str

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def slug(self) -> str:
        return self.rule.slug

    @property
    def severity(self) -> Severity:
        return self.rule.severity


def rule_catalogue() -> list[RuleInfo]:
    """Every registered rule (core first, then each auditor's, plugins included) in registry order."""
    from dataaudit.auditors import registered_auditors
    from dataaudit.engine.rules import CoreRules

    out = [RuleInfo(rule, "core") for rule in CoreRules]
    for auditor in registered_auditors():
        out.extend(RuleInfo(rule, auditor.name) for rule in auditor.rules)
    return out


def code_location(location: Location) -> tuple[str, int | None] | None:
    """``(file, line)`` for a code location such as ``train.py:12``; None for anything else.

    Notebook locations (``nb.ipynb:cell5:3``) give ``(file, None)``: a line inside a cell is
    not a line of the ``.ipynb`` JSON file that SARIF or GitHub annotations point into.
    """
    match = _CODE_LOCATION.match(location.path)
    if match and Path(match["path"]).suffix.lower() in CODE_EXTENSIONS:
        return match["path"], None if match["cell"] is not None else int(match["line"])
    return None


def array_location(location: Location, report: Report) -> tuple[str, int] | None:
    """``(split, index)`` for a sample of an in-memory array source (``train[3]``); None otherwise."""
    if report.source.get("kind") != "arrays":
        return None
    match = _ARRAY_LOCATION.match(location.path)
    return (match["split"], int(match["index"])) if match else None


def file_path(location: Location, report: Report) -> Path | None:
    """The absolute file a location names, when the report's source has a root folder."""
    root = report.source.get("root")
    if not root or array_location(location, report) is not None:
        return None
    code = code_location(location)
    return Path(root) / (code[0] if code else location.path)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"
