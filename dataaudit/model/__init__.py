"""What an audit produces: findings and fixes, the report, rule selection and baselines.

- :mod:`.findings`: :class:`Finding`, :class:`Fix`, :class:`Location`, :class:`Severity`;
- :mod:`.fixes`: each fix kind's payload (``fix.typed()``, ``fix.to_keras()``);
- :mod:`.report`: :class:`Report`, its renderings and the gate;
- :mod:`.selection`: ``select`` / ``ignore`` by code prefix;
- :mod:`.baseline`: accepted finding fingerprints.
"""

from dataaudit.model.findings import Finding, Fix, Location, Severity
from dataaudit.model.report import Report

__all__ = ["Finding", "Fix", "Location", "Severity", "Report"]
