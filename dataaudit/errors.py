"""Exceptions and warnings raised by dataaudit.

Every error a user can cause (a missing path, an unreadable manifest, a bad
parameter) is a :class:`DataAuditError` whose message is one sentence naming
the problem and what to do about it. The CLI prints that sentence and exits 2.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dataaudit.model.report import Report


class DataAuditError(Exception):
    """Base class of every error dataaudit raises on purpose."""


class InputError(DataAuditError):
    """The dataset source cannot be audited as given."""


class SourceNotFoundError(InputError, FileNotFoundError):
    """The dataset path does not exist."""


class EmptyDatasetError(InputError):
    """The source holds no images (or no rows)."""


class ManifestError(InputError):
    """A CSV/Parquet manifest cannot be read or is malformed."""


class ParameterError(DataAuditError, ValueError):
    """A parameter has a value outside what it accepts."""


class AddressSpaceTooSmall(DataAuditError, MemoryError):
    """The process's address-space limit (``ulimit -v``) is below what an image audit needs."""


class ConfigError(DataAuditError):
    """A configuration or baseline file is malformed."""


class AuditFailed(DataAuditError):
    """The gate failed: findings at or above ``fail_on`` remain.

    The full :class:`~dataaudit.Report` is available as ``.report``.
    """

    def __init__(self, report: Report, fail_on: str):
        self.report = report
        self.fail_on = fail_on
        blocking = report.blocking_findings(fail_on)
        counts: dict[str, int] = {}
        for finding in blocking:
            counts[finding.code] = counts.get(finding.code, 0) + 1
        listed = ", ".join(f"{code} x{n}" if n > 1 else code for code, n in sorted(counts.items()))
        super().__init__(
            f"dataaudit gate failed: {len(blocking)} finding(s) at or above '{fail_on}' ({listed})."
        )


class DataAuditWarning(UserWarning):
    """Base class of warnings dataaudit emits."""


class CacheWarning(DataAuditWarning):
    """The feature cache could not be used as configured; the audit went on without it."""


class FeatureStoreError(DataAuditError):
    """The scan's on-disk feature files could not be written, or were removed or changed while in use."""


class FeatureStoreWarning(DataAuditWarning):
    """No folder could be written for the scan's feature files; they were kept in memory instead."""
