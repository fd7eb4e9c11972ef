"""Keras integration: gate ``model.fit`` on the audit, and build ``tf.data`` pipelines from a report's fixes.

- :class:`AuditCallback` audits the dataset when training starts and raises
  :class:`TrainingBlocked` before the first batch when the gate fails.
- :func:`training_datasets` builds the training, validation and test
  ``tf.data.Dataset`` objects with the report's fixes applied: the leak-free
  re-split (``resplit_manifest``), files that cannot be decoded left out
  (``exclude_files`` and the scan's decode errors), class weights
  (``class_weights``) or class-balanced sampling (``sampling_plan``), and the
  recommended augmentation on the training split only (``augmentation``).
  Payloads are read through their classes in :mod:`dataaudit.model.fixes` (``docs/fixes.md``).

TensorFlow is imported only when a Keras object is built: importing this
module, like ``import dataaudit``, does not import it.
"""

from __future__ import annotations

import io
import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dataaudit.api import audit
from dataaudit.errors import AuditFailed, InputError, ParameterError
from dataaudit.model.findings import Fix
from dataaudit.model.fixes import ClassWeights, ExcludeFiles, ResplitManifest, SamplingPlan, UndersamplingPlan
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

#: Image formats (as the scan names them) that ``tf.io.decode_image`` reads; MPO is a camera JPEG.
TF_DECODABLE = ("JPEG", "PNG", "GIF", "BMP", "MPO")

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
        """Audit ``source`` when ``model.fit`` starts; raise :class:`TrainingBlocked` if the gate fails.

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
            self.report: Report | None = None

        def on_train_begin(self, logs: Mapping[str, Any] | None = None) -> None:
            if self.report is None:
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


def _fixes(report: Report | None, fixes: Iterable[Fix] | str | os.PathLike[str] | None) -> list[Fix]:
    if isinstance(fixes, (str, os.PathLike)):
        return load_fixes(fixes)
    if fixes is not None:
        return list(fixes)
    if report is None:
        return []
    return [f.fix for f in report.findings if f.fix is not None]


def _first(fixes: Sequence[Fix], kind: str) -> Fix | None:
    return next((f for f in fixes if f.kind == kind), None)


def class_weight_from(report: Report | None = None, *, fixes: Iterable[Fix] | str | None = None) -> dict[int, float] | None:
    """The ``class_weight`` dict of the report's ``class_weights`` fix, for ``model.fit``; None when there is none."""
    fix = _first(_fixes(report, fixes), "class_weights")
    if fix is None:
        return None
    return {k: float(v) for k, v in fix.payload_as(ClassWeights).class_weight.items()}


def augmentation_from(report: Report | None = None, *, fixes: Iterable[Fix] | str | None = None) -> Any:
    """The recommended augmentation as a live ``keras.Sequential`` (``fix.to_keras()``); None when there is none."""
    fix = _first(_fixes(report, fixes), "augmentation")
    return None if fix is None else fix.to_keras()


@dataclass
class _Manifest:
    frame: pd.DataFrame
    applied: list[str] = field(default_factory=list)


def training_manifest(report: Report | None = None, *, fixes: Iterable[Fix] | str | None = None) -> pd.DataFrame:
    """The samples to train on, as a DataFrame with columns ``path`` (absolute), ``label``, ``split``.

    With a ``resplit_manifest`` fix, its leak-free manifest; otherwise the
    audited listing. Files the scan could not decode and files an
    ``exclude_files`` fix names are left out, as are unlabelled rows.
    ``frame.attrs["applied"]`` lists what was done.
    """
    return _manifest(report, _fixes(report, fixes)).frame


def _manifest(report: Report | None, fixes: Sequence[Fix]) -> _Manifest:
    import pandas as pd

    applied: list[str] = []
    resplit_fix = _first(fixes, "resplit_manifest")
    if resplit_fix is not None:
        resplit = resplit_fix.payload_as(ResplitManifest)
        files = resplit.files or {}
        name = resplit.manifest or "resplit.csv"
        if name not in files:
            raise ParameterError(f"The resplit_manifest fix has no file {name!r} in its payload; see docs/fixes.md.")
        frame = pd.read_csv(io.StringIO(files[name]), dtype=str, keep_default_na=False)
        missing = {"path", "label", "split"} - set(frame.columns)
        if missing:
            raise ParameterError(f"The re-split manifest {name} lacks column(s) {', '.join(sorted(missing))}.")
        frame = frame[["path", "label", "split"]].copy()
        applied.append(f"leak-free re-split ({resplit.strategy}: {len(resplit.moved)} file(s) moved)")
    else:
        if report is None or report.table is None:
            raise ParameterError("training_datasets needs the Report of dataaudit.audit(...) (or a "
                                 "resplit_manifest fix) to know which files to load.")
        meta = report.table.meta
        if meta["path"].isna().all():
            raise ParameterError("training_datasets loads image files; this report's source is in-memory arrays. "
                                 "Use class_weight_from(report) and augmentation_from(report) with your arrays.")
        frame = meta.loc[meta["path"].notna(), ["path", "label", "split"]].copy()
    frame["path"] = frame["path"].astype(str)

    # Files that would crash or poison the input pipeline: the scan's decode errors, files an exclude_files
    # fix names, and formats tf.io.decode_image cannot read (Keras's own loader skips those too).
    if report is not None and report.table is not None:
        meta = report.table.meta[report.table.meta["path"].notna()]
        excluded = {p for fix in fixes if fix.kind == "exclude_files" for p in fix.payload_as(ExcludeFiles).paths}
        broken = (meta["error_kind"] != "") | meta["relpath"].isin(excluded)
        foreign = (meta["error_kind"] == "") & ~meta["format"].isin(TF_DECODABLE)
        reasons = {str(p): "broken" for p in meta.loc[broken, "path"]}
        reasons.update({str(p): "format" for p in meta.loc[foreign & ~broken, "path"]})
        if reasons:
            real = None

            def why(path: str) -> str:
                nonlocal real
                if path in reasons:
                    return reasons[path]
                if real is None:  # a re-split manifest may spell paths differently (symlinks, relative parts)
                    real = {os.path.realpath(p): r for p, r in reasons.items()}
                return real.get(os.path.realpath(path), "")

            verdict = frame["path"].map(why)
            if (verdict == "broken").any():
                applied.append(f"left out {int((verdict == 'broken').sum())} file(s) that cannot be decoded "
                               "or that a fix excludes")
            if (verdict == "format").any():
                applied.append(f"left out {int((verdict == 'format').sum())} file(s) in formats TensorFlow "
                               f"cannot decode (only {', '.join(TF_DECODABLE[:4])})")
            frame = frame[verdict == ""]
    labelled = frame["label"].notna() & (frame["label"].astype(str) != "") & frame["split"].notna()
    frame = frame[labelled].reset_index(drop=True)
    frame["label"] = frame["label"].astype(str)
    frame.attrs["applied"] = applied
    return _Manifest(frame, applied)


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
             index: Mapping[str, int], augmentation: Any) -> _Balance:
    """The remedy ``weighting`` asks for: from the report's fixes, or computed from the training counts."""
    plan = next((f for f in fixes if f.kind in _PLAN_TYPES), None)
    weights_fix = _first(fixes, ClassWeights.kind)
    mode = weighting
    if mode == "auto":
        mode = "sampling" if plan is not None else "class_weights" if weights_fix is not None else "none"
    train_labels = frame.loc[frame["split"] == "train", "label"]
    if mode == "class_weights":
        if weights_fix is not None:
            method = weights_fix.payload_as(ClassWeights).method or "balanced"
            return _Balance(class_weight=class_weight_from(fixes=[weights_fix]),
                            notes=(f"class weights from the report ({method})",))
        from dataaudit.auditors.balance.stats import class_weights

        counts = {index[c]: n for c, n in train_labels.value_counts().items()}
        return _Balance(class_weight={int(k): float(v) for k, v in class_weights(counts, "balanced").items()},
                        notes=("class weights computed from the training counts (balanced)",))
    if mode == "sampling":
        if plan is not None:
            return _plan_balance(plan, fixes, class_names, len(train_labels), augmentation)
        from dataaudit.auditors.balance.stats import oversampling_targets

        goal = oversampling_targets({c: int(n) for c, n in train_labels.value_counts().items()})
        epoch = sum(goal.values())
        return _Balance(shares=[goal.get(c, 0) / epoch for c in class_names], epoch=epoch,
                        notes=(f"class-balanced oversampling computed from the training counts ({epoch} per epoch)",))
    return _Balance()


def _plan_balance(plan_fix: Fix, fixes: Sequence[Fix], class_names: list[str], n_train: int,
                  augmentation: Any) -> _Balance:
    """The sampling of a ``sampling_plan`` or ``undersampling_plan`` fix."""
    plan = plan_fix.payload_as(_PLAN_TYPES[plan_fix.kind])
    if len(plan.tf_data_weights) != len(class_names):
        raise ParameterError(f"The {plan_fix.kind} fix needs 'tf_data_weights', one weight per class in "
                             "class_names order; see docs/fixes.md.")
    targets = plan.target_counts or {}
    epoch = int(plan.epoch_size or sum(targets.values()) or n_train)
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
                   balance: _Balance, load: Any, batch_size: int, shuffle: bool, seed: int) -> Any:
    """The batched training stream: class-balanced draws when ``balance`` has shares, else one shuffled pass."""
    paths, labels = _split_rows(frame, index, "train")
    if balance.shares is not None:
        train = _sampled(tf, [index[c] for c in class_names], balance.shares, paths, labels, seed)
    else:
        train = tf.data.Dataset.from_tensor_slices((paths, labels))
        if shuffle:
            train = train.shuffle(len(paths), seed=seed, reshuffle_each_iteration=True)
    return train.map(load, num_parallel_calls=tf.data.AUTOTUNE).batch(batch_size)


def _augmentation_layer(augmentation: Any, fixes: Sequence[Fix]) -> Any:
    """The layer ``augmentation=`` asks for: the report's (True), none (False/None), or the caller's own."""
    if augmentation is True:
        return augmentation_from(fixes=fixes)
    if augmentation in (False, None):
        return None
    return augmentation


def training_datasets(
    report: Report | None = None,
    *,
    fixes: Iterable[Fix] | str | os.PathLike[str] | None = None,
    image_size: tuple[int, int] = (128, 128),
    batch_size: int = 32,
    color_mode: str = "rgb",
    label_mode: str = "int",
    weighting: str = "auto",
    augmentation: Any = True,
    shuffle: bool = True,
    seed: int = 0,
) -> TrainingData:
    """``tf.data`` pipelines for ``model.fit`` with the report's fixes applied.

    - Samples: the ``resplit_manifest`` fix's manifest when there is one,
      else the audited listing; undecodable, excluded and TensorFlow-unreadable
      files left out.
    - ``weighting``: ``"auto"`` follows the report: its ``sampling_plan`` or
      ``undersampling_plan`` fix (``tf.data.Dataset.sample_from_datasets``
      with the plan's weights and epoch size), else its ``class_weights`` fix,
      else nothing. ``"class_weights"`` and ``"sampling"`` force one remedy
      (from the fix, or computed from the training counts: balanced weights,
      oversampling to the largest class); ``"none"`` turns both off. Never
      both at once: that would correct twice.
    - ``augmentation``: True applies the ``augmentation`` fix's Keras layers
      to the training split only; False none; or pass your own layer.

    Images are decoded like ``keras.utils.image_dataset_from_directory``
    (``tf.io.decode_image``, bilinear resize, float32 in [0, 255]); labels
    are class indices in Keras order (``label_mode="categorical"`` for one-hot).
    """
    _check_options(weighting, color_mode, label_mode, batch_size)
    fix_list = _fixes(report, fixes)
    manifest = _manifest(report, fix_list)
    frame = manifest.frame
    if not (frame["split"] == "train").any():
        raise InputError("No labelled training images are left to train on (no row has split 'train').")
    class_names, index = _classes(frame, fix_list)
    balance = _balance(weighting, fix_list, frame, class_names, index, augmentation)
    applied = [*manifest.applied, *balance.notes]

    import tensorflow as tf

    load = _image_loader(tf, image_size, color_mode, label_mode, depth=max(index.values()) + 1)
    train = _train_dataset(tf, frame, index, class_names, balance, load, batch_size, shuffle, seed)
    layer = _augmentation_layer(augmentation, fix_list)
    if layer is not None:
        train = train.map(lambda x, y: (layer(x, training=True), y), num_parallel_calls=tf.data.AUTOTUNE)
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
    )


def _sampled(tf: Any, class_ids: list[int], shares: list[float], paths: list[str], labels: list[int],
             seed: int) -> Any:
    """An endless stream of (path, label) drawing class ``class_ids[i]`` with probability ``shares[i]``."""
    streams, kept = [], []
    for class_id, share in zip(class_ids, shares):
        members = [p for p, y in zip(paths, labels) if y == class_id]
        if not members or share <= 0:
            continue  # a class absent from train cannot be drawn; its share goes to the others
        stream = tf.data.Dataset.from_tensor_slices((members, [class_id] * len(members)))
        streams.append(stream.shuffle(len(members), seed=seed + class_id, reshuffle_each_iteration=True).repeat())
        kept.append(share)
    if not streams:
        raise InputError("The sampling plan gives no weight to any class that has training images.")
    total = sum(kept)
    return tf.data.Dataset.sample_from_datasets(streams, weights=[w / total for w in kept], seed=seed)
