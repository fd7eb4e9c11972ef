"""Rules the audit engine itself reports (DA9xx): auditors that crashed or failed to load."""

from __future__ import annotations

from dataaudit.model.findings import Severity
from dataaudit.engine.auditor import Rule

__all__ = ["AuditorCrashed", "PluginFailed", "CoreRules", "CORE_NAME", "CORE_CODE_PREFIX"]

#: Reports list the engine's rules under this pseudo-auditor name; no auditor may take it.
CORE_NAME = "core"
#: Every engine rule code starts with it; no auditor's codes may fall under it.
CORE_CODE_PREFIX = "DA9"


class AuditorCrashed(Rule):
    """An auditor raised an exception; its checks did not run.

    ## What it does
    Catches any exception an auditor raises (or an invalid finding it returns),
    reports it with the auditor's name and the exception, and lets the other
    auditors run.

    ## Why it matters
    A crashed auditor means a class of problems went unchecked: the gate fails
    rather than passing by accident.

    ## Example
    `Auditor 'leakage' crashed: MemoryError`.

    ## Fix
    Report the bug with the finding's evidence (it holds the traceback). To go
    on meanwhile, ignore the auditor's codes with `--ignore`.
    """

    code = "DA900"
    slug = "auditor-crashed"
    severity = Severity.ERROR


class PluginFailed(Rule):
    """A third-party auditor registered under `dataaudit.auditors` could not be loaded.

    ## What it does
    Reports entry points in the `dataaudit.auditors` group that fail to import,
    do not name an `Auditor` subclass, or collide with an auditor already
    registered: the same `name`, a `code_prefix` that overlaps another's (one is
    a prefix of the other, as `DA1` and `DA10` are, so `--select` could not tell
    them apart), a rule code under another's prefix, or a name that is an option
    of `audit()`. Built-in auditors come first, then plugins by entry-point name;
    the later of two colliding plugins is the one not loaded. The evidence holds
    `entry_point` and `error`, and for a collision `collisions`: what clashes
    (`attribute`, `value`) with what (`other_kind`, `other_name`,
    `other_attribute`, `other_value`).

    ## Why it matters
    The checks that plugin provides did not run.

    ## Example
    `mycheck = mypkg.audit:MyAuditor` raises ImportError; or: `Plugin auditor
    'mycheck = mypkg.audit:MyAuditor' was not loaded: its code prefix 'DA1'
    overlaps the built-in 'leakage' auditor's 'DA1'`.

    ## Fix
    Reinstall or fix the plugin package, or uninstall it. For a collision, give
    the plugin its own `name` and a `code_prefix` of its own letters (`DA` is
    dataaudit's); `dataaudit.testing.check_auditor` reports collisions with the
    built-in auditors in the plugin's own tests.
    """

    code = "DA901"
    slug = "plugin-failed"
    severity = Severity.ERROR


CoreRules: tuple[type[Rule], ...] = (AuditorCrashed, PluginFailed)
