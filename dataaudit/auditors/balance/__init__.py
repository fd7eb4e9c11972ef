"""Class balance (DA2xx): imbalance, classes missing from a split, label shift, evaluation noise.

- :mod:`.stats`: the arithmetic on class counts (weights, resampling targets, shift tests, noise);
- :mod:`.fixes`: class weights and sampling plans as fixes with runnable code;
- :mod:`.auditor`: :class:`BalanceAuditor` and its rules.
"""

from dataaudit.auditors.balance.auditor import BalanceAuditor

__all__ = ["BalanceAuditor"]
