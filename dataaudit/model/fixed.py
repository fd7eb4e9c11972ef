"""A fixed dataset: the files to train and evaluate on once a report's fixes are applied.

:func:`fixed_dataset` applies, to the audited listing of a :class:`~dataaudit.Report`:

1. the leak-free re-split (the ``resplit_manifest`` fix of DA105): files change split or are dropped;
2. exclusions: files the scan could not decode, files an ``exclude_files`` fix names (DA0xx), and
   formats TensorFlow cannot decode;
3. label conflicts (DA104): by default every copy in a group of copies with different labels is left
   out (``conflicts="exclude"``); ``conflicts="majority"`` keeps the copies carrying the group's
   majority label (a tie leaves them all out);
4. redundant copies (DA101-DA104 groups): once every group lives in one split, one image per group is
   kept (the first by split order, then path); the others add no information and would be reported as
   within-split duplicates (DA103).

The result, a frozen :class:`FixedDataset`, is the one description every consumer reads: the Keras
pipelines (:func:`dataaudit.keras.training_datasets`), the gate (:class:`dataaudit.keras.AuditCallback`),
``dataaudit.audit(fixed)`` (a re-audit of exactly these files) and the portable manifest
:meth:`FixedDataset.write_manifest` writes (paths relative to the manifest's folder).
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dataaudit.errors import ParameterError
from dataaudit.model.fixes import ExcludeFiles, ResplitManifest
from dataaudit.sources.base import sort_labels, split_sort_key

if TYPE_CHECKING:
    import pandas as pd

    from dataaudit.model.findings import Fix
    from dataaudit.model.report import Report

__all__ = ["FixedDataset", "fixed_dataset", "CONFLICT_POLICIES", "TF_DECODABLE"]

#: How :func:`fixed_dataset` resolves copies that carry different labels (DA104).
CONFLICT_POLICIES = ("exclude", "majority")
#: Image formats (as the scan names them) that ``tf.io.decode_image`` reads; MPO is a camera JPEG.
TF_DECODABLE = ("JPEG", "PNG", "GIF", "BMP", "MPO")
#: Rule codes whose locations are one group of copies.
_GROUP_CODES = ("DA101", "DA102", "DA103", "DA104")
_IN_MEMORY = ("This report's source is in-memory arrays: there are no files to fix or load. Use "
              "class_weight_from(report) and augmentation_from(report) with your arrays.")
#: Audit options a re-audit of the fixed files keeps from the original audit.
_KEPT_OPTIONS = ("fail_on", "select", "ignore", "baseline", "cache", "jobs", "chunk_size", "trust_pickles")


@dataclass(frozen=True)
class FixedDataset:
    """The files to use after the fixes: ``rows`` of ``(path, label, split)``, paths relative to ``root``.

    - ``class_names``: every label, in Keras order (sorted like ``image_dataset_from_directory``);
    - ``applied``: one sentence per fix applied, with counts;
    - ``left_out``: ``(path, reason)`` for every audited file not in ``rows``;
    - ``resolves``: the rule codes whose findings the fixes remove (a re-audit should not report them);
    - ``audit_options``: the options of the original audit, reused by a re-audit;
    - ``fixes``: the report's fixes, so the pipelines built from this object need nothing else.
    """

    root: str
    rows: tuple[tuple[str, str, str], ...]
    class_names: tuple[str, ...]
    applied: tuple[str, ...] = ()
    left_out: tuple[tuple[str, str], ...] = ()
    resolves: tuple[str, ...] = ()
    audit_options: Mapping[str, Any] = field(default_factory=dict, repr=False)
    #: The report's fixes (class weights, sampling plan, augmentation) for the pipelines built from this.
    fixes: tuple[Fix, ...] = field(default=(), repr=False)

    def to_frame(self, absolute: bool = True) -> pd.DataFrame:
        """``path``, ``label``, ``split`` columns; paths absolute (default) or relative to ``root``."""
        import pandas as pd

        paths = [os.path.join(self.root, p) if absolute else p for p, _, _ in self.rows]
        frame = pd.DataFrame({"path": paths, "label": [r[1] for r in self.rows], "split": [r[2] for r in self.rows]},
                             columns=["path", "label", "split"])
        frame.attrs["applied"] = list(self.applied)
        return frame

    def counts(self) -> dict[str, dict[str, int]]:
        """``{split: {class: count}}``."""
        out: dict[str, dict[str, int]] = {}
        for _, label, split in self.rows:
            per = out.setdefault(split, {})
            per[label] = per.get(label, 0) + 1
        return {s: dict(sorted(out[s].items())) for s in sorted(out, key=split_sort_key)}

    def manifest_csv(self, base: str | os.PathLike[str] | None = None) -> str:
        """The manifest text: ``path,label,split``, paths relative to ``base`` (default: ``root``)."""
        import io

        base = os.path.realpath(base if base is not None else self.root)
        root = os.path.realpath(self.root)
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(("path", "label", "split"))
        for path, label, split in self.rows:
            writer.writerow((os.path.relpath(os.path.join(root, path), base).replace(os.sep, "/"), label, split))
        return buf.getvalue()

    def write_manifest(self, path: str | os.PathLike[str]) -> Path:
        """Write the manifest to ``path``, file paths relative to its folder.

        Written inside the dataset root (``data/fixed.csv``), every path stays inside it: the manifest
        moves with the dataset and ``dataaudit check data/fixed.csv`` reads it without
        ``--allow-outside-root``. Elsewhere the paths climb out (``../data/...``) and need that option.
        """
        target = Path(path)
        if target.suffix.lower() != ".csv":
            raise ParameterError(f"The manifest is written as CSV; give a path ending in .csv, not {target.name!r}.")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.manifest_csv(target.parent), encoding="utf-8")
        return target

    def __dataaudit_source__(self) -> tuple[pd.DataFrame, Path]:
        """What ``dataaudit.audit(fixed)`` reads: the rows as a manifest whose paths resolve under ``root``."""
        return self.to_frame(absolute=False), Path(self.root)

    def audit(self, **options: Any) -> Report:
        """Audit exactly these files, with the original audit's options (``options`` override them)."""
        from dataaudit.api import audit

        return audit(self, **{**self.audit_options, **options})

    def __repr__(self) -> str:
        splits = ", ".join(f"{s} {sum(c.values())}" for s, c in self.counts().items())
        return f"FixedDataset({self.root!r}: {splits}; {len(self.left_out)} left out)"


def _root_of(report: Report) -> str:
    root = (report.source or {}).get("root")
    if root:
        return str(root)
    raise ParameterError(_IN_MEMORY)


def _groups(findings: Iterable[Any], codes: Sequence[str]) -> list[list[str]]:
    """Groups of copies (relative paths) from the findings with these codes, overlapping groups merged."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for finding in findings:
        if finding.code not in codes:
            continue
        paths = [loc.path for loc in finding.locations]
        for p in paths[1:]:
            parent[find(p)] = find(paths[0])
        if paths:
            find(paths[0])
    merged: dict[str, list[str]] = {}
    for p in parent:
        merged.setdefault(find(p), []).append(p)
    return [sorted(g) for g in merged.values() if len(g) > 1]


def _fix_list(report: Report, fixes: Iterable[Fix] | None) -> list[Fix]:
    return list(fixes) if fixes is not None else [f.fix for f in report.findings if f.fix is not None]


def fixed_dataset(report: Report, *, fixes: Iterable[Fix] | None = None, conflicts: str = "exclude",
                  drop_copies: bool = True) -> FixedDataset:
    """The files of ``report`` with its fixes applied (see the module docstring for the order)."""
    if conflicts not in CONFLICT_POLICIES:
        raise ParameterError(f"conflicts must be one of {', '.join(CONFLICT_POLICIES)}; got {conflicts!r}.")
    if report.table is None:
        raise ParameterError("fixed_dataset needs the Report of dataaudit.audit(...) (a report read back from "
                             "JSON has no file listing).")
    root = _root_of(report)
    meta = report.table.meta
    meta = meta[meta["path"].notna()]
    if meta.empty:
        raise ParameterError(_IN_MEMORY)
    fix_list = _fix_list(report, fixes)
    relpaths = meta["relpath"].astype(str).tolist()
    split_of = {p: (None if s is None else str(s)) for p, s in zip(relpaths, meta["split"].tolist())}
    label_of = {p: (None if lab is None else str(lab)) for p, lab in zip(relpaths, meta["label"].tolist())}
    reason: dict[str, str] = {}
    applied: list[str] = []
    resolves: list[str] = []

    resplit_fix = next((f for f in fix_list if f.kind == ResplitManifest.kind), None)
    if resplit_fix is not None:
        resplit = resplit_fix.payload_as(ResplitManifest)
        moved = dropped = 0
        for m in resplit.moved:
            if m.path not in split_of:
                continue
            if m.to_split.startswith("("):
                reason[m.path] = "re-split: an evaluation copy of a training image, dropped"
                dropped += 1
            else:
                split_of[m.path] = m.to_split
                moved += 1
        applied.append(f"leak-free re-split ({resplit.strategy}): {moved} file(s) changed split"
                       + (f", {dropped} dropped" if dropped else ""))
        resolves += ["DA101", "DA102", "DA105"]

    excluded = {p for f in fix_list if f.kind == ExcludeFiles.kind for p in f.payload_as(ExcludeFiles).paths}
    broken = [p for p, e in zip(relpaths, meta["error_kind"].tolist()) if e or p in excluded]
    foreign = [p for p, e, fmt in zip(relpaths, meta["error_kind"].tolist(), meta["format"].tolist())
               if not e and p not in excluded and fmt not in TF_DECODABLE]
    for p in broken:
        reason.setdefault(p, "cannot be decoded, or a fix excludes it")
    for p in foreign:
        reason.setdefault(p, "a format TensorFlow cannot decode")
    if broken:
        applied.append(f"left out {len(broken)} file(s) that cannot be decoded or that a fix excludes")
    if foreign:
        applied.append(f"left out {len(foreign)} file(s) in formats TensorFlow cannot decode "
                       f"(only {', '.join(TF_DECODABLE[:4])})")

    conflict_groups = _groups(report.findings, ("DA104",))
    if conflict_groups:
        left = 0
        for group in conflict_groups:
            members = [p for p in group if p in split_of and p not in reason]
            votes = Counter(label_of[p] for p in members)
            ranked = votes.most_common()
            keep = ranked[0][0] if conflicts == "majority" and ranked and (
                len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
            for p in members:
                if label_of[p] != keep:
                    reason[p] = ("label conflict: a copy of an image labelled "
                                 + ("differently" if keep is None else f"'{keep}' by the majority of its copies"))
                    left += 1
        what = ("every copy left out" if conflicts == "exclude"
                else "the copies with the majority label kept (all left out on a tie)")
        applied.append(f"label conflicts ({conflicts}): {len(conflict_groups)} group(s) of copies with different "
                       f"labels, {what}: {left} file(s) left out")
        resolves.append("DA104")

    if drop_copies:
        order = {s: k for k, s in enumerate(sorted({s for s in split_of.values() if s}, key=split_sort_key))}
        first = {"train": -1}
        dropped_copies = groups_seen = 0
        for group in _groups(report.findings, _GROUP_CODES):
            members = [p for p in group if p in split_of and p not in reason]
            if len(members) < 2:
                continue
            groups_seen += 1
            members.sort(key=lambda p: (first.get(split_of[p] or "", order.get(split_of[p] or "", 99)), p))
            for p in members[1:]:
                reason[p] = f"redundant copy of {members[0]}"
                dropped_copies += 1
        if dropped_copies:
            applied.append(f"left out {dropped_copies} redundant copies: one image kept per group of copies "
                           f"({groups_seen} group(s))")
        resolves.append("DA103")

    rows = []
    for p in relpaths:
        if p in reason:
            continue
        label, split = label_of[p], split_of[p]
        if not label or not split:
            reason[p] = "no label or no split"
            continue
        rows.append((p, label, split))
    options = {k: v for k, v in (report.config or {}).items() if k in _KEPT_OPTIONS}
    for name, params in ((report.config or {}).get("auditors") or {}).items():
        options[name] = dict(params)
    return FixedDataset(
        root=root,
        rows=tuple(rows),
        class_names=tuple(sort_labels(sorted({r[1] for r in rows}))),
        applied=tuple(applied),
        left_out=tuple((p, reason[p]) for p in relpaths if p in reason),
        resolves=tuple(sorted(set(resolves))),
        audit_options=options,
        fixes=tuple(fix_list),
    )
