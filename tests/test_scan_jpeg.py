"""JPEGs are decoded at reduced DCT scale whatever their EXIF tags, colour mode or container (MPO)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dataaudit.scan.features import FEATURES
from dataaudit.scan.scanner import scan
from dataaudit.scan.worker import decode_image
from dataaudit.sources import resolve_source

#: A 1024x768 JPEG is decoded at 1/8 scale: both sides stay >= DECODE_MIN_SIDE (64).
LARGE, EIGHTH = (1024, 768), (128, 96)


@pytest.fixture(scope="module")
def photo() -> Image.Image:
    from sklearn.datasets import load_sample_images

    return Image.fromarray(load_sample_images().images[1]).resize(LARGE, Image.Resampling.BILINEAR)


def _encoded(im: Image.Image, fmt: str = "JPEG", **kwargs) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, quality=90, **kwargs)
    return buf.getvalue()


def _pixels(im: Image.Image) -> np.ndarray:
    return np.asarray(im, dtype=np.float64)


def _decoded(data: bytes):
    meta, image = decode_image(data)
    assert image is not None, meta
    return meta, image


def test_a_large_jpeg_is_decoded_at_an_eighth_of_its_size_and_keeps_its_look(photo):
    meta, image = _decoded(_encoded(photo))
    assert (meta["format"], meta["width"], meta["height"]) == ("JPEG", *LARGE)
    assert image.original_size == LARGE and image.rgb.size == EIGHTH
    # Each pixel is the mean of an 8x8 block of the photo, up to JPEG's own loss.
    assert np.abs(_pixels(image.rgb) - _pixels(photo.reduce(8))).mean() < 2


def test_an_exif_rotated_jpeg_is_decoded_at_reduced_scale_as_stored(photo):
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees to view": the scan keeps the stored grid, as Keras does
    meta, image = _decoded(_encoded(photo, exif=exif.tobytes()))
    _, untagged = _decoded(_encoded(photo))
    assert meta["exif_orientation"] == 6
    assert image.rgb.size == EIGHTH  # reduced, and still landscape
    assert np.array_equal(np.asarray(image.rgb), np.asarray(untagged.rgb))


def test_a_cmyk_jpeg_is_decoded_at_reduced_scale_with_its_colours(photo):
    data = _encoded(photo.convert("CMYK"))  # Pillow writes Adobe's inverted CMYK, as Photoshop does
    meta, image = _decoded(data)
    assert (meta["mode"], image.original_mode) == ("CMYK", "CMYK")
    assert image.rgb.mode == "RGB" and image.rgb.size == EIGHTH
    with Image.open(io.BytesIO(data)) as full:
        expected = full.convert("RGB").reduce(8)
    assert np.abs(_pixels(image.rgb) - _pixels(expected)).mean() < 1


def test_a_grayscale_jpeg_is_decoded_at_reduced_scale_as_gray_rgb(photo):
    meta, image = _decoded(_encoded(photo.convert("L")))
    assert meta["mode"] == "L" and image.rgb.size == EIGHTH
    rgb = np.asarray(image.rgb)
    assert np.array_equal(rgb[..., 0], rgb[..., 1]) and np.array_equal(rgb[..., 1], rgb[..., 2])


def test_an_mpo_is_decoded_at_reduced_scale_like_the_jpeg_of_its_first_picture(photo):
    # Many cameras and phones add an MP index (a preview or a second view) to their JPEGs;
    # Pillow opens those as MPO.
    mpo = _encoded(photo, "MPO", save_all=True, append_images=[photo.rotate(180)])
    meta, image = _decoded(mpo)
    assert (meta["format"], meta["n_frames"], meta["width"], meta["height"]) == ("MPO", 2, *LARGE)
    assert image.rgb.size == EIGHTH
    _, jpeg = _decoded(_encoded(photo))
    assert np.array_equal(np.asarray(image.rgb), np.asarray(jpeg.rgb))


def test_the_scan_gives_an_mpo_and_its_first_picture_as_jpeg_the_same_features(photo, tmp_path: Path):
    folder = tmp_path / "data" / "train" / "a"
    folder.mkdir(parents=True)
    (folder / "camera.jpg").write_bytes(_encoded(photo, "MPO", save_all=True, append_images=[photo.rotate(180)]))
    (folder / "plain.jpg").write_bytes(_encoded(photo))
    table, stats = scan(resolve_source(tmp_path / "data"), sorted(FEATURES), jobs=1, progress=False)
    assert stats.decoded == 2 and stats.errors == 0
    rows = dict(zip(table.meta["relpath"].map(lambda p: Path(p).name), range(2)))
    assert table.meta["format"][rows["camera.jpg"]] == "MPO"
    for name in sorted(FEATURES):
        column = table.features[name]
        assert column[rows["camera.jpg"]].tobytes() == column[rows["plain.jpg"]].tobytes(), name
