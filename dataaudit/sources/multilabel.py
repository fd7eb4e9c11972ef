"""Multi-label targets: several labels per image, kept in the samples' one label column as a label set.

A label set is stored as its sorted labels joined by :data:`LABEL_SET_SEP` (``"cat|dog"``; ``""`` for an
image with no label), so everything that compares labels (duplicates with conflicting labels, the
re-split's class proportions) compares whole label sets, and the datasets's ``multi_label`` flag tells
the auditors that count per label (class balance) to split them.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable
from typing import Any

import numpy as np

__all__ = ["LABEL_SET_SEP", "join_label_set", "split_label_set", "list_cell", "describe_label_set"]

LABEL_SET_SEP = "|"


def join_label_set(labels: Iterable[Any]) -> str:
    """The stored form of a label set: distinct labels, sorted, joined."""
    return LABEL_SET_SEP.join(sorted({str(v).strip() for v in labels if str(v).strip()}))


def split_label_set(stored: str | None) -> list[str]:
    """The labels of a stored label set (none for an unlabelled sample or an empty set)."""
    return [part for part in stored.split(LABEL_SET_SEP) if part] if stored else []


def describe_label_set(stored: str | None) -> str:
    """A label set as messages show it: ``{cat, dog}``."""
    return "{" + ", ".join(split_label_set(stored)) + "}"


def list_cell(value: Any) -> list[str] | None:
    """The labels of a manifest cell that holds several, or None for a single label (or an empty cell).

    A cell holds several when it is a list, tuple, set or 1-D array (a DataFrame column of lists),
    a JSON or Python list written as text (``["cat", "dog"]``, ``['cat', 'dog']``) or labels joined by
    ``|`` (``cat|dog``).
    """
    if isinstance(value, (list, tuple, set, frozenset)) or (isinstance(value, np.ndarray) and value.ndim == 1):
        return [_text(v) for v in value]
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.startswith("[") and text.endswith("]"):
        parsed: Any = None
        try:
            parsed = json.loads(text)
        except ValueError:
            try:
                parsed = ast.literal_eval(text)
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                parsed = None
        if isinstance(parsed, list) and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in parsed):
            return [_text(v) for v in parsed]
        return None
    if LABEL_SET_SEP in text:
        return [part.strip() for part in text.split(LABEL_SET_SEP) if part.strip()]
    return None


def _text(value: Any) -> str:
    if isinstance(value, (np.integer, int)) and not isinstance(value, bool):
        return str(int(value))
    return str(value).strip()
