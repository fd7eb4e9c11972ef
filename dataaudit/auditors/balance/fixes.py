"""The class-balance fixes: class weights, oversampling and undersampling plans, each with runnable code.

Every snippet here is executed by the test suite against the installed
scikit-learn, imbalanced-learn and TensorFlow. A snippet names the variables it
expects in its opening comment (and in ``payload["inputs"]``):

- ``y_train``: the training labels as integer class indices in Keras order;
- ``x_train``: anything indexable along its first axis (an image array, file paths);
- ``train_ds``: a ``tf.data.Dataset`` of single ``(x, label)`` pairs with integer labels.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass

from dataaudit.auditors.balance.stats import class_weights, oversampling_targets, undersampling_targets
from dataaudit.errors import ParameterError
from dataaudit.model.findings import Fix
from dataaudit.model.fixes import ClassWeights, EvalSteps, SamplingPlan, UndersamplingPlan

__all__ = ["TrainingClasses", "weights_fix", "oversampling_fix", "oversampled_epoch_size", "undersampling_fix", "eval_steps_fix", "all_files"]

_INPUTS = {
    "y_train": "the training labels as integer class indices (what model.fit sees)",
    "x_train": "the training inputs, indexable along the first axis (an image array, a feature matrix, "
               "an array of file paths)",
    "train_ds": "a tf.data.Dataset of single (input, label) pairs with integer labels, shuffled each pass "
                "(image_dataset_from_directory(..., batch_size=None) gives one; or call .unbatch())",
}


@dataclass(frozen=True)
class TrainingClasses:
    """The training classes a fix is about.

    ``class_names`` is in class-index order (Keras's); ``counts`` maps each class
    with training samples to its count, in that order; ``images`` says whether
    the inputs are images (repeated copies are then paired with augmentation).
    ``class_index`` gives each class's index when it is not its position (integer
    labels that skip values: the label itself is the index).
    """

    class_names: tuple[str, ...]
    counts: Mapping[str, int]
    images: bool
    batch_size: int = 32
    class_index: Mapping[str, int] | None = None

    def index(self, name: str) -> int:
        if self.class_index is not None:
            return int(self.class_index[name])
        return self.class_names.index(name)

    @property
    def indices(self) -> dict[str, int]:
        return {n: self.index(n) for n in self.class_names}

    @property
    def total(self) -> int:
        return int(sum(self.counts.values()))


def _fmt(value: float) -> str:
    return f"{value:.4g}"


def _dict_literal(mapping: Mapping[int, float | int]) -> str:
    return "{" + ", ".join(f"{k}: {v!r}" for k, v in mapping.items()) + "}"


def _header(lines: list[str], classes: TrainingClasses, inputs: list[str]) -> list[str]:
    """The opening comment: what the snippet does, the class indices, the variables it expects."""
    text = list(lines)
    text.append(f"Class indices (Keras order): {', '.join(f'{i} = {n}' for n, i in classes.indices.items())}.")
    text += [f"Expects `{name}`: {_INPUTS[name]}." for name in inputs]
    return [f"# {part}" for line in text for part in textwrap.wrap(line, 96, break_on_hyphens=False)]


# -- class weights ---------------------------------------------------------------------------------

def _weights_code(classes: TrainingClasses, weights: Mapping[str, float], method: str, beta: float,
                  cap: float) -> str:
    by_index = {classes.index(n): round(w, 4) for n, w in weights.items()}
    formula = (
        'weights = compute_class_weight(class_weight="balanced", classes=classes, y=y_train)'
        if method == "balanced"
        else f"beta = {beta!r}\nweights = (1 - beta) / (1 - beta ** counts)  # Cui et al. (CVPR 2019)"
    )
    description = (
        "scikit-learn's 'balanced': n_samples / (n_classes * class count)"
        if method == "balanced"
        else f"effective number of samples (Cui et al., CVPR 2019), beta = {beta!r}"
    )
    lines = _header([
        "Class weights for Keras: model.fit(..., class_weight=class_weight).",
        f"Method: {description}; scaled so the average weight over the training samples is 1, and "
        f"capped at {cap:g} (the others raised to keep that average).",
        f"dataaudit computed, from {classes.total} training labels: {_dict_literal(by_index)}",
    ], classes, ["y_train"])
    lines += [
        "import numpy as np",
        "from sklearn.utils.class_weight import compute_class_weight",
        "",
        "classes = np.unique(y_train)",
        "counts = np.array([np.sum(y_train == c) for c in classes], dtype=float)",
        *formula.splitlines(),
        "weights = weights * counts.sum() / (weights @ counts)",
        f"cap = {float(cap)!r}",
        "capped = np.zeros(len(weights), dtype=bool)",
        "while (weights > cap).any() and not capped.all():",
        "    capped |= weights > cap",
        "    weights[capped] = cap",
        "    free = ~capped",
        "    if free.any():",
        "        weights[free] *= (counts.sum() - cap * counts[capped].sum()) / (weights[free] @ counts[free])",
        "class_weight = {int(c): float(w) for c, w in zip(classes, weights)}",
        "# model.fit(train_ds, epochs=..., class_weight=class_weight)",
    ]
    return "\n".join(lines) + "\n"


def weights_fix(classes: TrainingClasses, method: str = "balanced", *, beta: float = 0.999,
                cap: float = 10.0, files: Mapping[str, str] | None = None) -> Fix:
    weights = class_weights(classes.counts, method, beta=beta, cap=cap)
    code = _weights_code(classes, weights, method, beta, cap)
    payload = ClassWeights(
        class_weight={classes.index(n): w for n, w in weights.items()},
        class_names=classes.class_names,
        class_index=classes.indices,
        method=method,
        cap=cap,
        code=code,
        inputs={"y_train": _INPUTS["y_train"]},
        files=files if files is not None else {"class_weights.py": code},
        beta=beta if method == "effective_number" else None,
    )
    listed = ", ".join(f"{n} {_fmt(w)}" for n, w in weights.items())
    return payload.to_fix(f"Weight the loss per class ({method}): {listed}", "suggested")


# -- resampling plans ------------------------------------------------------------------------------

def _imblearn_code(classes: TrainingClasses, targets: Mapping[str, int], over: bool) -> str:
    sampler = "RandomOverSampler" if over else "RandomUnderSampler"
    module = "over_sampling" if over else "under_sampling"
    strategy = {classes.index(n): int(t) for n, t in targets.items()}
    what = "Oversampling" if over else "Undersampling"
    lines = _header([
        f"{what} plan with imbalanced-learn: the target number of samples per class index.",
        "Needs imbalanced-learn (pip install imbalanced-learn); dataaudit does not depend on it.",
    ], classes, ["x_train", "y_train"])
    lines += [
        "import numpy as np",
        f"from imblearn.{module} import {sampler}",
        "",
        f"sampling_strategy = {_dict_literal(strategy)}",
        f"sampler = {sampler}(sampling_strategy=sampling_strategy, random_state=0)",
        "# Resample row numbers rather than x itself, so 4-D image arrays and file paths work too.",
        "rows, y_resampled = sampler.fit_resample(np.arange(len(y_train)).reshape(-1, 1), np.asarray(y_train))",
        "x_resampled = np.asarray(x_train)[rows[:, 0]]",
    ]
    if over and classes.images:
        lines += [
            "# Repeated images are exact copies: augment them in the input pipeline (random flips, crops,",
            "# colour changes that keep the label) so the model does not memorise them.",
        ]
    return "\n".join(lines) + "\n"


def oversampled_epoch_size(counts: Mapping[str, int], epoch: str = "dataset") -> int:
    """Samples in one oversampled epoch: ``"dataset"`` as many as the training set (an epoch costs what a
    plain one does, the classes balanced in expectation); ``"majority"`` every class at the largest count."""
    if epoch == "dataset":
        return int(sum(counts.values()))
    if epoch == "majority":
        return int(sum(oversampling_targets(counts).values()))
    raise ParameterError(f"The oversampled epoch must be 'dataset' or 'majority'; got {epoch!r}.")


def _tf_data_code(classes: TrainingClasses, targets: Mapping[str, int], over: bool) -> str:
    total = sum(targets.values())
    ids = [classes.index(n) for n in targets]
    weights = [round(t / total, 6) for t in targets.values()]
    what = "Oversampling" if over else "Undersampling"
    epoch_size = oversampled_epoch_size(classes.counts) if over else total
    if over:
        per_epoch = (f"{epoch_size} samples per epoch, as many as the training set, so an epoch costs what a "
                     "plain one does; the classes are balanced in expectation and rare images repeat across "
                     "epochs")
    else:
        per_epoch = f"{total} samples per epoch (large classes are cut; each pass draws other samples)"
    lines = _header([
        f"{what} plan as a tf.data pipeline: tf.data.Dataset.sample_from_datasets draws each class "
        f"with its weight, {per_epoch}.",
        "Each class is filtered out of train_ds once and cached, so every image is decoded once and a "
        "draw is a memory read (filtering train_ds on every draw makes an epoch many times slower). "
        "The cache holds the training images in memory; for a dataset larger than memory pass a file "
        "name to .cache().",
        "Needs TensorFlow.",
    ], classes, ["train_ds"])
    lines += [
        "import tensorflow as tf",
        "",
        f"class_ids = {ids!r}",
        f"weights = {weights!r}",
        *([f"# Epoch length: the training set's size. For every class at the majority count per epoch",
           f"# ({max(targets.values())} each, {total} samples: longer epochs, the same balance) use epoch_size = {total}."]
          if over else []),
        f"epoch_size = {epoch_size}",
        "",
        "",
        "def of_class(c):",
        "    @tf.autograph.experimental.do_not_convert  # plain TF ops: nothing to convert, and no AutoGraph warning",
        "    def keep(x, y):",
        "        return tf.equal(tf.cast(tf.reshape(y, []), tf.int64), c)",
        "    return keep",
        "",
        "",
        "per_class = [",
        "    train_ds.filter(of_class(c)).cache().shuffle(1024, seed=c, reshuffle_each_iteration=True).repeat()",
        "    for c in class_ids",
        "]",
        "balanced_ds = tf.data.Dataset.sample_from_datasets(",
        "    per_class, weights=weights, seed=0, rerandomize_each_iteration=True",
        f").take(epoch_size).batch({classes.batch_size})",
    ]
    if over and classes.images:
        lines += [
            "",
            "# Repeated images are exact copies: augment them with the pipeline dataaudit recommends for this",
            "# data (DA404's augmentation.py, written next to this file by --write-fixes), so the same layers",
            "# and strengths apply whether or not you oversample.",
            "try:",
            "    from augmentation import augment_training",
            "except ImportError:  # no DA404 recommendation: the copies stay as they are",
            "    augment_training = None",
            "if augment_training is not None:",
            "    balanced_ds = augment_training(balanced_ds, seed=0)",
        ]
    lines.append("balanced_ds = balanced_ds.prefetch(tf.data.AUTOTUNE)")
    lines.append("# model.fit(balanced_ds, epochs=...)")
    return "\n".join(lines) + "\n"


def all_files(classes: TrainingClasses, method: str = "balanced", *, beta: float = 0.999,
              cap: float = 10.0) -> dict[str, str]:
    """Every class-balance snippet by file name, so the user can pick another remedy than the recommended one."""
    weights = class_weights(classes.counts, method, beta=beta, cap=cap)
    over = oversampling_targets(classes.counts)
    under = undersampling_targets(classes.counts)
    return {
        "class_weights.py": _weights_code(classes, weights, method, beta, cap),
        "oversampling_tf_data.py": _tf_data_code(classes, over, True),
        "oversampling_imblearn.py": _imblearn_code(classes, over, True),
        "undersampling_tf_data.py": _tf_data_code(classes, under, False),
        "undersampling_imblearn.py": _imblearn_code(classes, under, False),
    }


def _plan_fields(classes: TrainingClasses, targets: Mapping[str, int], over: bool,
                 files: Mapping[str, str] | None, weights: Mapping[str, float] | None) -> dict:
    """The fields both resampling plans share, as keyword arguments."""
    total = sum(targets.values())
    tf_weights = [targets.get(n, 0) / total for n in classes.class_names]
    prefix = "oversampling" if over else "undersampling"
    tf_code = _tf_data_code(classes, targets, over)
    imblearn_code = _imblearn_code(classes, targets, over)
    # Images go through tf.data (where augmentation lives); feature rows through imbalanced-learn.
    code = tf_code if classes.images else imblearn_code
    return dict(
        class_names=classes.class_names,
        class_index=classes.indices,
        target_counts=targets,
        sampling_strategy={classes.index(n): int(t) for n, t in targets.items()},
        tf_data_weights=tf_weights,
        epoch_size=oversampled_epoch_size(classes.counts) if over else int(total),
        code=code,
        inputs={k: _INPUTS[k] for k in (("train_ds",) if classes.images else ("x_train", "y_train"))},
        files=files if files is not None else {
            f"{prefix}_tf_data.py": tf_code, f"{prefix}_imblearn.py": imblearn_code,
        },
        class_weight=None if weights is None else {classes.index(n): float(w) for n, w in weights.items()},
    )


def oversampling_fix(classes: TrainingClasses, files: Mapping[str, str] | None = None,
                     weights: Mapping[str, float] | None = None) -> Fix:
    """The oversampling plan; ``weights`` (the report's capped class weights) ride along as ``class_weight``."""
    targets = oversampling_targets(classes.counts)
    payload = SamplingPlan(**_plan_fields(classes, targets, True, files, weights),
                           repeat_factor={n: t / classes.counts[n] for n, t in targets.items()},
                           augment=classes.images)
    title = (f"Oversample to balanced classes ({oversampled_epoch_size(classes.counts)} samples per epoch, "
             "the training set's size)")
    if classes.images:
        title += ", with augmentation"
    return payload.to_fix(title, "suggested")


def undersampling_fix(classes: TrainingClasses, files: Mapping[str, str] | None = None,
                      weights: Mapping[str, float] | None = None) -> Fix:
    targets = undersampling_targets(classes.counts)
    payload = UndersamplingPlan(**_plan_fields(classes, targets, False, files, weights),
                                keep_fraction={n: t / classes.counts[n] for n, t in targets.items()})
    low = min(targets.values())
    return payload.to_fix(f"Undersample every class to {low} per epoch", "suggested")


def eval_steps_fix(split: str, n_samples: int, batch_size: int) -> Fix:
    ceil_steps = -(-n_samples // batch_size)
    code = (
        f"# Evaluate every image of '{split}': round the step count up, or leave steps unset\n"
        "# (Keras then runs until the dataset ends and keeps the last, smaller batch).\n"
        "import math\n\n"
        f"n_samples, batch_size = {n_samples}, {batch_size}\n"
        f"steps = math.ceil(n_samples / batch_size)  # {ceil_steps}; n_samples // batch_size = "
        f"{n_samples // batch_size} drops {n_samples % batch_size} image(s)\n"
        "# model.fit(..., validation_steps=steps) / model.evaluate(..., steps=steps)\n"
    )
    payload = EvalSteps(split=split, n_samples=n_samples, batch_size=batch_size, steps=ceil_steps, code=code)
    return payload.to_fix(f"Use steps = ceil({n_samples} / {batch_size}) = {ceil_steps}", "suggested")
