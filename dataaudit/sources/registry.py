"""The kinds of ``source`` that :func:`dataaudit.audit` reads, each a :class:`SourceReader`.

A reader says whether it recognises an object (cheaply: no framework is imported to ask) and turns it
into a :class:`~dataaudit.sources.base.Dataset`, usually by converting it to the input of one of the
two pipelines that do the work: a manifest (files with labels and splits) or in-memory arrays.
A new kind of source (a detection layout, a feature table) is one more reader in :data:`READERS`,
placed before the readers it must take precedence over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dataaudit.progress import NO_STAGE, Stage

__all__ = ["SourceOptions", "SourceReader", "DEFAULT_MAX_SAMPLES", "type_path"]

#: Samples read from a dataset that has to be iterated (no file paths), before the rest is left out.
DEFAULT_MAX_SAMPLES = 50_000


@dataclass(frozen=True)
class SourceOptions:
    """The options of :func:`dataaudit.audit` that decide how a source is listed."""

    validation_split: float | None = None
    seed: int | None = None
    split_aliases: Mapping[str, str] | None = None
    path_column: str | None = None
    label_column: str | list[str] | None = None
    split_column: str | None = None
    group_column: str | None = None
    image_column: str | None = None
    allow_outside_root: bool = False
    trust_pickles: bool = False
    max_samples: int = DEFAULT_MAX_SAMPLES
    storage_options: Mapping[str, Any] | None = None
    progress: Stage = field(default=NO_STAGE, compare=False)

    def manifest_kwargs(self) -> dict[str, Any]:
        """What :func:`~dataaudit.sources.manifest.manifest_dataset` takes from these options."""
        return dict(
            path_column=self.path_column, label_column=self.label_column, split_column=self.split_column,
            allow_outside_root=self.allow_outside_root, validation_split=self.validation_split, seed=self.seed,
            split_aliases=self.split_aliases, group_column=self.group_column, storage_options=self.storage_options,
        )


@dataclass(frozen=True)
class SourceReader:
    """One kind of source: ``accepts(source)`` recognises it, ``read(source, options)`` lists it."""

    name: str
    accepts: Callable[[Any], bool]
    read: Callable[[Any, SourceOptions], Any]
    #: How the error for an unknown source names this kind, e.g. "a tf.data.Dataset".
    described_as: str


def type_path(obj: Any) -> str:
    """``module.QualName`` of ``obj``'s class and its bases, without importing any framework."""
    return " ".join(f"{c.__module__}.{c.__qualname__}" for c in type(obj).__mro__)
