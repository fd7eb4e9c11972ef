"""dataaudit: audit a machine-learning dataset before training.

>>> import dataaudit
>>> report = dataaudit.audit("data/")          # doctest: +SKIP
>>> print(report.to_text())                      # doctest: +SKIP

TensorFlow is never imported here; only the Keras-specific helpers import it.
"""

from ._version import __version__
from .api import audit, gate
from .auditors import Auditor, AuditContext, Rule, registered_auditors
from .errors import (
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
from .features import register_feature
from .findings import Finding, Fix, Location, Severity
from .preprocessing.fitted import check_fitted
from .report import Report

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
