"""Fix payloads: the one place each built-in fix kind's payload is defined.

A :class:`~dataaudit.model.findings.Fix` carries its payload as a plain mapping
(what the JSON report holds). Each built-in kind's payload has a frozen
dataclass here; :data:`PAYLOAD_TYPES` maps the kind to it. Auditors build
payloads through these classes (``ClassWeights(...).to_fix(title)``) and
consumers read them back through them (``fix.payload_as(ClassWeights)``,
``fix.typed()``), so a key is spelled in one place. ``docs/fixes.md`` lists
the same fields; a test keeps the two in step.

- ``to_payload()`` gives the mapping a fix stores: fields in declaration
  order, optional fields left out when they are None;
- ``from_payload(mapping)`` reads one back (from a fix or a ``fixes.json``),
  checks every field and raises :class:`~dataaudit.errors.ParameterError`
  naming the kind and key when one is missing or malformed. Keys it does not
  know are ignored: payloads may grow.

Fields declared without a default are required. Constructing a payload
checks and normalises its fields the same way (tuples for lists, plain ints
and floats for numpy numbers, int class indices), so
``Kind.from_payload(p.to_payload()) == p``.

Kinds a plugin invents stay plain mappings: they have no class here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import numpy as np

from dataaudit.errors import ParameterError

if TYPE_CHECKING:
    from dataaudit.model.findings import Fix

__all__ = [
    "FixPayload",
    "ExcludeFiles",
    "Rename",
    "SplitAlias",
    "ConvertMode",
    "MovedFile",
    "AlternativeResplit",
    "ResplitManifest",
    "ClassWeights",
    "SamplingPlan",
    "UndersamplingPlan",
    "EvalSteps",
    "Augmentation",
    "CodeRewrite",
    "Refit",
    "PAYLOAD_TYPES",
]

R = TypeVar("R", bound="PayloadRecord")


# -- field shapes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    """What a field must hold (``expected``, for error messages) and how a value is checked and normalised."""

    expected: str
    read: Callable[[Any], Any]


def _text_value(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return str(value)


def _number_value(value: Any) -> int | float:
    # ints stay ints and floats floats: the JSON report must print them as before.
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError
    return int(value) if isinstance(value, (int, np.integer)) else float(value)


def _count_value(value: Any) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise TypeError
    return int(value)


def _class_value(value: Any) -> str:
    # Integer labels are class names too; JSON would turn them into strings as mapping keys anyway.
    if isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)):
        return str(value)
    return _text_value(value)


def _index_value(value: Any) -> int:
    # Class indices are mapping keys, which JSON turns into strings ("0").
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return _count_value(value)


def _mapping_of(key: Callable[[Any], Any], item: Callable[[Any], Any]) -> Callable[[Any], dict]:
    def read(value: Any) -> dict:
        if not isinstance(value, Mapping):
            raise TypeError
        return {key(k): item(v) for k, v in value.items()}

    return read


def _tuple_of(item: Callable[[Any], Any]) -> Callable[[Any], tuple]:
    def read(value: Any) -> tuple:
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (Sequence, np.ndarray)):
            raise TypeError
        return tuple(item(v) for v in value)

    return read


def _as_dict(value: Any) -> dict:
    if not isinstance(value, Mapping):
        raise TypeError
    return dict(value)


def _flag_value(value: Any) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError
    return bool(value)


def _line_span(value: Any) -> tuple[int, int]:
    span = _tuple_of(_count_value)(value)
    if len(span) != 2:
        raise ValueError
    return span


def _nonempty(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def checked(value: Any) -> Any:
        out = read(value)
        if not out:
            raise ValueError
        return out

    return checked


TEXT = _Shape("a string", _text_value)
TEXTS = _Shape("a list of strings", _tuple_of(_text_value))
FLAG = _Shape("true or false", _flag_value)
COUNT = _Shape("an integer", _count_value)
NUMBER = _Shape("a number", _number_value)
NUMBERS = _Shape("a list of numbers", _tuple_of(_number_value))
LINE_SPAN = _Shape("[first line, last line]", _line_span)
OBJECT = _Shape("a JSON object", _as_dict)
FILES = _Shape("{file name: text}", _mapping_of(_text_value, _text_value))
TEXT_MAP = _Shape("{name: text}", _mapping_of(_text_value, _text_value))
CLASS_NAMES = _Shape("a list of class names", _tuple_of(_class_value))
CLASS_INDEX = _Shape("{class: index}", _mapping_of(_class_value, _index_value))
CLASS_COUNTS = _Shape("{class: count}", _mapping_of(_class_value, _count_value))
CLASS_NUMBERS = _Shape("{class: number}", _mapping_of(_class_value, _number_value))
INDEX_COUNTS = _Shape("{class index: count}", _mapping_of(_index_value, _count_value))
INDEX_WEIGHTS = _Shape("a non-empty {class index: weight}", _nonempty(_mapping_of(_index_value, _number_value)))


def _optional(shape: _Shape) -> _Shape:
    return _Shape(f"{shape.expected} or null", lambda value: None if value is None else shape.read(value))


def _record(record: type[PayloadRecord], expected: str) -> _Shape:
    return _Shape(expected, lambda value: value if isinstance(value, record) else record.from_payload(value))


def _records(record: type[PayloadRecord], expected: str) -> _Shape:
    return _Shape(expected, _tuple_of(_record(record, expected).read))


def _field(shape: _Shape, *, optional: bool = False, key: str | None = None) -> Any:
    """A payload field. Optional fields default to None and are left out of the payload when None."""
    metadata = {"shape": shape, "key": key}
    return field(default=None, metadata=metadata) if optional else field(metadata=metadata)


def _key(f: dataclasses.Field) -> str:
    return f.metadata.get("key") or f.name


def _plain(value: Any) -> Any:
    if isinstance(value, PayloadRecord):
        return value.to_payload()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


# -- the base classes ---------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PayloadRecord:
    """A JSON object with declared fields, checked and normalised when built (see the module docstring)."""

    #: How error messages name the object (a fix kind, or a part of one).
    what: ClassVar[str] = "payload"
    #: How error messages name a key of it.
    key_format: ClassVar[str] = "{key!r}"
    #: Where error messages send the reader.
    see_also: ClassVar[str] = ""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None and f.default is None:
                continue
            object.__setattr__(self, f.name, self._read(f, value))

    @classmethod
    def _read(cls, f: dataclasses.Field, value: Any) -> Any:
        shape: _Shape = f.metadata["shape"]
        try:
            return shape.read(value)
        except (TypeError, ValueError, ParameterError) as exc:
            inner = f" ({str(exc).rstrip('.')})" if isinstance(exc, ParameterError) else ""
            name = cls.key_format.format(key=_key(f))
            raise ParameterError(
                f"{name} of {cls.what} must be {shape.expected}; got {_short(value)}{inner}.{cls.see_also}"
            ) from None

    def to_payload(self) -> dict[str, Any]:
        """The payload mapping: fields in declaration order, optional ones left out when None."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None and f.default is None:
                continue
            out[_key(f)] = _plain(value)
        return out

    @classmethod
    def from_payload(cls: type[R], payload: Any) -> R:
        """Read a payload mapping back; a clear :class:`ParameterError` names a missing or malformed key."""
        if isinstance(payload, cls):
            return payload
        if not isinstance(payload, Mapping):
            subject = f"The payload of {cls.what}" if issubclass(cls, FixPayload) else _capital(cls.what)
            raise ParameterError(f"{subject} must be a JSON object; got {_short(payload)}.{cls.see_also}")
        values = {}
        for f in dataclasses.fields(cls):
            key = _key(f)
            if key in payload:
                values[f.name] = payload[key]
            elif f.default is not None:  # required
                name = cls.key_format.format(key=key)
                raise ParameterError(f"{_capital(cls.what)} needs {name} "
                                     f"({f.metadata['shape'].expected}); this one has none.{cls.see_also}")
        return cls(**values)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass(frozen=True, kw_only=True)
class FixPayload(PayloadRecord):
    """The payload of one built-in fix kind (:attr:`kind`)."""

    kind: ClassVar[str] = ""
    key_format: ClassVar[str] = "payload[{key!r}]"
    see_also: ClassVar[str] = " See docs/fixes.md."

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            cls.what = f"{'an' if cls.kind[0] in 'aeiou' else 'a'} '{cls.kind}' fix"

    def to_fix(self, title: str, applicability: str = "suggested") -> Fix:
        """A :class:`~dataaudit.model.findings.Fix` of this kind holding :meth:`to_payload`."""
        from dataaudit.model.findings import Fix

        return Fix(self.kind, title, self.to_payload(), applicability)


# -- integrity ----------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ExcludeFiles(FixPayload):
    """Files to remove or replace (DA0xx): ``paths``, dataset-relative."""

    kind: ClassVar[str] = "exclude_files"
    paths: tuple[str, ...] = _field(TEXTS)


@dataclass(frozen=True, kw_only=True)
class Rename(FixPayload):
    """A file whose extension lies about its content (DA004): its ``path`` and the ``format`` it holds."""

    kind: ClassVar[str] = "rename"
    path: str = _field(TEXT)
    format: str = _field(TEXT)


@dataclass(frozen=True, kw_only=True)
class SplitAlias(FixPayload):
    """Audit an unknown folder as a split (DA012).

    ``split_aliases``: ``{folder: split}`` for ``dataaudit.audit(split_aliases=...)``;
    ``cli``: the same as command-line options.
    """

    kind: ClassVar[str] = "split_alias"
    split_aliases: Mapping[str, str] = _field(TEXT_MAP)
    cli: str = _field(TEXT)


@dataclass(frozen=True, kw_only=True)
class ConvertMode(FixPayload):
    """Convert every image to one colour mode (DA007): ``target_mode`` (a Pillow mode) and ``code``."""

    kind: ClassVar[str] = "convert_mode"
    target_mode: str = _field(TEXT)
    code: str = _field(TEXT)


# -- leakage ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class MovedFile(PayloadRecord):
    """One file a re-split changes: ``path`` (as in the report), ``from`` and ``to`` its old and new split."""

    what: ClassVar[str] = "a moved file of a 'resplit_manifest' fix"
    path: str = _field(TEXT)
    from_split: str = _field(TEXT, key="from")
    to_split: str = _field(TEXT, key="to")


@dataclass(frozen=True, kw_only=True)
class AlternativeResplit(PayloadRecord):
    """The other re-split strategy: ``strategy``, ``moved`` (how many files it moves), and for file
    sources ``manifest`` and ``moved_list`` (names in the fix's ``files``)."""

    what: ClassVar[str] = "the alternative of a 'resplit_manifest' fix"
    strategy: str = _field(TEXT)
    moved: int = _field(COUNT)
    manifest: str | None = _field(TEXT, optional=True)
    moved_list: str | None = _field(TEXT, optional=True)


@dataclass(frozen=True, kw_only=True)
class ResplitManifest(FixPayload):
    """A leak-free re-split (DA105).

    - ``strategy``: ``"move"`` or ``"drop"``; ``reference_split``: the split duplicate groups move to;
    - ``moved``: the files that change split (:class:`MovedFile`);
    - ``class_counts_before`` / ``class_counts_after``: ``{split: {class: count}}``;
    - ``alternative``: the other strategy (:class:`AlternativeResplit`);
    - ``files``: ``resplit.csv`` (columns ``path`` (relative to the audited folder when every file lies under it,
      else absolute), ``label``, ``split``), ``moved.csv`` and the
      alternative's two files; absent for in-memory sources;
    - ``manifest``: the name of the new manifest in ``files``, null for in-memory sources;
    - ``usage``: how to audit the new manifest.
    """

    kind: ClassVar[str] = "resplit_manifest"
    strategy: str = _field(TEXT)
    reference_split: str | None = _field(TEXT, optional=True)
    moved: tuple[MovedFile, ...] = _field(_records(MovedFile, "a list of {path, from, to}"))
    class_counts_before: Mapping[str, Mapping[str, int]] | None = _field(OBJECT, optional=True)
    class_counts_after: Mapping[str, Mapping[str, int]] | None = _field(OBJECT, optional=True)
    alternative: AlternativeResplit | None = _field(
        _record(AlternativeResplit, "{strategy, moved, manifest, moved_list}"), optional=True)
    files: Mapping[str, str] | None = _field(FILES, optional=True)
    manifest: str | None = _field(_optional(TEXT))
    usage: str | None = _field(TEXT, optional=True)


# -- class balance ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ClassWeights(FixPayload):
    """Per-class loss weights (DA201).

    - ``class_weight``: ``{class index: weight}`` for ``model.fit(class_weight=...)``;
    - ``class_names`` (index order), ``class_index`` (``{class: index}``);
    - ``method``: ``"balanced"`` or ``"effective_number"``, ``beta`` (effective number only), ``cap``;
    - ``code``, ``inputs`` (``{variable: what it must hold}``), ``files``.
    """

    kind: ClassVar[str] = "class_weights"
    class_weight: Mapping[int, float] = _field(INDEX_WEIGHTS)
    class_names: tuple[str, ...] | None = _field(CLASS_NAMES, optional=True)
    class_index: Mapping[str, int] | None = _field(CLASS_INDEX, optional=True)
    method: str | None = _field(TEXT, optional=True)
    cap: float | None = _field(NUMBER, optional=True)
    code: str | None = _field(TEXT, optional=True)
    inputs: Mapping[str, str] | None = _field(TEXT_MAP, optional=True)
    files: Mapping[str, str] | None = _field(FILES, optional=True)
    beta: float | None = _field(NUMBER, optional=True)


@dataclass(frozen=True, kw_only=True)
class _ResamplingPlan(FixPayload):
    """The fields both resampling plans share."""

    class_names: tuple[str, ...] | None = _field(CLASS_NAMES, optional=True)
    class_index: Mapping[str, int] | None = _field(CLASS_INDEX, optional=True)
    target_counts: Mapping[str, int] | None = _field(CLASS_COUNTS, optional=True)
    sampling_strategy: Mapping[int, int] | None = _field(INDEX_COUNTS, optional=True)
    tf_data_weights: tuple[float, ...] = _field(NUMBERS)
    epoch_size: int | None = _field(COUNT, optional=True)
    code: str | None = _field(TEXT, optional=True)
    inputs: Mapping[str, str] | None = _field(TEXT_MAP, optional=True)
    files: Mapping[str, str] | None = _field(FILES, optional=True)
    class_weight: Mapping[int, float] | None = _field(INDEX_WEIGHTS, optional=True)


@dataclass(frozen=True, kw_only=True)
class SamplingPlan(_ResamplingPlan):
    """Oversampling to the largest class (DA201).

    - ``class_names`` (index order), ``class_index``;
    - ``target_counts``: ``{class: samples per epoch}``; ``repeat_factor``: ``{class: target / count}``;
    - ``sampling_strategy``: ``{class index: target}`` for imbalanced-learn's ``RandomOverSampler``;
    - ``tf_data_weights``: one share per class in ``class_names`` order, for
      ``tf.data.Dataset.sample_from_datasets``; ``epoch_size``: samples per epoch;
    - ``augment``: whether repeated copies should be augmented (image data);
    - ``code``, ``inputs``, ``files``;
    - ``class_weight``: the report's class weights (``{class index: weight}``, capped like those of a
      ``class_weights`` fix), for ``training_datasets(..., weighting="class_weights")``.
    """

    kind: ClassVar[str] = "sampling_plan"
    repeat_factor: Mapping[str, float] | None = _field(CLASS_NUMBERS, optional=True)
    augment: bool | None = _field(FLAG, optional=True)


@dataclass(frozen=True, kw_only=True)
class UndersamplingPlan(_ResamplingPlan):
    """Undersampling to the smallest class (DA201): the fields of :class:`SamplingPlan` except
    ``repeat_factor`` and ``augment``, plus ``keep_fraction`` (``{class: target / count}``);
    ``class_weight`` as there;
    ``sampling_strategy`` is for imbalanced-learn's ``RandomUnderSampler``."""

    kind: ClassVar[str] = "undersampling_plan"
    keep_fraction: Mapping[str, float] | None = _field(CLASS_NUMBERS, optional=True)


@dataclass(frozen=True, kw_only=True)
class EvalSteps(FixPayload):
    """Evaluate every sample of a split (DA207): ``split``, ``n_samples``, ``batch_size``,
    ``steps`` (``ceil(n_samples / batch_size)``) and ``code``."""

    kind: ClassVar[str] = "eval_steps"
    split: str = _field(TEXT)
    n_samples: int = _field(COUNT)
    batch_size: int = _field(COUNT)
    steps: int = _field(COUNT)
    code: str = _field(TEXT)


# -- variety ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Augmentation(FixPayload):
    """A Keras augmentation pipeline (DA401, DA404): ``spec`` (the JSON description of each layer and
    why, :meth:`AugmentationPlan.to_spec`), ``code`` and ``files`` (``augmentation.py``)."""

    kind: ClassVar[str] = "augmentation"
    spec: Mapping[str, Any] = _field(OBJECT)
    code: str | None = _field(TEXT, optional=True)
    files: Mapping[str, str] | None = _field(FILES, optional=True)

    def to_keras(self) -> Any:
        """The training-time ``keras.Sequential``; imports Keras."""
        from dataaudit.auditors.variety.augmentation import build_pipeline

        return build_pipeline(self.spec, "layers")


# -- preprocessing ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class CodeRewrite(FixPayload):
    """Leak-free training code (DA301-DA303).

    - ``path``: the code file; ``leak_kind``; ``template``: the leak-free pattern's name;
    - ``code``: the corrected lines, or (``applicability="manual"``) a runnable example of the pattern;
    - ``how``: one sentence;
    - for a rewrite (``applicability="suggested"``): ``lines`` (``[first, last]``, 1-based, in the cell
      for notebooks), ``original`` (the lines replaced) and ``files``
      (``{"<name>.fixed.py": the whole script with every compatible rewrite applied}``, or for a notebook
      ``{"<name>.fixed.ipynb": the notebook, its cells kept, changed cells' outputs cleared}``).
    """

    kind: ClassVar[str] = "code"
    path: str = _field(TEXT)
    leak_kind: str = _field(TEXT)
    code: str = _field(TEXT)
    how: str = _field(TEXT)
    template: str = _field(TEXT)
    lines: tuple[int, int] | None = _field(LINE_SPAN, optional=True)
    original: str | None = _field(TEXT, optional=True)
    files: Mapping[str, str] | None = _field(FILES, optional=True)


@dataclass(frozen=True, kw_only=True)
class Refit(FixPayload):
    """Refit a transform on the training split (DA304, DA305): ``fit_on`` (``"train"``), and
    ``object`` + ``matched`` (DA304: the fitted object's name, the splits it matched) or
    ``transform`` + ``fitted_on`` (DA305: the transform, the splits it was fitted on)."""

    kind: ClassVar[str] = "refit"
    object: str | None = _field(TEXT, optional=True)
    transform: str | None = _field(TEXT, optional=True)
    fitted_on: str | None = _field(TEXT, optional=True)
    fit_on: str = _field(TEXT)
    matched: tuple[str, ...] | None = _field(TEXTS, optional=True)


#: Fix kind -> its payload class. Kinds not listed (a plugin's own) keep plain mappings.
PAYLOAD_TYPES: dict[str, type[FixPayload]] = {
    cls.kind: cls
    for cls in (ExcludeFiles, Rename, SplitAlias, ConvertMode, ResplitManifest, ClassWeights, SamplingPlan,
                UndersamplingPlan, EvalSteps, Augmentation, CodeRewrite, Refit)
}
