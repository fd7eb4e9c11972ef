"""Label cells that mean "no label": they are unlabelled rows, never a class named "NaN".

CSV writers spell a missing value in many ways (pandas writes ``NaN`` or an
empty cell, SQL exports ``NULL``, spreadsheets ``N/A`` or ``#N/A``, Python
``None``); a float label array holds ``nan``. Read as text, each would become a
class of its own, trained on and evaluated like a real one. ``NA`` is not among
them: it is a plausible class name (a country, an element).
"""

from __future__ import annotations

from collections import Counter

from dataaudit.sources.base import SourceNote

__all__ = ["MISSING_LABELS", "is_missing_label", "UnlabelledRows", "EXAMPLES"]

#: Spellings of a missing value, compared case-insensitively after stripping spaces.
MISSING_LABELS = frozenset({"", "nan", "-nan", "none", "null", "nil", "n/a", "#n/a", "<na>", "nat"})
EXAMPLES = 10


def is_missing_label(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in MISSING_LABELS)


class UnlabelledRows:
    """Collects the rows whose label cell is a missing-value spelling, for one :class:`SourceNote`."""

    def __init__(self) -> None:
        self.count = 0
        self.examples: list[str] = []
        self.spellings: Counter[str] = Counter()

    def clean(self, label: str | None, where: str) -> str | None:
        """``label``, or None (counted, with ``where`` as an example) when it spells a missing value."""
        if not is_missing_label(label):
            return label
        self.count += 1
        self.spellings["(empty)" if label is None or not label.strip() else label.strip()] += 1
        if len(self.examples) < EXAMPLES:
            self.examples.append(where)
        return None

    def note(self, source: str, total: int, rows: str = "row(s)") -> SourceNote | None:
        if not self.count:
            return None
        spelled = ", ".join(f"{s!r}" if s != "(empty)" else s for s in sorted(self.spellings))
        return SourceNote(
            "unlabelled-images",
            f"{self.count} of {total} {rows} of {source} have no label ({spelled}); they were audited without "
            "a label, not as a class of their own. Label them, or drop them from the training data.",
            tuple(self.examples),
            {"count": self.count, "total": total, "spellings": dict(sorted(self.spellings.items()))},
        )

