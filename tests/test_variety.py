"""The variety auditor (DA4xx) on real image files and real scikit-learn data."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from dataaudit.engine.artifacts import CodeObservations, DuplicateGroups
from dataaudit.auditors import AuditContext
from dataaudit.auditors.variety.auditor import VarietyAuditor
from dataaudit.demo.dataset import draw_image
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source
from dataaudit.auditors.variety.measures import effective_count, scene_descriptors, vendi_score

FEATURES = ["color_stats", "gray64", "thumb32"]


def _shot(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    """The same scene shot again: reframed by up to 10%, exposure +/-15%, re-encoded."""
    w, h = im.size
    s = rng.uniform(0.9, 1.0)
    x0, y0 = rng.uniform(0, (1 - s) * w), rng.uniform(0, (1 - s) * h)
    im = im.crop((int(x0), int(y0), int(x0 + s * w), int(y0 + s * h))).resize((w, h))
    im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.85, 1.15))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=int(rng.integers(70, 95)))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _run(source, artifacts=None, **params):
    dataset = resolve_source(source)
    table, _ = scan(dataset, FEATURES, cache=None, jobs=1, progress=False)
    ctx = AuditContext(table=table, dataset=dataset, options={}, artifacts=dict(artifacts or {}))
    return list(VarietyAuditor(**params).run(ctx)), ctx


def _plan_spec(findings):
    (rec,) = [f for f in findings if f.code == "DA404"]
    return rec.fix.payload["spec"]


@pytest.fixture(scope="module")
def few_scenes(tmp_path_factory) -> Path:
    """train/few: 5 scenes x 12 shots; train/varied and train/other: 60 distinct photos each; val: 10 each."""
    root = tmp_path_factory.mktemp("variety") / "data"
    rng = np.random.default_rng(1)
    scenes = [draw_image(rng, "circle", size=64) for _ in range(5)]
    for i in range(60):
        path = root / "train" / "few" / f"{i:03d}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        _shot(scenes[i % 5], rng).save(path, "JPEG", quality=90)
    for cls, shape in (("varied", "square"), ("other", "triangle")):
        for i in range(60):
            path = root / "train" / cls / f"{i:03d}.jpg"
            path.parent.mkdir(parents=True, exist_ok=True)
            draw_image(rng, shape, size=64).save(path, "JPEG", quality=90)
    for cls, shape in (("few", "circle"), ("varied", "square"), ("other", "triangle")):
        for i in range(10):
            path = root / "val" / cls / f"{i:03d}.jpg"
            path.parent.mkdir(parents=True, exist_ok=True)
            draw_image(rng, shape, size=64).save(path, "JPEG", quality=90)
    return root


@pytest.fixture(scope="module")
def few_scenes_run(few_scenes):
    return _run(few_scenes)


def test_vendi_score_counts_distinct_items():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(1, 16))
    x /= np.linalg.norm(x)
    assert vendi_score(np.repeat(x, 10, axis=0)) == pytest.approx(1.0, abs=1e-6)
    eye = np.eye(12)
    assert vendi_score(eye) == pytest.approx(12.0, rel=1e-6)
    assert vendi_score(eye, tau=None) == pytest.approx(12.0, rel=1e-6)
    # the d x d dual gives the same score as the n x n linear kernel
    feats = rng.normal(size=(50, 8))
    feats /= np.linalg.norm(feats, axis=1, keepdims=True)
    gram = feats @ feats.T / 50
    eig = np.linalg.eigvalsh(gram)
    eig = eig[eig > 1e-12] / eig[eig > 1e-12].sum()
    assert vendi_score(feats, tau=None) == pytest.approx(float(np.exp(-(eig * np.log(eig)).sum())), rel=1e-6)
    # weights: two items, one of them 9 times as common
    assert vendi_score(eye[:2], np.array([9.0, 1.0])) == pytest.approx(np.exp(-(0.9 * np.log(0.9) + 0.1 * np.log(0.1))))


def test_few_scenes_class_is_flagged_and_varied_classes_are_not(few_scenes_run):
    findings, _ = few_scenes_run
    low = [f for f in findings if f.code == "DA401"]
    assert [f.evidence["class"] for f in low] == ["few"]
    ev = low[0].evidence
    assert 3 <= ev["effective_count"] <= 10, ev
    assert ev["images"] == 60 and ev["near_duplicate_share"] > 0.8
    assert ev["near_duplicate_source"] == "variety"
    assert ev["largest_clusters"][0]["size"] >= 8
    assert all(p.startswith("train/few/") for p in ev["largest_clusters"][0]["examples"])
    assert "new scenes" in low[0].message
    # the remedy is the pipeline with a stronger variant for this class
    spec = low[0].fix.payload["spec"]
    assert spec["strong_classes"] == ["few"] and spec["strong_layers"]


def test_effective_count_of_distinct_photos_is_close_to_their_number(few_scenes_run):
    _, ctx = few_scenes_run
    meta = ctx.table.meta
    for cls in ("varied", "other"):
        rows = np.flatnonzero((meta["label"] == cls).to_numpy() & (meta["split"] == "train").to_numpy())
        desc = scene_descriptors(ctx.table.feature("gray64")[rows], ctx.table.feature("thumb32")[rows])
        from dataaudit.auditors.variety.measures import near_copy_groups

        eff = effective_count(desc.combined, near_copy_groups(desc))
        assert eff.value >= 0.85 * len(rows), (cls, eff)


def test_leakage_groups_feed_the_near_duplicate_share(few_scenes):
    dataset = resolve_source(few_scenes)
    table, _ = scan(dataset, FEATURES, cache=None, jobs=1, progress=False)
    meta = table.meta
    few = np.flatnonzero((meta["label"] == "few").to_numpy() & (meta["split"] == "train").to_numpy())
    # as the leakage auditor would publish it: one group per scene (files are named so that i % 5 is the scene)
    scene = np.array([int(Path(p).stem) % 5 for p in meta["relpath"].to_numpy()[few]])
    groups = tuple(np.sort(few[scene == s]) for s in range(5))
    artifact = DuplicateGroups(groups=groups, kinds=("near",) * 5)
    ctx = AuditContext(table=table, dataset=dataset, options={}, artifacts={"leakage": artifact})
    low = [f for f in VarietyAuditor().run(ctx) if f.code == "DA401"]
    assert low and low[0].evidence["near_duplicate_source"] == "leakage"
    assert low[0].evidence["near_duplicate_share"] == 1.0


def test_homogeneous_classes_without_copies_are_not_low_variety():
    """load_digits: every '0' resembles every other '0', but no image is a copy of another.

    With the leakage auditor enabled the near-copy share counts its verified copies (at 8x8 px, below
    its 16 px floor for near copies, only byte-identical ones), so no digit class is low-variety; a
    class that really is one image copied out still is.
    """
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    import dataaudit

    digits = load_digits()
    x = (digits.images * 255 / 16).astype(np.uint8)
    x_train, x_val, y_train, y_val = train_test_split(x, digits.target, test_size=0.2, random_state=0,
                                                      stratify=digits.target)
    arrays = {"train": (x_train, y_train), "val": (x_val, y_val)}
    assert dataaudit.audit(arrays, cache=False, config=False, select=["DA1", "DA4"]).by_code("DA401") == []
    # Selecting the variety rules alone still runs the leakage auditor they read: the same verdict.
    assert dataaudit.audit(arrays, cache=False, config=False, select=["DA4"]).by_code("DA401") == []

    copies = np.repeat(x_train[y_train == 0][:3], 10, axis=0)  # three images, ten copies each
    planted = {"train": (np.concatenate([x_train, copies]), np.concatenate([y_train, np.full(30, 10)])),
               "val": (x_val, y_val)}
    low = dataaudit.audit(planted, cache=False, config=False, select=["DA1", "DA4"]).by_code("DA401")
    assert [f.evidence["class"] for f in low] == ["10"], [f.message for f in low]
    assert low[0].evidence["near_duplicate_source"] == "leakage" and low[0].evidence["near_duplicate_share"] == 1.0


def _arrow(rng: np.random.Generator, direction: str, size: int = 48) -> np.ndarray:
    """A coloured arrow on a noisy coloured background (not ink-like: the probe must decide)."""
    bg = rng.uniform(40, 220, 3)
    pixels = np.clip(bg + rng.normal(0, 12, (size, size, 3)), 0, 255).astype(np.uint8)
    im = Image.fromarray(pixels, "RGB")
    draw = ImageDraw.Draw(im)
    colour = tuple(int(v) for v in (255 - bg + rng.uniform(-30, 30, 3)).clip(0, 255))
    cx, cy = size / 2 + rng.uniform(-6, 6), size / 2 + rng.uniform(-6, 6)
    length, head = rng.uniform(10, 16), rng.uniform(7, 11)
    draw.line([(cx - length, cy), (cx + length, cy)], fill=colour, width=int(rng.integers(3, 6)))
    tip, sign = (cx + length, 1) if direction == "right" else (cx - length, -1)
    draw.polygon([(tip + 2 * sign, cy), (tip - sign * head, cy - head), (tip - sign * head, cy + head)], fill=colour)
    return np.asarray(im.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BILINEAR))


def _skipped(spec) -> dict[str, str]:
    return {d["transform"]: d["reason"] for d in spec["skipped"]}


def _flip_modes(spec) -> list[str]:
    return [d["kwargs"]["mode"] for d in spec["layers"] if d["layer"] == "RandomFlip"]


def test_flip_is_unsafe_for_mirror_image_classes():
    rng = np.random.default_rng(0)
    y = np.array(["left", "right"] * 80)
    x = np.stack([_arrow(rng, d) for d in y])
    findings, _ = _run({"train": (x, y)})
    spec = _plan_spec(findings)
    assert not any("horizontal" in m for m in _flip_modes(spec)), spec["layers"]
    reason = _skipped(spec)["horizontal_flip"]
    assert "'left' look like 'right'" in reason and "'right' look like 'left'" in reason
    # rotating by 180 degrees mirrors them too; vertical flips keep the label
    assert "vertical" in _flip_modes(spec)


def test_flip_is_unsafe_for_digits():
    from sklearn.datasets import load_digits

    digits = load_digits()
    x = (digits.images[:500] * (255 / 16)).astype(np.uint8)
    findings, _ = _run({"train": (x, digits.target[:500])})
    spec = _plan_spec(findings)
    assert _flip_modes(spec) == []
    skipped = _skipped(spec)
    assert "horizontal_flip" in skipped and "vertical_flip" in skipped
    assert all(d["layer"] not in ("RandomSaturation", "RandomHue") for d in spec["layers"])  # grayscale data
    assert "colour jitter" in skipped
    rotation = [d for d in spec["layers"] if d["layer"] == "RandomRotation"]
    assert not rotation or rotation[0]["kwargs"]["factor"] <= 30 / 360


def test_flip_is_safe_for_natural_image_crops():
    from sklearn.datasets import load_sample_images

    rng = np.random.default_rng(0)
    x, y = [], []
    for name, image in zip(("china", "flower"), load_sample_images().images):
        h, w, _ = image.shape
        for _ in range(80):
            side = int(rng.integers(64, 160))
            top, left = int(rng.integers(0, h - side)), int(rng.integers(0, w - side))
            x.append(np.asarray(Image.fromarray(image[top:top + side, left:left + side]).resize((48, 48))))
            y.append(name)
    findings, _ = _run({"train": (np.stack(x), np.array(y))})
    spec = _plan_spec(findings)
    assert "horizontal" in _flip_modes(spec)[0]
    assert "vertical_flip" in _skipped(spec)  # photos have an up and a down
    # Colour already varies within these classes: jitter is left out of the base pipeline, with the reason.
    assert not any(d["layer"] == "RandomSaturation" for d in spec["layers"])
    assert "colour jitter" in _skipped(spec)


def test_flip_is_safe_for_generated_shapes(few_scenes_run):
    findings, _ = few_scenes_run
    assert _flip_modes(_plan_spec(findings)) == ["horizontal"]


def test_darker_validation_split_is_reported_with_numbers(tmp_path):
    rng = np.random.default_rng(3)
    for split, n, gain in (("train", 40, 1.0), ("val", 20, 0.45)):
        for cls, shape in (("a", "circle"), ("b", "square")):
            for i in range(n):
                path = tmp_path / split / cls / f"{i}.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                ImageEnhance.Brightness(draw_image(rng, shape, size=48)).enhance(gain).save(path)
    findings, _ = _run(tmp_path)
    (drift,) = [f for f in findings if f.code == "DA403"]
    assert drift.evidence["split"] == "val"
    b = drift.evidence["properties"]["brightness"]
    assert b["direction"] == "darker" and b["split_median"] < 0.6 * b["train_median"] and b["effect"] < -0.5
    assert "darker: median brightness" in drift.message
    brightness = [d for d in _plan_spec(findings)["layers"] if d["layer"] == "RandomBrightness"][0]
    assert "grey levels away from training" in brightness["reason"]


def test_no_drift_between_splits_from_one_source(few_scenes_run):
    findings, _ = few_scenes_run
    assert not [f for f in findings if f.code == "DA403"]


GENERATOR = {"rotation_range": 40, "width_shift_range": 0.1, "height_shift_range": 0.1,
             "horizontal_flip": True, "rescale": "1./255", "zoom_range": [0.9, 1.2]}


def test_image_data_generator_is_converted_and_label_breaking_flips_flagged():
    from sklearn.datasets import load_digits

    digits = load_digits()
    x = (digits.images[:300] * (255 / 16)).astype(np.uint8)
    observed = CodeObservations(image_data_generators=(
        {"path": "train.py", "line": 14, "kwargs": GENERATOR},
        {"path": "train.py", "line": 30, "kwargs": {"rescale": "1./255"}},
    ))
    findings, _ = _run({"train": (x, digits.target[:300])}, artifacts={"preprocessing": observed})
    legacy = [f for f in findings if f.code == "DA405"]
    assert [f.locations[0].path for f in legacy] == ["train.py:14", "train.py:30"]
    spec = legacy[0].fix.payload["spec"]
    layers = {d["layer"]: d["kwargs"] for d in spec["layers"]}
    assert layers["RandomFlip"] == {"mode": "horizontal"}
    assert layers["RandomRotation"]["factor"] == pytest.approx(40 / 360, abs=1e-4)
    assert layers["RandomRotation"]["fill_mode"] == "nearest"
    assert layers["RandomZoom"]["height_factor"] == [-0.1, 0.2]
    assert spec["preprocessing"][0]["layer"] == "Rescaling"
    assert spec["preprocessing"][0]["kwargs"]["scale"] == pytest.approx(1 / 255)
    assert "augmentation.py" in legacy[0].fix.files
    breaking = [f for f in findings if f.code == "DA406"]
    assert [f.locations[0].path for f in breaking] == ["train.py:14"]
    transforms = [c["transform"] for c in breaking[0].evidence["conflicts"]]
    assert "horizontal_flip" in transforms and "rotation_range=40" in transforms


def test_parameters_turn_the_recommendation_off(few_scenes):
    findings, _ = _run(few_scenes, recommend=False)
    codes = {f.code for f in findings}
    assert "DA404" not in codes and "DA401" in codes
    assert all(f.fix is None for f in findings)


def test_legacy_generator_is_reported_when_selected_alone_or_without_a_recommendation(tmp_path):
    # DA405 reads the preprocessing auditor's code observations: selecting it alone must still run that
    # auditor, and switching the recommendation off must not hide the translation (DA406 needs the plan).
    from conftest import make_tree

    import dataaudit

    root = make_tree(tmp_path / "d", {"train/a": 3, "train/b": 3, "val/a": 1, "val/b": 1}, size=32)
    (root / "train.py").write_text("from tensorflow.keras.preprocessing.image import ImageDataGenerator\n"
                                   "gen = ImageDataGenerator(horizontal_flip=True, rotation_range=90)\n")
    alone = dataaudit.audit(root, select=["DA405"], cache=False, config=False)
    assert [f.code for f in alone.findings] == ["DA405"]
    assert "train.py" in alone.findings[0].locations[0].path
    quiet = dataaudit.audit(root, select=["DA4"], variety={"recommend": False}, cache=False, config=False)
    assert "DA405" in {f.code for f in quiet.findings}
    assert not {"DA404", "DA406"} & {f.code for f in quiet.findings}


def test_near_copy_groups_accept_identical_images():
    """Identical descriptors correlate at 1 + float noise; their distance must not go negative (linkage refuses)."""
    from sklearn.datasets import load_sample_images

    from dataaudit.auditors.variety.measures import near_copy_groups

    photo = load_sample_images().images[0]
    rng = np.random.default_rng(0)
    # 400 crops (some of whose descriptors correlate with themselves at 1.0000001), each twice.
    crops = [photo[y : y + 64, x : x + 64] for x, y in rng.integers(0, 300, (400, 2))] * 2
    gray = np.array([np.asarray(Image.fromarray(c).convert("L")) for c in crops])
    thumbs = np.array([np.asarray(Image.fromarray(c).resize((32, 32))) for c in crops])
    groups = near_copy_groups(scene_descriptors(gray, thumbs), 0.9)
    assert all(groups[k] == groups[400 + k] for k in range(400))
