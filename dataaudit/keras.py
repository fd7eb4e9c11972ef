"""Keras integration: gate ``model.fit`` on the audit, and build ``tf.data`` pipelines from a report's fixes.

- :class:`AuditCallback` gates ``model.fit`` on a report, on a fixed dataset
  (:class:`~dataaudit.model.fixed.FixedDataset`, re-audited) or on a source
  (audited), and raises :class:`TrainingBlocked` before the first batch when the gate fails.
- :func:`training_datasets` builds the training, validation and test
  ``tf.data.Dataset`` objects from the fixed dataset
  (:func:`~dataaudit.model.fixed.fixed_dataset`: the leak-free re-split,
  exclusions, label conflicts and redundant copies resolved), with class
  weights or class-balanced sampling (one policy: the report's numbers), and
  the recommended augmentation on the training split only.
  Payloads are read through their classes in :mod:`dataaudit.model.fixes` (``docs/fixes.md``).

TensorFlow is imported only when a Keras object is built: importing this
module, like ``import dataaudit``, does not import it.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dataaudit.api import audit
from dataaudit.errors import AuditFailed, InputError, ParameterError
from dataaudit.model.findings import Fix
from dataaudit.model.fixed import TF_DECODABLE, FixedDataset, fixed_dataset
from dataaudit.model.fixes import Augmentation, ClassWeights, SamplingPlan, UndersamplingPlan
from dataaudit.model.report import Report, severity_threshold
from dataaudit.sources.base import sort_labels

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "AuditCallback",
    "TrainingBlocked",
    "TrainingData",
    "training_datasets",
    "training_manifest",
    "class_weight_from",
    "augmentation_from",
    "load_fixes",
    "WEIGHTINGS",
]

#: How :func:`training_datasets` counters class imbalance.
WEIGHTINGS = ("auto", "class_weights", "sampling", "none")


class TrainingBlocked(AuditFailed):
    """Raised by :class:`AuditCallback` when the gate fails; training stopped before its first batch.

    The message holds the report's summary; ``.report`` is the whole report.
    """

    def __init__(self, report: Report, fail_on: str):
        super().__init__(report, fail_on)
        summary = report.to_text(max_per_code=3)
        Exception.__init__(self, f"{self.args[0]} Training was stopped before the first batch.\n\n{summary}")


def _build_callback_class() -> type:
    import keras

    class AuditCallback(keras.callbacks.Callback):
        """Gate ``model.fit`` on ``source``; raise :class:`TrainingBlocked` before the first batch if it fails.

        ``source`` is what is trained on:

        - a :class:`~dataaudit.Report`: its findings are the gate (no second audit);
        - a :class:`~dataaudit.model.fixed.FixedDataset` (``training_datasets(...).plan``): exactly
          those files are audited again, so the findings its fixes resolved no longer count;
        - anything :func:`dataaudit.audit` reads (a folder, a manifest): audited when training starts.

        ``fail_on`` is the gate threshold (``"error"``, ``"warning"``, ``"info"``,
        ``"never"``); other keyword arguments go to :func:`dataaudit.audit`.
        The audit runs once per callback (``.report`` keeps it); a later
        ``fit`` with the same callback reuses it.
        """

        def __init__(self, source: Any, fail_on: str = "error", *, verbose: int = 1, **audit_options: Any):
            super().__init__()
            severity_threshold(fail_on)  # a bad value fails here, not when training starts
            self.source = source
            self.fail_on = fail_on
            self.verbose = verbose
            self.audit_options = audit_options
            self.report: Report | None = source if isinstance(source, Report) else None

        def on_train_begin(self, logs: Mapping[str, Any] | None = None) -> None:
            if self.report is None:
                if isinstance(self.source, FixedDataset):
                    self.report = self.source.audit(fail_on=self.fail_on, **self.audit_options)
                else:
                    self.report = audit(self.source, fail_on=self.fail_on, **self.audit_options)
            if not self.report.passed(self.fail_on):
                # Raising is the only way to stop before a batch: Keras checks stop_training after each one.
                self.model.stop_training = True
                raise TrainingBlocked(self.report, self.fail_on)
            if self.verbose:
                print(f"dataaudit: {self.report._headline()}")

    AuditCallback.__module__ = __name__
    return AuditCallback


def __getattr__(name: str) -> Any:
    # The callback subclasses keras.callbacks.Callback, so it is made (and Keras imported) on first use.
    if name == "AuditCallback":
        cls = _build_callback_class()
        globals()["AuditCallback"] = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- fixes -------------------------------------------------------------------------------------------


def load_fixes(path: str | os.PathLike[str]) -> list[Fix]:
    """The fixes written by ``Report.write_fixes(dir)`` / ``--write-fixes DIR`` (the folder or its fixes.json)."""
    p = Path(path)
    index = p / "fixes.json" if p.is_dir() else p
    try:
        entries = json.loads(index.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{index} does not exist; write it with `dataaudit check DATA --write-fixes DIR`.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{index} is not a readable fixes.json ({exc}); write it again with --write-fixes.") from None
    fixes = []
    for entry in entries if isinstance(entries, list) else []:
        fix = entry.get("fix") if isinstance(entry, dict) else None
        if isinstance(fix, dict) and "kind" in fix:
            try:
                fixes.append(Fix.from_dict(fix))
            except ParameterError as exc:
                raise InputError(f"{index} holds a malformed fix ({exc}); write it again with --write-fixes.") from None
    return fixes


def _fixes(report: Report | FixedDataset | None, fixes: Iterable[Fix] | str | os.PathLike[str] | None) -> list[Fix]:
    if isinstance(fixes, (str, os.PathLike)):
        return load_fixes(fixes)
    if fixes is not None:
        return list(fixes)
    if report is None:
        return []
    if isinstance(report, FixedDataset):
        return list(report.fixes)
    return [f.fix for f in report.findings if f.fix is not None]


def _first(fixes: Sequence[Fix], kind: str) -> Fix | None:
    return next((f for f in fixes if f.kind == kind), None)


def _report_class_weight(fixes: Sequence[Fix]) -> dict[int, float] | None:
    """The report's class weights: a ``class_weights`` fix's, or those a resampling plan carries."""
    for fix in fixes:
        if fix.kind == ClassWeights.kind:
            return {int(k): float(v) for k, v in fix.payload_as(ClassWeights).class_weight.items()}
        if fix.kind in _PLAN_TYPES:
            weights = fix.payload_as(_PLAN_TYPES[fix.kind]).class_weight
            if weights:
                return {int(k): float(v) for k, v in weights.items()}
    return None


def class_weight_from(report: Report | FixedDataset | None = None, *,
                      fixes: Iterable[Fix] | str | None = None) -> dict[int, float] | None:
    """The report's ``class_weight`` dict for ``model.fit``: the numbers of its class-imbalance finding
    (DA201, capped at the balance auditor's ``max_weight``) whichever remedy it recommends; None when
    the training classes are balanced."""
    return _report_class_weight(_fixes(report, fixes))


def augmentation_from(report: Report | None = None, *, fixes: Iterable[Fix] | str | None = None) -> Any:
    """The recommended augmentation as a live ``keras.Sequential`` (``fix.to_keras()``); None when there is none."""
    fix = _first(_fixes(report, fixes), "augmentation")
    return None if fix is None else fix.to_keras()


def _plan(source: Report | FixedDataset | None, fixes: Iterable[Fix] | str | os.PathLike[str] | None,
          conflicts: str) -> FixedDataset:
    """The fixed dataset ``source`` stands for (built from a report, or given)."""
    if isinstance(source, FixedDataset):
        if fixes is None:
            return source
        return replace(source, fixes=tuple(_fixes(None, fixes)))
    if not isinstance(source, Report):
        raise ParameterError("training_datasets needs the Report of dataaudit.audit(...) or a FixedDataset "
                             f"(dataaudit.model.fixed.fixed_dataset(report)); got {type(source).__name__}.")
    return fixed_dataset(source, fixes=_fixes(source, fixes), conflicts=conflicts)


def training_manifest(report: Report | FixedDataset | None = None, *,
                      fixes: Iterable[Fix] | str | None = None, conflicts: str = "exclude") -> pd.DataFrame:
    """The samples to train on, as a DataFrame with columns ``path`` (absolute), ``label``, ``split``.

    The rows of :func:`~dataaudit.model.fixed.fixed_dataset`: the re-split applied, undecodable and
    excluded files, label-conflicting copies (``conflicts``) and redundant copies left out.
    ``frame.attrs["applied"]`` lists what was done.
    """
    return _plan(report, fixes, conflicts).to_frame()


# -- tf.data -----------------------------------------------------------------------------------------


@dataclass
class TrainingData:
    """What :func:`training_datasets` built.

    ``train`` (augmented and rebalanced when the fixes say so), ``val`` and
    ``test`` are batched ``tf.data.Dataset`` objects yielding ``(images,
    labels)`` (``val``/``test`` are None when the split is absent);
    ``class_weight`` / ``steps_per_epoch`` are for ``model.fit`` and are
    included by :meth:`fit_kwargs`.
    """

    train: Any
    val: Any
    test: Any
    class_names: list[str]
    manifest: pd.DataFrame
    class_weight: dict[int, float] | None = None
    steps_per_epoch: int | None = None
    augmentation: Any = None
    applied: list[str] = field(default_factory=list)
    #: The fixed dataset the pipelines read: gate on it (``AuditCallback(data.plan)``), audit it
    #: again (``dataaudit.audit(data.plan)``) or write it (``data.plan.write_manifest("data/fixed.csv")``).
    plan: FixedDataset | None = None

    def fit_kwargs(self) -> dict[str, Any]:
        """``model.fit(data.train, **data.fit_kwargs(), epochs=...)``: validation data and the balancing.

        Also ``shuffle=False``: the training dataset shuffles itself (Keras ignores ``shuffle`` for a
        ``tf.data.Dataset`` and warns when it is left at True).
        """
        out: dict[str, Any] = {"shuffle": False}  # train is already shuffled by tf.data; fit cannot shuffle it
        if self.val is not None:
            out["validation_data"] = self.val
        if self.class_weight is not None:
            out["class_weight"] = self.class_weight
        if self.steps_per_epoch is not None:
            out["steps_per_epoch"] = self.steps_per_epoch
        return out


#: The resampling plans by kind.
_PLAN_TYPES = {t.kind: t for t in (SamplingPlan, UndersamplingPlan)}


def _classes(frame: pd.DataFrame, fixes: Sequence[Fix]) -> tuple[list[str], dict[str, int]]:
    """Class names in Keras order and each one's index: from the balance fixes when present (their
    ``class_weight`` keys are those indices), else sorted like ``image_dataset_from_directory``."""
    for payload_type in (ClassWeights, *_PLAN_TYPES.values()):
        fix = _first(fixes, payload_type.kind)
        if fix is None:
            continue
        payload = fix.payload_as(payload_type)
        if payload.class_names:
            names = list(payload.class_names)
            unknown = sorted(set(frame["label"]) - set(names))
            if unknown:
                raise ParameterError(f"The {fix.kind} fix lists classes {names} but the data also has {unknown}.")
            given = payload.class_index or {}
            return names, {n: int(given.get(n, i)) for i, n in enumerate(names)}
    names = sort_labels(frame["label"].unique().tolist())
    return names, {n: i for i, n in enumerate(names)}


def _check_options(weighting: str, color_mode: str, label_mode: str, batch_size: Any) -> None:
    if weighting not in WEIGHTINGS:
        raise ParameterError(f"weighting must be one of {', '.join(WEIGHTINGS)}; got {weighting!r}.")
    if color_mode not in ("rgb", "grayscale"):
        raise ParameterError(f"color_mode must be 'rgb' or 'grayscale'; got {color_mode!r}.")
    if label_mode not in ("int", "categorical"):
        raise ParameterError(f"label_mode must be 'int' or 'categorical'; got {label_mode!r}.")
    if not (isinstance(batch_size, int) and batch_size >= 1):
        raise ParameterError(f"batch_size must be a positive int; got {batch_size!r}.")


@dataclass(frozen=True)
class _Balance:
    """How the training stream counters class imbalance: ``class_weight`` for ``model.fit``, or
    ``shares`` (one per class, in class-name order) drawing ``epoch`` samples per epoch; never both."""

    class_weight: dict[int, float] | None = None
    shares: list[float] | None = None
    epoch: int = 0
    notes: tuple[str, ...] = ()


def _balance(weighting: str, fixes: Sequence[Fix], frame: pd.DataFrame, class_names: list[str],
             index: Mapping[str, int], augmentation: Any, oversampled_epoch: str = "dataset") -> _Balance:
    """The remedy ``weighting`` asks for, with the report's numbers (one policy: those of its DA201
    finding); computed by the same functions from the training counts when the report has none."""
    plan = next((f for f in fixes if f.kind in _PLAN_TYPES), None)
    weights_fix = _first(fixes, ClassWeights.kind)
    mode = weighting
    if mode == "auto":
        mode = "sampling" if plan is not None else "class_weights" if weights_fix is not None else "none"
    train_labels = frame.loc[frame["split"] == "train", "label"]
    if mode == "class_weights":
        reported = _report_class_weight(fixes)
        if reported is not None:
            return _Balance(class_weight=reported, notes=("class weights from the report",))
        from dataaudit.auditors.balance.auditor import BalanceAuditor
        from dataaudit.auditors.balance.stats import class_weights

        cap = float(BalanceAuditor.defaults["max_weight"])
        counts = {index[c]: n for c, n in train_labels.value_counts().items()}
        return _Balance(class_weight={int(k): float(v) for k, v in class_weights(counts, "balanced", cap=cap).items()},
                        notes=(f"class weights computed from the training counts (balanced, capped at {cap:g})",))
    if mode == "sampling":
        if plan is not None:
            return _plan_balance(plan, fixes, class_names, train_labels, augmentation, oversampled_epoch)
        from dataaudit.auditors.balance.fixes import oversampled_epoch_size
        from dataaudit.auditors.balance.stats import oversampling_targets

        counts = {c: int(n) for c, n in train_labels.value_counts().items()}
        goal = oversampling_targets(counts)
        epoch = oversampled_epoch_size(counts, oversampled_epoch)
        return _Balance(shares=[goal.get(c, 0) / sum(goal.values()) for c in class_names], epoch=epoch,
                        notes=(f"class-balanced oversampling computed from the training counts ({epoch} per epoch)",))
    return _Balance()


def _plan_balance(plan_fix: Fix, fixes: Sequence[Fix], class_names: list[str], train_labels: pd.Series,
                  augmentation: Any, oversampled_epoch: str) -> _Balance:
    """The sampling of a ``sampling_plan`` or ``undersampling_plan`` fix.

    An oversampled epoch's length is ``oversampled_epoch``'s choice over the training images actually
    used (after the fixed dataset's exclusions), whatever the plan's ``epoch_size`` says; an
    undersampled epoch is the plan's."""
    plan = plan_fix.payload_as(_PLAN_TYPES[plan_fix.kind])
    if len(plan.tf_data_weights) != len(class_names):
        raise ParameterError(f"The {plan_fix.kind} fix needs 'tf_data_weights', one weight per class in "
                             "class_names order; see docs/fixes.md.")
    targets = plan.target_counts or {}
    if isinstance(plan, SamplingPlan):
        from dataaudit.auditors.balance.fixes import oversampled_epoch_size

        epoch = oversampled_epoch_size({c: int(n) for c, n in train_labels.value_counts().items()},
                                       oversampled_epoch)
    else:
        epoch = int(plan.epoch_size or sum(targets.values()) or len(train_labels))
    what = "undersampling" if isinstance(plan, UndersamplingPlan) else "oversampling"
    notes = [f"class-balanced {what} from the report ({epoch} samples per epoch)"]
    if (isinstance(plan, SamplingPlan) and plan.augment and augmentation is True
            and _first(fixes, "augmentation") is None):
        notes.append("note: the plan repeats images and asks for augmentation, but the report has no "
                     "augmentation fix; pass augmentation=<Keras layers> to add one")
    return _Balance(shares=[float(w) for w in plan.tf_data_weights], epoch=epoch, notes=tuple(notes))


def _image_loader(tf: Any, image_size: tuple[int, int], color_mode: str, label_mode: str,
                  depth: int) -> Any:
    """(path, label) -> (image, label), decoded like ``image_dataset_from_directory``."""
    channels = 3 if color_mode == "rgb" else 1
    height, width = int(image_size[0]), int(image_size[1])

    def load(path: Any, label: Any) -> tuple[Any, Any]:
        image = tf.io.decode_image(tf.io.read_file(path), channels=channels, expand_animations=False)
        image = tf.image.resize(image, (height, width), method="bilinear")
        image.set_shape((height, width, channels))
        if label_mode == "categorical":
            label = tf.one_hot(label, depth)
        return image, label

    return load


def _split_rows(frame: pd.DataFrame, index: Mapping[str, int], split: str) -> tuple[list[str], list[int]]:
    part = frame[frame["split"] == split]
    return part["path"].tolist(), [index[c] for c in part["label"]]


def _eval_dataset(tf: Any, frame: pd.DataFrame, index: Mapping[str, int], split: str, load: Any,
                  batch_size: int) -> Any:
    """A validation or test split as it is (no shuffling, balancing or augmentation); None when it is empty."""
    paths, labels = _split_rows(frame, index, split)
    if not paths:
        return None
    data = tf.data.Dataset.from_tensor_slices((paths, labels))
    return data.map(load, num_parallel_calls=tf.data.AUTOTUNE).batch(batch_size).prefetch(tf.data.AUTOTUNE)


def _train_dataset(tf: Any, frame: pd.DataFrame, index: Mapping[str, int], class_names: list[str],
                   balance: _Balance, load: Any, batch_size: int, shuffle: bool, seed: int, cache: bool) -> Any:
    """The batched training stream: class-balanced draws when ``balance`` has shares, else one shuffled pass.

    With ``cache``, each image is decoded once and later epochs (and repeated draws) read memory.
    """
    paths, labels = _split_rows(frame, index, "train")
    if balance.shares is not None:
        train = _sampled(tf, [index[c] for c in class_names], balance.shares, paths, labels, load, seed, cache)
    else:
        train = tf.data.Dataset.from_tensor_slices((paths, labels))
        if cache:
            train = train.map(load, num_parallel_calls=tf.data.AUTOTUNE).cache()
        if shuffle:  # without a cache, shuffle the paths: a buffer of decoded images would hold them all
            train = train.shuffle(len(paths), seed=seed, reshuffle_each_iteration=True)
        if not cache:
            train = train.map(load, num_parallel_calls=tf.data.AUTOTUNE)
    return train.batch(batch_size)


#: ``cache="auto"`` keeps the decoded training images in memory up to this many bytes.
CACHE_BYTES = 1 << 30


def _augmentation_layer(augmentation: Any, fixes: Sequence[Fix]) -> Any:
    """The layer ``augmentation=`` asks for: the report's (True), none (False/None), or the caller's own."""
    if augmentation is True:
        return augmentation_from(fixes=fixes)
    if augmentation in (False, None):
        return None
    return augmentation


def _augmented(tf: Any, train: Any, augmentation: Any, fixes: Sequence[Fix], seed: int) -> tuple[Any, Any]:
    """The training stream augmented as ``augmentation=`` asks, and the layer used (None: not augmented).

    The report's pipeline (True) is applied like DA404's generated ``augment_training``: the stronger
    layers for the images of low-variety classes included."""
    layer = _augmentation_layer(augmentation, fixes)
    if layer is None:
        return train, None
    fix = _first(fixes, "augmentation") if augmentation is True else None
    if fix is not None:
        from dataaudit.auditors.variety.augmentation import augment_dataset

        return augment_dataset(train, fix.payload_as(Augmentation).spec, seed), layer
    return train.map(lambda x, y: (layer(x, training=True), y), num_parallel_calls=tf.data.AUTOTUNE), layer


def training_datasets(
    report: Report | FixedDataset | None = None,
    *,
    fixes: Iterable[Fix] | str | os.PathLike[str] | None = None,
    conflicts: str = "exclude",
    cache: bool | str = "auto",
    image_size: tuple[int, int] = (128, 128),
    batch_size: int = 32,
    color_mode: str = "rgb",
    label_mode: str = "int",
    weighting: str = "auto",
    augmentation: Any = True,
    shuffle: bool = True,
    seed: int = 0,
    oversampled_epoch: str = "dataset",
) -> TrainingData:
    """``tf.data`` pipelines for ``model.fit`` with the report's fixes applied.

    - Samples: the fixed dataset (``data.plan``, :func:`~dataaudit.model.fixed.fixed_dataset`):
      the re-split applied; undecodable, excluded and TensorFlow-unreadable files,
      label-conflicting copies (``conflicts="exclude"``, or ``"majority"`` to keep the
      copies with the majority label) and redundant copies left out. ``report`` may
      be that fixed dataset itself.
    - ``weighting``: ``"auto"`` follows the report: its ``sampling_plan`` or
      ``undersampling_plan`` fix (``tf.data.Dataset.sample_from_datasets``
      with the plan's weights and epoch size), else its ``class_weights`` fix,
      else nothing. ``"class_weights"`` and ``"sampling"`` force one remedy
      (from the fix, or computed from the training counts: balanced weights,
      oversampling to the largest class); ``"none"`` turns both off. Never
      both at once: that would correct twice. The weights are the report's
      (those of ``class_weight_from(report)``, capped like the written code).
    - ``oversampled_epoch``: how long an oversampled epoch is (``steps_per_epoch``):
      ``"dataset"`` (default) as many samples as the training set, so it costs what
      a plain epoch does and the classes are balanced in expectation; ``"majority"``
      every class at the largest class's count (longer epochs, the same balance).
      Undersampled epochs are the plan's.
    - ``cache``: keep the decoded training images in memory (each decoded
      once; oversampled draws read memory); ``"auto"`` when they fit in 1 GiB.
    - ``augmentation``: True applies the ``augmentation`` fix's Keras layers
      to the training split only; False none; or pass your own layer.

    Images are decoded like ``keras.utils.image_dataset_from_directory``
    (``tf.io.decode_image``, bilinear resize, float32 in [0, 255]); labels
    are class indices in Keras order (``label_mode="categorical"`` for one-hot).
    """
    _check_options(weighting, color_mode, label_mode, batch_size)
    if oversampled_epoch not in ("dataset", "majority"):
        raise ParameterError(f"oversampled_epoch must be 'dataset' or 'majority'; got {oversampled_epoch!r}.")
    plan = _plan(report, fixes, conflicts)
    fix_list = list(plan.fixes)
    frame = plan.to_frame()
    if not (frame["split"] == "train").any():
        raise InputError("No labelled training images are left to train on (no row has split 'train').")
    class_names, index = _classes(frame, fix_list)
    balance = _balance(weighting, fix_list, frame, class_names, index, augmentation, oversampled_epoch)
    applied = [*plan.applied, *balance.notes]
    n_train = int((frame["split"] == "train").sum())
    channels = 3 if color_mode == "rgb" else 1
    use_cache = bool(cache) if cache != "auto" else n_train * image_size[0] * image_size[1] * channels * 4 <= CACHE_BYTES

    import tensorflow as tf

    load = _image_loader(tf, image_size, color_mode, label_mode, depth=max(index.values()) + 1)
    train = _train_dataset(tf, frame, index, class_names, balance, load, batch_size, shuffle, seed, use_cache)
    train, layer = _augmented(tf, train, augmentation, fix_list, seed)
    if layer is not None:
        applied.append("augmentation on the training split")
    return TrainingData(
        train=train.prefetch(tf.data.AUTOTUNE),
        val=_eval_dataset(tf, frame, index, "val", load, batch_size),
        test=_eval_dataset(tf, frame, index, "test", load, batch_size),
        class_names=class_names,
        manifest=frame,
        class_weight=balance.class_weight,
        steps_per_epoch=max(1, math.ceil(balance.epoch / batch_size)) if balance.shares is not None else None,
        augmentation=layer,
        applied=applied,
        plan=plan,
    )


def _sampled(tf: Any, class_ids: list[int], shares: list[float], paths: list[str], labels: list[int],
             load: Any, seed: int, cache: bool) -> Any:
    """An endless stream of decoded (image, label) drawing class ``class_ids[i]`` with probability ``shares[i]``.

    One stream per class, decoded (and with ``cache`` kept in memory) on its own: a draw never scans
    the other classes, and a repeated image is decoded once."""
    streams, kept = [], []
    for class_id, share in zip(class_ids, shares):
        members = [p for p, y in zip(paths, labels) if y == class_id]
        if not members or share <= 0:
            continue  # a class absent from train cannot be drawn; its share goes to the others
        stream = tf.data.Dataset.from_tensor_slices((members, [class_id] * len(members)))
        stream = stream.map(load, num_parallel_calls=tf.data.AUTOTUNE)
        if cache:
            stream = stream.cache()
        streams.append(stream.shuffle(len(members), seed=seed + class_id, reshuffle_each_iteration=True).repeat())
        kept.append(share)
    if not streams:
        raise InputError("The sampling plan gives no weight to any class that has training images.")
    total = sum(kept)
    return tf.data.Dataset.sample_from_datasets(streams, weights=[w / total for w in kept], seed=seed)
