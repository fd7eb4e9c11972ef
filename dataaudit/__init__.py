"""dataaudit: audit a machine-learning dataset before training.

>>> import dataaudit
>>> report = dataaudit.audit("data/")          # doctest: +SKIP
>>> print(report.to_text())                      # doctest: +SKIP

TensorFlow is never imported here; only the Keras-specific helpers import it.
"""

from dataaudit.safety import fit_address_space_limit

fit_address_space_limit()  # before pandas loads pyarrow (see there)

from dataaudit import _deprecated  # noqa: E402
from dataaudit._version import __version__
from dataaudit.api import audit, gate
from dataaudit.auditors import Auditor, AuditContext, Rule, registered_auditors
from dataaudit.errors import (
    AuditFailed,
    CacheWarning,
    ConfigError,
    DataAuditError,
    DataAuditWarning,
    EmptyDatasetError,
    InputError,
    ManifestError,
    ParameterError,
    SourceNotFoundError,
)
from dataaudit.scan.features import register_feature
from dataaudit.model.findings import Finding, Fix, Location, Severity
from dataaudit.auditors.preprocessing.fitted import check_fitted
from dataaudit.model.report import Report

_deprecated.install()

__all__ = [
    "__version__",
    "audit",
    "gate",
    "Report",
    "Finding",
    "Fix",
    "Location",
    "Severity",
    "Auditor",
    "AuditContext",
    "Rule",
    "registered_auditors",
    "register_feature",
    "check_fitted",
    "AuditFailed",
    "DataAuditError",
    "InputError",
    "SourceNotFoundError",
    "EmptyDatasetError",
    "ManifestError",
    "ParameterError",
    "ConfigError",
    "DataAuditWarning",
    "CacheWarning",
]
