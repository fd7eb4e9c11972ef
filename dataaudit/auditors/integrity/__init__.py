"""Data integrity (DA0xx): undecodable, truncated and mislabelled files, and dataset layout problems.

- :mod:`.auditor`: :class:`IntegrityAuditor` and its rules.
"""

from dataaudit.auditors.integrity.auditor import IntegrityAuditor

__all__ = ["IntegrityAuditor"]
