"""The findings model: what an auditor reports.

Findings, locations and fixes are frozen dataclasses so a report, once built,
cannot be changed behind the user's back. Their ``to_dict`` forms are the
stable JSON schema documented in ``docs/json-schema.md``.
"""

from __future__ import annotations

import enum
import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dataaudit.errors import ParameterError

__all__ = ["Severity", "Location", "Fix", "Finding", "to_jsonable"]


class Severity(enum.IntEnum):
    """How bad a finding is. Ordered: ``INFO < WARNING < ERROR``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: Severity | str) -> Severity:
        if isinstance(value, Severity):
            return value
        if isinstance(value, str):
            try:
                return cls[value.strip().upper()]
            except KeyError:
                pass
        raise ParameterError(
            f"A severity must be one of 'info', 'warning', 'error'; got {value!r}."
        )


def to_jsonable(value: Any) -> Any:
    """Convert numpy scalars/arrays, tuples, sets and paths to plain JSON types.

    Non-finite floats become ``None`` because JSON has no NaN.
    """
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, np.integer)) and not isinstance(value, np.bool_):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, (float, np.floating)):
        f = float(value)
        return f if math.isfinite(f) else None
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        return to_jsonable(value.tolist())
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return [to_jsonable(v) for v in sorted(value, key=repr)]
    if isinstance(value, enum.Enum):
        return str(value)
    if hasattr(value, "__fspath__"):
        return str(value)
    if hasattr(value, "to_dict"):
        return to_jsonable(value.to_dict())
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


@dataclass(frozen=True)
class Location:
    """Where a finding points: a file (relative to the dataset root) and its split and label.

    For in-memory arrays the path is ``"<split>[<index>]"``; for code, ``"file.py:line"``.
    """

    path: str
    split: str | None = None
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "split": self.split, "label": self.label}

    def __str__(self) -> str:
        return self.path


FIX_APPLICABILITY = ("automatic", "suggested", "manual")


@dataclass(frozen=True)
class Fix:
    """A machine-readable remedy.

    ``kind`` names the payload's shape (``"class_weights"``, ``"resplit_manifest"``,
    ``"code"``, ...). ``applicability`` says how it can be applied:

    - ``"automatic"``: a program can apply it as is (e.g. a new manifest to train from);
    - ``"suggested"``: ready to use, but a person should read it first (e.g. code);
    - ``"manual"``: guidance only.

    Files a fix wants to write (manifests, code) are in ``payload["files"]`` as
    ``{relative file name: text}``; :meth:`Report.write_fixes` writes them to a
    new folder and never touches the dataset.
    """

    kind: str
    title: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    applicability: str = "suggested"

    def __post_init__(self) -> None:
        if self.applicability not in FIX_APPLICABILITY:
            raise ParameterError(
                f"Fix.applicability must be one of {', '.join(FIX_APPLICABILITY)}; "
                f"got {self.applicability!r}."
            )

    @property
    def files(self) -> Mapping[str, str]:
        return self.payload.get("files", {}) or {}

    def to_keras(self) -> Any:
        """The fix as a live Keras object (e.g. an augmentation ``keras.Sequential``); imports TensorFlow."""
        from dataaudit.model.fix_builders import build_keras

        return build_keras(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "applicability": self.applicability,
            "payload": to_jsonable(self.payload),
        }


def _fingerprint(code: str, locations: tuple[Location, ...], key: str) -> str:
    # Built from what identifies the problem, not from its numbers, so a
    # baseline keeps matching while counts or scores drift a little.
    parts = [code, key, *sorted(loc.path for loc in locations)]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Finding:
    """One problem found by an auditor.

    Build findings through :meth:`dataaudit.auditors.Auditor.finding`, which fills
    ``slug`` and the default severity from the rule. ``fingerprint`` identifies the
    finding across runs (for baselines); it is derived from the code, the sorted
    location paths and an optional auditor-chosen key when not given.
    """

    code: str
    slug: str
    severity: Severity
    message: str
    locations: tuple[Location, ...] = ()
    evidence: Mapping[str, Any] = field(default_factory=dict)
    fix: Fix | None = None
    fingerprint: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", Severity.parse(self.severity))
        object.__setattr__(self, "locations", tuple(self.locations))
        if not self.fingerprint:
            object.__setattr__(self, "fingerprint", _fingerprint(self.code, self.locations, ""))

    def __hash__(self) -> int:
        return hash((self.code, self.fingerprint, self.message))

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "slug": self.slug,
            "severity": str(self.severity),
            "message": self.message,
            "locations": [loc.to_dict() for loc in self.locations],
            "evidence": to_jsonable(self.evidence),
            "fix": self.fix.to_dict() if self.fix is not None else None,
            "fingerprint": self.fingerprint,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)


def make_fingerprint(code: str, locations: tuple[Location, ...] | list[Location], key: str = "") -> str:
    """The fingerprint :class:`Finding` would compute, with an explicit identity key."""
    return _fingerprint(code, tuple(locations), key)
