"""Look-alike data (handwritten digits): the near-copy search verifies finely instead of switching off."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import dataaudit
from dataaudit.auditors import AuditContext
from dataaudit.auditors.leakage.auditor import LeakageAuditor
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source
from dataaudit.auditors.leakage.fine_verify import FineCheck, calibrate_fine, fine_scores

SIDE = 64


def _digit_images(count: int, start: int = 0) -> list[tuple[int, Image.Image]]:
    from sklearn.datasets import load_digits

    data = load_digits()
    out = []
    for k in range(start, start + count):
        pixels = np.pad((data.images[k] * 255 / 16).astype(np.uint8), 1)
        out.append((int(data.target[k]), Image.fromarray(pixels, "L").resize((SIDE, SIDE), Image.BICUBIC)))
    return out


@pytest.fixture(scope="module")
def digit_folder(tmp_path_factory) -> tuple[Path, list[tuple[int, Image.Image]]]:
    """160 handwritten digits as PNG files, 120 in train and 40 in test: every image a different writer's."""
    root = tmp_path_factory.mktemp("digits")
    images = _digit_images(160)
    for k, (label, im) in enumerate(images):
        split = "train" if k < 120 else "test"
        path = root / split / str(label) / f"d{k:03d}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        im.save(path)
    return root, images


def _edited_copy(im: Image.Image) -> Image.Image:
    """Turned 3 degrees, brightened and re-scaled: an edit that leaves every pixel different."""
    turned = im.rotate(3, Image.BICUBIC, fillcolor=0)
    return turned.point(lambda v: min(255, int(v * 1.15) + 6)).resize((56, 56), Image.BICUBIC)


def _audit(root: Path) -> dataaudit.Report:
    return dataaudit.audit(root, cache=False, config=False, select=["DA1"])


def _cross_split_pairs(report) -> list[set[str]]:
    return [{loc.path for loc in f.locations} for f in report.by_code("DA102")]


def test_distinct_lookalike_digits_are_not_reported(digit_folder):
    root, _ = digit_folder
    report = _audit(root)
    assert not report.by_code("DA107")
    assert not report.by_code("DA102") and not report.by_code("DA103") and not report.by_code("DA105")


def test_edited_copy_of_a_digit_across_splits_is_reported(digit_folder, tmp_path):
    root, images = digit_folder
    leaky = tmp_path / "leaky"
    for path in root.rglob("*.png"):
        target = leaky / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    label, im = images[7]
    _edited_copy(im).save(leaky / "test" / str(label) / "copy_of_d007.jpg", quality=85)
    report = _audit(leaky)
    assert not report.by_code("DA107")
    assert _cross_split_pairs(report) == [{f"train/{label}/d007.png", f"test/{label}/copy_of_d007.jpg"}]
    (rate,) = report.by_code("DA105")
    assert rate.evidence["leaked"]["train->test"] == 1
    assert report.by_code("DA102")[0].severity == dataaudit.Severity.ERROR


def test_glyph_renderings_that_nothing_separates_keep_the_search_off(tmp_path):
    # One digit rendered again and again, each with its own +-1 level noise: distinct files that even the
    # fine comparison cannot tell from copies.
    _, im = _digit_images(1)[0]
    base = np.asarray(im, dtype=int)
    rng = np.random.default_rng(0)
    for k in range(60):
        path = tmp_path / ("train" if k < 45 else "test") / "0" / f"g{k:02d}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(np.clip(base + rng.integers(-1, 2, base.shape), 0, 255).astype(np.uint8), "L").save(path)
    report = _audit(tmp_path)
    (off,) = report.by_code("DA107")
    assert off.evidence["lookalike_level"] >= 0.5
    assert off.evidence["fine_max_residual"] < 0.0015  # what was tried, and why it could not separate
    assert "residual" in off.message and not report.by_code("DA102")


def test_fine_scores_separate_a_copy_from_another_writer():
    # The same digit turned a little is explained almost completely; another writer's same digit is not.
    digits = [np.asarray(im.resize((32, 32), Image.BICUBIC), np.uint8) for _, im in _digit_images(40)]
    first = digits[0]
    other = next(d for (label, _), d in zip(_digit_images(40), digits) if label == 0 and d is not first)
    copy = np.asarray(Image.fromarray(first).rotate(2, Image.BICUBIC), np.uint8)
    luma = np.stack([first, copy, other])
    identity = np.tile(np.array([0.5, 0.5, 1.0, 1.0, 0.0], np.float32), (2, 1))
    scores = fine_scores(luma, np.array([1, 2]), np.array([0, 0]), identity, np.zeros(2, bool), np.zeros(2, int))
    assert scores[0] > 0.995 > scores[1]
    check = calibrate_fine(luma, np.array([2]), np.array([0]), identity[:1], np.zeros(1, bool), np.zeros(1, int))
    assert isinstance(check, FineCheck) and check.separable
    assert check.min_score < scores[0]


def test_too_few_images_to_measure_keep_the_regular_search():
    from sklearn.datasets import load_digits

    data = load_digits()
    x = np.stack([np.asarray(Image.fromarray((im * 255 / 16).astype(np.uint8)).resize((32, 32), Image.BILINEAR))
                  for im in data.images[:39]])
    # Under the 40 images needed to measure how alike non-copies are: the search stays on, without the fine check.
    dataset = resolve_source({"train": (x, data.target[:39])})
    auditor = LeakageAuditor()
    table, _ = scan(dataset, auditor.required_features(), cache=None, jobs=1, progress=False)
    ctx = AuditContext(table=table, dataset=dataset)
    assert "DA107" not in [f.code for f in auditor.run(ctx)]
    extra = ctx.artifacts["leakage"].extra
    assert extra["near_search"] is True and extra["lookalike_level"] is None and extra["fine_verification"] is False


def _radiograph_generator():
    """The look-alike benchmark's chest-radiograph-like images (one anatomy, per-patient variations)."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "lookalike.py"
    spec = importlib.util.spec_from_file_location("lookalike_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.radiograph


def test_mild_crops_of_radiographs_among_lookalikes_are_found(tmp_path):
    # 300 patients' radiographs: every image's closest codes are other patients' (same anatomy), so a 5-10%
    # crop was crowded out of its original's candidates; the look-alike windows bring it back.
    radiograph = _radiograph_generator()
    rng = np.random.default_rng(7)
    images = [radiograph(rng, k % 4 == 0) for k in range(300)]
    rel = {}
    for k, im in enumerate(images):
        rel[k] = f"{'train' if k < 225 else 'test'}/{'opacity' if k % 4 == 0 else 'normal'}/p{k:03d}.png"
        (tmp_path / rel[k]).parent.mkdir(parents=True, exist_ok=True)
        im.save(tmp_path / rel[k])
    planted = set()
    for k in range(1, 40, 3):
        im, share = images[k], 0.05 + 0.05 * (k % 7) / 6
        side = im.width
        left, top = rng.uniform(0, share) * side, rng.uniform(0, share) * side
        crop = im.crop((round(left), round(top), round(side - (share * side - left)), round(side - (share * side - top))))
        copy = f"test/{'opacity' if k % 4 == 0 else 'normal'}/crop_of_p{k:03d}.jpg"
        crop.save(tmp_path / copy, quality=90)
        planted.add(frozenset((rel[k], copy)))
    report = _audit(tmp_path)
    assert not report.by_code("DA107")
    assert {frozenset(pair) for pair in _cross_split_pairs(report)} == planted


def test_an_ambiguous_pair_in_a_crowd_of_lookalikes_is_not_a_copy():
    from dataaudit.auditors.leakage.fine_verify import FINE_CLEAR, unique_copies

    bound = 0.01
    # Images 0-1: a clear copy. 2-3 just under the bound, but 2 aligns about as well with 4: a crowd.
    # 5-6 just under the bound with no other partner: unique. 7-8 above the bound.
    a = np.array([0, 2, 2, 5, 7])
    b = np.array([1, 3, 4, 6, 8])
    residual = np.array([0.2, 0.9, 0.95, 0.9, 1.1]) * bound
    assert FINE_CLEAR * bound > residual[0]
    assert unique_copies(residual, a, b, bound).tolist() == [True, False, False, True, False]
    # A clear copy stays one beside a second copy of the same image.
    assert unique_copies(np.array([0.2, 0.3]) * bound, np.array([0, 0]), np.array([1, 2]), bound).all()
