"""The auditor registry: an explicit list of built-in auditors plus entry-point plugins.

Third-party auditors register in the ``dataaudit.auditors`` entry-point group::

    [project.entry-points."dataaudit.auditors"]
    mycheck = "mypackage.audit:MyAuditor"
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

from dataaudit.engine.auditor import AuditContext, Auditor, Rule
from dataaudit.engine.rules import CORE_CODE_PREFIX, CORE_NAME, AuditorCrashed, CoreRules, PluginFailed
from dataaudit.model.findings import Finding, Severity, make_fingerprint
from dataaudit.options import CORE_PARAMETERS
from dataaudit.auditors.balance.auditor import BalanceAuditor
from dataaudit.auditors.integrity.auditor import IntegrityAuditor
from dataaudit.auditors.leakage.auditor import LeakageAuditor
from dataaudit.auditors.detection.auditor import DetectionAuditor
from dataaudit.auditors.preprocessing.auditor import PreprocessingAuditor
from dataaudit.auditors.tabular.auditor import TabularAuditor
from dataaudit.auditors.variety.auditor import VarietyAuditor

__all__ = [
    "Auditor",
    "AuditContext",
    "Rule",
    "BUILTIN_AUDITORS",
    "registered_auditors",
    "all_rules",
    "ENTRY_POINT_GROUP",
]

ENTRY_POINT_GROUP = "dataaudit.auditors"

#: Built-in auditors, in the order they run (``after`` may reorder).
BUILTIN_AUDITORS: tuple[type[Auditor], ...] = (
    IntegrityAuditor,
    LeakageAuditor,
    BalanceAuditor,
    PreprocessingAuditor,
    VarietyAuditor,
    TabularAuditor,
    DetectionAuditor,
)

#: Names no auditor may take: the keyword arguments of ``audit()`` besides the auditors' dicts.
RESERVED_NAMES = frozenset({"source", *CORE_PARAMETERS})


@dataclass(frozen=True)
class Collision:
    """One way an auditor's declaration clashes with something registered before it.

    The auditor's ``attribute`` (``"name"``, ``"code_prefix"`` or ``"rule_code"``) has
    ``value``; the other side is ``other_kind`` (``"built-in"``, ``"plugin"``,
    ``"engine"`` or ``"option"``, an ``audit()`` keyword) named ``other_name``, whose
    ``other_attribute`` holds ``other_value``. Prefixes overlap when one starts the
    other (``DA1``, ``DA10``): selection is by prefix, so ``--select DA1`` would take both.
    """

    attribute: str
    value: str
    other_kind: str
    other_name: str
    other_attribute: str
    other_value: str
    other_entry_point: str = ""

    def describe(self) -> str:
        if self.other_kind == "option":
            return f"its name {self.value!r} is an option of audit()"
        other = {
            "engine": "the engine",
            "plugin": f"the {self.other_name!r} plugin auditor",
        }.get(self.other_kind, f"the built-in {self.other_name!r} auditor")
        where = f" (entry point '{self.other_entry_point}')" if self.other_entry_point else ""
        if self.attribute == "name":
            return f"its name {self.value!r} is taken by {other}{where}"
        if self.attribute == "code_prefix" and self.other_attribute == "rule_code":
            return f"its code prefix {self.value!r} covers {other}'s rule code {self.other_value!r}{where}"
        if self.attribute == "code_prefix":
            return f"its code prefix {self.value!r} overlaps {other}'s {self.other_value!r}{where}"
        if self.other_attribute == "code_prefix":
            return f"its rule code {self.value!r} falls under {other}'s code prefix {self.other_value!r}{where}"
        return f"its rule code {self.value!r} is also a rule code of {other}{where}"

    def to_dict(self) -> dict[str, str]:
        out = {
            "attribute": self.attribute,
            "value": self.value,
            "other_kind": self.other_kind,
            "other_name": self.other_name,
            "other_attribute": self.other_attribute,
            "other_value": self.other_value,
        }
        if self.other_entry_point:
            out["other_entry_point"] = self.other_entry_point
        return out


@dataclass(frozen=True)
class _Claim:
    """A name, code prefix and rule codes already taken, and by whom."""

    kind: str
    name: str
    code_prefix: str
    codes: tuple[str, ...]
    entry_point: str = ""

    @classmethod
    def of(cls, auditor: type[Auditor], kind: str, entry_point: str = "") -> _Claim:
        return cls(kind, auditor.name, auditor.code_prefix, tuple(r.code for r in auditor.rules), entry_point)

    def clash(self, attribute: str, value: str, other_attribute: str, other_value: str) -> Collision:
        return Collision(attribute, value, self.kind, self.name, other_attribute, other_value, self.entry_point)


_ENGINE_CLAIM = _Claim("engine", CORE_NAME, CORE_CODE_PREFIX, tuple(r.code for r in CoreRules))


def collisions(auditor: type[Auditor]) -> list[Collision]:
    """How ``auditor`` clashes with ``audit()``'s options, the engine and the other built-in auditors."""
    return _collisions(auditor, ())


def _collisions(auditor: type[Auditor], plugins: Iterable[_Claim]) -> list[Collision]:
    claims = [_ENGINE_CLAIM, *(_Claim.of(a, "built-in") for a in BUILTIN_AUDITORS if a is not auditor), *plugins]
    name, prefix = auditor.name, auditor.code_prefix
    found: list[Collision] = []
    if name in RESERVED_NAMES:
        found.append(Collision("name", name, "option", "audit()", "name", name))
    for claim in claims:
        if name == claim.name:
            found.append(claim.clash("name", name, "name", claim.name))
        if prefix.startswith(claim.code_prefix) or claim.code_prefix.startswith(prefix):
            found.append(claim.clash("code_prefix", prefix, "code_prefix", claim.code_prefix))
            continue  # its rule codes clash for the same reason; one line says it
        for rule in auditor.rules:
            if rule.code.startswith(claim.code_prefix):
                found.append(claim.clash("rule_code", rule.code, "code_prefix", claim.code_prefix))
            elif rule.code in claim.codes:
                found.append(claim.clash("rule_code", rule.code, "rule_code", rule.code))
        found.extend(claim.clash("code_prefix", prefix, "rule_code", code)
                     for code in claim.codes if code.startswith(prefix))
    return found


@dataclass(frozen=True)
class PluginFailure:
    """An entry point of the ``dataaudit.auditors`` group that was not loaded, and why.

    ``error`` is the exception it raised, or what its declaration collides with
    (then also listed in ``collisions``).
    """

    entry_point: str  # "mycheck = mypkg.audit:MyAuditor"
    error: str
    collisions: tuple[Collision, ...] = ()

    def finding(self) -> Finding:
        """The DA901 finding reporting it; its fingerprint is the entry point's, stable across runs."""
        if self.collisions:
            message = f"Plugin auditor '{self.entry_point}' was not loaded: {self.error}."
        else:
            message = f"Plugin auditor '{self.entry_point}' failed to load: {self.error}"
        evidence: dict[str, Any] = {"entry_point": self.entry_point, "error": self.error}
        if self.collisions:
            evidence["collisions"] = [c.to_dict() for c in self.collisions]
        return Finding(
            code=PluginFailed.code, slug=PluginFailed.slug, severity=PluginFailed.severity,
            message=message, evidence=evidence,
            fingerprint=make_fingerprint(PluginFailed.code, (), self.entry_point),
        )


def _declaration_error(obj: Any, where: str) -> str:
    """Why ``obj`` cannot be registered as an auditor at all; empty when it can."""
    if not (isinstance(obj, type) and issubclass(obj, Auditor)):
        return f"{where} is not an Auditor subclass"
    for attribute in ("name", "code_prefix"):
        value = getattr(obj, attribute, None)
        if not (isinstance(value, str) and value):
            return f"{where} has no {attribute} (a non-empty string); got {value!r}"
    rules = getattr(obj, "rules", None)
    if not (isinstance(rules, (tuple, list))
            and all(isinstance(r, type) and issubclass(r, Rule) and isinstance(getattr(r, "code", None), str)
                    for r in rules)):
        return f"{where}'s rules are not a tuple of Rule subclasses with codes"
    return ""


_plugin_cache: tuple[list[type[Auditor]], list[PluginFailure]] | None = None


def _load_plugins() -> tuple[list[type[Auditor]], list[PluginFailure]]:
    """Plugin auditor classes, and the entry points not loaded (errors, collisions)."""
    global _plugin_cache
    if _plugin_cache is None:
        loaded: list[type[Auditor]] = []
        claims: list[_Claim] = []
        failed: list[PluginFailure] = []
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            entry = f"{ep.name} = {ep.value}"
            try:
                obj = ep.load()
                problem = _declaration_error(obj, ep.value)
                if problem:
                    raise TypeError(problem)
            except Exception as exc:
                failed.append(PluginFailure(entry, "".join(traceback.format_exception_only(exc)).strip()))
                continue
            clashes = _collisions(obj, claims)
            if clashes:
                failed.append(PluginFailure(entry, "; ".join(c.describe() for c in clashes), tuple(clashes)))
                continue
            loaded.append(obj)
            claims.append(_Claim.of(obj, "plugin", entry))
        _plugin_cache = (loaded, failed)
    return _plugin_cache


def registered_auditors(include_plugins: bool = True) -> list[type[Auditor]]:
    """Built-in auditors followed by the plugins that loaded (a colliding plugin is not loaded: DA901)."""
    auditors = list(BUILTIN_AUDITORS)
    if include_plugins:
        auditors.extend(_load_plugins()[0])
    return auditors


def plugin_failures() -> list[PluginFailure]:
    """Entry points that were not loaded, each reported as a DA901 finding by ``audit()``."""
    return list(_load_plugins()[1])


def all_rules(include_plugins: bool = True) -> list[type[Rule]]:
    """Every rule code known: the core's own, then each auditor's."""
    rules: list[type[Rule]] = list(CoreRules)
    for auditor in registered_auditors(include_plugins):
        rules.extend(auditor.rules)
    return rules


__all__ += ["AuditorCrashed", "PluginFailed", "Severity", "plugin_failures", "PluginFailure", "Collision",
            "collisions", "RESERVED_NAMES"]
