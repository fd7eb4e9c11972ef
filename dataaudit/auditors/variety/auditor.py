"""Variety and augmentation (DA4xx): low-variety classes, split drift of image properties, augmentation advice."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import fields, replace
from typing import Any

import numpy as np

from dataaudit.engine.artifacts import CodeObservations, DuplicateGroups
from dataaudit.auditors.variety.augmentation import AugmentationPlan, Observations, recommend_augmentation
from dataaudit.scan.features import COLOR_STATS_COLUMNS
from dataaudit.model.findings import Finding, Location, Severity
from dataaudit.auditors.variety.image_data_generator import convert_image_data_generator
from dataaudit.params import Boolean, Interval
from dataaudit.progress import NO_STAGE, Stage
from dataaudit.sources.base import sort_labels, split_sort_key
from dataaudit.auditors.variety.measures import (
    TRANSFORMS,
    SceneDescriptors,
    copy_threshold,
    effective_count,
    ink_on_plain_background,
    near_copy_groups,
    probe_transform,
    robust_spread,
    scene_descriptors,
)
from dataaudit.auditors.variety.class_memo import (
    CLASS_MEMO_VERSION,
    ClassMeasure,
    ClassMemo,
    Describer,
    DescriptorMemo,
    class_digest,
    content_rank_sample,
)
from dataaudit.engine.auditor import AuditContext, Auditor, Rule
from dataaudit.engine.result_memo import dataset_memo_key
from dataaudit.scan.features import get_feature
from dataaudit.scan.store import FeatureRows

__all__ = ["VarietyAuditor", "PROPERTIES"]


class LowVarietyClass(Rule):
    """Classes whose images are far fewer distinct scenes than their count suggests.

    ## What it does
    Measures each class's effective number of distinct training images: the
    Vendi score (Friedman & Dieng, 2023) over scene descriptors, with
    near-copies (bursts of shots of one scene, re-encodes, crops) merged into one
    weighted point. Reports classes whose effective count is below `min_effective`,
    or below `peer_ratio` times the median of the other classes, when the class
    also holds at least `min_redundancy` images per effective image (so a class
    that is merely small is left to the class-balance checks) and at least
    `min_copy_share` of its images are near-copies of another image of the class.
    When the split-leakage auditor ran, that share counts only the copies it
    verified (by alignment; only byte-identical ones for images under 16 px
    and on look-alike data, DA107):
    similar-looking images that are not copies (the zeros of an 8x8 digits
    dataset) do not make a class low-variety.

    ## Why it matters
    A class of 500 images that are 20 scenes shot 25 times behaves like a class
    of 20 images: the model memorises the scenes, training accuracy climbs and
    validation accuracy wanders.

    ## Example
    `train/cat` has 500 images but an effective count of 21; its 3 largest
    near-copy clusters hold 120 images.

    ## Fix
    Collect new scenes for the class (the finding says which kinds of variation
    are missing). Until then, the attached augmentation pipeline augments this
    class more strongly than the others.
    """

    code = "DA401"
    slug = "low-variety-class"
    severity = Severity.WARNING


class NarrowClassConditions(Rule):
    """Classes photographed under much narrower conditions than the others.

    ## What it does
    Compares the within-class spread of brightness, contrast, colourfulness,
    sharpness, image size and aspect ratio with the median spread of the other
    classes, and reports properties whose spread is below `narrow_ratio` times
    the peers'.

    ## Why it matters
    A class whose photos all share one lighting, camera or framing teaches the
    model that condition instead of the object, and fails on images of the
    class taken any other way.

    ## Example
    Every `train/defect` image has brightness 120-126 while other classes range
    over 60-200 (spread 0.1x the peers').

    ## Fix
    Collect images of the class under the missing conditions; meanwhile
    augment the property (brightness, contrast, zoom) for that class.
    """

    code = "DA402"
    slug = "narrow-class-conditions"
    severity = Severity.INFO


class SplitPropertyDrift(Rule):
    """Validation or test images differ systematically from training images.

    ## What it does
    Compares each evaluation split with the training split on brightness,
    contrast, colourfulness, sharpness, grayscale share, image size and aspect
    ratio, and reports differences with an effect size of at least
    `drift_effect` (difference of medians over the training spread) that are
    also statistically clear (Mann-Whitney p < 0.01).

    ## Why it matters
    When validation images are darker, smaller, blurrier or greyer than training
    images, validation accuracy moves for reasons unrelated to the model, and
    comparisons between models are confounded by how each copes with the shift.

    ## Example
    `val` images are darker than `train`: median brightness 71 vs 124 (effect -1.4).

    ## Fix
    Draw the splits from the same source (re-split), or, when the shift is what
    deployment will see, augment training images to cover it (the recommended
    pipeline widens brightness and adds blur or grayscale accordingly).
    """

    code = "DA403"
    slug = "split-property-drift"
    severity = Severity.WARNING


class AugmentationRecommendation(Rule):
    """A data-derived augmentation pipeline for the training split.

    ## What it does
    Tests which transforms keep images typical of their own class (flipping,
    rotating, zooming and shifting sample images and checking whose images
    their nearest neighbours are), detects text- or digit-like content and
    grayscale data, sizes photometric changes from the observed spreads, and
    recommends Keras 3 preprocessing layers, each with its reason, plus a
    stronger variant for low-variety classes.

    ## Why it matters
    Augmentation helps when it adds the variety a class lacks and hurts when it
    breaks the label: flipping digits or text, or rotating orientation-dependent
    classes.

    ## Example
    `RandomFlip('horizontal'), RandomRotation(0.028), RandomZoom(0.2), ...`;
    vertical flips left out because the images have an up and a down.

    ## Fix
    Use the attached pipeline: `fix.to_keras()` returns the `keras.Sequential`,
    and `augmentation.py` wires it into a `tf.data` pipeline that augments the
    training split only.
    """

    code = "DA404"
    slug = "augmentation-recommendation"
    severity = Severity.INFO


class LegacyImageDataGenerator(Rule):
    """`ImageDataGenerator` in training code, with its Keras 3 equivalent.

    ## What it does
    For each `ImageDataGenerator(...)` construction the preprocessing auditor
    found in the analysed code, converts its arguments to the equivalent Keras 3
    preprocessing layers and lists what has no direct equivalent.

    ## Why it matters
    `ImageDataGenerator` is deprecated and gone from Keras 3's public API; its
    NumPy-side augmentation is slow, and `rescale` silently applies to every
    split it serves while augmentation must only touch training data.

    ## Example
    `train.py:14` `ImageDataGenerator(rotation_range=20, horizontal_flip=True,
    rescale=1./255)` becomes `RandomRotation(0.0556, fill_mode='nearest')`,
    `RandomFlip('horizontal')` and a `Rescaling(1/255)` preprocessing layer.

    ## Fix
    Replace the generator with the attached layers (`fix.to_keras()`, or the
    code in `augmentation.py`).
    """

    code = "DA405"
    slug = "legacy-image-data-generator"
    severity = Severity.INFO


class LabelBreakingAugmentation(Rule):
    """Augmentation in training code that the data says changes labels.

    ## What it does
    Compares the transforms of each `ImageDataGenerator` found in the code with
    the transforms the data was tested on: horizontal or vertical flips, or
    rotations larger than the images tolerate.

    ## Why it matters
    A flipped `left` arrow is a `right` arrow, a mirrored or upside-down digit
    is another digit or none: training on them teaches wrong labels.

    ## Example
    `train.py:14` uses `horizontal_flip=True`, but flipped images of class
    `left` look like class `right`.

    ## Fix
    Remove the transform (the attached pipeline is the data-derived one).
    """

    code = "DA406"
    slug = "label-breaking-augmentation"
    severity = Severity.WARNING


#: Per-image properties compared between classes and splits: name -> (words for lower, higher values).
PROPERTIES: dict[str, tuple[str, str]] = {
    "brightness": ("darker", "brighter"),
    "log_contrast": ("lower in contrast", "higher in contrast"),
    "colorfulness": ("greyer (less colourful)", "more colourful"),
    "log_sharpness": ("blurrier", "sharper"),
    "log_area": ("smaller", "larger"),
    "log_aspect": ("taller (narrower aspect)", "wider (larger aspect)"),
}
#: Spreads below these are treated as "no variation" when comparing classes.
_MIN_SPREAD = {"brightness": 2.0, "log_contrast": 0.03, "colorfulness": 2.0, "log_sharpness": 0.05,
               "log_area": 0.05, "log_aspect": 0.02}
_COLLECT_HINTS = {
    "brightness": "under other lighting (brighter and darker scenes)",
    "log_contrast": "with other contrast (hazy, harsh light, other exposure)",
    "colorfulness": "with other colours and backgrounds",
    "log_sharpness": "with other focus and motion blur, from other cameras",
    "log_area": "at other resolutions or from other sources",
    "log_aspect": "at other framings and aspect ratios",
}


def _median_shorter_side(props: dict[str, np.ndarray], rows: np.ndarray) -> int:
    """The median shorter side in pixels of the images ``rows``, from their log area and log aspect ratio."""
    side = np.exp(props["log_area"][rows] / 2 - np.abs(props["log_aspect"][rows]) / 2)
    return int(round(float(np.median(side)))) if len(side) else 0


def _properties(stats: np.ndarray, width: np.ndarray, height: np.ndarray) -> dict[str, np.ndarray]:
    col = {name: i for i, name in enumerate(COLOR_STATS_COLUMNS)}
    w = np.maximum(width.astype(np.float64), 1.0)
    h = np.maximum(height.astype(np.float64), 1.0)
    return {
        "brightness": stats[:, col["brightness"]].astype(np.float64),
        "log_contrast": np.log(stats[:, col["contrast"]].astype(np.float64) + 1.0),
        "colorfulness": stats[:, col["colorfulness"]].astype(np.float64),
        "log_sharpness": np.log1p(stats[:, col["sharpness"]].astype(np.float64)),
        "log_area": np.log(w * h),
        "log_aspect": np.log(w / h),
        "log_saturation": np.log(stats[:, col["saturation"]].astype(np.float64) + 0.05),
        "grayscale": stats[:, col["grayscale"]].astype(np.float64),
    }


def _fmt(name: str, value: float) -> str:
    if name == "brightness" or name == "colorfulness":
        return f"{value:.0f}"
    if name == "log_contrast":
        return f"{math.exp(value) - 1:.0f}"
    if name == "log_sharpness":
        return f"{math.expm1(value):.0f}"
    if name == "log_area":
        return f"{math.exp(value):.0f} px"
    if name == "log_aspect":
        return f"{math.exp(value):.2f}"
    return f"{value:.3g}"


_LABEL = {"brightness": "brightness", "log_contrast": "contrast", "colorfulness": "colourfulness",
          "log_sharpness": "sharpness", "log_area": "image area", "log_aspect": "aspect ratio"}


#: Images read and described at once: the descriptors' temporaries cost about 60 KB an image.
DESCRIBE_CHUNK = 512


#: Rough one-core seconds per sampled image of a class measured (grouping, effective count), and classes per
#: worker measured at once (their descriptors held together).
CLASS_SECONDS_PER_IMAGE = 2e-4
CLASS_TASK_BATCH = 4


def _measure_class(desc: SceneDescriptors, threshold: float, seed: int) -> ClassMeasure:
    """One class sample's measure (a task): its near-copy groups and effective count."""
    groups = near_copy_groups(desc, threshold)
    return ClassMeasure(groups, effective_count(desc.combined, groups, seed=seed))


def _describe(gray: FeatureRows, thumbs: FeatureRows, rows: np.ndarray) -> SceneDescriptors:
    """``scene_descriptors`` of table rows ``rows``, read from the scan's features and described a chunk at a
    time (each descriptor is the image's own: chunks change no value)."""
    parts = [scene_descriptors(gray[rows[k : k + DESCRIBE_CHUNK]], thumbs[rows[k : k + DESCRIBE_CHUNK]])
             for k in range(0, len(rows), DESCRIBE_CHUNK)]
    if len(parts) == 1:
        return parts[0]
    return SceneDescriptors(*(np.concatenate([getattr(part, f.name) for part in parts]) for f in fields(SceneDescriptors)))


class VarietyAuditor(Auditor):
    """Low-variety classes, split drift of image properties, and a data-derived augmentation pipeline."""

    name = "variety"
    reuse_results = True  # run() reads only the context: an unchanged dataset reuses the stored result
    code_prefix = "DA4"
    rules = (LowVarietyClass, NarrowClassConditions, SplitPropertyDrift, AugmentationRecommendation,
             LegacyImageDataGenerator, LabelBreakingAugmentation)
    requires = ("gray64", "thumb32", "color_stats")
    after = ("leakage", "preprocessing")
    parameters = {
        "min_effective": [Interval(float, 1, None)],
        "peer_ratio": [Interval(float, 0, 1, closed="neither")],
        "min_redundancy": [Interval(float, 1, None)],
        "min_copy_share": [Interval(float, 0, 1)],
        "narrow_ratio": [Interval(float, 0, 1, closed="neither")],
        "drift_effect": [Interval(float, 0, None, closed="neither")],
        "min_class_images": [Interval(int, 2, None)],
        "max_class_images": [Interval(int, 50, None)],
        "max_probe_images": [Interval(int, 20, None)],
        "recommend": [Boolean()],
        "seed": [Interval(int, 0, None)],
    }
    defaults = {
        "min_effective": 30.0,
        "peer_ratio": 0.4,
        "min_redundancy": 2.0,
        "min_copy_share": 0.25,
        "narrow_ratio": 0.35,
        "drift_effect": 0.5,
        "min_class_images": 10,
        "max_class_images": 3000,
        "max_probe_images": 600,
        "recommend": True,
        "seed": 0,
    }

    # --- helpers ---------------------------------------------------------------------------------

    def _reference_rows(self, ctx: AuditContext) -> np.ndarray:
        ok = ctx.table.ok
        split = ctx.table.meta["split"].to_numpy(dtype=object)
        train = ok & (split == "train")
        return np.flatnonzero(train if train.any() else ok)

    def _sample(self, ctx: AuditContext, rows: np.ndarray, limit: int, purpose: str) -> np.ndarray:
        """Up to ``limit`` of ``rows`` by content rank: a grown class keeps nearly all of its sample (whose
        descriptors and measures the memos hold), and an unchanged one all of it."""
        keys = ctx.table.meta["content_hash"].to_numpy(dtype=object)
        return content_rank_sample(rows, keys, limit, f"{self.params['seed']}:{purpose}")

    # --- run ---------------------------------------------------------------------------------------

    def run(self, ctx: AuditContext) -> Iterator[Finding]:
        table = ctx.table
        meta = table.meta
        rows = self._reference_rows(ctx)
        if len(rows) < 2:
            return
        # Read from the scan's files per sample (never whole): each class and probe sample is bounded.
        gray = table.feature_rows("gray64")
        thumbs = table.feature_rows("thumb32")
        stats = table.feature("color_stats")
        props = _properties(stats, meta["width"].to_numpy(), meta["height"].to_numpy())
        labels_all = meta["label"].to_numpy(dtype=object)
        labelled = bool(np.any([v is not None for v in labels_all[rows]]))
        ref_labels = np.array(["(all)" if v is None else str(v) for v in labels_all[rows]], dtype=object) \
            if labelled else np.full(len(rows), "(all)", dtype=object)
        if labelled:
            keep = np.array([v is not None for v in labels_all[rows]])
            rows, ref_labels = rows[keep], ref_labels[keep]
            if len(rows) < 2:  # one labelled image among unlabelled ones: no neighbours to compare
                return
        class_names = sort_labels(sorted(set(ref_labels.tolist())))

        keys = meta["content_hash"].to_numpy(dtype=object)
        # Images added to one class rarely enter this sample, so they rarely move the threshold and the
        # other classes' measures (kept in the class memo) stay valid.
        desc_rows = self._sample(ctx, rows, max(self.params["max_class_images"], 2000), "threshold")
        features = sorted(f"{name}@{get_feature(name).version}" for name in self.requires)
        desc_key = dataset_memo_key(ctx, "variety-descriptor-memo", {"memo": CLASS_MEMO_VERSION, "features": features})
        known_desc = DescriptorMemo.from_bytes(ctx.store.get_result(desc_key)) if desc_key is not None else None
        describe = Describer(keys, lambda r: _describe(gray, thumbs, r), known_desc)
        desc_all = describe(desc_rows)
        desc_label = ref_labels[np.searchsorted(rows, desc_rows)]
        threshold = copy_threshold(desc_all, desc_label if labelled else None, seed=self.params["seed"])

        memo_key = dataset_memo_key(ctx, "variety-class-memo", {
            "memo": CLASS_MEMO_VERSION, "params": self.params, "features": features})
        memo = ClassMemo.from_bytes(ctx.store.get_result(memo_key)) if memo_key is not None else None
        measures: dict[bytes, ClassMeasure] = {}
        with ctx.progress.stage("variety: classes", total=len(class_names), unit="classes") as measured:
            per_class = self._class_variety(ctx, rows, ref_labels, class_names, gray, thumbs, props, threshold,
                                            measured, memo.measures if memo is not None else {}, measures,
                                            describe)
        if memo_key is not None and (memo is None or set(memo.measures) != set(measures)):
            ctx.store.put_result(memo_key, ClassMemo(measures).to_bytes())
        low: list[str] = []
        low_findings = list(self._low_variety_findings(ctx, per_class, low, threshold))
        narrow_findings = list(self._narrow_findings(per_class))
        drift_obs: dict[str, float] = {}
        drift_findings = list(self._drift_findings(ctx, props, drift_obs))
        if not self.params["recommend"]:
            self._keep_descriptors(ctx, desc_key, known_desc, describe)
            yield from (*low_findings, *narrow_findings, *drift_findings)
            # Translating ImageDataGenerator code (DA405) needs no recommendation; DA406 does.
            yield from self._legacy_findings(ctx, None)
            return
        plan = self._recommend(ctx, rows, ref_labels if labelled else None, class_names, gray, thumbs, props,
                               threshold, low, drift_obs, describe)
        self._keep_descriptors(ctx, desc_key, known_desc, describe)
        # A low-variety class's remedy is the pipeline's stronger variant (and new scenes, in the message).
        for finding in low_findings:
            cls = finding.evidence["class"]
            yield replace(finding, fix=plan.to_fix(
                f"Augment '{cls}' more strongly (strong pipeline) until new scenes are collected"
                if cls != "(all)" else "Augment the training images"))
        yield from (*narrow_findings, *drift_findings)
        skipped = "; ".join(t for t, _ in plan.skipped)
        yield self.finding(
            AugmentationRecommendation,
            (f"Recommended training augmentation: {plan.summary()}" if plan.verdict in ("helped", "")
             else f"Optional training augmentation ({plan.verdict} in the benchmark for data like this): "
             f"{plan.summary()}")
            + (f"; left out: {skipped}" if skipped else "")
            + (f"; stronger for {', '.join(repr(c) for c in plan.strong_classes)}" if plan.strong_classes else "")
            + "." + (f" Expected effect: {plan.expected}" if plan.expected else ""),
            evidence={"spec": plan.to_spec()},
            fix=plan.to_fix("Augment the training split with the recommended pipeline"),
            key="augmentation",
        )
        yield from self._legacy_findings(ctx, plan)

    @staticmethod
    def _keep_descriptors(ctx, key: str | None, known: DescriptorMemo | None, describe: Describer) -> None:
        if key is None or (describe.computed == 0 and known is not None):
            return  # nothing new was described: the stored descriptors serve the next audit as well
        memo = describe.memo()
        if memo is not None:
            ctx.store.put_result(key, memo.to_bytes())

    # --- per-class variety ---------------------------------------------------------------------

    def _class_variety(self, ctx, rows, ref_labels, class_names, gray, thumbs, props, threshold,
                       measured: Stage = NO_STAGE, known: Mapping[bytes, ClassMeasure] | None = None,
                       measures: dict[bytes, ClassMeasure] | None = None, describe: Describer | None = None) -> dict:
        """Per-class measures; ``known`` are those of an earlier audit by :func:`class_digest` (a class with
        the same sample and threshold is not measured again), ``measures`` collects this audit's."""
        known = {} if known is None else known
        keys = ctx.table.meta["content_hash"].to_numpy(dtype=object)
        meta = ctx.table.meta
        leakage = ctx.artifacts.get("leakage")
        group_of = leakage.group_of(len(meta)) if isinstance(leakage, DuplicateGroups) else None
        splits = meta["split"].to_numpy(dtype=object)
        relpaths = meta["relpath"].to_numpy(dtype=object)
        out: dict[str, dict[str, Any]] = {}
        # Each class's sample and the digest of what its measure depends on; classes not measured before are
        # measured as tasks (descriptors here, through the memo-keeping describer; groups and effective count
        # where the tasks run), CLASS_TASK_BATCH per worker at a time so that few classes' descriptors are held.
        planned = []
        for cls in class_names:
            cls_rows = rows[ref_labels == cls]
            if len(cls_rows) < self.params["min_class_images"]:
                planned.append((cls, cls_rows, None, None))
                continue
            sample = self._sample(ctx, cls_rows, self.params["max_class_images"], "class")
            planned.append((cls, cls_rows, sample, class_digest(keys[sample], threshold, str(self.params["seed"]))))
        todo = [(sample, digest) for _, _, sample, digest in planned if sample is not None
                and (known.get(digest) is None or len(known[digest].groups) != len(sample))]
        runner = ctx.tasks.parallel(sum(len(sample) for sample, _ in todo) * CLASS_SECONDS_PER_IMAGE)
        fresh: dict[bytes, ClassMeasure] = {}
        step = CLASS_TASK_BATCH * runner.workers
        for start in range(0, len(todo), step):
            part = todo[start : start + step]
            descs = [describe(sample) if describe is not None else _describe(gray, thumbs, sample) for sample, _ in part]
            measured_now = runner.map(_measure_class, [(desc, threshold, self.params["seed"]) for desc in descs],
                                      "variety-class")
            fresh.update((digest, measure) for (_, digest), measure in zip(part, measured_now))
        for cls, cls_rows, sample, digest in planned:
            n = len(cls_rows)
            if sample is None:
                measured.update()
                continue
            measure = fresh.get(digest) or known[digest]
            if measures is not None:
                measures[digest] = measure
            groups, eff = measure.groups, measure.effective
            scale = n / len(sample)
            effective = eff.value * scale if len(sample) < n else eff.value
            ids, counts = np.unique(groups, return_counts=True)
            in_copies = float(np.sum(counts[counts >= 2]) / len(sample))
            if group_of is not None:
                gid = group_of[cls_rows]
                member = gid >= 0
                # a copy counts when its leakage group holds another image of this class in this split
                same = np.zeros(n, dtype=bool)
                if member.any():
                    uniq, cnt = np.unique(gid[member], return_counts=True)
                    multi = set(uniq[cnt >= 2].tolist())
                    same = np.array([g in multi for g in gid])
                dup_share, dup_source = float(same.mean()), "leakage"
            else:
                dup_share, dup_source = in_copies, "variety"
            order = np.lexsort((ids, -counts))
            clusters = []
            for k in order[:3]:
                if counts[k] < 2:
                    break
                members = sample[groups == ids[k]]
                clusters.append({"size": int(round(counts[k] * scale)),
                                 "examples": [str(relpaths[r]) for r in members[:3]]})
            spreads = {p: robust_spread(props[p][cls_rows]) for p in PROPERTIES}
            out[cls] = {
                "rows": cls_rows, "n": n, "effective": float(effective), "groups": int(round(eff.n_groups * scale)),
                "sampled": bool(len(sample) < n or eff.sampled), "dup_share": dup_share, "dup_source": dup_source,
                "clusters": clusters, "spreads": spreads,
                "split": str(splits[cls_rows[0]]),
            }
            measured.update()
        return out

    def _peer_narrow(self, per_class: dict, cls: str) -> dict[str, dict[str, float]]:
        others = [c for c in per_class if c != cls]
        if len(others) < 2:
            return {}
        narrow: dict[str, dict[str, float]] = {}
        for p in PROPERTIES:
            peer = float(np.median([per_class[o]["spreads"][p] for o in others]))
            own = per_class[cls]["spreads"][p]
            if peer < _MIN_SPREAD[p]:
                continue
            ratio = own / peer
            if ratio <= self.params["narrow_ratio"]:
                narrow[p] = {"spread": round(own, 4), "peer_spread": round(peer, 4), "ratio": round(ratio, 3)}
        return narrow

    def _low_variety_findings(self, ctx, per_class: dict, low: list[str], threshold: float) -> Iterator[Finding]:
        p = self.params
        for cls, info in per_class.items():
            others = [per_class[o]["effective"] for o in per_class if o != cls]
            peer = float(np.median(others)) if others else None
            redundancy = info["n"] / max(info["effective"], 1e-9)
            small = info["effective"] < p["min_effective"]
            behind = peer is not None and info["effective"] <= p["peer_ratio"] * peer
            copied = info["dup_share"] >= p["min_copy_share"]
            if not ((small or behind) and redundancy >= p["min_redundancy"] and copied):
                continue
            low.append(cls)
            narrow = self._peer_narrow(per_class, cls)
            hints = ["new scenes, objects or subjects rather than more shots of the same ones"
                     if info["clusters"] else "more distinct images"]
            hints += [_COLLECT_HINTS[k] for k in narrow]
            where = "The training images" if cls == "(all)" else f"Class '{cls}' ({info['split']})"
            top = info["clusters"][0] if info["clusters"] else None
            message = (
                f"{where}: {info['n']} images with the variety of about "
                f"{info['effective']:.0f} distinct ones ({info['groups']} near-copy groups"
                + (f"; the largest holds {top['size']} images, e.g. {', '.join(top['examples'][:2])}" if top else "")
                + ")"
                + (f", against a median of {peer:.0f} for the other classes" if peer is not None else "")
                + f". Collect {hints[0]}"
                + (f", and images {'; '.join(hints[1:])}" if len(hints) > 1 else "")
                + "."
            )
            yield self.finding(
                LowVarietyClass, message,
                evidence={
                    "class": cls, "split": info["split"], "images": info["n"],
                    "effective_count": round(info["effective"], 2),
                    "distinct_fraction": round(info["effective"] / info["n"], 4),
                    "near_copy_groups": info["groups"], "near_duplicate_share": round(info["dup_share"], 4),
                    "near_duplicate_source": info["dup_source"], "copy_threshold": round(threshold, 4),
                    "peer_median_effective_count": None if peer is None else round(peer, 2),
                    "largest_clusters": info["clusters"], "narrow_properties": narrow,
                    "collect": hints, "sampled": info["sampled"],
                },
                locations=ctx.class_folder(info["split"], cls) if cls != "(all)" else (),
                key=f"class:{cls}",
            )

    def _narrow_findings(self, per_class: dict) -> Iterator[Finding]:
        for cls, info in per_class.items():
            narrow = self._peer_narrow(per_class, cls)
            if not narrow:
                continue
            parts = [f"{_LABEL[k]} spread {v['ratio']:.2f}x the other classes'" for k, v in narrow.items()]
            yield self.finding(
                NarrowClassConditions,
                f"Class '{cls}' ({info['split']}) varies much less than the other classes in "
                + ", ".join(parts) + ". Collect images of it " + "; ".join(_COLLECT_HINTS[k] for k in narrow) + ".",
                evidence={"class": cls, "split": info["split"], "images": info["n"], "properties": narrow},
                key=f"class:{cls}",
            )

    # --- split drift -------------------------------------------------------------------------------

    def _drift_findings(self, ctx, props, drift_obs: dict[str, float]) -> Iterator[Finding]:
        from scipy.stats import mannwhitneyu

        meta = ctx.table.meta
        ok = ctx.table.ok
        split = meta["split"].to_numpy(dtype=object)
        train = np.flatnonzero(ok & (split == "train"))
        min_n = self.params["min_class_images"]
        if len(train) < min_n:
            return
        eval_splits = sorted({str(s) for s in split[ok] if s is not None and s != "train"}, key=split_sort_key)
        for name in eval_splits:
            other = np.flatnonzero(ok & (split == name))
            if len(other) < min_n:
                continue
            drifted: dict[str, dict[str, Any]] = {}
            for prop, (lower, higher) in PROPERTIES.items():
                a, b = props[prop][train], props[prop][other]
                spread = robust_spread(a)
                if spread < _MIN_SPREAD[prop]:
                    spread = max(float(np.std(a)), _MIN_SPREAD[prop])
                ma, mb = float(np.median(a)), float(np.median(b))
                effect = (mb - ma) / spread
                if abs(effect) < self.params["drift_effect"]:
                    continue
                pvalue = float(mannwhitneyu(a, b).pvalue)
                if pvalue >= 0.01:
                    continue
                drifted[prop] = {"train_median": round(ma, 4), "split_median": round(mb, 4),
                                 "effect": round(effect, 3), "p_value": float(f"{pvalue:.3g}"),
                                 "direction": lower if effect < 0 else higher,
                                 "text": f"{lower if effect < 0 else higher}: median {_LABEL[prop]} "
                                         f"{_fmt(prop, mb)} vs {_fmt(prop, ma)} (effect {effect:+.1f})"}
                if prop == "brightness" and abs(mb - ma) > abs(drift_obs.get("brightness", 0.0)):
                    drift_obs["brightness"] = mb - ma
                if prop == "log_sharpness" and (mb - ma) < drift_obs.get("log_sharpness", 0.0):
                    drift_obs["log_sharpness"] = mb - ma
            ga, gb = float(props["grayscale"][train].mean()), float(props["grayscale"][other].mean())
            if abs(gb - ga) >= 0.15:
                drifted["grayscale"] = {"train_share": round(ga, 4), "split_share": round(gb, 4),
                                        "direction": "greyer" if gb > ga else "more often in colour",
                                        "text": f"{'greyer' if gb > ga else 'more often in colour'}: "
                                                f"{gb:.0%} grayscale images vs {ga:.0%}"}
                if gb - ga > drift_obs.get("grayscale_share", 0.0):
                    drift_obs["grayscale_share"] = gb - ga
            if not drifted:
                continue
            yield self.finding(
                SplitPropertyDrift,
                f"'{name}' images differ from 'train' images: "
                + "; ".join(v["text"] for v in drifted.values()) + ".",
                evidence={"split": name, "train_images": int(len(train)), "split_images": int(len(other)),
                          "properties": {k: {kk: vv for kk, vv in v.items() if kk != "text"}
                                         for k, v in drifted.items()}},
                key=f"split:{name}",
            )

    # --- augmentation ------------------------------------------------------------------------------

    def _recommend(self, ctx, rows, labels, class_names, gray, thumbs, props, threshold, low, drift_obs,
                   describe: Describer | None = None) -> AugmentationPlan:
        sample = rows
        if len(rows) > self.params["max_probe_images"]:
            # stratified: the same share of every class
            frac = self.params["max_probe_images"] / len(rows)
            picked = []
            for cls in class_names:
                r = rows[labels == cls] if labels is not None else rows
                take = max(2, int(round(len(r) * frac)))
                picked.append(self._sample(ctx, r, min(take, len(r)), "probe"))
                if labels is None:
                    break
            sample = np.sort(np.concatenate(picked))
        sample_labels = None if labels is None else labels[np.searchsorted(rows, sample)]
        desc = describe(sample) if describe is not None else _describe(gray, thumbs, sample)
        groups = near_copy_groups(desc, threshold)
        probes = probe_transform(gray[sample], sample_labels, groups, list(TRANSFORMS))
        grayscale = props["grayscale"][rows]
        ink = ink_on_plain_background(gray[sample], props["grayscale"][sample] > 0.5)
        spreads = {}
        for prop in ("brightness", "log_contrast", "log_saturation"):
            # within-class spreads: variation that already occurs under one label
            per = [] if labels is None else [robust_spread(props[prop][rows[labels == c]])
                                             for c in class_names if np.sum(labels == c) >= 2]
            spreads[prop] = float(np.median(per)) if per else robust_spread(props[prop][rows])
        colour_sep = None
        if sample_labels is not None and len(class_names) >= 2:
            colour_sep = _colour_predictiveness(thumbs[sample], sample_labels, groups)
        obs = Observations(
            class_names=tuple(class_names) if labels is not None else (),
            probes=probes, ink_share=float(ink.mean()), grayscale_share=float(grayscale.mean()),
            brightness_spread=spreads["brightness"], log_contrast_spread=spreads["log_contrast"],
            log_saturation_spread=spreads["log_saturation"], colour_separates_classes=colour_sep,
            low_variety_classes=tuple(c for c in low if c != "(all)"), drift=dict(drift_obs), n_images=len(rows),
            image_side=_median_shorter_side(props, rows),
        )
        return recommend_augmentation(obs)

    def _legacy_findings(self, ctx, plan: AugmentationPlan | None) -> Iterator[Finding]:
        observed = ctx.artifacts.get("preprocessing")
        if not isinstance(observed, CodeObservations):
            return
        meta = ctx.table.meta
        ok = ctx.table.ok
        size = None
        if ok.any():
            size = (int(np.median(meta["height"].to_numpy()[ok])), int(np.median(meta["width"].to_numpy()[ok])))
        skipped = dict(plan.skipped) if plan is not None else {}
        allowed_rotation = max((float(layer.kwargs.get("factor", 0)) * 360 for layer in plan.layers
                                if layer.layer == "RandomRotation"), default=0.0) if plan is not None else 0.0
        for gen in observed.image_data_generators:
            # The preprocessing auditor gives notebook locations as "nb.ipynb:cell5:3".
            where = str(gen.get("location") or f"{gen.get('path', '?')}:{int(gen.get('line', 0) or 0)}")
            kwargs = dict(gen.get("kwargs", {}) or {})
            converted = convert_image_data_generator(kwargs, image_size=size)
            loc = Location(path=where)
            args = ", ".join(f"{k}={v}" for k, v in kwargs.items())
            layers = [layer.constructor(value_range=False, seed=False).replace("keras.layers.", "")
                      for layer in (*converted.layers, *converted.preprocessing)]
            yield self.finding(
                LegacyImageDataGenerator,
                f"{where} uses ImageDataGenerator({args}); the Keras 3 equivalent is "
                + (", ".join(layers) if layers else "no layer (it does nothing)")
                + (f" ({len(converted.notes)} argument(s) need attention, see the fix)" if converted.notes else "")
                + ".",
                locations=[loc],
                evidence={"kwargs": kwargs, "spec": converted.to_spec()},
                fix=converted.to_fix(f"Replace the ImageDataGenerator at {where} with Keras 3 layers"),
                key=f"{where}",
            )
            if plan is None:
                continue
            conflicts = []
            for layer in converted.layers:
                if layer.layer == "RandomFlip":
                    mode = str(layer.kwargs.get("mode"))
                    for part, name in (("horizontal", "horizontal_flip"), ("vertical", "vertical_flip")):
                        if part in mode and name in skipped:
                            conflicts.append((name, skipped[name]))
                if layer.layer == "RandomRotation":
                    deg = float(layer.kwargs.get("factor", 0)) * 360
                    if deg > max(2 * allowed_rotation, 15.0):
                        reason = skipped.get("rotation") or skipped.get("large rotations") or \
                            f"the data tolerates rotations up to {allowed_rotation:.0f} degrees"
                        conflicts.append((f"rotation_range={deg:.0f}", reason))
            if conflicts:
                yield self.finding(
                    LabelBreakingAugmentation,
                    f"{where} augments with " + ", ".join(c[0] for c in conflicts)
                    + ", which the data says changes labels: " + " ".join(c[1] for c in conflicts),
                    locations=[loc],
                    evidence={"conflicts": [{"transform": t, "reason": r} for t, r in conflicts]},
                    fix=plan.to_fix("Use the data-derived augmentation instead"),
                    key=f"{where}",
                )


def _colour_predictiveness(thumbs: np.ndarray, labels: np.ndarray, groups: np.ndarray, k: int = 5) -> float:
    """How well mean colour alone predicts the class: 5-NN accuracy on chromaticity, 0 = chance, 1 = perfect."""
    mean = thumbs.reshape(len(thumbs), -1, 3).mean(axis=1).astype(np.float64) + 1.0
    chroma = mean / mean.sum(axis=1, keepdims=True)
    d = ((chroma[:, None, :] - chroma[None, :, :]) ** 2).sum(-1)
    d[groups[:, None] == groups[None, :]] = np.inf
    k = min(k, len(labels) - 1)
    if k < 1:
        return 0.0
    idx = np.argpartition(d, kth=k - 1, axis=1)[:, :k]
    valid = np.isfinite(np.take_along_axis(d, idx, axis=1))
    agree = float(np.sum((labels[idx] == labels[:, None]) & valid) / max(valid.sum(), 1))
    _, counts = np.unique(labels.astype(str), return_counts=True)
    chance = float(np.sum((counts / len(labels)) ** 2))
    return max(0.0, (agree - chance) / max(1.0 - chance, 1e-9))
