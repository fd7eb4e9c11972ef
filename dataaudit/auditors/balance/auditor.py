"""Class balance (DA2xx): imbalance and its fixes, classes missing from a split, label shift, evaluation noise.

Reads only the ``split`` and ``label`` columns of the shared table, so it runs on
image folders, manifests (with or without image paths), DataFrames and in-memory
image or tabular arrays. Undecodable images are not counted (a pipeline cannot
train on them; the integrity auditor reports them). When the split-leakage
auditor ran, evaluation images that duplicate a training image are also counted
out of the evaluation statistics (label shift, noise floor), and both counts are
reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dataaudit.engine.artifacts import DuplicateGroups
from dataaudit.auditors.balance.stats import (
    class_weights,
    imbalance_ratio,
    label_shift,
    normalised_entropy,
    oversampling_targets,
    size_for_half_width,
    undersampling_targets,
    wilson_half_width,
)
from dataaudit.auditors.balance.fixes import TrainingClasses, all_files, eval_steps_fix, oversampling_fix, undersampling_fix, weights_fix
from dataaudit.model.findings import Finding, Location, Severity
from dataaudit.params import Interval, Options
from dataaudit.sources.base import sort_labels, split_sort_key
from dataaudit.sources.multilabel import split_label_set
from dataaudit.engine.auditor import AuditContext, Auditor, Rule

__all__ = ["BalanceAuditor"]

TRAIN = "train"


class ClassImbalance(Rule):
    """Training classes of very different sizes.

    ## What it does
    Counts the training samples per class and reports when the largest class
    has at least `mild_ratio` times the samples of the smallest (INFO), or
    `severe_ratio` times (WARNING), with the normalised entropy of the class
    shares. The message recommends one remedy and says why: class weights for a
    mild imbalance; oversampling with augmentation when it is severe and the
    rare classes are small; undersampling when it is severe and even the
    rarest class has `undersample_min_count` samples.

    ## Why it matters
    A dominant class makes accuracy look fine while the rare classes are never
    learned: predicting the majority is the cheapest way to lower the loss.

    ## Example
    `train/` holds 900 `normal` and 60 `pneumonia` X-rays (15x).

    ## Fix
    The fix is the recommended remedy as runnable code: a `class_weight` dict
    for `model.fit` (scikit-learn's "balanced" formula or Cui et al.'s effective
    number, normalised to a mean weight of 1 and capped), an oversampling plan
    (imbalanced-learn `sampling_strategy` and `tf.data` sampling weights, with
    augmentation for images) or an undersampling plan. Its `files` hold all
    three, so another can be chosen.
    """

    code = "DA201"
    slug = "class-imbalance"
    severity = Severity.WARNING


class RareClass(Rule):
    """Classes with too few training samples to learn.

    ## What it does
    Reports each class with fewer than `min_class_count` (but at least one)
    training samples.

    ## Why it matters
    No reweighting or resampling creates information: a handful of images
    cannot show the variety of a class, and the model either ignores it or
    memorises those few.

    ## Example
    `train/star/` holds 5 images next to 60 of every other class.

    ## Fix
    Collect more samples of the class, merge it into a related class, or drop
    it; meanwhile oversample it with strong augmentation.
    """

    code = "DA202"
    slug = "rare-class"
    severity = Severity.WARNING


class ClassMissingFromSplit(Rule):
    """A class present in one split and missing (or empty) in another.

    ## What it does
    Reports, per split, the classes that have samples elsewhere but none in
    it: ERROR when a class is evaluated (in val/test) but absent from train,
    WARNING when a trained class is absent from an evaluation split. In a
    `<split>/<class>/` folder whose class folders differ from train's, it also
    says which classes `image_dataset_from_directory` would number differently.

    ## Why it matters
    A model cannot predict a class it never saw: every evaluation sample of it
    is an error. A class missing from val/test is never measured. And Keras
    numbers classes by the sorted folder names *of the folder it reads*, so a
    missing class folder silently shifts every later class index in that split.

    ## Example
    `test/` has no `star/` folder: in test, `triangle` becomes class 2, while the
    model learned it as class 3.

    ## Fix
    Move some samples of the class into the split that lacks it (or remove the
    class everywhere). For folders, at least create the empty class folder so
    the class indices line up (Keras rejects `class_names=` naming a missing folder).
    """

    code = "DA203"
    slug = "class-missing-from-split"
    severity = Severity.ERROR


class LabelShift(Rule):
    """An evaluation split whose class mix differs from train's.

    ## What it does
    Compares the class distributions of train and each other split (and of
    val and test) with a chi-square test of homogeneity and the Jensen-Shannon
    distance (base 2, 0 = identical, 1 = disjoint), and names the classes whose
    shares differ most. WARNING when the distance is at least `shift_js` and
    the test is significant at `shift_alpha`; INFO when the distance is that
    large but the split is too small for the difference to be significant.

    ## Why it matters
    Accuracy is a class-share-weighted average of per-class accuracies: with a
    different mix, it moves while nothing about the model changed, and the
    model's learned prior is wrong for the data it is evaluated on.

    ## Example
    `triangle` is 17% of train but 33% of test (JS distance 0.16).

    ## Fix
    Re-split with stratification (scikit-learn's `train_test_split(...,
    stratify=y)`), or report per-class and balanced metrics when the shift is
    intended.
    """

    code = "DA204"
    slug = "label-shift"
    severity = Severity.WARNING


class DominantEvaluationClass(Rule):
    """An evaluation split dominated by one class.

    ## What it does
    Reports evaluation splits where one class holds at least `dominant_share`
    of the labels and the split is imbalanced (`mild_ratio`), with the accuracy
    a model gets by always predicting that class.

    ## Why it matters
    On such a split, accuracy rewards predicting the majority: 90% accuracy on
    a 90/10 test set can mean the model never finds the minority.

    ## Example
    `val/` is 70% `normal`: always answering `normal` scores 70%.

    ## Fix
    Report balanced accuracy, per-class recall or macro F1 for that split
    (scikit-learn's `balanced_accuracy_score`, `classification_report`).
    """

    code = "DA205"
    slug = "dominant-evaluation-class"
    severity = Severity.INFO


class NoisyEvaluationSplit(Rule):
    """An evaluation split too small to measure accuracy to the tolerance.

    ## What it does
    For each evaluation split: the accuracy step (one sample = 1/n), the 95%
    Wilson interval half-width of an accuracy of `expected_accuracy` measured on
    it, and the size that would bring that half-width to `tolerance`. WARNING
    when the half-width exceeds `tolerance`; INFO when only some classes have
    fewer than `min_eval_class_count` samples (too few for per-class metrics).

    ## Why it matters
    On 50 images accuracy moves in steps of 2 points and its 95% interval is
    about +/-8 points: epoch-to-epoch "improvements" and model comparisons
    within that band are noise.

    ## Example
    `val/` has 26 images: one image is 3.8 points, and 90% accuracy means
    somewhere between 71% and 97%.

    ## Fix
    Move samples into the split until it reaches the reported size, or use
    k-fold cross-validation; compare models by more than the noise floor.
    """

    code = "DA206"
    slug = "noisy-evaluation-split"
    severity = Severity.WARNING


class DroppedEvaluationRemainder(Rule):
    """Images a floor-divided step count never evaluates.

    ## What it does
    For each evaluation split, computes what `steps = samples // batch_size`
    (`validation_steps`, `steps=` in `model.evaluate`) leaves out for the
    `batch_size` parameter: the last `samples % batch_size` images (all of
    them when the split is smaller than one batch).

    ## Why it matters
    The left-out images are never evaluated; with a fixed order, always the
    same ones (often the last class folder).

    ## Example
    36 test images with batch size 32: one step evaluates 32, 4 are never seen.

    ## Fix
    `steps = math.ceil(samples / batch_size)`, or leave `steps` unset.
    """

    code = "DA207"
    slug = "dropped-evaluation-remainder"
    severity = Severity.INFO


@dataclass(frozen=True)
class _Counts:
    """Per split: class counts over usable labelled samples, and the same without leaked evaluation samples."""

    raw: dict[str, Counter]
    clean: dict[str, Counter]
    usable: dict[str, int]  # usable samples per split, labelled or not (what an input pipeline iterates)
    leaked: dict[str, int]
    #: Labelled samples per split (raw, and without leaked ones): the sums of the counts, unless an image
    #: has several labels (multi-label datasets count an image once per label).
    labelled: dict[str, int]
    labelled_clean: dict[str, int]


class BalanceAuditor(Auditor):
    """Class imbalance with weights and resampling plans, classes missing from splits, label shift, evaluation noise."""

    name = "balance"
    reuse_results = True  # run() reads only the context: an unchanged dataset reuses the stored result
    code_prefix = "DA2"
    rules = (ClassImbalance, RareClass, ClassMissingFromSplit, LabelShift, DominantEvaluationClass,
             NoisyEvaluationSplit, DroppedEvaluationRemainder)
    requires = ()
    needs_images = False
    after = ("leakage",)
    parameters = {
        "mild_ratio": [Interval(float, 1, None, closed="neither")],
        "severe_ratio": [Interval(float, 1, None, closed="neither")],
        "min_class_count": [Interval(int, 1, None)],
        "weighting": [Options(("balanced", "effective_number"))],
        "beta": [Interval(float, 0, 1, closed="neither")],
        "max_weight": [Interval(float, 1, None, closed="neither")],
        "undersample_min_count": [Interval(int, 1, None)],
        "shift_js": [Interval(float, 0, 1, closed="right")],
        "shift_alpha": [Interval(float, 0, 1, closed="neither")],
        "dominant_share": [Interval(float, 0, 1, closed="right")],
        "tolerance": [Interval(float, 0, 0.5, closed="right")],
        "expected_accuracy": [Interval(float, 0, 1)],
        "min_eval_class_count": [Interval(int, 1, None)],
        "batch_size": [Interval(int, 1, None)],
    }
    defaults = {
        "mild_ratio": 1.5,
        "severe_ratio": 10.0,
        "min_class_count": 20,
        "weighting": "balanced",
        "beta": 0.999,
        "max_weight": 10.0,
        "undersample_min_count": 1000,
        "shift_js": 0.1,
        "shift_alpha": 0.01,
        "dominant_share": 0.5,
        "tolerance": 0.02,
        "expected_accuracy": 0.9,
        "min_eval_class_count": 30,
        "batch_size": 32,
    }

    def run(self, ctx: AuditContext) -> Iterator[Finding]:
        if not ctx.dataset.labelled:
            return
        counts = self._count(ctx)
        classes = self._universe(ctx, counts)
        if _looks_continuous(counts, classes):
            return  # a regression target: every value its own "class"
        splits = sorted(counts.raw, key=split_sort_key)
        eval_splits = [s for s in splits if s != TRAIN]
        if TRAIN in counts.raw:
            yield from self._train(ctx, counts, classes)
        yield from self._missing(ctx, counts, classes, splits)
        yield from self._shift(ctx, counts, splits)
        for split in eval_splits:
            yield from self._dominant(ctx, counts, classes, split)
            yield from self._noise(ctx, counts, classes, split)
        for split in eval_splits:
            yield from self._steps(ctx, counts, split)

    # -- counting --------------------------------------------------------------------------------

    def _count(self, ctx: AuditContext) -> _Counts:
        meta = ctx.table.meta
        usable = ctx.table.ok if ctx.dataset.has_images else np.ones(len(meta), dtype=bool)
        leaked = np.zeros(len(meta), dtype=bool)
        artifact = ctx.artifacts.get("leakage")
        if isinstance(artifact, DuplicateGroups):
            leaked[artifact.cross_split_eval_rows(meta["split"].to_numpy(dtype=object), TRAIN)] = True
        # One factorisation per column and a bincount: as cheap as a bare groupby count.
        split_codes, split_names = pd.factorize(meta["split"])
        rows, label_codes, label_names = _label_entries(meta["label"], ctx.dataset.multi_label)
        in_split = usable & (split_codes >= 0)
        per_split = np.bincount(split_codes[in_split], minlength=len(split_names))
        keep = in_split[rows] & (label_codes >= 0)
        n_labels = len(label_names)
        key = (split_codes[rows][keep] * n_labels + label_codes[keep]) * 2 + leaked[rows][keep]
        cells = np.bincount(key, minlength=len(split_names) * n_labels * 2).reshape(len(split_names), n_labels, 2)
        n_usable = {str(name): int(n) for name, n in zip(split_names, per_split)}
        labelled_rows = in_split & meta["label"].notna().to_numpy()
        n_labelled = np.bincount(split_codes[labelled_rows] * 2 + leaked[labelled_rows],
                                 minlength=len(split_names) * 2).reshape(len(split_names), 2)
        raw: dict[str, Counter] = {}
        clean: dict[str, Counter] = {}
        n_leaked: dict[str, int] = {}
        for i, name in enumerate(split_names):
            name = str(name)
            total = cells[i].sum(axis=1)
            if not total.any():
                continue
            raw[name] = Counter({str(label_names[j]): int(total[j]) for j in np.flatnonzero(total)})
            clean[name] = Counter({str(label_names[j]): int(cells[i, j, 0]) for j in np.flatnonzero(cells[i, :, 0])})
            n_leaked[name] = int(cells[i, :, 1].sum())
        order = sorted(raw, key=split_sort_key)
        index = {str(name): i for i, name in enumerate(split_names)}
        return _Counts({s: raw[s] for s in order}, {s: clean[s] for s in order}, n_usable, n_leaked,
                       {s: int(n_labelled[index[s]].sum()) for s in order},
                       {s: int(n_labelled[index[s], 0]) for s in order})

    def _universe(self, ctx: AuditContext, counts: _Counts) -> list[str]:
        """Every class the dataset knows, in its class-index order (empty class folders included)."""
        names = set(ctx.dataset.class_names)
        for c in counts.raw.values():
            names.update(c)
        for folder_classes in _empty_folders(ctx).values():
            names.update(folder_classes)
        return _ordered(ctx, names)

    def _training_class_names(self, ctx: AuditContext, classes: list[str]) -> tuple[str, ...]:
        """Class names in the index order the training labels use (Keras's, for the training folder)."""
        if ctx.dataset.kind == "folder":
            meta = ctx.table.meta
            in_train = meta.loc[meta["split"] == TRAIN, "label"].dropna().unique()
            return tuple(_ordered(ctx, set(map(str, in_train)) | set(_empty_folders(ctx).get(TRAIN, ()))))
        return tuple(classes)

    # -- DA201 / DA202 ---------------------------------------------------------------------------

    def _train(self, ctx: AuditContext, counts: _Counts, classes: list[str]) -> Iterator[Finding]:
        p = self.params
        names = self._training_class_names(ctx, classes)
        train = counts.raw[TRAIN]
        present = {n: int(train[n]) for n in names if train.get(n, 0) > 0}
        for name, n in present.items():
            if n < p["min_class_count"]:
                yield self.finding(
                    RareClass,
                    f"Class '{name}' has only {n} training sample(s) (fewer than {p['min_class_count']}): too few "
                    "to learn what varies within the class; collect more, or merge or drop the class.",
                    locations=ctx.class_folder(TRAIN, name),
                    evidence={"split": TRAIN, "class": name, "count": n, "min_class_count": p["min_class_count"]},
                    key=name,
                )
        if len(present) < 2:
            return
        ratio = imbalance_ratio(present)
        if ratio < p["mild_ratio"]:
            return
        if ctx.dataset.multi_label:
            yield self._multi_label_imbalance(ctx, counts, present, ratio)
            return
        entropy = normalised_entropy({n: train.get(n, 0) for n in classes})
        severe = ratio >= p["severe_ratio"]
        smallest = min(present, key=present.__getitem__)
        largest = max(present, key=present.__getitem__)
        tc = TrainingClasses(names, present, ctx.dataset.has_images, p["batch_size"], _integer_index(ctx, names))
        weights = {m: class_weights(present, m, beta=p["beta"], cap=p["max_weight"])
                   for m in ("balanced", "effective_number")}
        over, under = oversampling_targets(present), undersampling_targets(present)
        choice, reasons = self._recommend(present, ratio, severe, tc.images, weights["balanced"])
        files = all_files(tc, p["weighting"], beta=p["beta"], cap=p["max_weight"])
        if choice == "class_weights":
            fix = weights_fix(tc, p["weighting"], beta=p["beta"], cap=p["max_weight"], files=files)
        elif choice == "oversample":
            fix = oversampling_fix(tc, files=files, weights=weights[p["weighting"]])
        else:
            fix = undersampling_fix(tc, files=files, weights=weights[p["weighting"]])
        listed = ", ".join(f"{n} {c}" for n, c in present.items())
        level = "severely" if severe else "mildly"
        message = (
            f"Training classes are {level} imbalanced: {listed} ('{largest}' has {ratio:.1f}x the samples of "
            f"'{smallest}'; normalised entropy {entropy:.2f}). Recommended: {_CHOICE_TEXT[choice]}, because "
            f"{reasons}"
        )
        yield self.finding(
            ClassImbalance,
            message,
            locations=ctx.split_folder(TRAIN),
            evidence={
                "split": TRAIN,
                "counts": present,
                "imbalance_ratio": ratio,
                "normalised_entropy": entropy,
                "level": "severe" if severe else "mild",
                "recommendation": choice,
                "reasons": reasons,
                "class_names": list(names),
                "class_weight": weights,
                "oversampling": {"target_counts": over,
                                 "repeat_factor": {n: t / present[n] for n, t in over.items()}},
                "undersampling": {"target_counts": under,
                                  "keep_fraction": {n: t / present[n] for n, t in under.items()}},
                "splits": {s: _split_stats(c, classes) for s, c in counts.raw.items()},
            },
            severity=Severity.WARNING if severe else Severity.INFO,
            fix=fix,
            key=TRAIN,
        )

    def _multi_label_imbalance(self, ctx: AuditContext, counts: _Counts, present: Mapping[str, int],
                               ratio: float) -> Finding:
        """DA201 when images carry several labels: class weights and class sampling do not apply to
        multi-hot targets, a positive weight per label in the binary cross-entropy does."""
        n = counts.labelled[TRAIN]
        severe = ratio >= self.params["severe_ratio"]
        smallest = min(present, key=present.__getitem__)
        largest = max(present, key=present.__getitem__)
        pos_weight = {label: round((n - k) / k, 4) for label, k in present.items()}
        listed = ", ".join(f"{name} {c}" for name, c in present.items())
        return self.finding(
            ClassImbalance,
            f"Training labels are {'severely' if severe else 'mildly'} imbalanced (images per label, {n} images): "
            f"{listed} ('{largest}' is on {ratio:.1f}x the images of '{smallest}'). Recommended: a positive "
            "weight per label in the binary cross-entropy (negatives / positives, in the evidence as pos_weight), "
            "because class weights and class sampling assume one label per image.",
            locations=ctx.split_folder(TRAIN),
            evidence={
                "split": TRAIN, "multi_label": True, "images": n, "counts": dict(present),
                "imbalance_ratio": ratio, "level": "severe" if severe else "mild",
                "recommendation": "pos_weight", "pos_weight": pos_weight,
            },
            severity=Severity.WARNING if severe else Severity.INFO,
            key=TRAIN,
        )

    def _recommend(self, present: Mapping[str, int], ratio: float, severe: bool, images: bool,
                   balanced: Mapping[str, float]) -> tuple[str, str]:
        smallest = min(present.values())
        top_weight = max(balanced.values())
        if not severe:
            return "class_weights", (
                f"the imbalance is mild (under {self.params['severe_ratio']:g}x): weighting the loss (largest weight "
                f"{top_weight:.2f}) corrects it without repeating or discarding any sample or changing the epoch."
            )
        if smallest >= self.params["undersample_min_count"]:
            speedup = sum(present.values()) / (len(present) * smallest)
            return "undersample", (
                f"the majority is huge and even the rarest class has {smallest} samples (at least "
                f"{self.params['undersample_min_count']}): a balanced epoch of {smallest} per class still holds "
                f"plenty, runs {speedup:.1f}x faster, and each epoch can draw other majority samples; oversampling "
                f"would repeat every rare sample {ratio:.0f}x per epoch."
            )
        text = (
            f"the imbalance is severe ({ratio:.1f}x) and the rarest class has only {smallest} samples: class "
            f"weights up to {top_weight:.1f} would let those few samples dominate the gradient (noisy, unstable "
            "training), and undersampling would cut every class to "
            f"{smallest}; repeating rare samples makes each batch balanced"
        )
        text += (", and augmentation makes each repeated copy a little different so it is not memorised."
                 if images else "; consider SMOTE (imbalanced-learn) to interpolate new rows instead of copies.")
        return "oversample", text

    # -- DA203 -----------------------------------------------------------------------------------

    def _missing(self, ctx: AuditContext, counts: _Counts, classes: list[str],
                 splits: list[str]) -> Iterator[Finding]:
        if len(counts.raw) < 2:
            return
        empty = _empty_folders(ctx)
        keras_names = self._keras_split_classes(ctx)
        train = counts.raw.get(TRAIN)
        for split in splits:
            here = counts.raw[split]
            others = {s: counts.raw[s] for s in splits if s != split}
            missing = [c for c in classes if here.get(c, 0) == 0 and any(o.get(c, 0) > 0 for o in others.values())]
            if not missing:
                continue
            elsewhere = {c: {s: int(o[c]) for s, o in others.items() if o.get(c, 0) > 0} for c in missing}
            in_empty_folder = [c for c in missing if c in empty.get(split, ())]
            shift = {s: moved for s in (others if split == TRAIN else [split])
                     if (moved := _index_shift(keras_names, s))}
            if split == TRAIN:
                severity = Severity.ERROR
                message = (
                    f"{len(missing)} class(es) are evaluated but never trained on: "
                    + "; ".join(f"'{c}' ({_where(elsewhere[c])})" for c in missing)
                    + ". The model cannot predict them: every evaluation sample of them counts as an error."
                )
            else:
                severity = Severity.WARNING
                trained = [c for c in missing if train is not None and train.get(c, 0) > 0]
                untrained = [c for c in missing if c not in trained]
                parts = []
                if trained:
                    parts.append(
                        f"'{split}' has no samples of {len(trained)} trained class(es): "
                        + "; ".join(f"'{c}' ({_where(elsewhere[c])})" for c in trained)
                        + f". '{split}' says nothing about how well the model recognises them."
                    )
                if untrained:
                    parts.append(
                        f"'{split}' {'also lacks' if trained else 'has no samples of'} {len(untrained)} class(es) "
                        "present in other splits: " + "; ".join(f"'{c}' ({_where(elsewhere[c])})" for c in untrained)
                        + "."
                    )
                message = " ".join(parts)
            if in_empty_folder:
                message += f" The folder(s) of {', '.join(in_empty_folder)} exist but are empty (DA021)."
            if shift:
                moved = "; ".join(f"'{c}' is class {a} in train but {b} in {s}"
                                  for s, m in shift.items() for c, (a, b) in m.items())
                message += (
                    " Keras's image_dataset_from_directory numbers classes by the subfolders of the directory it "
                    f"reads, so the indices shift: {moved}. Create the missing class folder(s) (empty is enough) "
                    "so the indices line up."
                )
            folders = [Location(p) for n in ctx.dataset.notes if n.kind == "empty-class-folder"
                       and n.detail.get("split") == split for p in n.paths
                       if p.rstrip("/").rsplit("/", 1)[-1] in in_empty_folder]
            yield self.finding(
                ClassMissingFromSplit,
                message,
                locations=folders or ctx.split_folder(split),
                evidence={"split": split, "missing": missing, "elsewhere": elsewhere,
                          "empty_folders": in_empty_folder,
                          "keras_index_shift": {s: {c: list(v) for c, v in m.items()} for s, m in shift.items()}},
                severity=severity,
                key=f"{split}:{','.join(missing)}",
            )

    def _keras_split_classes(self, ctx: AuditContext) -> dict[str, list[str]]:
        """For `<split>/<class>/` folders: each split folder's class subfolders in Keras's order."""
        if ctx.dataset.kind != "folder" or ctx.dataset.layout != "split/class":
            return {}
        pairs = ctx.table.meta[["split", "label"]].dropna().drop_duplicates()
        out: dict[str, set[str]] = {}
        for split, label in zip(pairs["split"].tolist(), pairs["label"].tolist()):
            out.setdefault(str(split), set()).add(str(label))
        for split, names in _empty_folders(ctx).items():
            out.setdefault(split, set()).update(names)
        return {s: sorted(v) for s, v in out.items()}

    # -- DA204 -----------------------------------------------------------------------------------

    def _shift(self, ctx: AuditContext, counts: _Counts, splits: list[str]) -> Iterator[Finding]:
        pairs = [(TRAIN, s) for s in splits if s != TRAIN and TRAIN in counts.raw]
        if "val" in counts.raw and "test" in counts.raw:
            pairs.append(("val", "test"))
        for a, b in pairs:
            ca, cb = counts.clean[a], counts.clean[b]
            if sum(ca.values()) == 0 or sum(cb.values()) == 0 or len(set(ca) | set(cb)) < 2:
                continue
            result = label_shift(dict(sorted(ca.items())), dict(sorted(cb.items())))
            if result.js_distance < self.params["shift_js"]:
                continue
            significant = result.p_value < self.params["shift_alpha"]
            top = [d for d in result.differences[:3] if abs(d[2] - d[1]) > 0]
            named = "; ".join(f"'{c}' is {sa:.0%} of {a} but {sb:.0%} of {b}" for c, sa, sb in top)
            message = (
                f"The class mix of '{b}' differs from '{a}' (Jensen-Shannon distance {result.js_distance:.2f}, "
                f"chi-square p = {result.p_value:.2g}): {named}."
            )
            if significant:
                message += f" Accuracy on '{b}' weights the classes differently from what the model was fit to."
            else:
                message += (
                    f" At this size a random split could differ this much (p >= {self.params['shift_alpha']:g}), "
                    f"but accuracy on '{b}' still weights the classes by this mix; a stratified split avoids it."
                )
            leaked = counts.leaked.get(a, 0) + counts.leaked.get(b, 0)
            yield self.finding(
                LabelShift,
                message,
                locations=ctx.split_folder(b),
                evidence={
                    "splits": [a, b],
                    "counts": {a: dict(sorted(ca.items())), b: dict(sorted(cb.items()))},
                    "js_distance": result.js_distance, "chi2": result.chi2, "dof": result.dof,
                    "p_value": result.p_value, "min_expected": result.min_expected,
                    "differences": [{"class": c, a: sa, b: sb} for c, sa, sb in result.differences],
                    "leaked_excluded": leaked,
                },
                severity=Severity.WARNING if significant else Severity.INFO,
                key=f"{a}->{b}",
            )

    # -- DA205 / DA206 / DA207 -------------------------------------------------------------------

    def _dominant(self, ctx: AuditContext, counts: _Counts, classes: list[str], split: str) -> Iterator[Finding]:
        if ctx.dataset.multi_label:
            return  # "always answer the majority class" is no baseline when an image has several labels
        c = counts.clean[split]
        total = sum(c.values())
        if total == 0 or len(c) < 2:
            return
        top, n_top = max(sorted(c.items()), key=lambda kv: kv[1])
        share = n_top / total
        ratio = imbalance_ratio(c)
        if share < self.params["dominant_share"] or ratio < self.params["mild_ratio"]:
            return
        yield self.finding(
            DominantEvaluationClass,
            f"'{top}' is {share:.0%} of '{split}' ({n_top} of {total}): a model that always answers '{top}' "
            f"scores {share:.0%} accuracy there. Report balanced accuracy or per-class recall for '{split}'.",
            locations=ctx.split_folder(split),
            evidence={"split": split, **_split_stats(c, classes), "majority_class": top,
                      "majority_baseline_accuracy": share},
            key=split,
        )

    def _noise(self, ctx: AuditContext, counts: _Counts, classes: list[str], split: str) -> Iterator[Finding]:
        p = self.params
        c = counts.clean[split]
        n = counts.labelled_clean[split]
        if n == 0:
            return
        acc, tol = p["expected_accuracy"], p["tolerance"]
        half = wilson_half_width(acc, n)
        needed = size_for_half_width(acc, tol)
        per_class = {k: {"count": int(v), "step": 1 / v, "half_width": wilson_half_width(acc, int(v))}
                     for k, v in sorted(c.items())}
        small = [k for k, v in sorted(c.items()) if v < p["min_eval_class_count"]]
        too_noisy = half > tol
        if not too_noisy and not small:
            return
        raw_n = counts.labelled[split]
        size_text = f"{n} labelled samples"
        if raw_n != n:
            size_text = (f"{raw_n} labelled samples, {raw_n - n} of them copies of training images "
                         f"(split leakage), so {n} independent ones")
        if too_noisy:
            message = (
                f"'{split}' has {size_text}: one sample moves accuracy by {100 / n:.1f} points, and an accuracy "
                f"of {acc:.0%} measured on it is only known to +/-{100 * half:.1f} points (95% Wilson interval). "
                f"Reaching +/-{100 * tol:g} points at that accuracy takes {needed} samples."
            )
        else:
            message = (f"'{split}' measures overall accuracy to +/-{100 * half:.1f} points, but per-class metrics "
                       "are unreliable.")
        if small:
            shown = ", ".join(f"{k} {c[k]}" for k in small[:8]) + (" ..." if len(small) > 8 else "")
            message += (
                f" {len(small)} class(es) have fewer than {p['min_eval_class_count']} samples ({shown}): "
                "per-class recall moves in steps of "
                f"{100 / min(c[k] for k in small):.0f}+ points there."
            )
        yield self.finding(
            NoisyEvaluationSplit,
            message,
            locations=ctx.split_folder(split),
            evidence={
                "split": split, "n": n, "n_raw": raw_n, "leaked_excluded": raw_n - n,
                "accuracy_step": 1 / n, "expected_accuracy": acc, "half_width": half, "tolerance": tol,
                "needed_size": needed, "per_class": per_class, "small_classes": small,
                "min_eval_class_count": p["min_eval_class_count"],
            },
            severity=Severity.WARNING if too_noisy else Severity.INFO,
            key=split,
        )

    def _steps(self, ctx: AuditContext, counts: _Counts, split: str) -> Iterator[Finding]:
        n = counts.usable.get(split, 0)
        b = self.params["batch_size"]
        if n == 0 or n % b == 0:
            return
        steps, dropped = n // b, n % b
        if steps == 0:
            message = (f"'{split}' has {n} samples, fewer than one batch of {b}: steps = {n} // {b} = 0, so a "
                       "loop over that many steps evaluates nothing (Keras 3 treats steps=0 like None and "
                       "evaluates everything; other loops do not).")
        else:
            message = (f"With batch size {b}, steps = {n} // {b} = {steps} evaluates {steps * b} of the {n} "
                       f"samples of '{split}'; {dropped} are never evaluated.")
        yield self.finding(
            DroppedEvaluationRemainder,
            message,
            locations=ctx.split_folder(split),
            evidence={"split": split, "n": n, "batch_size": b, "floor_steps": steps, "dropped": dropped},
            fix=eval_steps_fix(split, n, b),
            key=split,
        )


_CHOICE_TEXT = {
    "class_weights": "class weights in model.fit(class_weight=...)",
    "oversample": "oversampling the smaller classes",
    "undersample": "undersampling the larger classes",
}


def _integer_index(ctx: AuditContext, names: tuple[str, ...]) -> dict[str, int] | None:
    """For integer array labels the label is the class index (``y`` holds it), even when values are skipped."""
    if ctx.dataset.kind == "arrays" and names and all(n.isdigit() for n in names):
        return {n: int(n) for n in names}
    return None


def _ordered(ctx: AuditContext, names: set[str]) -> list[str]:
    # Folders and manifests: sorted names (image_dataset_from_directory); arrays: numeric for integer labels.
    return sort_labels(names) if ctx.dataset.kind == "arrays" else sorted(names)


def _empty_folders(ctx: AuditContext) -> dict[str, tuple[str, ...]]:
    """Empty class folders per split, as the folder listing noted them."""
    out: dict[str, tuple[str, ...]] = {}
    for note in ctx.dataset.notes:
        if note.kind == "empty-class-folder":
            split = str(note.detail.get("split", TRAIN))
            out[split] = tuple(sorted({*out.get(split, ()), *map(str, note.detail.get("classes", ()))}))
    return out


def _index_shift(keras_names: Mapping[str, list[str]], split: str) -> dict[str, tuple[int, int]]:
    """Classes whose index in ``split``'s folder differs from train's: {class: (train index, split index)}."""
    if split == TRAIN or TRAIN not in keras_names or split not in keras_names:
        return {}
    train, here = keras_names[TRAIN], keras_names[split]
    return {c: (train.index(c), here.index(c)) for c in here if c in train and train.index(c) != here.index(c)}


def _split_stats(counts: Mapping[str, int], classes: list[str]) -> dict:
    """Counts per class, imbalance ratio, normalised entropy and empty classes of one split."""
    full = {c: int(counts.get(c, 0)) for c in classes}
    return {
        "n": sum(full.values()),
        "counts": full,
        "imbalance_ratio": imbalance_ratio(full),
        "normalised_entropy": normalised_entropy(full),
        "empty_classes": [c for c, n in full.items() if n == 0],
    }


def _where(places: Mapping[str, int]) -> str:
    return ", ".join(f"{n} in {s}" for s, n in places.items())


def _label_entries(labels: pd.Series, multi_label: bool) -> tuple[np.ndarray, np.ndarray, pd.Index]:
    """(table row, label code) of every label of every sample, and the label names.

    One entry per sample, its label; a multi-label sample has one entry per label of its set.
    """
    if not multi_label:
        codes, names = pd.factorize(labels)
        return np.arange(len(labels)), codes, names
    sets = [split_label_set(v) for v in labels.tolist()]
    rows = np.repeat(np.arange(len(sets)), [len(s) for s in sets])
    codes, names = pd.factorize(pd.Series([name for s in sets for name in s], dtype=object))
    return rows, codes.astype(np.int64), names


def _looks_continuous(counts: _Counts, classes: list[str]) -> bool:
    """Labels that are mostly unique values (a regression target), not classes."""
    labelled = sum(sum(c.values()) for c in counts.raw.values())
    return len(classes) > 50 and len(classes) > 0.5 * labelled
