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
from typing import Any, TypeVar

import numpy as np

from dataaudit.errors import ParameterError
from dataaudit.model.fixes import PAYLOAD_TYPES, FixPayload
from dataaudit.model.safe_text import from_raw_bytes, raw_bytes

P = TypeVar("P", bound=FixPayload)

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


@dataclass(frozen=True, slots=True)  # slots: a report of a million images holds millions of them
class Location:
    """Where a finding points: a file (relative to the dataset root) and its split and label.

    For in-memory arrays the path is ``"<split>[<index>]"``; for code, ``"file.py:line"``.
    """

    path: str
    split: str | None = None
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "split": self.split, "label": self.label}
        encoded = raw_bytes(self.path)
        if encoded is not None:  # a non-UTF-8 file name: its exact bytes, as JSON cannot carry them in "path"
            out["path_bytes"] = encoded
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Location:
        """The location a :meth:`to_dict` mapping describes."""
        path = _entry(data, "path", str, "a location")
        if data.get("path_bytes") is not None:
            try:
                path = from_raw_bytes(_entry(data, "path_bytes", str, "a location"))
            except ValueError:
                raise ParameterError("'path_bytes' of a location is not base64.") from None
        return cls(path, _entry(data, "split", (str, type(None)), "a location", None),
                   _entry(data, "label", (str, type(None)), "a location", None))

    def __str__(self) -> str:
        return self.path


FIX_APPLICABILITY = ("automatic", "suggested", "manual")


@dataclass(frozen=True)
class Fix:
    """A machine-readable remedy.

    ``kind`` names the payload's shape (``"class_weights"``, ``"resplit_manifest"``,
    ``"code"``, ...); each built-in kind's payload is a class in
    :mod:`dataaudit.model.fixes` (build one with ``ClassWeights(...).to_fix(title)``,
    read one with :meth:`typed` or :meth:`payload_as`). ``payload`` itself is the
    plain mapping the JSON report holds. ``applicability`` says how it can be applied:

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

    def typed(self) -> FixPayload | Mapping[str, Any]:
        """The payload as its kind's class in :mod:`dataaudit.model.fixes`; a plugin's own kind stays a mapping.

        Raises :class:`~dataaudit.errors.ParameterError` when a built-in kind's payload is malformed.
        """
        payload_type = PAYLOAD_TYPES.get(self.kind)
        return self.payload if payload_type is None else payload_type.from_payload(self.payload)

    def payload_as(self, payload_type: type[P]) -> P:
        """The payload as ``payload_type`` (e.g. ``fix.payload_as(ClassWeights)``), which must be this fix's kind."""
        if payload_type.kind != self.kind:
            raise ParameterError(f"This is a '{self.kind}' fix, not a '{payload_type.kind}' one.")
        return payload_type.from_payload(self.payload)

    def to_keras(self) -> Any:
        """The fix as a live Keras object (e.g. an augmentation ``keras.Sequential``); imports TensorFlow."""
        build = getattr(PAYLOAD_TYPES.get(self.kind), "to_keras", None)
        if build is None:
            kinds = ", ".join(sorted(k for k, t in PAYLOAD_TYPES.items() if hasattr(t, "to_keras")))
            raise ParameterError(f"A '{self.kind}' fix has no Keras form; fixes with one: {kinds}.")
        return self.typed().to_keras()  # type: ignore[union-attr]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "applicability": self.applicability,
            "payload": to_jsonable(self.payload),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fix:
        """The fix a :meth:`to_dict` mapping (a JSON report's ``fix``, a ``fixes.json`` entry) describes.

        The payload is kept as given; :meth:`typed` checks it when it is read.
        """
        return cls(
            _entry(data, "kind", str, "a fix"),
            _entry(data, "title", str, "a fix", ""),
            _entry(data, "payload", Mapping, "a fix", {}),
            _entry(data, "applicability", str, "a fix", "suggested"),
        )


def _fingerprint(code: str, locations: tuple[Location, ...], key: str) -> str:
    # Built from what identifies the problem, not from its numbers, so a
    # baseline keeps matching while counts or scores drift a little.
    parts = [code, key, *sorted(loc.path for loc in locations)]
    # surrogateescape: a non-UTF-8 file name hashes as its raw bytes; every other name as before.
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:16]


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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        """The finding a :meth:`to_dict` mapping (one of a JSON report's ``findings``) describes."""
        locations = _entry(data, "locations", list, "a finding", [])
        fix = _entry(data, "fix", (Mapping, type(None)), "a finding", None)
        return cls(
            code=_entry(data, "code", str, "a finding"),
            slug=_entry(data, "slug", str, "a finding", ""),
            severity=_entry(data, "severity", str, "a finding"),
            message=_entry(data, "message", str, "a finding", ""),
            locations=tuple(Location.from_dict(loc) for loc in locations),
            evidence=_entry(data, "evidence", Mapping, "a finding", {}),
            fix=None if fix is None else Fix.from_dict(fix),
            fingerprint=_entry(data, "fingerprint", str, "a finding", ""),
        )


_REQUIRED = object()


def _entry(data: Any, key: str, types: type | tuple[type, ...], what: str, default: Any = _REQUIRED) -> Any:
    """``data[key]``, checked against ``types``, for the ``from_dict`` readers."""
    if not isinstance(data, Mapping):
        raise ParameterError(f"{what[0].upper()}{what[1:]} must be a JSON object; got {type(data).__name__}.")
    if key not in data:
        if default is _REQUIRED:
            raise ParameterError(f"{what[0].upper()}{what[1:]} needs {key!r}; this one has none.")
        return default
    value = data[key]
    if not isinstance(value, types):
        raise ParameterError(f"{key!r} of {what} has the wrong type ({type(value).__name__}).")
    return value


def make_fingerprint(code: str, locations: tuple[Location, ...] | list[Location], key: str = "") -> str:
    """The fingerprint :class:`Finding` would compute, with an explicit identity key."""
    return _fingerprint(code, tuple(locations), key)
