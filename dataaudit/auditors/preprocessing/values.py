"""Abstract values of the static analyser: what a variable holds, as far as leakage is concerned.

Rows are tracked as *nodes*: ``(origin, path)`` where ``origin`` numbers a
place data came from (a file read, a loader call) and ``path`` is the chain of
``(split id, part key)`` steps that carved the rows out of it. A value holds a
set of nodes (a concatenation holds several). Everything else a value carries
is the set of fit events whose learned state shaped it (``taints``), the
events that copied rows into it (``dups``: oversampling, augmentation), and
the objects applied to it lazily (``objs``: Keras layers on symbolic tensors).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Node", "Data", "Stat", "Obj", "Seq", "Func", "ClassVal", "Mod", "Const", "Iter",
    "UNKNOWN", "EMPTY", "anc_or_eq", "related", "join",
]

Node = tuple  # (origin: int, path: tuple[tuple[int, str], ...])
EMPTY: frozenset = frozenset()


def anc_or_eq(a: Node, b: Node) -> bool:
    """Rows of ``b`` are all among the rows of ``a``."""
    return a[0] == b[0] and b[1][: len(a[1])] == a[1]


def related(a: Node, b: Node) -> bool:
    """One node holds the other (they share rows for sure)."""
    return anc_or_eq(a, b) or anc_or_eq(b, a)


@dataclass(frozen=True, slots=True)
class Data:
    rows: frozenset
    taints: frozenset = EMPTY
    dups: frozenset = EMPTY
    objs: frozenset = EMPTY
    per_row: bool = False  # one sample (a loop element, a map() argument): its reductions are per-sample
    mode: str = ""  # "grouped" after groupby(), "window" after rolling()/expanding()/ewm()

    def derived(self, **changes: Any) -> Data:
        fields = {"rows": self.rows, "taints": self.taints, "dups": self.dups, "objs": self.objs,
                  "per_row": self.per_row, "mode": self.mode}
        fields.update(changes)
        return Data(**fields)


@dataclass(frozen=True, slots=True)
class Stat:
    """A statistic of data across rows (a mean, a quantile...), not yet applied to data.

    ``fits`` names fit events that already stand for it (attributes of a fitted
    object); otherwise applying it to data creates a statistics fit event
    (lazily, once per ``sid``) located at ``loc``.
    """

    rows: frozenset
    sid: int
    name: str
    loc: tuple = ()
    step: int = 0
    taints: frozenset = EMPTY
    fits: frozenset = EMPTY
    parts: tuple = ()  # (sid, rows, name, loc, step) of every statistic combined into this one


@dataclass(frozen=True, slots=True)
class Obj:
    oid: int


@dataclass(frozen=True, slots=True)
class Seq:
    items: tuple
    keys: tuple | None = None  # dict keys when every key is a literal
    names: tuple | None = None  # variable names of the items, when the literal listed names


@dataclass(frozen=True, slots=True)
class Func:
    node: Any  # ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
    cell: int | None = None
    self_oid: int | None = None  # bound method
    bound: tuple | None = None  # ``functools.partial``: (positional arguments, ((keyword, value), ...)) given first


@dataclass(frozen=True, slots=True)
class ClassVal:
    node: ast.ClassDef
    methods: tuple  # ((name, FunctionDef), ...)
    bases: tuple  # base class names
    cell: int | None = None

    def method(self, name: str):
        for n, fn in self.methods:
            if n == name:
                return fn
        return None


@dataclass(frozen=True, slots=True)
class Mod:
    """A module, or a name imported from one (``numpy.mean``, ``sklearn.preprocessing.StandardScaler``)."""

    name: str

    @property
    def last(self) -> str:
        return self.name.rsplit(".", 1)[-1]


@dataclass(frozen=True, slots=True)
class Const:
    value: Any = None
    known: bool = True


UNKNOWN = Const(None, known=False)


@dataclass(frozen=True, slots=True)
class Iter:
    """An iterable whose elements are all ``item``: ``KFold().split(X)`` (items: train and test indices),
    ``enumerate(...)``, ``zip(...)``."""

    item: object


@dataclass(frozen=True)
class ObjInfo:
    """What does not change about an object: its class and where it was made."""

    cls: str
    learns: str | None
    loc: tuple
    text: str
    kwargs: dict = field(default_factory=dict)
    user_class: ClassVal | None = None
    module: str = ""


@dataclass(frozen=True, slots=True)
class ObjState:
    """What fitting and composition change: the current fitted state and contained objects."""

    fits: frozenset = EMPTY
    members: tuple = ()
    attrs: tuple = ()  # ((name, value), ...)

    def attr(self, name: str):
        for n, v in self.attrs:
            if n == name:
                return v
        return None

    def with_attr(self, name: str, value) -> ObjState:
        attrs = tuple((n, v) for n, v in self.attrs if n != name) + ((name, value),)
        return ObjState(self.fits, self.members, attrs)


def _union_data(values: list[Data]) -> Data:
    rows, taints, dups, objs = set(), set(), set(), set()
    for v in values:
        rows |= v.rows
        taints |= v.taints
        dups |= v.dups
        objs |= v.objs
    first = values[0]
    return Data(frozenset(rows), frozenset(taints), frozenset(dups), frozenset(objs),
                all(v.per_row for v in values), first.mode)


def join(a, b):
    """The value a variable may hold after two branches assigned ``a`` and ``b``."""
    if a is b or a == b:
        return a
    if a is None:
        return b
    if b is None:
        return a
    if isinstance(a, Data) and isinstance(b, Data):
        return _union_data([a, b])
    if isinstance(a, Seq) and isinstance(b, Seq) and len(a.items) == len(b.items):
        return Seq(tuple(join(x, y) for x, y in zip(a.items, b.items)), a.keys if a.keys == b.keys else None)
    if isinstance(a, Seq) and isinstance(b, Seq) and not a.keys and not b.keys:
        # A list grown by append() in a loop: after the loop it holds many rows, not the one sample appended.
        longer = a if len(a.items) > len(b.items) else b
        return Seq(tuple(v.derived(per_row=False) if isinstance(v, Data) else v for v in longer.items))
    if isinstance(a, Stat) and isinstance(b, Stat):
        return Stat(a.rows | b.rows, a.sid, a.name, a.loc, a.step, a.taints | b.taints, a.fits | b.fits,
                    a.parts + b.parts)
    for v in (a, b):
        if isinstance(v, (Data, Obj)):
            return v
    for v in (a, b):  # ``a.mean(0) if mu is None else mu``: the statistic may be what is used
        if isinstance(v, Stat):
            return v
    return b


def union_data(values: list) -> Data | None:
    datas = [v for v in values if isinstance(v, Data)]
    return _union_data(datas) if datas else None
