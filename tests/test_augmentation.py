"""Augmentation plans: the JSON spec, the live Keras pipeline, the generated code, the ImageDataGenerator converter."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest

from dataaudit import audit
from dataaudit.auditors.variety.augmentation import AugmentationPlan, LayerSpec, build_pipeline
from dataaudit.demo.dataset import make_demo_dataset
from dataaudit.errors import ParameterError
from dataaudit.model.findings import Fix
from dataaudit.auditors.variety.image_data_generator import convert_image_data_generator


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    root = make_demo_dataset(tmp_path_factory.mktemp("demo") / "demo")
    return audit(root, select=["DA4"], cache=False, config=False, jobs=1)


@pytest.fixture(scope="module")
def demo_fix(demo_report) -> Fix:
    (rec,) = [f for f in demo_report.findings if f.code == "DA404"]
    return rec.fix


def _load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _batches(tf, x, y, batch=8):
    return tf.data.Dataset.from_tensor_slices((x, y)).batch(batch)


def test_demo_shows_the_low_variety_class_and_the_pipeline(demo_report, demo_fix):
    low = [f for f in demo_report.findings if f.code == "DA401"]
    assert [f.evidence["class"] for f in low] == ["logo"]
    spec = demo_fix.payload["spec"]
    assert spec["strong_classes"] == ["logo"]
    assert spec["class_names"] == ["circle", "logo", "square", "star", "triangle"]
    assert json.loads(json.dumps(spec)) == spec
    assert all(layer["reason"] for layer in spec["layers"])
    assert demo_fix.kind == "augmentation" and demo_fix.files["augmentation.py"] == demo_fix.payload["code"]


def test_spec_round_trips():
    plan = AugmentationPlan(layers=(LayerSpec("RandomFlip", {"mode": "horizontal"}, "why"),
                                    LayerSpec("RandomZoom", {"height_factor": (-0.1, 0.2)}, "why")),
                            strong_classes=("a",), class_names=("a", "b"), skipped=(("hue", "no"),))
    again = AugmentationPlan.from_spec(json.loads(json.dumps(plan.to_spec())))
    assert again.to_spec() == plan.to_spec()
    with pytest.raises(ParameterError):
        AugmentationPlan.from_spec({"layers": [{"kwargs": {}}]})


def test_to_keras_returns_a_live_pipeline_that_is_identity_at_inference(keras, demo_fix):
    model = demo_fix.to_keras()
    assert isinstance(model, keras.Sequential)
    names = [type(layer).__name__ for layer in model.layers]
    assert names == [d["layer"] for d in demo_fix.payload["spec"]["layers"]]
    x = np.random.default_rng(0).uniform(0, 255, (4, 32, 32, 3)).astype("float32")
    augmented = keras.ops.convert_to_numpy(model(x, training=True))
    assert augmented.shape == x.shape and not np.allclose(augmented, x)
    assert np.allclose(keras.ops.convert_to_numpy(model(x, training=False)), x)
    strong = build_pipeline(demo_fix.payload["spec"], "strong_layers", seed=1)
    assert keras.ops.convert_to_numpy(strong(x, training=True)).shape == x.shape


def test_code_text_augments_training_split_only(keras, demo_fix, tmp_path):
    import tensorflow as tf

    path = tmp_path / "augmentation.py"
    path.write_text(demo_fix.files["augmentation.py"])
    module = _load_module(path, "generated_augmentation")
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 255, (16, 32, 32, 3)).astype("float32")
    logo = module.CLASS_NAMES.index("logo")
    y = np.array([logo, 0, 2, 3] * 4, dtype=np.int64)
    train, val = module.prepare_splits(_batches(tf, x, y), _batches(tf, x, y), seed=3)
    val_x = np.concatenate([b[0].numpy() for b in val])
    val_y = np.concatenate([b[1].numpy() for b in val])
    assert np.array_equal(val_x, x) and np.array_equal(val_y, y)  # untouched
    train_x = np.concatenate([b[0].numpy() for b in train])
    train_y = np.concatenate([b[1].numpy() for b in train])
    assert train_x.shape == x.shape and np.array_equal(train_y, y)
    assert not np.allclose(train_x, x)
    # one-hot labels take the same path (strong pipeline chosen by argmax)
    onehot = np.eye(len(module.CLASS_NAMES), dtype="float32")[y]
    (images, labels), = list(module.augment_training(_batches(tf, x[:4], onehot[:4], batch=4), seed=1))
    assert images.shape == (4, 32, 32, 3) and np.array_equal(labels.numpy(), onehot[:4])


def test_image_data_generator_conversion():
    plan = convert_image_data_generator(
        {"rotation_range": 30, "width_shift_range": 8, "height_shift_range": 0.2, "shear_range": 45,
         "zoom_range": 0.25, "horizontal_flip": True, "vertical_flip": True, "fill_mode": "constant", "cval": 7,
         "brightness_range": [0.5, 1.5], "channel_shift_range": 20.0, "featurewise_center": True,
         "samplewise_center": True, "rescale": "1./255", "preprocessing_function": "preprocess_input",
         "validation_split": 0.2, "interpolation_order": 0, "colour": "yes"},
        image_size=(64, 32),
    )
    layers = {layer.layer: dict(layer.kwargs) for layer in plan.layers}
    assert layers["RandomFlip"] == {"mode": "horizontal_and_vertical"}
    assert layers["RandomRotation"] == {"factor": pytest.approx(30 / 360, abs=1e-4), "fill_mode": "constant",
                                        "fill_value": 7.0, "interpolation": "nearest"}
    assert layers["RandomTranslation"]["width_factor"] == pytest.approx(8 / 32)
    assert layers["RandomTranslation"]["height_factor"] == pytest.approx(0.2)
    assert layers["RandomShear"]["x_factor"] == pytest.approx(1.0, abs=1e-4)
    assert layers["RandomZoom"]["height_factor"] == (-0.25, 0.25)
    assert layers["RandomBrightness"]["factor"] == (-0.5, 0.5)
    pre = [layer.layer for layer in plan.preprocessing]
    assert pre == ["Rescaling", "Lambda", "Normalization"]
    notes = " ".join(plan.notes)
    for word in ("channel_shift_range", "preprocessing_function", "validation_split=0.2", "colour"):
        assert word in notes
    # pixel shifts without a known image size cannot be converted: said, not guessed
    unknown = convert_image_data_generator({"width_shift_range": 8, "rotation_range": "ROT"})
    assert not unknown.layers and any("pixels" in n for n in unknown.notes) and any("ROT" in n for n in unknown.notes)


def test_converted_generator_code_and_layers_run(keras, tmp_path):
    import tensorflow as tf

    plan = convert_image_data_generator({"rotation_range": 20, "horizontal_flip": True, "rescale": 1 / 255,
                                         "samplewise_center": True, "zoom_range": [0.9, 1.1]})
    fix = plan.to_fix("replace the generator")
    model = fix.to_keras()
    assert [type(layer).__name__ for layer in model.layers] == ["RandomFlip", "RandomRotation", "RandomZoom"]
    pre = build_pipeline(fix.payload["spec"], "preprocessing")
    x = np.full((2, 16, 16, 3), 255.0, dtype="float32")
    x[1] = 51.0
    out = keras.ops.convert_to_numpy(pre(x))
    assert np.allclose(out, 0.0, atol=1e-5)  # 255/255 and 51/255 minus their own means
    path = tmp_path / "converted.py"
    path.write_text(fix.files["augmentation.py"])
    module = _load_module(path, "converted_generator")
    xs = np.random.default_rng(1).uniform(0, 255, (8, 16, 16, 3)).astype("float32")
    ys = np.arange(8) % 2
    train, val = module.prepare_splits(_batches(tf, xs, ys), _batches(tf, xs, ys))
    val_x = np.concatenate([b[0].numpy() for b in val])
    expected = xs / 255.0
    expected -= expected.mean(axis=(1, 2, 3), keepdims=True)
    assert np.allclose(val_x, expected, atol=1e-5)  # preprocessing only, no augmentation
    assert np.concatenate([b[0].numpy() for b in train]).shape == xs.shape


def test_fix_without_spec_has_a_clear_error():
    with pytest.raises(ParameterError, match="payload\\['spec'\\]"):
        Fix("augmentation", "empty", {}).to_keras()


def test_generator_values_known_only_at_run_time_become_notes_not_layers():
    from dataaudit.auditors.variety.image_data_generator import convert_image_data_generator

    plan = convert_image_data_generator({"rotation_range": "angle", "shear_range": "s", "rescale": "r",
                                         "width_shift_range": "w", "height_shift_range": 0.1})
    assert plan.notes == (
        "rotation_range='angle' is computed at run time; use RandomRotation(factor=degrees / 360).",
        "width_shift_range='w' is computed at run time; set RandomTranslation's factor to its value.",
        "shear_range='s' is computed at run time; use RandomShear(x_factor=tan(degrees)).",
        "rescale='r' is computed at run time; add keras.layers.Rescaling with it.",
    )
    assert not {spec.layer for spec in (*plan.layers, *plan.preprocessing)} & {
        "RandomRotation", "RandomShear", "Rescaling", "RandomTranslation"}


def _observations(image_side: int, ink_share: float = 0.0, low: tuple[str, ...] = ()):
    from dataaudit.auditors.variety.augmentation import Observations
    from dataaudit.auditors.variety.measures import ProbeResult

    def probe(name, kept):
        return ProbeResult(name, agreement=0.2, baseline=0.23, chance=0.1, label_kept=kept, distance_ratio=1.0)

    # Label-keeping flips, 10% shifts and zooms (20% fail); upright (90-degree rotations and vertical flips fail).
    probes = {"horizontal_flip": probe("horizontal_flip", 0.95), "vertical_flip": probe("vertical_flip", 0.4),
              "rotate_90": probe("rotate_90", 0.1), "rotate_10": probe("rotate_10", 0.9),
              "shift_10": probe("shift_10", 0.8), "shift_20": probe("shift_20", 0.5),
              "zoom_10": probe("zoom_10", 0.9), "zoom_20": probe("zoom_20", 0.6)}
    return Observations(class_names=tuple("abcdefghij"), probes=probes, ink_share=ink_share, grayscale_share=0.0,
                        brightness_spread=30.0, log_contrast_spread=0.3, log_saturation_spread=0.4,
                        low_variety_classes=low, n_images=2500, image_side=image_side)


def test_small_photos_are_shifted_not_zoomed_and_larger_ones_are_zoomed_too():
    """The image size decides the zoom (issue 16: zooming 32-pixel photos cost accuracy in the benchmark)."""
    from dataaudit.auditors.variety.augmentation import recommend_augmentation

    small = recommend_augmentation(_observations(32))
    assert [layer.layer for layer in small.layers] == ["RandomFlip", "RandomTranslation"]
    assert "32 px" in dict(small.skipped)["zoom"] and small.evidence["image_side"] == 32
    assert small.layers[1].kwargs["interpolation"] == "nearest"  # whole-pixel shifts: no blur
    large = recommend_augmentation(_observations(128))
    assert [layer.layer for layer in large.layers] == ["RandomFlip", "RandomTranslation", "RandomZoom"]
    assert "interpolation" not in large.layers[1].kwargs
    assert "zoom" not in dict(large.skipped)
    # Glyphs keep their zoom at any size (strokes on a plain margin), and never flip.
    ink = recommend_augmentation(_observations(32, ink_share=0.9))
    assert [layer.layer for layer in ink.layers] == ["RandomRotation", "RandomTranslation", "RandomZoom"]
    # A low-variety class's stronger pipeline still reframes its few scenes by zooming.
    low = recommend_augmentation(_observations(32, low=("c",)))
    assert "RandomZoom" not in [layer.layer for layer in low.layers]
    assert "RandomZoom" in [layer.layer for layer in low.strong_layers]



def test_the_auditor_measures_the_image_side_the_zoom_rule_reads(tmp_path):
    """The median shorter side of real files (48x40 and 80x40 images: 40 px) reaches the recommendation."""
    from conftest import write_image

    for i in range(24):
        write_image(tmp_path / "train" / ("cat" if i % 2 else "dog") / f"{i:03d}.png", seed=i,
                    shape="circle" if i % 2 else "square", size=(48, 40) if i % 3 else (80, 40))
    report = audit(tmp_path, select=["DA4"], cache=False, config=False, jobs=1)
    (rec,) = report.by_code("DA404")
    spec = rec.fix.payload["spec"]
    assert spec["evidence"]["image_side"] == 40
    assert "RandomZoom" not in [layer["layer"] for layer in spec["layers"]]
