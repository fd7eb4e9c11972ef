"""Augmentation pipelines: a JSON-able plan of Keras preprocessing layers, each with its reason.

An :class:`AugmentationPlan` is what the variety auditor recommends from the
data (:func:`recommend_augmentation`) and what the ``ImageDataGenerator``
converter produces (:mod:`dataaudit.auditors.variety.image_data_generator`). It becomes:

- a JSON spec (:meth:`AugmentationPlan.to_spec`, payload ``spec`` of the fix);
- Python code text (:meth:`AugmentationPlan.to_code`) that builds the layers
  and wires them into a ``tf.data`` input pipeline for the training split only;
- live Keras objects (:func:`build_pipeline`, and ``fix.to_keras()`` through
  :meth:`dataaudit.model.fixes.Augmentation.to_keras`).

Keras is imported only by the two builders.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dataaudit.errors import ParameterError
from dataaudit.model.findings import Fix
from dataaudit.model.fixes import Augmentation

__all__ = [
    "LayerSpec",
    "AugmentationPlan",
    "Observations",
    "recommend_augmentation",
    "build_pipeline",
    "build_augmentation",
    "augment_dataset",
    "SPEC_VERSION",
]

SPEC_VERSION = 1

#: Layers whose constructor takes ``value_range`` (photometric layers).
_VALUE_RANGE_LAYERS = frozenset({
    "RandomBrightness", "RandomContrast", "RandomSaturation", "RandomHue", "RandomColorJitter",
    "RandomGaussianBlur", "RandAugment",
})
#: Layers whose constructor takes ``seed``.
_SEEDED = frozenset({
    "RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation", "RandomShear", "RandomBrightness",
    "RandomContrast", "RandomSaturation", "RandomHue", "RandomColorJitter", "RandomGaussianBlur",
    "RandomGrayscale", "RandAugment",
})


def _literal(value: Any) -> str:
    if isinstance(value, float):
        return repr(float(f"{value:.6g}"))
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(_literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return repr(value)


@dataclass(frozen=True)
class LayerSpec:
    """One Keras preprocessing layer: class name in ``keras.layers``, keyword arguments, and why.

    ``code`` replaces the generated constructor text for layers that are not
    plain ``keras.layers`` classes (e.g. a ``Lambda`` for per-image centring);
    such layers are rebuilt from ``code`` by :func:`build_pipeline`.
    """

    layer: str
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    reason: str = ""
    code: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {"layer": self.layer, "kwargs": {k: list(v) if isinstance(v, tuple) else v
                                               for k, v in self.kwargs.items()}, "reason": self.reason}
        if self.code:
            out["code"] = self.code
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LayerSpec:
        try:
            kwargs = {k: tuple(v) if isinstance(v, list) else v for k, v in dict(data.get("kwargs", {})).items()}
            return cls(str(data["layer"]), kwargs, str(data.get("reason", "")), str(data.get("code", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ParameterError(f"An augmentation layer entry must be {{'layer': name, 'kwargs': {{...}}}}; got {data!r}.") from exc

    def constructor(self, value_range: bool = True, seed: bool = True) -> str:
        """Python source constructing the layer (``keras`` must be imported)."""
        if self.code:
            return self.code
        args = [f"{k}={_literal(v)}" for k, v in self.kwargs.items()]
        if value_range and self.layer in _VALUE_RANGE_LAYERS and "value_range" not in self.kwargs:
            args.append("value_range=VALUE_RANGE")
        if seed and self.layer in _SEEDED:
            args.append("seed=seed")
        return f"keras.layers.{self.layer}({', '.join(args)})"


@dataclass(frozen=True)
class AugmentationPlan:
    """A recommended (or converted) augmentation pipeline.

    - ``layers``: the training-time augmentation, in order;
    - ``strong_layers`` / ``strong_classes``: a stronger variant used instead
      for the images of these (low-variety) classes; ``class_names`` gives the
      Keras class-index order used to find them in a batch of labels;
    - ``preprocessing``: layers every split needs (e.g. a legacy ``rescale``);
    - ``skipped``: transforms deliberately left out, with the reason;
    - ``value_range``: the pixel range the layers expect (``(0, 255)`` for
      ``image_dataset_from_directory`` output);
    - ``evidence``: the measurements behind the choices.
    """

    layers: tuple[LayerSpec, ...] = ()
    strong_layers: tuple[LayerSpec, ...] = ()
    strong_classes: tuple[str, ...] = ()
    class_names: tuple[str, ...] = ()
    preprocessing: tuple[LayerSpec, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    value_range: tuple[float, float] = (0, 255)
    evidence: Mapping[str, Any] = field(default_factory=dict)
    #: What the pipeline is expected to do, and the measurements that expectation rests on.
    expected: str = ""
    #: The benchmark's verdict for data like this: "helped", "no clear difference", "hurt" or "" (not measured).
    verdict: str = ""

    def to_spec(self) -> dict[str, Any]:
        return {
            "version": SPEC_VERSION,
            "value_range": list(self.value_range),
            "layers": [layer.to_dict() for layer in self.layers],
            "strong_layers": [layer.to_dict() for layer in self.strong_layers],
            "strong_classes": list(self.strong_classes),
            "class_names": list(self.class_names),
            "preprocessing": [layer.to_dict() for layer in self.preprocessing],
            "skipped": [{"transform": t, "reason": r} for t, r in self.skipped],
            "notes": list(self.notes),
            "evidence": dict(self.evidence),
            "expected": self.expected,
            "verdict": self.verdict,
        }

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> AugmentationPlan:
        if not isinstance(spec, Mapping) or not isinstance(spec.get("layers", []), list):
            raise ParameterError("An augmentation spec must be a dict with a 'layers' list (see docs/variety.md).")
        vr = spec.get("value_range", (0, 255))
        return cls(
            layers=tuple(LayerSpec.from_dict(d) for d in spec.get("layers", [])),
            strong_layers=tuple(LayerSpec.from_dict(d) for d in spec.get("strong_layers", [])),
            strong_classes=tuple(str(c) for c in spec.get("strong_classes", [])),
            class_names=tuple(str(c) for c in spec.get("class_names", [])),
            preprocessing=tuple(LayerSpec.from_dict(d) for d in spec.get("preprocessing", [])),
            skipped=tuple((str(d["transform"]), str(d["reason"])) for d in spec.get("skipped", [])),
            notes=tuple(str(n) for n in spec.get("notes", [])),
            value_range=(float(vr[0]), float(vr[1])),
            evidence=dict(spec.get("evidence", {})),
            expected=str(spec.get("expected", "")),
            verdict=str(spec.get("verdict", "")),
        )

    def summary(self) -> str:
        """The layers as one line, e.g. ``RandomFlip('horizontal'), RandomRotation(0.028)``."""
        if not self.layers:
            return "no augmentation layers"
        return ", ".join(
            f"{layer.layer}({', '.join(_literal(v) for v in layer.kwargs.values())})" for layer in self.layers
        )

    def to_code(self, title: str = "Data augmentation recommended by dataaudit.") -> str:
        """A self-contained Python module building the pipeline and applying it to the training split only."""
        vr = tuple(int(v) if float(v).is_integer() else v for v in self.value_range)

        def body(layers: Sequence[LayerSpec], indent: str = "        ") -> str:
            lines: list[str] = []
            for layer in layers:
                for part in _wrap(layer.reason, 92):
                    lines.append(f"{indent}# {part}")
                lines.append(f"{indent}{layer.constructor()},")
            return "\n".join(lines) if lines else f"{indent}# (no layers)"

        out = [f'"""{title}', "", "Generated from the training images; every layer says why it was chosen.",
               "Augmentation is applied to the training split only (`augment_training`); validation",
               'and test data go through `prepare_splits` untouched."""', "",
               "import keras", "import tensorflow as tf", "",
               "#: Pixel range the layers expect: what image_dataset_from_directory yields.",
               f"VALUE_RANGE = {_literal(vr)}", ""]
        for header, items in (("Expected effect:", [self.expected] if self.expected else []),
                              ("Left out on purpose:", [f"{t}: {r}" for t, r in self.skipped]),
                              ("Notes:", list(self.notes))):
            if items:
                out.append(f"# {header}")
                for item in items:
                    for i, part in enumerate(_wrap(item, 94)):
                        out.append(f"#   {'- ' if i == 0 else '  '}{part}")
                out.append("")
        if self.preprocessing:
            out += ["", "def build_preprocessing():",
                    '    """Layers every split needs (training, validation, test, serving)."""',
                    "    seed = None", "    return keras.Sequential([", body(self.preprocessing),
                    '    ], name="preprocessing")', ""]
        out += ["", "def build_augmentation(seed=None):",
                '    """The training-time augmentation (identity when called with training=False)."""',
                "    return keras.Sequential([", body(self.layers), '    ], name="augmentation")', ""]
        out += ["", f"CLASS_NAMES = {list(self.class_names)!r}",
                "#: Low-variety classes: their images get the stronger pipeline below.",
                f"STRONG_CLASSES = {list(self.strong_classes)!r}", ""]
        if self.strong_classes:
            out += ["", "def build_strong_augmentation(seed=None):",
                    '    """A stronger variant for the low-variety classes."""',
                    "    return keras.Sequential([", body(self.strong_layers), '    ], name="strong_augmentation")', ""]
        pipeline = _PIPELINE_CODE.replace("{strong}", "build_strong_augmentation(seed)" if self.strong_classes
                                          else "None")
        if self.preprocessing:
            pipeline = pipeline.replace("{pre_doc}", " (every split then goes through build_preprocessing())")
            pipeline = pipeline.replace("{pre_code}", _PREPROCESS_CODE)
        else:
            pipeline = pipeline.replace("{pre_doc}", "").replace("{pre_code}", "")
        out += ["", pipeline]
        return "\n".join(out).rstrip() + "\n"

    def to_fix(self, title: str, applicability: str = "suggested") -> Fix:
        """The plan as a ``Fix(kind="augmentation")`` with ``spec``, ``code`` and ``files``."""
        code = self.to_code()
        return Augmentation(spec=self.to_spec(), code=code, files={"augmentation.py": code}).to_fix(
            title, applicability)


_PIPELINE_CODE = '''def augment_training(train_ds, seed=None):
    """Augment a batched (images, labels) *training* dataset; labels are class indices or one-hot rows."""
    augmentation = build_augmentation(seed)
    strong = {strong}
    strong_ids = tf.constant([CLASS_NAMES.index(c) for c in STRONG_CLASSES], dtype=tf.int64)

    def apply(images, labels):
        images = tf.cast(images, tf.float32)
        out = augmentation(images, training=True)
        if strong is not None:
            index = labels if len(labels.shape) == 1 else tf.argmax(labels, axis=-1)
            index = tf.reshape(tf.cast(index, tf.int64), [-1])
            use_strong = tf.reduce_any(tf.equal(index[:, None], strong_ids[None, :]), axis=1)
            out = tf.where(use_strong[:, None, None, None], strong(images, training=True), out)
        return out, labels

    return train_ds.map(apply, num_parallel_calls=tf.data.AUTOTUNE)


def prepare_splits(train_ds, *eval_datasets, seed=None):
    """The training dataset augmented, the validation/test datasets as they are{pre_doc}; all prefetched."""
    datasets = (augment_training(train_ds, seed), *eval_datasets)
{pre_code}    return tuple(ds.prefetch(tf.data.AUTOTUNE) for ds in datasets)


if __name__ == "__main__":
    # Example: python augmentation.py DATA_DIR  (DATA_DIR/train/<class>/..., DATA_DIR/val/<class>/...)
    import sys

    root = sys.argv[1]
    train_ds = keras.utils.image_dataset_from_directory(f"{root}/train", batch_size=32, seed=0)
    val_ds = keras.utils.image_dataset_from_directory(f"{root}/val", batch_size=32, shuffle=False)
    train_ds, val_ds = prepare_splits(train_ds, val_ds)
    images, _ = next(iter(train_ds))
    print("augmented training batch:", images.shape)
'''


_PREPROCESS_CODE = """    preprocessing = build_preprocessing()
    datasets = tuple(ds.map(lambda x, y: (preprocessing(tf.cast(x, tf.float32)), y)) for ds in datasets)
"""


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width) or [""]


def build_pipeline(spec: Mapping[str, Any] | AugmentationPlan, which: str = "layers", seed: int | None = None):
    """A live ``keras.Sequential`` of one part of a plan: ``"layers"``, ``"strong_layers"`` or ``"preprocessing"``."""
    plan = spec if isinstance(spec, AugmentationPlan) else AugmentationPlan.from_spec(spec)
    if which not in ("layers", "strong_layers", "preprocessing"):
        raise ParameterError(f"which must be 'layers', 'strong_layers' or 'preprocessing'; got {which!r}.")
    import keras

    namespace = {"keras": keras, "VALUE_RANGE": tuple(plan.value_range), "seed": seed}
    built = []
    for layer in getattr(plan, which):
        if layer.code:
            built.append(eval(layer.code, namespace))  # noqa: S307 - code written by dataaudit itself
            continue
        cls = getattr(keras.layers, layer.layer, None)
        if cls is None:
            raise ParameterError(f"keras.layers has no {layer.layer!r} in Keras {keras.__version__}; upgrade Keras.")
        kwargs = dict(layer.kwargs)
        if layer.layer in _VALUE_RANGE_LAYERS:
            kwargs.setdefault("value_range", tuple(plan.value_range))
        if layer.layer in _SEEDED and seed is not None:
            kwargs.setdefault("seed", seed)
        built.append(cls(**kwargs))
    return keras.Sequential(built, name={"layers": "augmentation", "strong_layers": "strong_augmentation",
                                         "preprocessing": "preprocessing"}[which])


def augment_dataset(dataset: Any, spec: Mapping[str, Any] | AugmentationPlan, seed: int | None = None) -> Any:
    """A batched ``(images, labels)`` ``tf.data.Dataset`` augmented like the plan's generated
    ``augment_training``: the layers, and the strong layers for the images of ``strong_classes``
    (labels are class indices or one-hot rows)."""
    import tensorflow as tf

    plan = spec if isinstance(spec, AugmentationPlan) else AugmentationPlan.from_spec(spec)
    augmentation = build_pipeline(plan, "layers", seed)
    strong = build_pipeline(plan, "strong_layers", seed) if plan.strong_classes and plan.strong_layers else None
    strong_ids = tf.constant([plan.class_names.index(c) for c in plan.strong_classes if c in plan.class_names],
                             dtype=tf.int64)

    def apply(images: Any, labels: Any) -> tuple[Any, Any]:
        images = tf.cast(images, tf.float32)
        out = augmentation(images, training=True)
        if strong is not None:
            index = labels if len(labels.shape) == 1 else tf.argmax(labels, axis=-1)
            index = tf.reshape(tf.cast(index, tf.int64), [-1])
            use_strong = tf.reduce_any(tf.equal(index[:, None], strong_ids[None, :]), axis=1)
            out = tf.where(use_strong[:, None, None, None], strong(images, training=True), out)
        return out, labels

    return dataset.map(apply, num_parallel_calls=tf.data.AUTOTUNE)


def build_augmentation(fix: Fix):
    """``fix.to_keras()`` for ``kind="augmentation"``: the training-time ``keras.Sequential``."""
    return fix.payload_as(Augmentation).to_keras()


# --- recommendation from measurements -----------------------------------------------------------

#: Probe acceptance thresholds (share of label signal kept; distance ratio), see docs/variety.md.
FLIP_KEEP = 0.5
ORIENTATION_KEEP = 0.75
ORIENTATION_DISTANCE = 1.15
ROTATION_KEEP = 0.75
ZOOM_KEEP = 0.75
SHIFT_KEEP = 0.6
#: Strong pipeline magnitudes are the base ones times this.
STRONG_SCALE = 1.5


@dataclass(frozen=True)
class Observations:
    """What the variety auditor measured on the training split, as input to :func:`recommend_augmentation`.

    ``probes`` maps transform names of :data:`dataaudit.auditors.variety.measures.TRANSFORMS` to
    their :class:`~dataaudit.auditors.variety.measures.ProbeResult`. Spreads are medians over
    classes of robust within-class spreads: ``brightness`` in grey levels,
    ``log_contrast`` and ``log_saturation`` as natural-log spreads.
    ``drift`` maps property names to the largest shift of an evaluation
    split's median from the training median (``brightness`` in grey levels,
    ``log_sharpness``, ``grayscale_share``).
    """

    class_names: tuple[str, ...]
    probes: Mapping[str, Any]
    ink_share: float
    grayscale_share: float
    brightness_spread: float
    log_contrast_spread: float
    log_saturation_spread: float
    colour_separates_classes: float | None = None
    low_variety_classes: tuple[str, ...] = ()
    drift: Mapping[str, float] = field(default_factory=dict)
    #: Training images (0: unknown); geometric strength is scaled with the images per class.
    n_images: int = 0
    #: Median shorter side of the training images in pixels (0: unknown); small images get no zoom.
    image_side: int = 0


def _passes(probe: Any, keep: float, distance: float | None = None) -> bool:
    if probe is None:
        return False
    kept = probe.label_kept
    ok = kept is None or kept >= keep
    if distance is not None:
        ok = ok and probe.distance_ratio <= distance
    return ok


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _probe_text(probe: Any) -> str:
    if probe.label_kept is None:
        return f"neighbour-distance ratio {probe.distance_ratio:.2f}"
    return (f"their nearest neighbours share their label {_pct(probe.agreement)} of the time vs "
            f"{_pct(probe.baseline)} untransformed (chance {_pct(probe.chance)}), distance ratio "
            f"{probe.distance_ratio:.2f}")


def _confusions(probe: Any, min_share: float = 0.3) -> list[str]:
    return [f"'{cls}' look like '{other}' ({_pct(share)} of neighbours)"
            for cls, (other, share) in sorted(probe.confused_with.items()) if share >= min_share]


def _round(x: float, step: float = 0.01) -> float:
    return round(math.floor(x / step + 0.5) * step, 4)


@dataclass(frozen=True)
class _PlanDraft:
    """The layers chosen so far, their stronger versions for low-variety classes, and what was left out and why."""

    layers: list[LayerSpec] = field(default_factory=list)
    strong: list[LayerSpec] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def recommend_augmentation(obs: Observations) -> AugmentationPlan:
    """Choose layers and magnitudes from the observations; every choice and omission carries its reason.

    The rules were tuned on ``benchmarks/augmentation.py`` (docs/variety.md): label-safe flips and
    shifts/zooms sized by the images per class form the base pipeline; photometric jitter goes only
    where an evaluation split drifts or into the stronger pipeline of low-variety classes; vertical
    flips and large rotations only with label evidence that orientation does not matter.
    """
    plan = _PlanDraft()
    ink_reason = None
    if obs.ink_share >= 0.5:
        ink_reason = (f"{_pct(obs.ink_share)} of training images look like ink on a plain background "
                      "(digits, glyphs, documents), whose mirror images are different symbols")
    vertical_flip_ok = _choose_flips(obs, plan, ink_reason)
    _choose_rotation(obs, plan, ink_reason, vertical_flip_ok)
    _choose_zoom_and_translation(obs, plan, ink_reason is not None)
    _choose_brightness_and_contrast(obs, plan)
    _choose_colour(obs, plan)
    _choose_for_evaluation_drift(obs, plan)
    return _finished_plan(obs, plan, ink_reason is not None)


def _labelled(obs: Observations) -> bool:
    """Whether the probes could compare labels (two or more classes)."""
    return len(obs.class_names) >= 2


_ONE_CLASS = ("with a single class there are no labels to show that the transform keeps images what they "
              "are, and photos usually have an up and a down")


def _strength(obs: Observations) -> tuple[float, str]:
    """Geometric strength from the images per class: smaller training sets get stronger shifts and zooms."""
    if not obs.n_images:
        return 1.0, ""
    per_class = obs.n_images / max(1, len(obs.class_names))
    if per_class < 200:
        return 1.5, f"{per_class:.0f} images per class (under 200)"
    if per_class < 1000:
        return 1.25, f"{per_class:.0f} images per class (under 1,000)"
    return 1.0, f"{per_class:.0f} images per class"


def _choose_flips(obs: Observations, plan: _PlanDraft, ink_reason: str | None) -> bool:
    """Flip layers the probes allow; True when vertical flips keep the label (rotation depends on it)."""
    h = obs.probes.get("horizontal_flip")
    h_ok = ink_reason is None and (h is None or _passes(h, FLIP_KEEP))
    if ink_reason is not None:
        plan.skipped.append(("horizontal_flip", ink_reason + "."))
    elif not h_ok:
        conf = _confusions(h)
        plan.skipped.append(("horizontal_flip", "flipping changes what the images look like to their class: "
                             + _probe_text(h) + (("; flipped " + "; ".join(conf)) if conf else "") + "."))
    v = obs.probes.get("vertical_flip")
    v_ok = ink_reason is None and _labelled(obs) and _passes(v, ORIENTATION_KEEP, ORIENTATION_DISTANCE)
    if not v_ok:
        if ink_reason is not None:
            why = ink_reason
        elif not _labelled(obs):
            why = _ONE_CLASS
        elif v is not None:
            why = ("the images have an up and a down: vertically flipped images are less typical of their class ("
                   + _probe_text(v) + ")")
        else:
            why = "not measured"
        plan.skipped.append(("vertical_flip", why + "."))
    if h_ok or v_ok:
        mode = "horizontal_and_vertical" if h_ok and v_ok else ("horizontal" if h_ok else "vertical")
        parts = []
        if h_ok:
            parts.append("horizontally flipped images stay typical of their own class ("
                         + (_probe_text(h) if h is not None else "no labels to test; photos are usually mirror-symmetric")
                         + ")")
        if v_ok:
            parts.append("vertically flipped images do too (" + _probe_text(v) + ")")
        flip = LayerSpec("RandomFlip", {"mode": mode}, "; ".join(parts) + ".")
        plan.layers.append(flip)
        plan.strong.append(flip)
    return v_ok


#: The largest rotation for ink-like data (digits, glyphs): beyond it a 6 can become a 9.
INK_MAX_ROTATION = 10


def _choose_rotation(obs: Observations, plan: _PlanDraft, ink_reason: str | None, v_ok: bool) -> None:
    """Any angle when labelled probes show no orientation; small angles for ink-like data; none for photos."""
    r90 = obs.probes.get("rotate_90")
    if ink_reason is None and _passes(r90, ORIENTATION_KEEP, ORIENTATION_DISTANCE) and v_ok:
        rot = LayerSpec("RandomRotation", {"factor": 0.5},
                        "the data has no preferred orientation: images rotated by 90 degrees stay typical of "
                        "their class (" + _probe_text(r90) + "), so any angle is safe.")
        plan.layers.append(rot)
        plan.strong.append(rot)
        return
    if ink_reason is not None:
        plan.skipped.append(("large rotations", ink_reason + "."))
    elif not _labelled(obs):
        plan.skipped.append(("large rotations", _ONE_CLASS + "."))
    elif r90 is not None and not _passes(r90, ORIENTATION_KEEP, ORIENTATION_DISTANCE):
        plan.skipped.append(("large rotations", "images rotated by 90 degrees no longer look like their class ("
                             + _probe_text(r90) + ")."))
    elif r90 is not None:
        plan.skipped.append(("large rotations", "90-degree rotations pass, but vertical flips do not: the images "
                             "keep an up and a down."))
    if ink_reason is None:
        # Upright photos: small tilts add little that shifts and zooms do not, and rotating fills corners.
        plan.skipped.append(("small rotations", "upright photos: shifts and zooms cover framing changes; "
                             "rotation is kept for ink-like or orientation-free data."))
        return
    angle = next((deg for deg in (30, 20, 10) if deg <= INK_MAX_ROTATION
                  and _passes(obs.probes.get(f"rotate_{deg}"), ROTATION_KEEP)), 0)
    if angle:
        probe = obs.probes[f"rotate_{angle}"]
        plan.layers.append(LayerSpec("RandomRotation", {"factor": _round(angle / 360, 0.001), "fill_mode": "reflect"},
                                     f"rotations up to {angle} degrees keep the label ({_probe_text(probe)}); "
                                     "handwriting and print vary that much."))
        plan.strong.append(plan.layers[-1])
    elif obs.probes.get("rotate_10") is not None:
        plan.skipped.append(("rotation", "even 10-degree rotations change what the images look like to their "
                             "class (" + _probe_text(obs.probes["rotate_10"]) + ")."))


#: Images whose shorter side is at most this many pixels get shifts but no zoom (see _choose_zoom_and_translation).
SMALL_IMAGE_SIDE = 64


def _choose_zoom_and_translation(obs: Observations, plan: _PlanDraft, ink: bool = False) -> None:
    """Shifts and zooms of 10% scaled by :func:`_strength`, never beyond the largest level the probes pass.

    Small photos (shorter side at most :data:`SMALL_IMAGE_SIDE`) are shifted by whole pixels
    (``interpolation="nearest"``: a bilinear shift by a fraction of a pixel blurs every training image,
    which the sharp test images never are) and get no zoom: zooming in on a 32-pixel
    photo resamples the few pixels that carry its texture and crops part of an object that fills the
    frame, while a shift of a few pixels already varies the framing (the pad-and-crop of small-image
    practice; measured in benchmarks/augmentation.py). Ink-like data keeps its zoom: a glyph sits on a
    plain margin and is made of strokes, not texture, and zooming it helped in the same benchmark."""
    strength, why = _strength(obs)
    small = not ink and 0 < obs.image_side <= SMALL_IMAGE_SIDE
    for kind, levels, keep, layer, kw in (
        ("shift", (20, 10), SHIFT_KEEP, "RandomTranslation",
         lambda f: {"height_factor": f, "width_factor": f, "fill_mode": "reflect"}),
        ("zoom", (20, 10), ZOOM_KEEP, "RandomZoom", lambda f: {"height_factor": f, "fill_mode": "reflect"}),
    ):
        chosen = next((lv for lv in levels if _passes(obs.probes.get(f"{kind}_{lv}"), keep)), None)
        if chosen is None and not obs.probes:
            chosen = 10  # nothing measured (no images to probe): the conventional 10%
        word = "zooming in" if kind == "zoom" else "shifting"
        if chosen is not None:
            amount = _round(min(0.1 * strength, chosen / 100))
            probe = obs.probes.get(f"{kind}_{chosen}")
            reason = f"{word} by up to {amount:.0%}"
            if why:
                reason += f" ({why})"
            reason += (f"; {chosen}% keeps the label (" + _probe_text(probe) + ")") if probe is not None else ""
            if kind == "shift" and small:
                # Whole-pixel shifts: a bilinear shift by a fraction of a pixel blurs a small photo, so every
                # training image would be softer than the test images (pad-and-crop shifts whole pixels).
                plan.layers.append(LayerSpec(layer, {**kw(amount), "interpolation": "nearest"},
                                             reason + f"; whole pixels (nearest), as a fractional shift blurs "
                                             f"{obs.image_side}-pixel photos."))
            elif kind == "zoom" and small:
                # Low-variety classes still get it (strong pipeline): their few scenes need new framings more.
                plan.skipped.append(("zoom", f"the photos are small (median shorter side {obs.image_side} px): "
                                     "zooming resamples the few pixels that carry their texture and crops objects "
                                     "that fill the frame; shifts of a few pixels vary the framing instead."))
            else:
                plan.layers.append(LayerSpec(layer, kw(amount), reason + "."))
            s = _round(min(amount * STRONG_SCALE, 0.3))
            plan.strong.append(LayerSpec(layer, kw(s), f"{word} by up to {s:.0%} for low-variety classes."))
        elif obs.probes.get(f"{kind}_10") is not None:
            plan.skipped.append((kind, f"even {word} by 10% changes what the images look like to their class ("
                                 + _probe_text(obs.probes[f'{kind}_10']) + ")."))


def _choose_brightness_and_contrast(obs: Observations, plan: _PlanDraft) -> None:
    """Brightness in the base pipeline only to reach an evaluation split's shift; both in the strong one."""
    b = min(max(math.sqrt(3) * obs.brightness_spread / 255.0, 0.05), 0.3)
    c = min(max(math.sqrt(3) * (math.exp(obs.log_contrast_spread) - 1.0), 0.05), 0.4)
    drift_b = abs(float(obs.drift.get("brightness", 0.0)))
    if drift_b / 255.0 > b:
        wide = min(drift_b / 255.0 * 1.2, 0.4)
        plan.layers.append(LayerSpec("RandomBrightness", {"factor": _round(wide)},
                                     f"an evaluation split's median brightness is {drift_b:.0f} grey levels away "
                                     f"from training; the layer shifts brightness by up to {wide:.0%} of the range."))
        b = wide
    else:
        plan.skipped.append(("brightness and contrast", f"brightness already varies by about "
                             f"+/-{obs.brightness_spread:.0f} grey levels and contrast by a factor of "
                             f"{math.exp(obs.log_contrast_spread):.2f} within classes, and no evaluation split "
                             "is brighter or darker than training: jitter adds nothing the data lacks."))
    plan.strong.append(LayerSpec("RandomBrightness", {"factor": _round(min(b * STRONG_SCALE, 0.45))},
                                 "brightness changes for low-variety classes, whose few scenes share their lighting."))
    plan.strong.append(LayerSpec("RandomContrast", {"factor": _round(min(c * STRONG_SCALE, 0.6))},
                                 "contrast changes for low-variety classes."))


def _choose_colour(obs: Observations, plan: _PlanDraft) -> None:
    """Saturation and hue only in the strong pipeline (hue only when colour does not tell the classes apart)."""
    if obs.grayscale_share >= 0.5:
        plan.skipped.append(("colour jitter", f"{_pct(obs.grayscale_share)} of training images are grayscale."))
        return
    m = min(max(math.exp(math.sqrt(3) * obs.log_saturation_spread), 1.1), 1.6)
    m_s = min(m ** STRONG_SCALE, 2.0)
    plan.strong.append(LayerSpec("RandomSaturation", {"factor": (_round(1 / (1 + m_s)), _round(m_s / (1 + m_s)))},
                                 "saturation changes for low-variety classes."))
    plan.skipped.append(("colour jitter", "saturation already varies by a factor of about "
                         f"{math.exp(obs.log_saturation_spread):.2f} within classes; colour changes are kept for "
                         "low-variety classes."))
    sep = obs.colour_separates_classes
    if sep is not None and sep >= 0.3:
        plan.skipped.append(("hue", f"colour alone tells the classes apart (mean colour keeps {_pct(sep)} of the "
                             "label signal of a nearest-neighbour test), so shifting hues could change labels."))
        return
    plan.strong.append(LayerSpec("RandomHue", {"factor": 0.1}, "hue shifts for low-variety classes."))


def _choose_for_evaluation_drift(obs: Observations, plan: _PlanDraft) -> None:
    """Grayscale and blur layers when evaluation images are greyer or blurrier than training ones."""
    gray_drift = float(obs.drift.get("grayscale_share", 0.0))
    if obs.grayscale_share < 0.5 and gray_drift >= 0.1:
        g = LayerSpec("RandomGrayscale", {"factor": _round(min(gray_drift, 0.5))},
                      f"an evaluation split has {_pct(gray_drift)} more grayscale images than training.")
        plan.layers.append(g)
        plan.strong.append(g)
    blur_drift = float(obs.drift.get("log_sharpness", 0.0))
    if blur_drift <= -0.5:
        blur = LayerSpec("RandomGaussianBlur", {"factor": 0.5, "kernel_size": 3, "sigma": (0.1, 1.5)},
                         f"evaluation images are blurrier than training (median sharpness {math.exp(blur_drift):.2f}x "
                         "that of training); blurring some training images covers it.")
        plan.layers.append(blur)
        plan.strong.append(blur)


def _finished_plan(obs: Observations, plan: _PlanDraft, ink: bool) -> AugmentationPlan:
    notes: list[str] = []
    if _verdict(_kind(ink, bool(obs.low_variety_classes))) == "hurt":
        # Measured to cost accuracy on data like this: recommend nothing, and say why.
        plan.skipped.append(("all augmentation", _measured(_kind(ink, bool(obs.low_variety_classes))) + "."))
        plan.layers.clear()
    if obs.low_variety_classes:
        notes.append("low-variety classes " + ", ".join(repr(c) for c in obs.low_variety_classes)
                     + " get the stronger pipeline; augmentation does not replace new scenes: collect them.")
    return AugmentationPlan(
        layers=tuple(plan.layers),
        strong_layers=tuple(plan.strong) if obs.low_variety_classes else (),
        strong_classes=tuple(obs.low_variety_classes),
        class_names=tuple(obs.class_names),
        skipped=tuple(plan.skipped),
        notes=tuple(notes),
        expected=expected_effect(ink, bool(obs.low_variety_classes), obs.n_images, len(obs.class_names)),
        verdict=_verdict(_kind(ink, bool(obs.low_variety_classes))),
        evidence={
            "probes": {k: p.to_dict() for k, p in sorted(obs.probes.items())},
            "ink_share": round(obs.ink_share, 3),
            "grayscale_share": round(obs.grayscale_share, 3),
            "brightness_spread": round(obs.brightness_spread, 2),
            "log_contrast_spread": round(obs.log_contrast_spread, 3),
            "log_saturation_spread": round(obs.log_saturation_spread, 3),
            "colour_separates_classes": None if obs.colour_separates_classes is None
            else round(obs.colour_separates_classes, 3),
            "drift": {k: round(float(v), 3) for k, v in sorted(obs.drift.items())},
            "n_images": int(obs.n_images),
            "image_side": int(obs.image_side),
        },
    )


#: Test accuracy (mean over seeds, 95% half-width, seeds) measured by ``benchmarks/augmentation.py``
#: (docs/variety.md) for the pipeline this recommender builds, against no augmentation and the generic
#: flip + 10% shift + 10% zoom default; ``paired_diff``: recommended minus none on the same seeds.
#: The DA404 message quotes the row matching the data.
BENCHMARK: Mapping[str, Mapping[str, tuple[float, float, int]]] = {
    'photos': {'none': (0.5336, 0.0065, 5), 'recommended': (0.5574, 0.0089, 5), 'generic': (0.5193, 0.007, 5), 'paired_diff': (0.0238, 0.0104, 5)},
    'ink': {'none': (0.9849, 0.003, 5), 'recommended': (0.992, 0.006, 5), 'paired_diff': (0.0071, 0.0084, 5)},
    'low_variety': {'none': (0.52, 0.0083, 5), 'recommended': (0.5295, 0.0093, 5), 'generic': (0.4961, 0.0095, 5), 'paired_diff': (0.0095, 0.013, 5)},
}
BENCHMARK_SETUP = {
    "photos": "CIFAR-10, 2,500 training images, 32 px (a small CNN trained for 40 epochs, the best validation "
              "epoch scored)",
    "ink": "scikit-learn load_digits, 1,077 training images (a small CNN trained for a fixed budget, the best "
           "validation epoch scored)",
    "low_variety": "CIFAR-10, 2,500 training images, one class made of 10 scenes shot 25 times each (a small CNN "
                   "trained for 30 epochs, the best validation epoch scored)",
}


def _verdict(kind: str) -> str:
    rows = BENCHMARK.get(kind) or {}
    if "none" not in rows or "recommended" not in rows:
        return ""
    # The paired (same seed) difference to no augmentation; its 95% interval must exclude 0 for a verdict.
    diff, half, _ = rows.get("paired_diff", (0.0, float("nan"), 0))
    if math.isnan(half):
        return "no clear difference"
    return "helped" if diff - half > 0 else "hurt" if diff + half < 0 else "no clear difference"


def _kind(ink: bool, low_variety: bool) -> str:
    return "ink" if ink else "low_variety" if low_variety else "photos"


def _measured(kind: str) -> str:
    rows = BENCHMARK.get(kind) or {}
    verdict = _verdict(kind)
    if not verdict:
        return "not measured for data like this"
    none, rec = rows["none"], rows["recommended"]
    text = (f"on {BENCHMARK_SETUP[kind]}, {rec[2]} seed(s), this kind "
            f"of pipeline {'made no clear difference' if verdict == 'no clear difference' else verdict}: "
            f"test accuracy {none[0]:.3f} +/- {none[1]:.3f} without augmentation, {rec[0]:.3f} +/- {rec[1]:.3f} "
            f"with it")
    if "paired_diff" in rows:
        text += f" ({100 * rows['paired_diff'][0]:+.1f} +/- {100 * rows['paired_diff'][1]:.1f} points, same seeds)"
    if "generic" in rows:
        text += f"; the generic flip + shift + zoom default: {rows['generic'][0]:.3f} +/- {rows['generic'][1]:.3f}"
    return text + " (benchmarks/augmentation.py)"


#: What else the benchmark showed for a kind of data, quoted after its numbers.
BENCHMARK_NOTES = {
    "photos": "With 10,000 training images (30 epochs, 5 seeds) it gave +3.7 +/- 1.2 points (0.677 +/- 0.007 vs "
              "0.640 +/- 0.006; the generic default 0.636 +/- 0.012), while a 10-epoch budget cost 0.9 +/- 0.8 "
              "points with the augmented runs still improving: give training with augmentation more epochs than "
              "without",
    "low_variety": "The low-variety class's own test accuracy went from 0.018 +/- 0.004 to 0.059 +/- 0.008 with "
                   "its stronger pipeline (the generic default: 0.024 +/- 0.008): better, and still far below the "
                   "other classes; what that class lacks is new scenes",
}


def expected_effect(ink: bool, low_variety: bool, n_images: int, n_classes: int) -> str:
    """What the pipeline is expected to do for data like this, and the benchmark it rests on."""
    kind = _kind(ink, low_variety)
    text = _measured(kind)
    note = f". {BENCHMARK_NOTES[kind]}" if kind in BENCHMARK_NOTES and _verdict(kind) else ""
    return text[:1].upper() + text[1:] + note + ". Keep it only if your validation accuracy improves."
