"""The audit engine: the auditor interface, the runner, its own rules and shared artifacts.

- :mod:`.auditor`: :class:`Rule`, :class:`Auditor`, :class:`AuditContext`;
- :mod:`.runner`: :func:`run_auditors`, ordering by ``after``; a crash becomes a finding;
- :mod:`.rules`: the engine's own rules (DA9xx: a crashed auditor, a plugin that failed);
- :mod:`.artifacts`: typed results one auditor publishes for others.

The registry of auditors is :mod:`dataaudit.auditors`.
"""

from dataaudit.engine.auditor import AuditContext, Auditor, Rule

__all__ = ["Auditor", "AuditContext", "Rule"]
