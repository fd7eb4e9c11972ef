"""Declarative parameter validation with one uniform error message shape.

Each public function and each auditor declares its parameters as
``{name: [constraint, ...]}``; a value is accepted when any constraint accepts
it. A rejected value raises :class:`~dataaudit.errors.ParameterError` worded::

    The 'validation_split' parameter of audit() must be a float in the range (0, 1); got 1.5.
"""

from __future__ import annotations

import numbers
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dataaudit.errors import ParameterError

__all__ = [
    "Constraint",
    "Interval",
    "Options",
    "InstanceOf",
    "Boolean",
    "NoneValue",
    "PathLike",
    "StrList",
    "CallableValue",
    "MappingOf",
    "validate_params",
]


class Constraint:
    def accepts(self, value: Any) -> bool:  # pragma: no cover - interface
        raise NotImplementedError

    def describe(self) -> str:  # pragma: no cover - interface
        raise NotImplementedError

    def example(self) -> Any:
        """A value this constraint rejects, for the conformance tests."""
        return object()


@dataclass(frozen=True)
class Interval(Constraint):
    kind: type  # int or float
    low: float | None = None
    high: float | None = None
    closed: str = "both"  # "both", "left", "right", "neither"

    def accepts(self, value: Any) -> bool:
        if isinstance(value, bool):
            return False
        if self.kind is int:
            if not isinstance(value, numbers.Integral):
                return False
        elif not isinstance(value, numbers.Real):
            return False
        if value != value:  # NaN
            return False
        left_closed = self.closed in ("both", "left")
        right_closed = self.closed in ("both", "right")
        if self.low is not None and (value < self.low or (value == self.low and not left_closed)):
            return False
        if self.high is not None and (value > self.high or (value == self.high and not right_closed)):
            return False
        return True

    def describe(self) -> str:
        name = "an int" if self.kind is int else "a float"
        if self.low is None and self.high is None:
            return name
        if self.high is None:
            op = ">=" if self.closed in ("both", "left") else ">"
            return f"{name} {op} {self.low:g}"
        if self.low is None:
            op = "<=" if self.closed in ("both", "right") else "<"
            return f"{name} {op} {self.high:g}"
        lb = "[" if self.closed in ("both", "left") else "("
        rb = "]" if self.closed in ("both", "right") else ")"
        return f"{name} in the range {lb}{self.low:g}, {self.high:g}{rb}"

    def example(self) -> Any:
        if self.low is not None:
            return self.low - 1
        if self.high is not None:
            return self.high + 1
        return "not-a-number"


@dataclass(frozen=True)
class Options(Constraint):
    values: tuple[Any, ...]

    def __init__(self, values: Iterable[Any]):
        object.__setattr__(self, "values", tuple(values))

    def accepts(self, value: Any) -> bool:
        return isinstance(value, (str, int, float)) and not isinstance(value, bool) and value in self.values

    def describe(self) -> str:
        return "one of " + ", ".join(repr(v) for v in self.values)

    def example(self) -> Any:
        return "no-such-option"


@dataclass(frozen=True)
class InstanceOf(Constraint):
    types: tuple[type, ...]
    label: str = ""

    def __init__(self, *types: type, label: str = ""):
        object.__setattr__(self, "types", types)
        object.__setattr__(self, "label", label)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, self.types)

    def describe(self) -> str:
        if self.label:
            return self.label
        return "an instance of " + " or ".join(t.__name__ for t in self.types)


class Boolean(Constraint):
    def accepts(self, value: Any) -> bool:
        return isinstance(value, bool)

    def describe(self) -> str:
        return "a bool"

    def example(self) -> Any:
        return "yes"


class NoneValue(Constraint):
    def accepts(self, value: Any) -> bool:
        return value is None

    def describe(self) -> str:
        return "None"


class PathLike(Constraint):
    def accepts(self, value: Any) -> bool:
        return isinstance(value, (str, os.PathLike))

    def describe(self) -> str:
        return "a path"

    def example(self) -> Any:
        return 3.5


class StrList(Constraint):
    """A string or a list/tuple of strings (a comma-separated string is split)."""

    def accepts(self, value: Any) -> bool:
        if isinstance(value, str):
            return True
        return isinstance(value, (list, tuple, set, frozenset)) and all(isinstance(v, str) for v in value)

    def describe(self) -> str:
        return "a string or a list of strings"

    def example(self) -> Any:
        return [1, 2]


class CallableValue(Constraint):
    def accepts(self, value: Any) -> bool:
        return callable(value)

    def describe(self) -> str:
        return "a callable"

    def example(self) -> Any:
        return 42


@dataclass(frozen=True)
class MappingOf(Constraint):
    """A mapping whose keys are str and whose values pass ``value``."""

    value: Constraint

    def accepts(self, value: Any) -> bool:
        return isinstance(value, Mapping) and all(
            isinstance(k, str) and self.value.accepts(v) for k, v in value.items()
        )

    def describe(self) -> str:
        return f"a mapping of str to {self.value.describe()}"

    def example(self) -> Any:
        return {1: object()}


def describe_constraints(constraints: list[Constraint]) -> str:
    descs = [c.describe() for c in constraints]
    if len(descs) == 1:
        return descs[0]
    return ", ".join(descs[:-1]) + " or " + descs[-1]


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def validate_params(
    values: Mapping[str, Any],
    spec: Mapping[str, list[Constraint]],
    caller: str,
) -> None:
    """Raise ParameterError for the first unknown name or rejected value in ``values``."""
    for name, value in values.items():
        if name not in spec:
            valid = ", ".join(sorted(spec)) or "(none)"
            raise ParameterError(
                f"{caller} got an unknown parameter {name!r}; valid parameters are: {valid}."
            )
        constraints = spec[name]
        if not any(c.accepts(value) for c in constraints):
            raise ParameterError(
                f"The {name!r} parameter of {caller} must be "
                f"{describe_constraints(constraints)}; got {_short_repr(value)}."
            )


def as_str_list(value: str | Iterable[str] | None) -> list[str]:
    """Normalise a str-or-list option; a string may be comma separated."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]

