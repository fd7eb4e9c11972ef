"""The batched scan computes, for every image, the very feature bytes the per-image path computes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import write_image
from PIL import Image

from dataaudit.scan import scanner, worker
from dataaudit.scan.cache import FeatureCache
from dataaudit.scan.features import _STAT_CHANNELS, FEATURES, DecodedImage, ImageBatch, register_feature
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source
from dataaudit.sources.arrays import arrays_dataset

ALL_FEATURES = sorted(FEATURES)


def _write_varied_images(root: Path) -> None:
    """Real photos (scikit-learn's samples) cut to many sizes and saved in many modes and formats."""
    from sklearn.datasets import load_sample_images

    folder = root / "train" / "a"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(7)
    for i, photo in enumerate(Image.fromarray(a) for a in load_sample_images().images):
        photo.save(folder / f"photo{i}.jpg", quality=90)
        photo.save(folder / f"photo{i}.png")
        # Both photos at each size, as JPEG and PNG: same-sized images are resized stacked.
        for w, h in [(1, 1), (2, 2), (3, 500), (500, 3), (17, 200), (31, 40), (32, 32), (33, 65), (63, 63),
                     (64, 64), (65, 64), (96, 128), (128, 96), (200, 150), (1024, 768)]:
            x, y = int(rng.integers(0, photo.size[0] // 2)), int(rng.integers(0, photo.size[1] // 2))
            cut = photo.crop((x, y, x + photo.size[0] // 2, y + photo.size[1] // 2)).resize((w, h), Image.Resampling.BILINEAR)
            cut.save(folder / f"photo{i}-{w}x{h}.jpg", quality=int(rng.integers(70, 96)))
            cut.save(folder / f"photo{i}-{w}x{h}.png")
        small = photo.resize((160, 120))
        small.convert("L").save(folder / f"photo{i}-gray.jpg")
        small.convert("L").save(folder / f"photo{i}-gray.png")
        rgba = small.convert("RGBA")
        rgba.putalpha(Image.linear_gradient("L").resize(small.size))
        rgba.save(folder / f"photo{i}-rgba.png")
        small.convert("LA").save(folder / f"photo{i}-la.png")
        small.convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(folder / f"photo{i}-palette.png")
        small.convert("P", palette=Image.Palette.ADAPTIVE, colors=16).save(folder / f"photo{i}-transparent.png", transparency=3)
        small.save(folder / f"photo{i}-animated.gif", save_all=True, append_images=[small.rotate(90), small.rotate(180)])
        sixteen = np.asarray(small.convert("L"), dtype=np.uint16) * 257 + rng.integers(0, 200, small.size[::-1]).astype(np.uint16)
        Image.fromarray(sixteen).save(folder / f"photo{i}-16bit.png")
        Image.fromarray(np.asarray(small.convert("L"), dtype=np.float32) / 255).save(folder / f"photo{i}-float.tif")
        small.convert("1").save(folder / f"photo{i}-bilevel.png")
        small.convert("CMYK").save(folder / f"photo{i}-cmyk.jpg")
        small.save(folder / f"photo{i}.bmp")
        small.save(folder / f"photo{i}.webp", quality=80)
        exif = Image.Exif()
        exif[0x0112] = 6  # rotated: the scan decodes the stored pixel grid, as Keras does
        photo.resize((300, 200)).save(folder / f"photo{i}-exif-rotated.jpg", exif=exif)
        photo.resize((64, 48)).save(folder / f"photo{i}-progressive.jpg", progressive=True)
    Image.new("RGB", (80, 80), (128, 128, 128)).save(folder / "flat.png")
    Image.new("RGB", (70, 90), (255, 255, 255)).save(folder / "white.jpg")
    Image.fromarray(rng.integers(0, 256, (77, 91, 3), dtype=np.uint8)).save(folder / "noise.png")


@pytest.fixture(scope="module")
def varied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("varied")
    _write_varied_images(root)
    return root


def _color_stats_as_released(image: DecodedImage) -> np.ndarray:
    """color_stats as computed one image at a time before the scan was batched (kept to pin its bytes)."""
    planes = np.ascontiguousarray(image.resized((64, 64)).reshape(-1, 3).T, dtype=np.float64)
    n = planes.shape[1]
    rgb_mean = planes.sum(axis=1) / n
    rgb_cov = np.einsum("ij,kj->ik", planes, planes) / n - np.outer(rgb_mean, rgb_mean)
    mean = _STAT_CHANNELS @ rgb_mean
    std = np.sqrt(np.maximum(((_STAT_CHANNELS @ rgb_cov) * _STAT_CHANNELS).sum(axis=1), 0.0))
    colorfulness = np.hypot(std[4], std[5]) + 0.3 * np.hypot(mean[4], mean[5])
    r, g, b = planes
    mx = np.maximum(np.maximum(r, g), b)
    saturation = ((mx - np.minimum(np.minimum(r, g), b)) / np.maximum(mx, 1.0)).sum() / n
    luma = (_STAT_CHANNELS[3] @ planes).reshape(64, 64)
    lap = luma[:-2, 1:-1] + luma[2:, 1:-1] + luma[1:-1, :-2] + luma[1:-1, 2:] - 4 * luma[1:-1, 1:-1]
    grayscale = float(np.abs(r - g).max() <= 2.0 and np.abs(g - b).max() <= 2.0)
    return np.array([*mean[:3], *std[:3], mean[3], std[3], colorfulness, saturation, lap.var(), grayscale], dtype=np.float32)


def _one_by_one(path: Path) -> dict[str, bytes]:
    meta, image = worker.decode_image(path.read_bytes())
    assert image is not None, (path, meta)
    return {name: FEATURES[name].compute(image).tobytes() for name in ALL_FEATURES}


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_feature_of_the_batched_scan_equals_the_per_image_computation(varied, jobs):
    table, stats = scan(resolve_source(varied), ALL_FEATURES, jobs=jobs, progress=False)
    assert stats.errors == 0 and stats.decoded == len(table.meta) == 97
    assert set(table.meta["mode"]) >= {"RGB", "L", "RGBA", "LA", "P", "I;16", "F", "1", "CMYK"}
    for row, relpath in enumerate(table.meta["relpath"]):
        expected = _one_by_one(varied / relpath)
        for name in ALL_FEATURES:
            assert table.features[name][row].tobytes() == expected[name], (relpath, name)


def test_color_stats_bytes_are_those_of_the_released_per_image_formula(varied):
    table, _ = scan(resolve_source(varied), ["color_stats"], jobs=1, progress=False)
    for row, relpath in enumerate(table.meta["relpath"]):
        _, image = worker.decode_image((varied / relpath).read_bytes())
        assert table.features["color_stats"][row].tobytes() == _color_stats_as_released(image).tobytes(), relpath


def test_a_batch_of_one_and_a_batch_of_all_give_the_same_bytes(varied):
    images = [worker.decode_image(p.read_bytes())[1] for p in sorted((varied / "train/a").iterdir())]
    for name in ALL_FEATURES:
        together = FEATURES[name].compute_batch(ImageBatch(images))
        alone = np.concatenate([FEATURES[name].compute_batch(ImageBatch([image])) for image in images])
        assert together.tobytes() == alone.tobytes(), name


def test_array_sources_are_batched_with_the_same_bytes(varied):
    rng = np.random.default_rng(3)
    x = rng.integers(0, 256, (60, 32, 32, 3), dtype=np.uint8)
    x[:20] = np.asarray(Image.open(varied / "train/a/photo0-32x32.png"))  # some identical rows, too
    table, _ = scan(arrays_dataset({"train": (x, np.arange(60) % 3)}), ALL_FEATURES, jobs=2, progress=False)
    for k in range(60):
        image = DecodedImage.from_array(x[k])
        for name in ALL_FEATURES:
            assert table.features[name][k].tobytes() == FEATURES[name].compute(image).tobytes(), (k, name)


def _fails_on_13x17(image: DecodedImage) -> np.ndarray:
    if image.original_size == (13, 17):
        raise ValueError("this feature cannot handle 13x17 images")
    return np.zeros(1, dtype=np.uint8)


@pytest.fixture
def feature_failing_on_one_size():
    register_feature("test_fails_on_13x17", shape=(1,), dtype="uint8")(_fails_on_13x17)
    yield "test_fails_on_13x17"
    FEATURES.pop("test_fails_on_13x17")


def test_an_image_whose_features_fail_is_an_error_and_its_batch_mates_keep_theirs(tmp_path, feature_failing_on_one_size):
    root = tmp_path / "d"
    for i in range(6):
        write_image(root / f"train/a/{i}.png", seed=i, size=(13, 17) if i == 3 else 40)
    (root / "train/a/9-empty.png").write_bytes(b"")
    table, stats = scan(resolve_source(root), ["thumb32", feature_failing_on_one_size], jobs=1, progress=False)
    errors = dict(zip(table.meta["relpath"], table.meta["error_kind"]))
    assert errors == {**{f"train/a/{i}.png": "" for i in range(6)}, "train/a/3.png": "corrupt", "train/a/9-empty.png": "empty"}
    assert "cannot handle 13x17" in table.meta.loc[table.meta["relpath"] == "train/a/3.png", "error"].item()
    for row, relpath in enumerate(table.meta["relpath"]):
        if errors[relpath]:
            assert not table.features["thumb32"][row].any()
        else:
            assert table.features["thumb32"][row].tobytes() == _one_by_one(root / relpath)["thumb32"]


def test_big_images_are_featurised_a_few_at_a_time_with_the_same_bytes(tmp_path, monkeypatch):
    root = tmp_path / "d"
    for i in range(7):
        write_image(root / f"train/a/{i}.png", seed=i, size=(300, 200))
    full, _ = scan(resolve_source(root), ALL_FEATURES, jobs=1, progress=False)
    monkeypatch.setattr(worker, "PIXEL_BUDGET", 130_000)  # two images of 300x200 per group
    grouped, _ = scan(resolve_source(root), ALL_FEATURES, jobs=1, progress=False)
    for name in ALL_FEATURES:
        assert grouped.features[name].tobytes() == full.features[name].tobytes(), name


def test_batches_grow_for_small_files_and_shrink_for_big_ones():
    small = scanner._batches([2_000] * 60_000, jobs=2)
    assert {stop - start for start, stop in small} == {scanner.MAX_BATCH} | {60_000 % scanner.MAX_BATCH}
    big = scanner._batches([5_000_000] * 40, jobs=2)
    assert all((stop - start) * 5_000_000 <= scanner.BATCH_BYTES for start, stop in big)
    few = scanner._batches([2_000] * 100, jobs=2)
    assert len(few) >= 6  # each worker gets several, so both finish together
    huge = scanner._batches([100_000_000, 10, 10], jobs=2)
    assert huge[0] == (0, 1)  # a file over the byte cap still goes, alone
    for batches, n in ((small, 60_000), (big, 40), (few, 100), (huge, 3)):
        assert [i for start, stop in batches for i in range(start, stop)] == list(range(n))


def test_a_warm_scan_of_a_batched_cold_scan_reads_the_same_bytes(varied, tmp_path):
    cache = FeatureCache(tmp_path / "c.sqlite")
    try:
        cold, _ = scan(resolve_source(varied), ALL_FEATURES, cache=cache, jobs=2, progress=False)
        warm, stats = scan(resolve_source(varied), ALL_FEATURES, cache=cache, jobs=2, progress=False)
    finally:
        cache.close()
    assert stats.decoded == 0
    for name in ALL_FEATURES:
        assert warm.features[name].tobytes() == cold.features[name].tobytes(), name
    assert warm.meta.equals(cold.meta)
