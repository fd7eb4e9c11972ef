"""Convert ``ImageDataGenerator(...)`` arguments to equivalent Keras 3 preprocessing layers.

``keras.preprocessing.image.ImageDataGenerator`` is deprecated (and gone from
Keras 3's public API) but still common in tutorials and legacy code. Given the
keyword arguments of one construction (as the preprocessing auditor records
them in :class:`~dataaudit.engine.artifacts.CodeObservations`), :func:`convert_image_data_generator`
returns an :class:`~dataaudit.auditors.variety.augmentation.AugmentationPlan`: random transforms
become training-time layers, ``rescale`` and per-image standardisation become
preprocessing layers for every split, and arguments without an equivalent are
listed as notes saying what to do instead.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Mapping
from typing import Any

from dataaudit.auditors.variety.augmentation import AugmentationPlan, LayerSpec

__all__ = ["convert_image_data_generator", "GENERATOR_DEFAULTS"]

#: ImageDataGenerator's defaults for the arguments that matter here.
GENERATOR_DEFAULTS: dict[str, Any] = {"fill_mode": "nearest", "cval": 0.0, "interpolation_order": 1}

_FILL_MODES = ("constant", "nearest", "reflect", "wrap")
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
        ast.Pow: operator.pow}


def _eval_number(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _eval_number(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return float(_OPS[type(node.op)](_eval_number(node.left), _eval_number(node.right)))
    raise ValueError("not a constant arithmetic expression")


def _number(value: Any) -> float | None:
    """A literal number, or the value of constant arithmetic given as source text (``"1./255"``); else None."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return _eval_number(ast.parse(value.strip(), mode="eval").body)
        except (SyntaxError, ValueError, ZeroDivisionError, OverflowError):
            return None
    return None


def _pair(value: Any) -> tuple[float, float] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        a, b = _number(value[0]), _number(value[1])
        if a is not None and b is not None:
            return (a, b)
    return None


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    if value in ("True", "False"):
        return value == "True"
    return None


def _literal(name: str, value: Any, hint: str, notes: list[str]) -> float | None:
    """``value`` as a number; None, with a note ending in ``hint``, when only the running script knows it."""
    number = _number(value)
    if number is None:
        notes.append(f"{name}={value!r} is computed at run time; {hint}")
    return number


def _shift_fraction(name: str, value: Any, side: int | None, notes: list[str]) -> float | None:
    """ImageDataGenerator shift ranges: a float < 1 is a fraction, >= 1 pixels, a list a set of choices."""
    if isinstance(value, (list, tuple)):
        values = [_number(v) for v in value]
        if any(v is None for v in values) or not values:
            notes.append(f"{name}={value!r} could not be read; set RandomTranslation by hand.")
            return None
        amount = max(abs(v) for v in values)  # type: ignore[arg-type]
    else:
        amount = _literal(name, value, "set RandomTranslation's factor to its value.", notes)
        if amount is None:
            return None
        amount = abs(amount)
    if amount >= 1:
        if side is None:
            notes.append(f"{name}={value!r} is in pixels; divide it by the image side to get RandomTranslation's "
                         "fraction (the image size is unknown here).")
            return None
        return amount / side
    return amount


def convert_image_data_generator(
    kwargs: Mapping[str, Any], image_size: tuple[int, int] | None = None
) -> AugmentationPlan:
    """The Keras 3 layers equivalent to ``ImageDataGenerator(**kwargs)``.

    ``kwargs`` hold literal values, or source text for values computed at run
    time (constant arithmetic such as ``"1./255"`` is evaluated). ``image_size``
    ``(height, width)`` converts pixel shift ranges to fractions. Conversions
    that are only approximate say so in the layer's reason.
    """
    kw = dict(kwargs)
    notes: list[str] = []
    geometric, fill_text = _fill_settings(kw, notes)
    layers = [
        *_flip_layers(kw, notes),
        *_geometric_layers(kw, image_size, geometric, fill_text, notes),
        *_photometric_layers(kw, notes),
    ]
    preprocessing = _preprocessing_layers(kw, notes)
    notes.extend(_unconverted_argument_notes(kw))
    return AugmentationPlan(
        layers=tuple(layers),
        preprocessing=tuple(preprocessing),
        notes=tuple(notes),
        evidence={"source": "ImageDataGenerator", "kwargs": {k: kw[k] for k in sorted(kw)}},
    )


def _fill_settings(kw: Mapping[str, Any], notes: list[str]) -> tuple[dict[str, Any], str]:
    """The fill and interpolation arguments every geometric layer takes, and the text saying so in reasons."""
    fill = kw.get("fill_mode", GENERATOR_DEFAULTS["fill_mode"])
    if fill not in _FILL_MODES:
        notes.append(f"fill_mode={fill!r} is not a literal mode; 'nearest' (the generator's default) was used.")
        fill = "nearest"
    cval = _number(kw.get("cval", 0.0))
    geometric: dict[str, Any] = {"fill_mode": fill}
    if fill == "constant" and cval:
        geometric["fill_value"] = cval
    order = _number(kw.get("interpolation_order", 1))
    if order == 0:
        geometric["interpolation"] = "nearest"
    fill_text = f"fill_mode={fill!r} as the generator" + (f", cval={cval:g}" if "fill_value" in geometric else "")
    return geometric, fill_text


def _flip_layers(kw: Mapping[str, Any], notes: list[str]) -> list[LayerSpec]:
    h_flip = _flag(kw.get("horizontal_flip", False))
    v_flip = _flag(kw.get("vertical_flip", False))
    for name, flag in (("horizontal_flip", h_flip), ("vertical_flip", v_flip)):
        if flag is None:
            notes.append(f"{name}={kw[name]!r} is computed at run time; add RandomFlip if it is true.")
    if not (h_flip or v_flip):
        return []
    mode = "horizontal_and_vertical" if h_flip and v_flip else ("horizontal" if h_flip else "vertical")
    flags = ", ".join(n + "=True" for n, f in (("horizontal_flip", h_flip), ("vertical_flip", v_flip)) if f)
    return [LayerSpec("RandomFlip", {"mode": mode}, f"{flags}: random mirror images.")]


def _geometric_layers(
    kw: Mapping[str, Any],
    image_size: tuple[int, int] | None,
    geometric: Mapping[str, Any],
    fill_text: str,
    notes: list[str],
) -> list[LayerSpec]:
    """Rotation, translation, shear and zoom layers."""
    layers: list[LayerSpec] = []
    if "rotation_range" in kw:
        deg = _literal("rotation_range", kw["rotation_range"], "use RandomRotation(factor=degrees / 360).", notes)
        if deg:
            layers.append(LayerSpec("RandomRotation", {"factor": round(abs(deg) / 360, 4), **geometric},
                                    f"rotation_range={deg:g} degrees; RandomRotation's factor is a fraction of a "
                                    f"full turn; {fill_text}."))

    side_h, side_w = image_size if image_size else (None, None)
    hs = _shift_fraction("height_shift_range", kw["height_shift_range"], side_h, notes) \
        if "height_shift_range" in kw else 0.0
    ws = _shift_fraction("width_shift_range", kw["width_shift_range"], side_w, notes) \
        if "width_shift_range" in kw else 0.0
    if (hs or ws) and hs is not None and ws is not None:
        layers.append(LayerSpec("RandomTranslation", {"height_factor": round(hs, 4), "width_factor": round(ws, 4),
                                                      **geometric},
                                f"height_shift_range / width_shift_range as fractions of the image; {fill_text}."))

    if "shear_range" in kw:
        shear = _literal("shear_range", kw["shear_range"], "use RandomShear(x_factor=tan(degrees)).", notes)
        if shear:
            layers.append(LayerSpec("RandomShear", {"x_factor": round(abs(math.tan(math.radians(shear))), 4),
                                                    **geometric},
                                    f"shear_range={shear:g} degrees; RandomShear's x_factor is tan(angle) "
                                    f"(approximate: the generator shears with a rotation-like matrix); {fill_text}."))

    if "zoom_range" in kw:
        raw = kw["zoom_range"]
        pair = _pair(raw)
        z = _number(raw) if pair is None else None
        if pair is None and z is not None:
            pair = (1 - abs(z), 1 + abs(z))
        if pair is None:
            notes.append(f"zoom_range={raw!r} could not be read; use RandomZoom(height_factor=(lo - 1, hi - 1)).")
        elif pair != (1.0, 1.0):
            lo, hi = sorted(pair)
            factor = (round(lo - 1, 4), round(hi - 1, 4))
            layers.append(LayerSpec("RandomZoom", {"height_factor": factor, "width_factor": factor, **geometric},
                                    f"zoom_range=[{lo:g}, {hi:g}]: the generator zooms height and width "
                                    f"independently by these scales (below 1 zooms in), RandomZoom by factor - 1; "
                                    f"{fill_text}."))
    return layers


def _photometric_layers(kw: Mapping[str, Any], notes: list[str]) -> list[LayerSpec]:
    layers: list[LayerSpec] = []
    if "brightness_range" in kw and kw["brightness_range"] is not None:
        pair = _pair(kw["brightness_range"])
        if pair is None:
            notes.append(f"brightness_range={kw['brightness_range']!r} could not be read; use RandomBrightness.")
        else:
            lo, hi = sorted(pair)
            layers.append(LayerSpec("RandomBrightness", {"factor": (round(lo - 1, 4), round(hi - 1, 4))},
                                    f"brightness_range=[{lo:g}, {hi:g}] (approximate: the generator multiplies "
                                    "brightness, RandomBrightness adds up to that fraction of the value range)."))

    if _number(kw.get("channel_shift_range", 0)) not in (None, 0.0):
        notes.append(f"channel_shift_range={kw['channel_shift_range']!r} has no exact Keras 3 layer "
                     "(it shifts each channel by its own random offset); RandomColorJitter or RandomHue are the "
                     "nearest.")
    return layers


def _preprocessing_layers(kw: Mapping[str, Any], notes: list[str]) -> list[LayerSpec]:
    """Rescaling and standardisation: the generator applied them to every split it served."""
    preprocessing: list[LayerSpec] = []
    if "rescale" in kw and kw["rescale"] is not None:
        scale = _literal("rescale", kw["rescale"], "add keras.layers.Rescaling with it.", notes)
        if scale is not None and scale not in (0.0, 1.0):
            preprocessing.append(LayerSpec("Rescaling", {"scale": scale},
                                           f"rescale={kw['rescale']}: the generator rescaled every split it served, "
                                           "after the random transforms; keep it for validation, test and serving."))
    if _flag(kw.get("samplewise_center", False)):
        preprocessing.append(LayerSpec(
            "Lambda", {}, "samplewise_center=True: subtract each image's own mean.",
            code="keras.layers.Lambda(lambda x: x - keras.ops.mean(x, axis=(-3, -2, -1), keepdims=True))"))
    if _flag(kw.get("samplewise_std_normalization", False)):
        preprocessing.append(LayerSpec(
            "Lambda", {}, "samplewise_std_normalization=True: divide each image by its own standard deviation.",
            code="keras.layers.Lambda(lambda x: x / (keras.ops.std(x, axis=(-3, -2, -1), keepdims=True) + 1e-6))"))
    if _flag(kw.get("featurewise_center", False)) or _flag(kw.get("featurewise_std_normalization", False)):
        preprocessing.append(LayerSpec(
            "Normalization", {"axis": -1},
            "featurewise_center / featurewise_std_normalization: call .adapt() on the training images only "
            "(fitting it on validation data leaks it), then use it for every split."))
    if _flag(kw.get("zca_whitening", False)):
        notes.append("zca_whitening has no Keras 3 layer; compute the whitening matrix on the training split with "
                     "scikit-learn's PCA(whiten=True) and apply it in the input pipeline.")
    return preprocessing


_KNOWN_ARGUMENTS = frozenset({
    "featurewise_center", "samplewise_center", "featurewise_std_normalization", "samplewise_std_normalization",
    "zca_whitening", "zca_epsilon", "rotation_range", "width_shift_range", "height_shift_range", "brightness_range",
    "shear_range", "zoom_range", "channel_shift_range", "fill_mode", "cval", "horizontal_flip", "vertical_flip",
    "rescale", "preprocessing_function", "data_format", "validation_split", "interpolation_order", "dtype",
})


def _unconverted_argument_notes(kw: Mapping[str, Any]) -> list[str]:
    """What to do instead for the arguments that no layer replaces."""
    notes = []
    if kw.get("preprocessing_function") not in (None, "None"):
        notes.append(f"preprocessing_function={kw['preprocessing_function']} is not converted: call it inside the "
                     "tf.data map (after augmentation) or port it to keras.ops.")
    vs = _number(kw.get("validation_split", 0)) or 0.0
    if vs:
        notes.append(f"validation_split={vs:g}: use keras.utils.image_dataset_from_directory(..., "
                     f"validation_split={vs:g}, subset='both', seed=<int>) so the two subsets never overlap.")
    for name in sorted(set(kw) - _KNOWN_ARGUMENTS):
        notes.append(f"argument {name}={kw[name]!r} is not an ImageDataGenerator argument dataaudit knows; "
                     "it was not converted.")
    return notes
