"""The auditor registry: an explicit list of built-in auditors plus entry-point plugins.

Third-party auditors register in the ``dataaudit.auditors`` entry-point group::

    [project.entry-points."dataaudit.auditors"]
    mycheck = "mypackage.audit:MyAuditor"
"""

from __future__ import annotations

import traceback
from importlib.metadata import entry_points

from dataaudit.model.findings import Severity
from dataaudit.engine.auditor import AuditContext, Auditor, Rule
from dataaudit.engine.rules import AuditorCrashed, CoreRules, PluginFailed
from dataaudit.auditors.balance.auditor import BalanceAuditor
from dataaudit.auditors.integrity.auditor import IntegrityAuditor
from dataaudit.auditors.leakage.auditor import LeakageAuditor
from dataaudit.auditors.preprocessing.auditor import PreprocessingAuditor
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
)

_plugin_cache: tuple[list[type[Auditor]], list[tuple[str, str]]] | None = None


def _load_plugins() -> tuple[list[type[Auditor]], list[tuple[str, str]]]:
    """Plugin auditor classes and (entry point, error) pairs for the ones that failed to load."""
    global _plugin_cache
    if _plugin_cache is None:
        loaded: list[type[Auditor]] = []
        failed: list[tuple[str, str]] = []
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            try:
                obj = ep.load()
                if not (isinstance(obj, type) and issubclass(obj, Auditor)):
                    raise TypeError(f"{ep.value} is not an Auditor subclass")
                loaded.append(obj)
            except Exception as exc:
                failed.append((f"{ep.name} = {ep.value}", "".join(traceback.format_exception_only(exc)).strip()))
        _plugin_cache = (loaded, failed)
    return _plugin_cache


def registered_auditors(include_plugins: bool = True) -> list[type[Auditor]]:
    """Built-in auditors followed by plugins whose name is not already taken."""
    auditors = list(BUILTIN_AUDITORS)
    if include_plugins:
        names = {a.name for a in auditors}
        for plugin in _load_plugins()[0]:
            if plugin.name not in names:
                auditors.append(plugin)
                names.add(plugin.name)
    return auditors


def plugin_failures() -> list[tuple[str, str]]:
    return list(_load_plugins()[1])


def all_rules(include_plugins: bool = True) -> list[type[Rule]]:
    """Every rule code known: the core's own, then each auditor's."""
    rules: list[type[Rule]] = list(CoreRules)
    for auditor in registered_auditors(include_plugins):
        rules.extend(auditor.rules)
    return rules


__all__ += ["AuditorCrashed", "PluginFailed", "Severity", "plugin_failures"]
