"""The tabular auditor: duplicate rows across and within splits, duplicates with conflicting targets, feature drift."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from dataaudit.auditors.tabular.drift import column_drift
from dataaudit.auditors.tabular.rows import RowPairs, duplicate_row_pairs, scaled_columns
from dataaudit.engine.auditor import AuditContext, Auditor, Rule
from dataaudit.model.findings import Finding, Severity
from dataaudit.model.fixes import ExcludeFiles
from dataaudit.params import InstanceOf, Interval
from dataaudit.sources.base import split_sort_key

__all__ = ["TabularAuditor"]

#: Pairs / rows listed one by one in a finding's evidence; counts cover all of them.
MAX_LISTED = 50
#: Cross-split duplicates are called a leak when they are this many times more common than duplicates
#: inside the reference split: rows with few distinct values repeat by themselves.
NATURAL_FACTOR = 3.0


class RowsAcrossSplits(Rule):
    """Rows of a feature table that are copies of rows in an earlier split.

    ## What it does
    Finds rows with equal values (exact) or values within `tolerance` of each
    other in every column once each column is scaled by its interquartile range
    (near: a float32 round trip, rounding, a unit change undone), and reports
    for each split pair the share of the later split's rows that copy a row of
    the earlier one. It is an ERROR unless such repeats are about as common
    inside the reference split itself (few distinct values repeat by
    themselves), then a WARNING that says so.

    ## Why it matters
    A validation or test row that is also a training row is scored on memory:
    a model that memorises (trees, k-NN, large networks) gets it right for
    free, and the score is optimistic by up to the share of copied rows.

    ## Example
    12 of 200 val rows (6.0%) copy train rows (9 exact, 3 near).

    ## Fix
    Drop the copied evaluation rows (the attached list), or de-duplicate the
    table before splitting.
    """

    code = "DA501"
    slug = "duplicate-rows-across-splits"
    severity = Severity.ERROR


class RowTargetConflict(Rule):
    """Duplicate rows (same feature values) with different targets.

    ## What it does
    Reports groups of exact or near-duplicate rows, within or across splits,
    whose targets differ.

    ## Why it matters
    Identical inputs with different targets are label noise or a missing
    feature: no model can fit both, and across splits they cap the score a
    model can reach while looking like a model error.

    ## Example
    train[3] (target 1) and val[7] (target 0) have the same values.

    ## Fix
    Check the targets of the listed rows; correct them, or add the feature
    that tells them apart.
    """

    code = "DA502"
    slug = "duplicate-rows-conflicting-targets"
    severity = Severity.ERROR


class RowsWithinSplit(Rule):
    """Duplicate rows inside one split.

    ## What it does
    Counts rows that repeat another row of the same split (exact or near).

    ## Why it matters
    Repeated training rows weigh more than the others; repeated evaluation rows
    count one prediction several times.

    ## Example
    40 of 2,000 train rows (2.0%) repeat another train row.

    ## Fix
    De-duplicate (`df.drop_duplicates()`) unless the repeats are real
    observations.
    """

    code = "DA503"
    slug = "duplicate-rows-within-split"
    severity = Severity.WARNING


class FeatureDrift(Rule):
    """Feature columns whose distribution differs between the reference split and another split.

    ## What it does
    Compares each column of every split with the reference split (train): a
    two-sample Kolmogorov-Smirnov test for continuous columns, a chi-square test
    for columns with at most `max_categories` values. A column drifts when the
    test's p-value is below `drift_alpha` and its effect size (KS statistic, or
    Cramér's V) is at least `drift_min_effect`.

    ## Why it matters
    A split drawn from another distribution (another period, site or sensor)
    measures something else than the one the model will see: scores on it
    neither estimate the in-distribution error nor are flagged as a shift test.

    ## Example
    val differs from train in 2 of 12 columns: income (KS 0.31, p < 1e-9).

    ## Fix
    Split at random (stratified) if the splits should be alike; if the shift
    is intended, say so and report it as such.
    """

    code = "DA504"
    slug = "feature-drift"
    severity = Severity.WARNING


class ColumnsNotAudited(Rule):
    """Columns of a feature table that were not audited because they do not hold numbers.

    ## What it does
    Lists the columns of a CSV/Parquet feature table (or DataFrame) that hold
    text and were left out of the row and drift checks.

    ## Why it matters
    Two rows that differ only in a text column are reported as duplicates, and a
    text column that drifts is not seen. Knowing which columns were skipped
    tells you what the checks did not cover.

    ## Example
    people.parquet: non-numeric column(s) city were not audited as features.

    ## Fix
    Encode the column (one-hot or ordinal codes fitted on train) in the table
    you audit, or accept that it is not checked.
    """

    code = "DA505"
    slug = "columns-not-audited"
    severity = Severity.INFO


class TabularAuditor(Auditor):
    """Checks feature tables and (N, features) arrays: duplicate rows across splits, conflicting targets, drift."""

    name = "tabular"
    code_prefix = "DA5"
    rules = (RowsAcrossSplits, RowTargetConflict, RowsWithinSplit, FeatureDrift, ColumnsNotAudited)
    needs_images = False
    reuse_results = True
    parameters = {
        "tolerance": [Interval(float, 0, None)],
        "reference_split": [InstanceOf(str, label="a split name")],
        "drift_alpha": [Interval(float, 0, 1, closed="neither")],
        "drift_min_effect": [Interval(float, 0, 1)],
        "max_categories": [Interval(int, 2, None)],
    }
    defaults = {
        "tolerance": 1e-3,
        "reference_split": "train",
        "drift_alpha": 1e-3,
        "drift_min_effect": 0.1,
        "max_categories": 10,
    }

    def skip_reason(self, dataset) -> str | None:
        if dataset.arrays is None or dataset.has_images:
            return "the source is not a feature table"
        return None

    def run(self, ctx: AuditContext) -> Iterator[Finding]:
        for note in ctx.dataset.notes:
            if note.kind == "non-numeric-columns":
                yield self.finding(ColumnsNotAudited, note.message, evidence=dict(note.detail),
                                   key="columns:" + ",".join(note.detail.get("columns", [])))
        x = _feature_rows(ctx)
        if x is None:
            return
        meta = ctx.table.meta
        splits = np.array([str(s) for s in meta["split"]], dtype=object)
        labels = [None if v is None else str(v) for v in meta["label"]]
        order = self._split_order(splits)
        pairs = duplicate_row_pairs(x, float(self.params["tolerance"]))
        partners = _partners(len(x), pairs.a, pairs.b)
        exact_partners = _partners(len(x), pairs.a[pairs.exact], pairs.b[pairs.exact])
        yield from self._across(ctx, x, pairs, partners, exact_partners, splits, order)
        finding = self._conflicts(ctx, pairs, labels, splits, order)
        if finding is not None:
            yield finding
        yield from self._within(ctx, partners, splits, order)
        yield from self._drift(ctx, x, splits, order)

    def _split_order(self, splits: np.ndarray) -> list[str]:
        names = sorted(set(splits.tolist()), key=split_sort_key)
        ref = self.params["reference_split"]
        return ([ref] if ref in names else []) + [s for s in names if s != ref]

    # -- duplicates -------------------------------------------------------------------------------

    def _across(self, ctx, x, pairs: RowPairs, partners, exact_partners, splits, order) -> Iterator[Finding]:
        ref = order[0]
        in_ref = splits == ref
        ref_rate = _share_with_partner(partners, in_ref, in_ref) if in_ref.sum() > 1 else 0.0
        leaked: dict[str, dict[str, Any]] = {}
        copied_rows: list[int] = []
        natural = True
        for i, first in enumerate(order):
            for later in order[i + 1:]:
                is_first, is_later = splits == first, splits == later
                rows = [r for r in np.flatnonzero(is_later) if any(is_first[p] for p in partners[r])]
                if not rows:
                    continue
                exact = sum(1 for r in rows if any(is_first[p] for p in exact_partners[r]))
                rate = len(rows) / int(is_later.sum())
                leaked[f"{first}->{later}"] = {"rows": len(rows), "total": int(is_later.sum()), "exact": exact,
                                               "near": len(rows) - exact, "rate": round(rate, 6)}
                natural &= rate <= NATURAL_FACTOR * ref_rate
                copied_rows.extend(int(r) for r in rows)
        if not leaked:
            return
        parts = [f"{v['rows']} of {v['total']} {k.split('->')[1]} rows ({v['rate']:.1%}) copy {k.split('->')[0]} rows "
                 f"({v['exact']} exact, {v['near']} near)" for k, v in leaked.items()]
        message = "; ".join(parts)
        if natural:
            message += (f". Rows repeat about as often inside {ref} ({ref_rate:.1%} of its rows): the columns take few "
                        "distinct values, so these may be different records with equal values")
        copied_rows = sorted(set(copied_rows), key=lambda r: (order.index(splits[r]), r))
        where = [ctx.location(r).path for r in copied_rows]
        yield self.finding(
            RowsAcrossSplits,
            message[:1].upper() + message[1:] + ".",
            locations=ctx.locations(copied_rows[:MAX_LISTED]),
            evidence={
                "leaked": leaked,
                "reference_repeat_rate": round(ref_rate, 6),
                "tolerance": self.params["tolerance"],
                "pairs": _listed_pairs(ctx, x, pairs, splits, cross=True),
                "copied_rows": where[:1000],
            },
            fix=ExcludeFiles(paths=tuple(where)).to_fix(
                f"Drop the {len(where)} evaluation row(s) that copy rows of an earlier split"),
            severity=Severity.WARNING if natural else Severity.ERROR,
            key="rows-across-splits",
        )

    def _conflicts(self, ctx, pairs: RowPairs, labels, splits, order) -> Finding | None:
        if not len(pairs.a) or all(v is None for v in labels):
            return None
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        n = len(labels)
        graph = coo_matrix((np.ones(len(pairs.a)), (pairs.a, pairs.b)), shape=(n, n))
        _, component = connected_components(graph, directed=False)
        groups: dict[int, list[int]] = {}
        for r in np.unique(np.r_[pairs.a, pairs.b]):
            groups.setdefault(int(component[r]), []).append(int(r))
        conflicting = [rows for rows in groups.values() if len({labels[r] for r in rows if labels[r] is not None}) > 1]
        if not conflicting:
            return None
        conflicting.sort(key=lambda rows: (min(order.index(splits[r]) for r in rows), min(rows)))
        lead = conflicting[0]
        example = ", ".join(f"{ctx.location(r).path} (target {labels[r]})" for r in lead[:4])
        rows = sorted({r for g in conflicting for r in g})
        return self.finding(
            RowTargetConflict,
            f"{len(conflicting)} group(s) of duplicate rows carry different targets ({len(rows)} rows), e.g. {example}.",
            locations=ctx.locations(rows[:MAX_LISTED]),
            evidence={
                "groups": len(conflicting),
                "rows": len(rows),
                "examples": [{"rows": [ctx.location(r).path for r in g[:10]],
                              "targets": {ctx.location(r).path: labels[r] for r in g[:10]}}
                             for g in conflicting[:MAX_LISTED]],
            },
            key="row-target-conflicts",
        )

    def _within(self, ctx, partners, splits, order) -> Iterator[Finding]:
        for split in order:
            inside = splits == split
            # A row repeats when it has a partner in its split that comes first: the first of each group is kept.
            extra = [int(r) for r in np.flatnonzero(inside) if any(inside[p] and p < r for p in partners[r])]
            if not extra:
                continue
            total = int(inside.sum())
            yield self.finding(
                RowsWithinSplit,
                f"{len(extra)} of {total} {split} rows ({len(extra) / total:.1%}) repeat another {split} row.",
                locations=ctx.locations(extra[:MAX_LISTED]),
                evidence={"split": split, "repeated_rows": len(extra), "total": total,
                          "extra_rows": [ctx.location(r).path for r in extra[:1000]]},
                key=f"within:{split}",
            )

    # -- drift ------------------------------------------------------------------------------------

    def _drift(self, ctx, x, splits, order) -> Iterator[Finding]:
        names = list(getattr(ctx.dataset, "feature_names", []) or [])
        if len(names) != x.shape[1]:
            names = [f"column {k}" for k in range(x.shape[1])]
        ref = order[0]
        in_ref = splits == ref
        alpha, min_effect = float(self.params["drift_alpha"]), float(self.params["drift_min_effect"])
        for other in order[1:]:
            in_other = splits == other
            drifted = []
            for k, name in enumerate(names):
                result = column_drift(x[in_ref, k], x[in_other, k], int(self.params["max_categories"]))
                if result is not None and result.p_value < alpha and result.effect >= min_effect:
                    drifted.append((name, result))
            if not drifted:
                continue
            drifted.sort(key=lambda item: -item[1].effect)
            shown = ", ".join(
                f"{name} ({'KS' if r.test == 'ks' else 'Cramér V'} {r.effect:.2f}, p {_p(r.p_value)})"
                for name, r in drifted[:5])
            yield self.finding(
                FeatureDrift,
                f"{other} differs from {ref} in {len(drifted)} of {len(names)} column(s): {shown}"
                + (f" and {len(drifted) - 5} more" if len(drifted) > 5 else "") + ".",
                evidence={
                    "reference": ref, "split": other, "columns_tested": len(names),
                    "drifted": [{"column": name, "test": r.test, "statistic": round(r.statistic, 6),
                                 "p_value": float(f"{r.p_value:.3g}"), "effect": round(r.effect, 4)}
                                for name, r in drifted[:MAX_LISTED]],
                    "drift_alpha": alpha, "drift_min_effect": min_effect,
                },
                key=f"drift:{ref}->{other}",
            )


def _p(p: float) -> str:
    return "< 1e-9" if p < 1e-9 else f"{p:.1g}"


def _feature_rows(ctx: AuditContext) -> np.ndarray | None:
    """The feature matrix in table-row order; None for sources that are not tables of numbers."""
    dataset = ctx.dataset
    if dataset.arrays is None or dataset.has_images:
        return None
    widths = {np.asarray(x).shape[1:] for x, _ in dataset.arrays.values()}
    if len(widths) != 1 or len(next(iter(widths))) != 1:
        return None  # the integrity auditor reports splits of different shapes
    meta = ctx.table.meta
    out = np.empty((len(meta), next(iter(widths))[0]), dtype=np.float64)
    for split, (x, _) in dataset.arrays.items():
        rows = np.flatnonzero((meta["split"] == split).to_numpy())
        out[rows] = np.asarray(x, dtype=np.float64)[meta["array_index"].to_numpy()[rows]]
    return out


def _partners(n: int, a_rows: np.ndarray, b_rows: np.ndarray) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(n)]
    for a, b in zip(a_rows.tolist(), b_rows.tolist()):
        out[a].append(b)
        out[b].append(a)
    return out


def _share_with_partner(partners, rows: np.ndarray, among: np.ndarray) -> float:
    members = np.flatnonzero(rows)
    if not len(members):
        return 0.0
    return sum(1 for r in members if any(among[p] and p != r for p in partners[r])) / len(members)


def _listed_pairs(ctx, x, pairs: RowPairs, splits, *, cross: bool) -> list[dict[str, Any]]:
    keep = (splits[pairs.a] != splits[pairs.b]) if cross else (splits[pairs.a] == splits[pairs.b])
    idx = np.flatnonzero(keep)[:MAX_LISTED]
    scaled_gap = None
    if len(idx):
        scaled = scaled_columns(x)
        scaled_gap = np.nanmax(np.abs(scaled[pairs.a[idx]] - scaled[pairs.b[idx]]), axis=1, initial=0.0)
    return [{"a": ctx.location(int(pairs.a[k])).path, "b": ctx.location(int(pairs.b[k])).path,
             "kind": "exact" if pairs.exact[k] else "near", "max_scaled_difference": round(float(gap), 6)}
            for k, gap in zip(idx, scaled_gap if scaled_gap is not None else [])]
