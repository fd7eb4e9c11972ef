"""Verdicts from the analyser's events: which fits saw evaluation rows and reached evaluation.

A fit leaks when

1. its learned state is in data that a later split divides, and the fit saw
   the rows being divided (*fit before split*); or
2. it saw rows of an evaluation part (the whole data before or after the
   split, a concatenation with validation rows, the validation rows alone)
   and its learned state is applied to rows of that evaluation part
   (*fit includes evaluation rows*).

Copies of rows (oversampling, augmentation stacked onto the originals,
bootstrap resampling) leak when a later split divides them (*overlap*).

Fits whose state never reaches evaluation rows are silent: a final refit on
all data after evaluation, a scaler fitted on everything only to print its
mean. Stateless transforms make no fit events at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from dataaudit.auditors.preprocessing import knowledge as K
from dataaudit.auditors.preprocessing.code_files import CodeFile, no_cycle_collection
from dataaudit.auditors.preprocessing.flow import FitEvent, FlowResult, SplitPart, analyse_cells
from dataaudit.auditors.preprocessing.values import anc_or_eq

__all__ = ["CodeLeak", "CodeAnalysis", "find_leaks", "analyse_code_file"]

LEAK_CODES = {
    "fit-before-split": "DA301",
    "fit-on-all-data": "DA302",
    "fit-on-train-and-eval": "DA302",
    "fit-on-eval": "DA302",
    "oversampling-before-split": "DA303",
    "duplication-before-split": "DA303",
}


@dataclass(frozen=True)
class SplitRef:
    location: str
    line: int
    cell: int | None
    call: str
    func: str
    part: str
    data: str = ""


@dataclass(frozen=True)
class CodeLeak:
    """One leak found in one code file."""

    code: str
    kind: str
    path: str
    fit_location: str
    fit_line: int
    fit_cell: int | None
    fit_call: str
    method: str
    cls: str
    learns: str
    fitted_data: str
    splits: tuple[SplitRef, ...]
    order: str | None = None  # notebooks: "execution", "top-to-bottom" or "both" when they differ
    fit: Any = field(default=None, compare=False, repr=False)
    part: Any = field(default=None, compare=False, repr=False)
    train_parts: tuple = field(default=(), compare=False, repr=False)  # the training parts of the same split

    @property
    def split(self) -> SplitRef:
        return self.splits[0]

    def with_order(self, order: str | None) -> CodeLeak:
        return replace(self, order=order)


@dataclass(frozen=True)
class CodeAnalysis:
    """Everything the analysis of one file produced."""

    path: str
    leaks: tuple[CodeLeak, ...]
    image_data_generators: tuple[dict, ...]
    problems: tuple[str, ...]
    truncated: bool = False


_DATA_LEARNING = ("statistics", "vocabulary", "categories")
#: Fill methods carry values between neighbouring rows; refilled within the evaluation part alone they leak nothing.
_FILLS = K.FILL_METHODS | {"fillna", "interp"}


#: Fills that carry values forward only (from earlier rows to later ones).
_FORWARD_FILLS = K.FORWARD_FILLS


def _keeps_time_order(leak: CodeLeak) -> bool:
    """The split keeps row order with evaluation rows after training rows: a time-series splitter,
    ``train_test_split(..., shuffle=False)`` (both marked by the flow), or index slices (``df[:n]`` / ``df[n:]``)."""
    part = leak.part
    # A slice (``df[:n]``, ``df.loc[:"2019"]``, take/skip), head/tail or a cut-off (``df[df.date < t]``) keeps
    # order; a mask drawn at random (``df[msk]``) does not.
    return part is not None and (part.keeps_order or (part.kind == "subset" and part.func == "slicing"
                                                      and bool(_ORDERED_SUBSET.search(part.key))))


_ORDERED_SUBSET = re.compile(r":|<|>|\b(head|tail|take|skip)\b")


def _eval_parts(flow: FlowResult) -> tuple[list[SplitPart], list[SplitPart]]:
    """Parts known to be evaluation, and parts of explicit splits whose roles nothing tells (any may be)."""
    by_family: dict[int, list[SplitPart]] = defaultdict(list)
    for part in flow.parts.values():
        by_family[part.sid].append(part)
    known, unknown = [], []
    for sid, parts in by_family.items():
        evals = [p for p in parts if p.role == "eval"]
        if evals:
            known.extend(evals)
        elif sid in flow.families_explicit and len(parts) >= 2:
            unknown.extend(p for p in parts if p.role is None)
    return known, unknown


def _split_ref(code: CodeFile, part: SplitPart) -> SplitRef:
    return SplitRef(code.location(part.cell, part.line), part.line, part.cell, part.call, part.func, part.key,
                    part.data)


def find_leaks(flow: FlowResult, code: CodeFile) -> list[CodeLeak]:
    known, unknown = _eval_parts(flow)
    # Everything below is looked up by origin: rows of different origins never overlap.
    parts_by_origin: dict[int, list[SplitPart]] = defaultdict(list)
    for part in known + unknown:
        for origin in {p[0] for p in part.parents}:
            parts_by_origin[origin].append(part)
    eval_by_origin: dict[int, list[tuple]] = defaultdict(list)
    for part in known:
        for parent in part.parents:
            eval_by_origin[parent[0]].append((part.node_of(parent), part, None))
    # A file named like evaluation data (``car_evaluation.csv``) that the code itself splits into training and
    # evaluation parts is not held-out data as a whole.
    divided = {parent[0] for part in flow.parts.values() if part.role == "train" and part.kind != "subset"
               and part.sid in flow.families_explicit
               and len(part.parents) == 1 for parent in part.parents if not parent[1]}
    for origin, info in flow.origin_roles.items():
        if info[0] == "eval" and origin not in divided:
            eval_by_origin[origin].append(((origin, ()), None, info))

    uses_by_fit: dict[int, list] = defaultdict(list)
    for use in flow.uses:
        for fid in use.fits:
            uses_by_fit[fid].append(use)

    parts_by_family: dict[int, list[SplitPart]] = defaultdict(list)
    for part in flow.parts.values():
        parts_by_family[part.sid].append(part)
    found: dict[tuple, CodeLeak] = {}
    for fid, fit in flow.fits.items():
        learns = flow.learns.get(fid, fit.learns)
        origins = {r[0] for r in fit.rows}
        candidates = list({id(p): p for o in origins for p in parts_by_origin.get(o, ())}.values())
        eval_nodes = [e for o in origins for e in eval_by_origin.get(o, ())]
        if fit.kind == "copy":
            leak = _overlap_leak(fit, candidates, code)
        elif learns == "model":
            # A model fitted on rows whose predictions, scores or importances became features of rows that a
            # later split divides (model-based imputation, cluster labels, selection by importance).
            leak = _before_split_leak(fit, learns, candidates, code, flow)
            if leak is None:
                # Columns kept by its coefficients or importances (``test[keep]``) reach rows it was fitted on.
                selections = [u for u in uses_by_fit.get(fid, ()) if u.what == "statistics"]
                if selections:
                    leak = _evaluation_leak(fit, learns, selections, eval_nodes, code)
        elif learns in _DATA_LEARNING:
            uses = uses_by_fit.get(fid, ())
            if _saw_evaluation_rows(fit, eval_nodes):
                # It already saw rows named as evaluation: that is the leak, whatever splits follow.
                leak = _evaluation_leak(fit, learns, uses, eval_nodes, code)
                if leak is None and _before_split_leak(fit, learns, candidates, code, flow) is not None:
                    leak = _evaluation_leak(fit, learns, [_AnyUse], eval_nodes, code)
            else:
                leak = _before_split_leak(fit, learns, candidates, code, flow) or _evaluation_leak(
                    fit, learns, uses, eval_nodes, code)
            fill = fit.method.split(" ")[0] in _FILLS
            if leak is not None and leak.kind == "fit-on-eval" and fit.kind == "stats" \
                    and all(u.what == "statistics" for u in uses):
                leak = None  # evaluation statistics used only in more statistics (a metric computed by hand)
            if leak is not None and leak.kind == "fit-on-eval" and (learns == "categories" or fill):
                leak = None  # categories or gaps of the evaluation part alone, used on it alone: nothing crosses
            if leak is not None and fill and leak.kind == "fit-on-train-and-eval" and not any(
                    u.what != "statistics" and not _within(u.rows, eval_nodes) for u in uses):
                # Training rows filled together with evaluation rows, but only the evaluation rows are used
                # afterwards (the last training value carried into the test period): nothing reaches training.
                leak = None
            if leak is not None and fill and fit.method.endswith("within groups") and "Group" in leak.split.func:
                leak = None  # filled within groups that a group split keeps whole: no value crosses the split
            forward = fit.method.split(" ")[0] in _FORWARD_FILLS or fit.method.startswith("fillna from earlier rows")
            if leak is not None and forward and _keeps_time_order(leak):
                # A forward fill carries only earlier rows' values; a split that keeps time order puts every
                # evaluation row after the training rows, so no evaluation value reaches a training row.
                leak = None
        else:
            continue
        if leak is None:
            continue
        key = (leak.fit_location, leak.code)
        if leak.part is not None:
            siblings = tuple(p for p in parts_by_family.get(leak.part.sid, ()) if p.role == "train")
            leak = replace(leak, train_parts=siblings)
        if key in found:
            merged = tuple(dict.fromkeys(found[key].splits + leak.splits))
            leak = replace(found[key], splits=merged)
        found[key] = leak
    return sorted(found.values(), key=lambda lk: (lk.fit_cell or 0, lk.fit_line, lk.code))


def _make(kind: str, fit: FitEvent, learns: str, parts: list[SplitPart], code: CodeFile,
          extra: list[SplitRef] | None = None) -> CodeLeak:
    refs = tuple(_split_ref(code, p) for p in parts) + tuple(extra or ())
    return CodeLeak(LEAK_CODES[kind], kind, code.file_of(fit.cell), code.location(fit.cell, fit.line), fit.line,
                    fit.cell, fit.call, fit.method, fit.cls, learns, fit.data, refs, None, fit,
                    parts[0] if parts else None)


def _saw_all_of(fit: FitEvent, part: SplitPart, flow: FlowResult | None = None) -> bool:
    return any(anc_or_eq(r, q) or (flow is not None and _filtered_from(r, q, flow))
               for r in fit.rows for q in part.parents)


def _filtered_from(row, parent, flow: FlowResult) -> bool:
    """``row`` is rows of ``parent`` kept by row filters only (``df[df.age.notnull()]``), not by a split.

    Such rows overlap every part a later split of ``parent`` makes.
    """
    if row[0] != parent[0] or row[1][:len(parent[1])] != parent[1] or len(row[1]) <= len(parent[1]):
        return False
    for step in row[1][len(parent[1]):]:
        part = flow.parts.get(step)
        if part is None or step[0] in flow.families_explicit or part.role is not None \
                or not (step in flow.filters or _ROW_FILTER.search(step[1])):
            return False
    return True


# A mask or query that keeps rows by their values (a slice or head() keeps positions, which a later positional
# split may respect).
_ROW_FILTER = re.compile(r"==|!=|<|>|\b(notnull|isnull|notna|isna|isin|between|query|contains|startswith)\b|~")


def _before_split_leak(fit: FitEvent, learns: str, candidates: list[SplitPart], code: CodeFile,
                       flow: FlowResult | None = None) -> CodeLeak | None:
    hits = [p for p in candidates if p.step > fit.step and fit.id in p.taints and _saw_all_of(fit, p, flow)]
    if not hits:
        return None
    hits.sort(key=lambda p: p.step)
    return _make("fit-before-split", fit, learns, hits[:1], code)


def _overlap_leak(fit: FitEvent, candidates: list[SplitPart], code: CodeFile) -> CodeLeak | None:
    hits = [p for p in candidates if p.step > fit.step and fit.id in p.dups and _saw_all_of(fit, p)]
    if not hits:
        return None
    hits.sort(key=lambda p: p.step)
    kind = "oversampling-before-split" if fit.learns == "oversample" else "duplication-before-split"
    return _make(kind, fit, fit.learns or "duplicate", hits[:1], code)


def _within(rows, eval_nodes: list) -> bool:
    return all(any(anc_or_eq(node, r) for node, _p, _o in eval_nodes) for r in rows)


class _AnyUse:
    """Stands for "the fitted state reaches evaluation" when a later split already proved it."""

    step = float("inf")
    rows = ()


def _saw_evaluation_rows(fit: FitEvent, eval_nodes: list) -> bool:
    """The fit saw rows of an evaluation part that existed when it ran (or a file loaded as evaluation data)."""
    for node, part, _origin in eval_nodes:
        if part is not None and part.step > fit.step:
            continue
        if any(anc_or_eq(node, r) for r in fit.rows):
            return True
    return False


def _evaluation_leak(fit: FitEvent, learns: str, uses: list, eval_nodes: list, code: CodeFile) -> CodeLeak | None:
    relevant = []
    for node, part, origin_info in eval_nodes:
        if not any(anc_or_eq(r, node) or anc_or_eq(node, r) for r in fit.rows):
            continue
        if not any(u is _AnyUse or (u.step >= fit.step and any(anc_or_eq(node, row) for row in u.rows))
                   for u in uses):
            continue
        relevant.append((node, part, origin_info))
    if not relevant:
        return None
    node, part, origin_info = min(relevant, key=lambda t: t[1].step if t[1] is not None else 0)
    extra: list[SplitRef] = []
    if part is not None and _saw_all_of(fit, part):
        kind = "fit-before-split" if fit.step < part.step else "fit-on-all-data"
    else:
        evals = [n for n, _p, _o in eval_nodes]
        inside = all(any(anc_or_eq(e, r) for e in evals) for r in fit.rows)
        kind = "fit-on-eval" if inside else "fit-on-train-and-eval"
    if part is None:
        role, cell, line, text, _stmt = origin_info
        extra.append(SplitRef(code.location(cell, line), line, cell, text, "load", "evaluation data"))
        return _make(kind, fit, learns, [], code, extra)
    return _make(kind, fit, learns, [part], code)


def analyse_code_file(code: CodeFile) -> CodeAnalysis:
    """Analyse one parsed file; a notebook is analysed in execution order and top to bottom when they differ."""
    with no_cycle_collection():
        return _analyse(code)


def _analyse(code: CodeFile) -> CodeAnalysis:
    top = analyse_cells(code, code.parsed)
    leaks = find_leaks(top, code)
    idg = list(top.image_data_generators)
    truncated = top.truncated
    problems = list(code.problems) + top.problems
    executed = code.execution_order()
    if executed is not None:
        run = analyse_cells(code, executed)
        truncated = truncated or run.truncated
        problems += run.problems
        as_run = find_leaks(run, code)
        key = lambda lk: (lk.fit_location, lk.code)  # noqa: E731
        top_keys = {key(lk) for lk in leaks}
        run_keys = {key(lk) for lk in as_run}
        merged = [lk.with_order("both" if key(lk) in run_keys else "top-to-bottom") for lk in leaks]
        merged += [lk.with_order("execution") for lk in as_run if key(lk) not in top_keys]
        leaks = sorted(merged, key=lambda lk: (lk.fit_cell or 0, lk.fit_line, lk.code))
    return CodeAnalysis(code.path, tuple(leaks), tuple(idg), tuple(dict.fromkeys(problems)), truncated)
