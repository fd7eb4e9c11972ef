"""Rules the audit engine itself reports (DA9xx): auditors that crashed or failed to load."""

from __future__ import annotations

from dataaudit.model.findings import Severity
from dataaudit.engine.auditor import Rule

__all__ = ["AuditorCrashed", "PluginFailed", "CoreRules"]


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
    Reports entry points in the `dataaudit.auditors` group that fail to import
    or do not name an `Auditor` subclass.

    ## Why it matters
    The checks that plugin provides did not run.

    ## Example
    `mycheck = mypkg.audit:MyAuditor` raises ImportError.

    ## Fix
    Reinstall or fix the plugin package, or uninstall it.
    """

    code = "DA901"
    slug = "plugin-failed"
    severity = Severity.ERROR


CoreRules: tuple[type[Rule], ...] = (AuditorCrashed, PluginFailed)
