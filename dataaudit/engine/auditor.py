"""The auditor interface: rules, auditors and the context they run in.

An auditor is a class with a code prefix, a name, the rules (codes) it can
report, the features it needs from the scan, validated parameters, and
``run(context) -> findings``. It reads only the shared :class:`FeatureTable`
and the :class:`Dataset` listing: it never opens dataset files.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from dataaudit.model.findings import Finding, Fix, Location, Severity, make_fingerprint
from dataaudit.params import Constraint, validate_params
from dataaudit.engine.tasks import IN_PROCESS, Tasks
from dataaudit.progress import NO_PROGRESS, Progress
from dataaudit.sources.base import Dataset
from dataaudit.scan.table import FeatureTable

__all__ = ["Rule", "Auditor", "AuditContext", "DOC_SECTIONS", "CODE_PATTERN", "SLUG_PATTERN"]

#: Every rule docstring has these Markdown sections, in this order.
DOC_SECTIONS = ("What it does", "Why it matters", "Example", "Fix")
CODE_PATTERN = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Rule:
    """One check with a code. Subclass it with a docstring in the flake8/ruff style::

        class CorruptImage(Rule):
            '''Image files that cannot be decoded.

            ## What it does
            ...
            ## Why it matters
            ...
            ## Example
            ...
            ## Fix
            ...
            '''
            code = "DA001"
            slug = "corrupt-image"
            severity = Severity.ERROR
    """

    code: ClassVar[str]
    slug: ClassVar[str]
    severity: ClassVar[Severity]

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0].strip() if doc else ""

    @classmethod
    def sections(cls) -> dict[str, str]:
        """The docstring's ``## Heading`` sections, by heading."""
        import inspect

        doc = inspect.cleandoc(cls.__doc__ or "")
        out: dict[str, str] = {}
        current: str | None = None
        lines: list[str] = []
        for line in doc.splitlines():
            if line.startswith("## "):
                if current is not None:
                    out[current] = "\n".join(lines).strip()
                current, lines = line[3:].strip(), []
            elif current is not None:
                lines.append(line)
        if current is not None:
            out[current] = "\n".join(lines).strip()
        return out

    @classmethod
    def to_dict(cls) -> dict[str, Any]:
        return {
            "code": cls.code,
            "slug": cls.slug,
            "severity": str(cls.severity),
            "summary": cls.summary(),
            "sections": cls.sections(),
        }


@dataclass
class AuditContext:
    """What an auditor sees.

    - ``table``: the shared scan (per-sample meta and features);
    - ``dataset``: the source listing (root, layout, notes, in-memory arrays,
      code files read during listing);
    - ``options``: the core options of this audit (e.g. ``validation_split``);
    - ``artifacts``: results earlier auditors published (by auditor name); an
      auditor that wants another's results lists it in ``after``;
    - ``progress``: where a long step reports how far it is
      (``with ctx.progress.stage("name: step", total=n, unit="pairs") as stage: ... stage.update(k)``);
      silent unless the audit shows progress. It never changes what an auditor finds;
    - ``store``: where an auditor may keep work between audits (``get_result(key)`` /
      ``put_result(key, bytes)``, e.g. what it computed per image content) so that a re-audit of
      a changed dataset redoes only what changed; None without a cache. Stored bytes are data
      (never pickles) and must not change what the auditor finds;
    - ``tasks``: where the auditor's heavy, independent pieces of work run (:mod:`dataaudit.engine.tasks`):
      in this process, a local process pool, or the audit's Dask cluster; the results never depend on which.
    """

    table: FeatureTable
    dataset: Dataset
    options: Mapping[str, Any] = field(default_factory=dict)
    artifacts: dict[str, Any] = field(default_factory=dict)
    progress: Progress = NO_PROGRESS
    store: Any = None
    tasks: Tasks = IN_PROCESS

    def location(self, row: int) -> Location:
        relpaths, splits, labels = self._columns
        split, label = splits[row], labels[row]
        return Location(
            path=str(relpaths[row]),
            split=None if split is None else str(split),
            label=None if label is None else str(label),
        )

    def split_folder(self, split: str) -> tuple[Location, ...]:
        """The split's folder (``val/``) for ``<split>/...`` folder layouts; nothing for other sources."""
        if self.dataset.kind != "folder" or not self.dataset.layout.startswith("split"):
            return ()
        relpaths, splits, _ = self._columns
        first = next((p for p, s in zip(relpaths, splits) if s == split), None)
        return (Location(str(first).split("/", 1)[0] + "/", split=split),) if first is not None else ()

    def class_folder(self, split: str, label: str) -> tuple[Location, ...]:
        """The folder holding class ``label`` in ``split`` (``train/cat/``) for folder sources; else nothing."""
        if self.dataset.kind != "folder":
            return ()
        relpaths, splits, labels = self._columns
        first = next((p for p, s, lab in zip(relpaths, splits, labels) if s == split and lab == label), None)
        if first is None:
            return ()
        return (Location(str(first).rsplit("/", 1)[0] + "/", split=split, label=label),)

    @functools.cached_property
    def _columns(self) -> tuple[list, list, list]:
        # Python lists once: per-row DataFrame lookups cost microseconds each.
        meta = self.table.meta
        return meta["relpath"].tolist(), meta["split"].tolist(), meta["label"].tolist()

    def locations(self, rows: Iterable[int]) -> tuple[Location, ...]:
        return tuple(self.location(int(r)) for r in rows)


class Auditor:
    """Base class of every auditor. Subclasses set the class attributes and implement :meth:`run`."""

    #: Short unique name, also the key of its parameters (``audit(src, leakage={...})``).
    name: ClassVar[str]
    #: Every rule code of this auditor starts with it (``"DA1"``).
    code_prefix: ClassVar[str]
    rules: ClassVar[tuple[type[Rule], ...]] = ()
    #: Feature names the scan must compute for this auditor.
    requires: ClassVar[tuple[str, ...]] = ()
    #: Whether it has anything to check without decoded images (tabular rows).
    needs_images: ClassVar[bool] = True
    #: True when run() depends on nothing but the context and the parameters, so that a stored result
    #: can stand in for a run on the same inputs (see dataaudit.engine.result_memo). Off for plugins
    #: unless they say so.
    reuse_results: ClassVar[bool] = False
    #: Auditors whose published artifacts this one reads when they ran.
    after: ClassVar[tuple[str, ...]] = ()
    parameters: ClassVar[dict[str, list[Constraint]]] = {}
    defaults: ClassVar[dict[str, Any]] = {}

    def __init__(self, **params: Any):
        validate_params(params, self.parameters, f"the {self.name!r} auditor")
        self.params: dict[str, Any] = {**self.defaults, **params}

    def required_features(self) -> tuple[str, ...]:
        """Features this instance needs from the scan; override when they depend on parameters."""
        return tuple(self.requires)

    def skip_reason(self, dataset: Dataset) -> str | None:
        """Why this auditor has nothing to check on ``dataset`` (it is then reported as skipped), or None."""
        if self.needs_images and not dataset.has_images:
            return "the source has no images"
        return None

    def run(self, ctx: AuditContext) -> Iterable[Finding]:  # pragma: no cover - interface
        raise NotImplementedError

    @classmethod
    def rule(cls, code: str) -> type[Rule]:
        for rule in cls.rules:
            if rule.code == code:
                return rule
        raise KeyError(f"{cls.__name__} has no rule {code}")

    def finding(
        self,
        rule: type[Rule],
        message: str,
        *,
        locations: Iterable[Location] = (),
        evidence: Mapping[str, Any] | None = None,
        fix: Fix | None = None,
        severity: Severity | str | None = None,
        key: str = "",
    ) -> Finding:
        """A finding of one of this auditor's rules.

        ``key`` identifies the problem for baselines when the locations alone do
        not (e.g. a class name); ``severity`` overrides the rule's default.
        """
        if rule not in self.rules:
            raise ValueError(f"{rule.__name__} is not one of {type(self).__name__}'s rules")
        locs = tuple(locations)
        return Finding(
            code=rule.code,
            slug=rule.slug,
            severity=Severity.parse(severity) if severity is not None else rule.severity,
            message=message,
            locations=locs,
            evidence=dict(evidence or {}),
            fix=fix,
            fingerprint=make_fingerprint(rule.code, locs, key),
        )

    @classmethod
    def describe(cls) -> dict[str, Any]:
        return {
            "name": cls.name,
            "code_prefix": cls.code_prefix,
            "requires": list(cls.requires),
            "parameters": {k: [c.describe() for c in v] for k, v in cls.parameters.items()},
            "defaults": dict(cls.defaults),
            "rules": [r.to_dict() for r in cls.rules],
        }

