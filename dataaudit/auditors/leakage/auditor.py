"""Split leakage (DA1xx): exact and near-duplicate images across train/val/test, and within a split."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

import numpy as np

from dataaudit.engine.artifacts import DuplicateGroups
from dataaudit.auditors.leakage.embedding import KERAS_MODELS, Embedder, similar_pairs
from dataaudit.auditors.leakage.explain import describe_pair
from dataaudit.auditors.leakage.group_leaks import BurstAcrossSplits, GroupAcrossSplits, GroupsUsed, group_findings
from dataaudit.auditors.leakage.resplit import (
    RESPLIT_STRATEGIES, home_split, manifest_csv, manifest_paths, moved_csv, plan_resplit, resplit_payload,
)
from dataaudit.auditors.leakage.fine_verify import FINE_EXTRA_RADIUS, FINE_NULL_PAIRS, MIN_FINE_RESIDUAL, FineCheck, calibrate_fine, keep_fine_pairs
from dataaudit.auditors.leakage.pair_search import (
    DuplicatePairs, connected_groups, find_duplicate_pairs, lookalike_sample, take_rows,
)
from dataaudit.auditors.leakage.search_memo import MEMO_VERSION, SearchMemo
from dataaudit.auditors.leakage.signatures import N_LOOKALIKE_WINDOW_CODES, split_codes
from dataaudit.engine.result_memo import dataset_memo_key
from dataaudit.scan.features import get_feature
from dataaudit.model.findings import Finding, Fix, Severity
from dataaudit.model.fixes import AlternativeResplit
from dataaudit.params import Boolean, CallableValue, InstanceOf, Interval, NoneValue, Options, PathLike
from dataaudit.sources.base import split_sort_key
from dataaudit.sources.multilabel import describe_label_set
from dataaudit.engine.auditor import AuditContext, Auditor, Rule

__all__ = ["LeakageAuditor", "SENSITIVITY"]

#: (Hamming radius of the candidate search, minimum verified similarity) per sensitivity.
#: Calibrated on planted copies against random pairs: see docs/leakage.md.
SENSITIVITY: dict[str, tuple[int, float]] = {
    "strict": (8, 0.92),
    "default": (10, 0.90),
    "loose": (12, 0.82),
}
#: Near-copy search is switched off ("auto") when random pairs of one class verify at this median
#: similarity or above: non-copies align as well as copies there (photos: ~0.15; handwritten digits: 0.77).
LOOKALIKE_MAX = 0.5
#: At most this many members / pairs are listed in one finding's evidence.
MAX_LISTED = 50
_NO_SPLIT = "(no split)"


class ExactCrossSplit(Rule):
    """Byte-identical images in two or more splits.

    ## What it does
    Groups files with identical content (same SHA-256 hash of the bytes) and
    reports every group whose members sit in different splits, once per group
    with all its members. A manifest that lists the same file in two splits is
    such a group too.

    ## Why it matters
    A validation or test image that is also a training image is scored on
    memory, not on generalisation: the reported accuracy is optimistic by as
    much as the share of such images.

    ## Example
    `val/cat/12.jpg` is a byte-identical copy of `train/cat/881.jpg`.

    ## Fix
    Keep each group in one split: use the re-split manifest of DA105, or drop
    the copies outside the training split.
    """

    code = "DA101"
    slug = "exact-cross-split-duplicate"
    severity = Severity.ERROR


class NearCrossSplit(Rule):
    """Near-duplicate images (resized, re-encoded, cropped, flipped, recoloured copies) in two or more splits.

    ## What it does
    Finds candidate copies with perceptual hashes of several views of each
    image (whole, central, slightly turned, mirrored, 80-92% windows; an image
    with uniform borders, such as padding, letterbox bars or a frame, also
    without them), aligns each candidate pair and keeps those whose fine
    detail agrees (similarity at least `min_similarity`; an overlay such as a
    caption bar along a side is left out of the comparison). With
    `strong_edits=True` it also finds quarter turns, vertical flips, crops
    keeping half of the area and logo boxes over up to 15% of the image
    anywhere in it. Matched pairs are merged into groups; each
    group spanning splits is reported once, with the edit that best explains
    it and the similarity score.

    ## Why it matters
    About 3% of CIFAR-10's test images have a near-duplicate in its training
    set (Barz & Denzler 2020). A model recognises a resized or flipped copy
    of an image it trained on, so test accuracy measures memorisation.

    ## Example
    `val/cat/12.jpg` is a horizontally flipped crop of `train/cat/881.jpg`
    (similarity 0.97).

    ## Fix
    Keep each group in one split: use the re-split manifest of DA105, or drop
    the copies outside the training split.
    """

    code = "DA102"
    slug = "near-cross-split-duplicate"
    severity = Severity.ERROR


class WithinSplitDuplicate(Rule):
    """Exact or near-duplicate images within one split.

    ## What it does
    Reports each group of copies that has two or more members in the same
    split, listing them.

    ## Why it matters
    Copies inside the training set weight those images more than the others;
    copies inside a test set count the same mistake several times.

    ## Example
    `train/dog/3.jpg` and `train/dog/3 (1).jpg` are the same photo.

    ## Fix
    Keep one image of each group per split (`extra_copies` in the evidence
    lists the others).
    """

    code = "DA103"
    slug = "within-split-duplicate"
    severity = Severity.WARNING


class LabelConflict(Rule):
    """Copies of one image that carry different labels.

    ## What it does
    Reports duplicate groups (exact or near copies, within or across splits)
    whose members have two or more different labels.

    ## Why it matters
    The same picture cannot be both classes: one label is wrong, and the model
    is trained (or scored) on contradictory targets.

    ## Example
    `train/cat/5.jpg` and `train/dog/77.jpg` are the same photo.

    ## Fix
    Check the images and correct the wrong label, or remove the copy.
    """

    code = "DA104"
    slug = "duplicate-label-conflict"
    severity = Severity.ERROR


class LeakRate(Rule):
    """The share of evaluation images that have a duplicate in an earlier split.

    ## What it does
    For every pair of splits (train before val before test) it reports the
    share of the later split's images that are exact or near copies of an
    image in the earlier one (`leak_rates` in the evidence). The finding is an
    ERROR when a rate exceeds `max_leak_rate` (default 0: any leak), else INFO.
    The per-group findings DA101/DA102 follow the same rule: ERROR when their
    split pair's rate exceeds the tolerance, WARNING otherwise.

    ## Why it matters
    It is the size of the optimism in your validation numbers: 3% leaked test
    images can hide a 3-point accuracy drop on new data.

    ## Example
    3.1% of test images (31 of 1000) have a duplicate in train.

    ## Fix
    Train from the attached re-split manifest (`resplit.csv`): every duplicate
    group in one split, class proportions per split kept. The alternative plan
    (`resplit_drop.csv`) leaves the evaluation copies out instead.
    """

    code = "DA105"
    slug = "split-leak-rate"
    severity = Severity.ERROR


class SimilarCrossSplit(Rule):
    """Very similar images across splits according to a semantic embedding (opt-in).

    ## What it does
    With `embedding` set (a Keras application name or a callable), images
    whose embeddings have a cosine similarity of at least
    `embedding_threshold` and that are in different splits are reported,
    unless they are already exact or near copies.

    ## Why it matters
    Two shots of the same scene or consecutive video frames are not pixel
    copies, but a model that saw one has effectively seen the other.

    ## Example
    `test/frames/0412.jpg` looks very similar to `train/frames/0411.jpg`
    (cosine 0.97, mobilenet_v3_small).

    ## Fix
    Review the pairs; split by scene, video or session rather than by image.
    """

    code = "DA106"
    slug = "similar-cross-split"
    severity = Severity.WARNING


class NearCopySearchOff(Rule):
    """The near-copy search was switched off: in this dataset, different images align like copies even at fine scale.

    ## What it does
    Before searching for near copies, verifies a few hundred random pairs of
    different images of the same class. Random pairs are practically never
    copies, so their median similarity says how well non-copies align here.
    When it reaches 0.5 (photos score about 0.15; handwritten digits and
    radiographs about 0.8), near copies are verified finer: each matched
    pair's alignment is refined at full thumbnail scale and kept only when
    one image explains the other far more completely (residual after a tone
    curve) than the most alike random pairs of the dataset do. Only when even
    those random pairs leave almost no residual, so that nothing tells a copy
    from a look-alike, is the near-copy search switched off
    (`near_duplicates="auto"`): only byte-identical copies are checked, and
    this finding says so, with the levels measured.

    ## Why it matters
    Glyph-like images (renderings of one character or icon, synthetic
    templates) of one class can differ by less than what re-encoding or
    resizing changes in a copy: a near-copy search there would report most
    of the dataset as duplicates and a leak rate that means nothing.

    ## Example
    Random pairs of images of one class align with a median similarity of
    1.00 and, aligned finely, leave a residual of 0.0001 (edited copies leave
    about 0.002): near copies were not searched, only exact ones.

    ## Fix
    Nothing to fix in the data. To search anyway (and review every reported pair),
    set `near_duplicates=True`; to look for semantic repeats, use `embedding`.
    """

    code = "DA107"
    slug = "near-copy-search-off"
    severity = Severity.WARNING


@dataclass
class _Edges:
    """Matched pairs in table-row space, with what this run has already worked out about them."""

    a: np.ndarray
    b: np.ndarray
    pairs: DuplicatePairs
    rows: np.ndarray  # searched index -> table row
    split_order: list[str] = field(default_factory=list)
    detail: np.ndarray | None = None  # per searched index: detail_level of its thumbnail
    #: (edge, copy row) -> its edit description: one group's pairs are listed by up to three findings. Holds the
    #: current group's only (cleared between groups): a million images' pairs would keep gigabytes of them.
    descriptions: dict[tuple[int, int], Any] = field(default_factory=dict)
    image_meta: dict[str, np.ndarray] | None = None  # width, height, format per table row


@dataclass(frozen=True, slots=True, eq=False)  # eq: Mapping's, so that it equals the dict it reads as
class PairEvidence(Mapping):
    """One pair of ``evidence["pairs"]`` (DA101-DA104): read like the dict it is written as (JSON, reports).

    A record, not a dict: a million images' duplicate findings list millions of pairs, and a dict of ten
    entries costs three times the memory of these slots. ``edits`` is the description's own tuple, shared
    by the findings that list the pair, and reads as a list.
    """

    original: str
    copy: str
    original_split: str | None
    copy_split: str | None
    original_label: str | None
    copy_label: str | None
    kind: str
    similarity: float
    edit: str
    edits: tuple[str, ...]

    def __getitem__(self, key: str) -> Any:
        if key not in _PAIR_KEYS:
            raise KeyError(key)
        value = getattr(self, key)
        return list(value) if key == "edits" else value

    def __iter__(self) -> Iterator[str]:
        return iter(_PAIR_KEYS)

    def __len__(self) -> int:
        return len(_PAIR_KEYS)


_PAIR_KEYS = tuple(f.name for f in fields(PairEvidence))


class LeakageAuditor(Auditor):
    """Finds exact and near-duplicate images across and within splits, measures the leak rate and plans a leak-free re-split."""

    name = "leakage"
    reuse_results = True  # run() reads only the context: an unchanged dataset reuses the stored result
    code_prefix = "DA1"
    rules = (ExactCrossSplit, NearCrossSplit, WithinSplitDuplicate, LabelConflict, LeakRate, SimilarCrossSplit,
             NearCopySearchOff, GroupAcrossSplits, BurstAcrossSplits, GroupsUsed)
    requires = ("luma32", "chroma8", "view_codes", "detail32")
    parameters = {
        "sensitivity": [Options(tuple(SENSITIVITY))],
        "hash_radius": [Interval(int, 0, 32), NoneValue()],
        "min_similarity": [Interval(float, -1, 1), NoneValue()],
        "within_split": [Boolean()],
        "strong_edits": [Boolean()],
        "near_duplicates": [Options(("auto",)), Boolean()],
        "max_leak_rate": [Interval(float, 0, 1)],
        "reference_split": [InstanceOf(str, label="a split name")],
        "resplit": [Options(RESPLIT_STRATEGIES)],
        "seed": [Interval(int, 0, 2**32 - 1)],
        "embedding": [NoneValue(), Options(tuple(KERAS_MODELS)), CallableValue()],
        "embedding_weights": [Options(("imagenet",)), NoneValue(), PathLike()],
        "embedding_threshold": [Interval(float, -1, 1)],
        "burst_seconds": [Interval(float, 0, None)],
    }
    defaults = {
        "sensitivity": "default",
        "hash_radius": None,
        "min_similarity": None,
        "within_split": True,
        "strong_edits": False,
        "near_duplicates": "auto",
        "max_leak_rate": 0.0,
        "reference_split": "train",
        "resplit": "move",
        "seed": 0,
        "embedding": None,
        "embedding_weights": "imagenet",
        "embedding_threshold": 0.95,
        "burst_seconds": 5.0,
    }

    def required_features(self) -> tuple[str, ...]:
        extra = ("rgb64",) if self.params["embedding"] is not None else ()
        return (*self.requires, *extra)

    @property
    def thresholds(self) -> tuple[int, float]:
        """The (hash radius, minimum similarity) in use: raw parameters override the sensitivity preset."""
        radius, similarity = SENSITIVITY[self.params["sensitivity"]]
        if self.params["hash_radius"] is not None:
            radius = int(self.params["hash_radius"])
        if self.params["min_similarity"] is not None:
            similarity = float(self.params["min_similarity"])
        return radius, similarity

    # -- the run ----------------------------------------------------------------------------------

    def run(self, ctx: AuditContext) -> Iterator[Finding]:
        table = ctx.table
        meta = table.meta
        n = len(meta)
        searched = np.flatnonzero(table.ok)
        radius, min_similarity = self.thresholds
        # Read from the scan's file when used (in chunks, or the rows a step needs): not held in memory.
        luma = table.feature_rows("luma32", searched)
        keys = meta["content_hash"].to_numpy(dtype=object)[searched]
        chroma = take_rows(table.feature("chroma8"), searched)
        sides = np.minimum(meta["width"].to_numpy(), meta["height"].to_numpy())[searched]
        codes = split_codes(take_rows(table.feature("view_codes"), searched))  # the scan's: both steps below read them
        near, lookalike, lookalike_pairs = self.params["near_duplicates"], float("nan"), 0
        fine: FineCheck | None = None
        if near == "auto":
            labels_searched = meta["label"].to_numpy(dtype=object)[searched]
            labelled = any(v is not None for v in labels_searched)
            sample = lookalike_sample(
                luma, chroma, labels_searched if labelled else None, keys, sides, seed=self.params["seed"], codes=codes)
            lookalike, lookalike_pairs = sample.level, sample.pairs
            near = True  # nan (too few images to tell): search
            if lookalike >= LOOKALIKE_MAX:
                # Non-copies align like copies at the regular verification's grain: look finer (fine_verify.py),
                # with the rule calibrated on a larger sample of random pairs; only if that cannot separate them
                # either, search exact copies only.
                null = lookalike_sample(luma, chroma, labels_searched if labelled else None, keys, sides,
                                        pairs=FINE_NULL_PAIRS, seed=self.params["seed"], codes=codes)
                al = null.aligned
                fine = calibrate_fine(luma, null.source, null.target, al.params, al.mirrored, al.turns)
                near = fine.separable
                radius += FINE_EXTRA_RADIUS
        # Detail of every thumbnail, once: the flat-image check and the edit descriptions both read it.
        detail = table.feature("detail32")[searched] if near else None
        memo_key = self._memo_key(ctx, fine=fine is not None) if near else None
        memo = SearchMemo.from_bytes(ctx.store.get_result(memo_key)) if memo_key is not None else None
        pairs = find_duplicate_pairs(luma, keys, chroma, sides, radius=radius, min_similarity=min_similarity,
                                     codes=codes, near=bool(near),
                                     detail=detail, progress=ctx.progress, memo=memo, keep_memo=memo_key is not None,
                                     strong=bool(self.params["strong_edits"]), lookalike=fine is not None,
                                     tasks=ctx.tasks)
        if memo_key is not None and pairs.memo is not None:
            ctx.store.put_result(memo_key, pairs.memo.to_bytes())
        # Stored: the memo (every image's view matches, candidates and verdicts) need not live through the findings.
        pairs = replace(pairs, memo=None)
        if fine is not None and near:
            pairs = keep_fine_pairs(luma, pairs, fine)
        a, b = searched[pairs.a], searched[pairs.b]
        groups = connected_groups(n, a, b)
        splits = np.array([_NO_SPLIT if s is None else str(s) for s in meta["split"]], dtype=object)
        labels = [None if lab is None else str(lab) for lab in meta["label"]]
        edges = _Edges(a, b, pairs, searched, self._split_order(splits.tolist()), detail)
        group_of = np.full(n, -1, dtype=np.int64)
        for gid, members in enumerate(groups):
            group_of[members] = gid
        edge_group = group_of[a] if len(a) else np.zeros(0, np.int64)
        by_group = np.argsort(edge_group, kind="stable")
        edges_of = np.split(by_group, np.searchsorted(edge_group[by_group], np.arange(1, len(groups))))
        inexact = np.bincount(edge_group, weights=(pairs.kind != "exact").astype(float), minlength=len(groups))
        kinds = tuple("exact" if count == 0 else "near" for count in inexact[: len(groups)])
        rates = self._leak_rates(groups, splits, table.ok)
        ctx.artifacts[self.name] = DuplicateGroups(
            groups=tuple(groups),
            kinds=kinds,
            extra={
                "leak_rates": {key: value["rate"] for key, value in rates.items()},
                "thresholds": {"hash_radius": radius, "min_similarity": min_similarity},
                "near_search": bool(near),
                "lookalike_level": None if np.isnan(lookalike) else round(lookalike, 4),
                "fine_verification": fine is not None and bool(near),
                **(fine.to_evidence() if fine is not None else {}),
                "candidates": pairs.candidates,
                "pairs": len(a),
            },
        )
        if not near:
            finely = ("" if fine is None else
                      f" and aligned finely the most alike of them still leave a residual of only {fine.null_residual:.4f} "
                      f"(edited copies leave about {MIN_FINE_RESIDUAL:g} or more),")
            yield self.finding(
                NearCopySearchOff,
                f"Near copies were not searched: random pairs of different images of one class align with a median "
                f"similarity of {lookalike:.2f} (photos: about 0.15), as well as edited copies do,{finely} so "
                "look-alikes could not be told from copies (typical of renderings of one glyph or icon). Only "
                "byte-identical copies were checked; set leakage.near_duplicates=true to search anyway.",
                evidence={"lookalike_level": round(lookalike, 4), "pairs_verified": lookalike_pairs,
                          "lookalike_max": LOOKALIKE_MAX, **({} if fine is None else fine.to_evidence())},
                key="near-search",
            )
        exceeded = {key for key, value in rates.items() if value["rate"] > self.params["max_leak_rate"]}
        home = [home_split(splits[g].tolist(), self.params["reference_split"]) for g in groups]

        for gid, members in enumerate(groups):
            member_splits = splits[members]
            in_group = edges_of[gid]
            if len(set(member_splits)) > 1:
                yield self._cross_split_finding(ctx, gid, members, splits, home[gid], edges, in_group, kinds[gid],
                                                exceeded, rates)
            if self.params["within_split"]:
                finding = self._within_split_finding(ctx, members, splits, edges, in_group)
                if finding is not None:
                    yield finding
            distinct = sorted({labels[r] for r in members if labels[r] is not None})
            if len(distinct) > 1:
                yield self._label_conflict_finding(ctx, members, distinct, labels, splits, edges, in_group)
            edges.descriptions.clear()
        if any(value["leaked"] for value in rates.values()):
            yield self._leak_rate_finding(ctx, groups, rates, exceeded, splits, labels)
        if self.params["embedding"] is not None:
            yield from self._semantic_findings(ctx, searched, group_of, splits, edges.split_order)
        yield from group_findings(self, ctx, groups, splits, labels, edges.split_order)

    def _memo_key(self, ctx: AuditContext, fine: bool = False) -> str | None:
        """Where this dataset's search memo is kept: one per dataset folder and search setting, so a grown
        or edited dataset finds the memo of its last audit. None when there is nowhere to keep it."""
        radius, min_similarity = self.thresholds
        return dataset_memo_key(ctx, "leakage-search-memo", {
            "memo": MEMO_VERSION, "radius": radius, "min_similarity": min_similarity,
            "strong_edits": bool(self.params["strong_edits"]),
            **({"fine_extra_radius": FINE_EXTRA_RADIUS, "lookalike_windows": N_LOOKALIKE_WINDOW_CODES} if fine else {}),
            "features": sorted(f"{name}@{get_feature(name).version}" for name in self.requires),
        })

    # -- leak rates -------------------------------------------------------------------------------

    def _split_order(self, splits: Sequence[str]) -> list[str]:
        ref = self.params["reference_split"]
        names = sorted(set(splits), key=split_sort_key)
        return ([ref] if ref in names else []) + [s for s in names if s != ref]

    def _leak_rates(self, groups: list[np.ndarray], splits: np.ndarray, ok: np.ndarray) -> dict[str, dict[str, Any]]:
        """{"train->val": {"rate", "leaked", "total", "from", "to"}}: share of `to` images with a copy in `from`."""
        order = self._split_order(splits.tolist())
        leaked: dict[tuple[str, str], set[int]] = {}
        for members in groups:
            present = set(splits[members].tolist())
            for r in members:
                for earlier in present:
                    if earlier != splits[r] and order.index(earlier) < order.index(splits[r]):
                        leaked.setdefault((earlier, splits[r]), set()).add(int(r))
        rates: dict[str, dict[str, Any]] = {}
        for i, first in enumerate(order):
            for later in order[i + 1 :]:
                total = int((ok & (splits == later)).sum())
                count = len(leaked.get((first, later), ()))
                rates[f"{first}->{later}"] = {
                    "from": first, "to": later, "leaked": count, "total": total,
                    "rate": round(count / total, 6) if total else 0.0,
                }
        return rates

    # -- findings ---------------------------------------------------------------------------------

    def _where(self, ctx: AuditContext, row: int) -> str:
        loc = ctx.location(row)
        return _where(loc.path, loc.split)

    def _ordered(self, ctx: AuditContext, members: np.ndarray, splits: np.ndarray, order: list[str]) -> list[int]:
        rank = {s: k for k, s in enumerate(order)}
        return sorted((int(r) for r in members), key=lambda r: (rank.get(splits[r], 99), ctx.location(r).path))

    def _describe(self, ctx: AuditContext, edges: _Edges, k: int, copy: int) -> Any:
        known = edges.descriptions.get((k, copy))
        if known is None:
            known = edges.descriptions[(k, copy)] = self._describe_pair(ctx, edges, k, copy)
        return known

    def _describe_pair(self, ctx: AuditContext, edges: _Edges, k: int, copy: int) -> Any:
        p = edges.pairs
        source = int(edges.rows[p.source[k]])
        target = int(edges.rows[p.target[k]])
        original = target if copy == source else source
        detail = {}
        if edges.detail is not None:
            detail = {"copy_detail": float(edges.detail[p.source[k] if copy == source else p.target[k]]),
                      "original_detail": float(edges.detail[p.target[k] if copy == source else p.source[k]])}
        luma = ctx.table.feature_rows("luma32")
        chroma = ctx.table.features.get("chroma8")
        if edges.image_meta is None:
            # Plain columns, once per run: a pandas row lookup per described pair cost seconds at 60k images.
            meta = ctx.table.meta
            edges.image_meta = {c: meta[c].to_numpy(dtype=object) for c in ("width", "height", "format")}
        image_meta = edges.image_meta
        return describe_pair(
            exact=p.kind[k] == "exact",
            mirrored=bool(p.mirrored[k]),
            turns=int(p.turns[k]),
            params=p.params[k],
            copy_is_source=copy == source,
            copy_meta={c: column[copy] for c, column in image_meta.items()},
            original_meta={c: column[original] for c, column in image_meta.items()},
            copy_luma=luma[copy],
            original_luma=luma[original],
            copy_chroma=None if chroma is None else chroma[copy],
            original_chroma=None if chroma is None else chroma[original],
            **detail,
        )

    def _pair_evidence(self, ctx: AuditContext, edges: _Edges, in_group: np.ndarray, splits: np.ndarray,
                       home: str | None) -> list[PairEvidence]:
        """The matched pairs of one group (``in_group``: their edge indices), copy and original named."""
        out = []
        order = edges.split_order
        for k in in_group[:MAX_LISTED]:
            x, y = int(edges.a[k]), int(edges.b[k])
            # The copy is the member outside the home split, or the later one.
            key = lambda r: (splits[r] != home, order.index(splits[r]), ctx.location(r).path)  # noqa: E731
            original, copy = sorted((x, y), key=key)
            desc = self._describe(ctx, edges, int(k), copy)
            lo, lc = ctx.location(original), ctx.location(copy)
            out.append(PairEvidence(
                original=lo.path, copy=lc.path, original_split=lo.split, copy_split=lc.split,
                original_label=lo.label, copy_label=lc.label, kind=str(edges.pairs.kind[k]),
                similarity=round(float(edges.pairs.similarity[k]), 4), edit=desc.phrase, edits=desc.edits,
            ))
        return out

    def _cross_split_finding(self, ctx, gid, members, splits, home, edges, in_group, kind, exceeded, rates) -> Finding:
        ordered = self._ordered(ctx, members, splits, edges.split_order)
        pairs = self._pair_evidence(ctx, edges, in_group, splits, home)
        cross = [p for p in pairs if p["original_split"] != p["copy_split"]] or pairs
        main = max(cross, key=lambda p: (p["copy_split"] != home, p["similarity"]))
        present = sorted(set(splits[members].tolist()), key=split_sort_key)
        involved = [key for key, v in rates.items() if v["from"] in present and v["to"] in present]
        severity = Severity.ERROR if any(key in exceeded for key in involved) else Severity.WARNING
        rule = ExactCrossSplit if kind == "exact" else NearCrossSplit
        if main["copy"] == main["original"]:  # a manifest listing one file in two splits
            message = f"{main['copy']} is listed in {main['original_split']} and in {main['copy_split']}: the same file"
        else:
            message = (f"{_where(main['copy'], main['copy_split'])} is {main['edit']} of "
                       f"{_where(main['original'], main['original_split'])}")
        if kind != "exact":
            message += f" (similarity {main['similarity']:.2f})"
        if len(members) > 2:
            message += f"; the group has {len(members)} images across {', '.join(present)}"
        outside = [ctx.location(r).path for r in ordered if splits[r] != home]
        return self.finding(
            rule,
            message + ".",
            locations=ctx.locations(ordered),
            evidence={
                "group": gid,
                "group_size": len(members),
                "kind": kind,
                "splits": dict(Counter(splits[members].tolist())),
                "labels": sorted({str(x) for x in ctx.table.meta["label"].to_numpy()[members] if x is not None}),
                "home_split": home,
                "similarity": main["similarity"],
                "edit": main["edit"],
                "edits": main["edits"],
                "pairs": pairs,
                "leak_rates": {key: rates[key]["rate"] for key in involved},
                "max_leak_rate": self.params["max_leak_rate"],
                # The remedy is DA105's re-split (one fix for the whole dataset); these are the copies it moves.
                "outside_home_split": outside,
            },
            severity=severity,
        )

    def _within_split_finding(self, ctx, members, splits, edges, in_group) -> Finding | None:
        counts = Counter(splits[members].tolist())
        dup_splits = sorted((s for s, c in counts.items() if c > 1), key=split_sort_key)
        if not dup_splits:
            return None
        ordered = [r for r in self._ordered(ctx, members, splits, edges.split_order) if splits[r] in dup_splits]
        pairs = [p for p in self._pair_evidence(ctx, edges, in_group, splits, None)
                 if p["original_split"] == p["copy_split"]]
        parts = [f"{counts[s]} copies of one image in {s}" for s in dup_splits]
        lead = pairs[0] if pairs else None
        message = "; ".join(parts) + ": " + ", ".join(ctx.location(r).path for r in ordered[:6])
        if len(ordered) > 6:
            message += f" and {len(ordered) - 6} more"
        if lead is not None:
            message += f" ({lead['copy']} is {lead['edit']} of {lead['original']})"
        extra = []
        for s in dup_splits:
            in_split = [r for r in ordered if splits[r] == s]
            extra.extend(ctx.location(r).path for r in in_split[1:])
        return self.finding(
            WithinSplitDuplicate,
            message + ".",
            locations=ctx.locations(ordered),
            evidence={"copies": {s: counts[s] for s in dup_splits}, "pairs": pairs, "extra_copies": extra},
        )

    def _label_conflict_finding(self, ctx, members, distinct, labels, splits, edges, in_group) -> Finding:
        ordered = self._ordered(ctx, members, splits, edges.split_order)
        shown, kind = (describe_label_set, "label sets") if ctx.dataset.multi_label else (str, "labels")
        listed = ", ".join(f"{ctx.location(r).path} ({shown(labels[r])})" for r in ordered[:6])
        if len(ordered) > 6:
            listed += f" and {len(ordered) - 6} more"
        return self.finding(
            LabelConflict,
            f"Copies of one image carry {len(distinct)} {kind} ({', '.join(map(shown, distinct))}): {listed}.",
            locations=ctx.locations(ordered),
            evidence={
                "labels": {lab: sum(labels[r] == lab for r in members) for lab in distinct},
                "pairs": self._pair_evidence(ctx, edges, in_group, splits, None),
            },
        )

    def _leak_rate_finding(self, ctx, groups, rates, exceeded, splits, labels) -> Finding:
        parts = []
        for key, v in rates.items():
            if v["leaked"]:
                parts.append(f"{v['rate']:.1%} of {v['to']} images ({v['leaked']} of {v['total']}) have a duplicate in {v['from']}")
        tolerance = self.params["max_leak_rate"]
        severity = Severity.ERROR if exceeded else Severity.INFO
        verdict = (f"above the tolerance max_leak_rate={tolerance:g}" if exceeded
                   else f"within the tolerance max_leak_rate={tolerance:g}")
        return self.finding(
            LeakRate,
            "; ".join(parts)[:1].upper() + "; ".join(parts)[1:] + f" ({verdict}).",
            evidence={
                "leak_rates": {key: v["rate"] for key, v in rates.items()},
                "leaked": {key: v["leaked"] for key, v in rates.items()},
                "totals": {key: v["total"] for key, v in rates.items()},
                "max_leak_rate": tolerance,
                "exceeded": sorted(exceeded),
                "groups_across_splits": sum(len(set(splits[g].tolist())) > 1 for g in groups),
            },
            fix=self._resplit_fix(ctx, groups, splits, labels),
            severity=severity,
            key="leak-rate",
        )

    def _resplit_fix(self, ctx, groups, splits, labels) -> Fix:
        primary = self.params["resplit"]
        other = "drop" if primary == "move" else "move"
        plans = {
            s: plan_resplit(splits.tolist(), labels, groups, reference=self.params["reference_split"], strategy=s,
                            seed=self.params["seed"])
            for s in (primary, other)
        }
        paths = ctx.table.meta["path"].tolist()
        where = [ctx.location(i).path for i in range(len(paths))]
        plan = plans[primary]
        has_files = all(p is not None for p in paths)
        files, manifest, usage = None, None, None
        alternative = AlternativeResplit(strategy=other, moved=len(plans[other].moved))
        if has_files:
            listed = manifest_paths(paths, ctx.dataset.root)
            names = {primary: ("resplit.csv", "moved.csv"), other: (f"resplit_{other}.csv", f"{other}_rows.csv")}
            files = {}
            for strategy, (manifest_name, moved_name) in names.items():
                files[manifest_name] = manifest_csv(listed.paths, labels, plans[strategy], groups)
                files[moved_name] = moved_csv(listed.paths, plans[strategy])
            manifest = "resplit.csv"
            alternative = replace(alternative, manifest=names[other][0], moved_list=names[other][1])
            usage = listed.usage(manifest)
            title = (f"Re-split ({primary}): {len(plan.moved)} image(s) change split so that every duplicate group "
                     f"lives in one split (copies moved to their original's split are left out); "
                     f"{listed.how_to_read()}")
        else:
            title = f"Re-split ({primary}): {len(plan.moved)} image(s) change split (in-memory source: no manifest)"
        payload = resplit_payload(plan, where, splits.tolist(), labels, reference_split=self.params["reference_split"],
                                  alternative=alternative, files=files, manifest=manifest, usage=usage)
        return payload.to_fix(title, "automatic" if has_files else "suggested")

    def _semantic_findings(self, ctx, searched, group_of, splits, order) -> Iterator[Finding]:
        embedder = Embedder(self.params["embedding"], weights=self.params["embedding_weights"])
        with ctx.progress.stage(f"leakage: embeddings ({embedder.name})", total=len(searched), unit="images") as stage:
            vectors = embedder(ctx.table.feature_rows("rgb64", searched), stage)
        i, j, sims = similar_pairs(vectors, self.params["embedding_threshold"])
        a, b = searched[i], searched[j]
        keep = (splits[a] != splits[b]) & ~((group_of[a] >= 0) & (group_of[a] == group_of[b]))
        a, b, sims = a[keep], b[keep], sims[keep]
        for members in connected_groups(len(splits), a, b):
            ordered = self._ordered(ctx, members, splits, order)
            inside = np.isin(a, members)
            best = int(np.argmax(np.where(inside, sims, -2)))
            first, second = sorted((int(a[best]), int(b[best])), key=lambda r: ordered.index(r))
            yield self.finding(
                SimilarCrossSplit,
                f"{self._where(ctx, second)} looks very similar to {self._where(ctx, first)} "
                f"(cosine {sims[best]:.2f}, {embedder.name})"
                + (f"; {len(members)} images in this cluster" if len(members) > 2 else "") + ".",
                locations=ctx.locations(ordered),
                evidence={
                    "embedding": embedder.name,
                    "cosine": round(float(sims[best]), 4),
                    "pairs": [
                        {"a": ctx.location(int(x)).path, "b": ctx.location(int(y)).path, "cosine": round(float(s), 4)}
                        for x, y, s in list(zip(a[inside], b[inside], sims[inside]))[:MAX_LISTED]
                    ],
                },
            )


def _where(path: str, split: str | None) -> str:
    """The path, with its split added when the path does not already start with it."""
    return path if not split or path.startswith(f"{split}/") else f"{path} ({split})"
