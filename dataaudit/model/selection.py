"""Select / ignore rule codes by prefix; the longest matching prefix wins (ties go to ignore)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dataaudit.errors import ParameterError
from dataaudit.params import as_str_list

__all__ = ["Selection"]

_PREFIX = re.compile(r"^[A-Z]+[0-9]*$")


class Selection:
    """Decides which rule codes are reported.

    ``select=None`` selects everything; ``"ALL"`` is the empty prefix. A code is
    reported when its longest matching prefix comes from ``select`` (or no prefix
    matches and ``select`` is None) and not from ``ignore``.
    """

    def __init__(self, select: str | Iterable[str] | None = None, ignore: str | Iterable[str] | None = None,
                 known_codes: Iterable[str] | None = None):
        self.select = None if select is None else [self._check(p, "select", known_codes) for p in as_str_list(select)]
        self.ignore = [self._check(p, "ignore", known_codes) for p in as_str_list(ignore)]

    @staticmethod
    def _check(prefix: str, option: str, known_codes: Iterable[str] | None) -> str:
        prefix = prefix.strip().upper()
        if prefix == "ALL":
            return ""
        if not _PREFIX.match(prefix):
            raise ParameterError(
                f"The {option!r} parameter takes rule codes or code prefixes such as DA1 or DA101; got {prefix!r}."
            )
        if known_codes is not None and not any(code.startswith(prefix) for code in known_codes):
            raise ParameterError(
                f"The {option!r} parameter names {prefix!r}, which matches no rule; "
                "run `dataaudit rules` to list the codes."
            )
        return prefix

    @staticmethod
    def _longest(code: str, prefixes: list[str]) -> int:
        return max((len(p) for p in prefixes if code.startswith(p)), default=-1)

    def __call__(self, code: str) -> bool:
        ignored = self._longest(code, self.ignore)
        selected = self._longest(code, self.select) if self.select is not None else -1
        if ignored >= 0 and ignored >= selected:
            return False
        return self.select is None or selected >= 0

    def to_dict(self) -> dict:
        return {
            "select": None if self.select is None else [p or "ALL" for p in self.select],
            "ignore": [p or "ALL" for p in self.ignore],
        }
