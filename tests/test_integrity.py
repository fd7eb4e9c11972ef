"""The integrity auditor on real broken, odd and mixed image files."""

from __future__ import annotations

import io

import numpy as np
import pytest
from conftest import make_tree, write_image
from PIL import Image

import dataaudit
from dataaudit import Severity
from dataaudit.demo.dataset import PLANTED, make_demo_dataset


def _audit(root, **kw):
    return dataaudit.audit(root, cache=False, select="DA0", **kw)


def _by_code(report, code):
    return [f for f in report.findings if f.code == code]


@pytest.fixture
def base(tmp_path):
    return make_tree(tmp_path / "d", {"train/cat": 6, "train/dog": 6, "val/cat": 2, "val/dog": 2}, size=96)


def test_clean_dataset_has_no_integrity_findings(base):
    report = _audit(base)
    assert report.findings == ()
    assert report.passed()


def test_corrupt_truncated_empty_and_not_an_image(base):
    buf = io.BytesIO()
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (300, 300, 3), dtype=np.uint8)).save(buf, "JPEG")
    (base / "train/cat/truncated.jpg").write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    (base / "train/cat/empty.jpg").write_bytes(b"")
    (base / "train/dog/page.png").write_bytes(b"<html>404</html>")
    png = io.BytesIO()
    Image.new("RGB", (50, 50), "red").save(png, "PNG")
    data = bytearray(png.getvalue())
    data[60:80] = b"\x00" * 20  # damage the compressed stream
    (base / "val/dog/damaged.png").write_bytes(bytes(data))
    report = _audit(base)
    assert [f.locations[0].path for f in _by_code(report, "DA002")] == ["train/cat/truncated.jpg"]
    assert [f.locations[0].path for f in _by_code(report, "DA003")] == ["train/cat/empty.jpg"]
    corrupt = {f.locations[0].path: f for f in _by_code(report, "DA001")}
    assert set(corrupt) == {"train/dog/page.png", "val/dog/damaged.png"}
    assert corrupt["train/dog/page.png"].evidence["error_kind"] == "not-image"
    assert all(f.severity == Severity.ERROR for f in report.findings)
    assert not report.passed()


def test_extension_that_lies(base):
    write_image(base / "train/cat/actually_png.jpg", seed=50, fmt="PNG")
    write_image(base / "train/dog/actually_webp.png", seed=51, fmt="WEBP")
    report = _audit(base)
    found = {f.locations[0].path: f.evidence["actual_format"] for f in _by_code(report, "DA004")}
    assert found == {"train/cat/actually_png.jpg": "PNG", "train/dog/actually_webp.png": "WEBP"}


def test_decompression_bomb_is_reported_not_raised(base):
    # 9,500 x 9,500 = 90.25M pixels: just over Pillow's MAX_IMAGE_PIXELS (89.5M), so it only warns.
    Image.new("1", (9500, 9500)).save(base / "train/cat/huge.png")
    report = _audit(base)
    (bomb,) = _by_code(report, "DA005")
    assert bomb.locations[0].path == "train/cat/huge.png"
    assert bomb.severity == Severity.WARNING
    assert "9500x9500" in bomb.message


def test_decompression_bomb_over_twice_the_limit_is_an_error(base, monkeypatch):
    # Pillow's limit is a setting: lower it (in-process scan) instead of writing a 180M-pixel file.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    write_image(base / "train/cat/big.png", seed=3, size=100)  # 10,000 px > 2 x 1,000
    write_image(base / "train/cat/medium.png", seed=4, size=40)  # 1,600 px: only a warning
    report = _audit(base, jobs=1)
    by_path = {f.locations[0].path: f.severity for f in _by_code(report, "DA005")}
    assert by_path["train/cat/big.png"] == Severity.ERROR
    assert by_path["train/cat/medium.png"] == Severity.WARNING


def test_tiny_images(base):
    write_image(base / "train/cat/icon.png", seed=9, size=8)
    report = _audit(base)
    assert [f.locations[0].path for f in _by_code(report, "DA006")] == ["train/cat/icon.png"]
    assert _by_code(_audit(base, integrity={"min_side": 4, "tiny_fraction": 0.01}), "DA006") == []


def test_mixed_colour_modes_with_class_skew(base):
    write_image(base / "train/cat/gray1.png", seed=20, mode="L")
    write_image(base / "train/cat/gray2.png", seed=21, mode="L")
    Image.new("CMYK", (96, 96), (10, 200, 30, 0)).save(base / "train/dog/cmyk.jpg", "JPEG")
    arr16 = (np.random.default_rng(1).random((96, 96)) * 65535).astype(np.uint16)
    Image.fromarray(arr16).save(base / "val/cat/deep.png")
    write_image(base / "val/dog/alpha.png", seed=22, mode="RGBA")
    (finding,) = _by_code(_audit(base), "DA007")
    assert finding.evidence["counts"] == {"RGB": 16, "grayscale": 2, "CMYK": 1, "16-bit": 1, "with alpha": 1}
    assert {loc.path for loc in finding.locations} == {
        "train/cat/gray1.png", "train/cat/gray2.png", "train/dog/cmyk.jpg", "val/cat/deep.png", "val/dog/alpha.png"}


def test_16_bit_images_are_scaled_not_clipped(tmp_path):
    arr16 = np.full((64, 64), 32768, dtype=np.uint16)  # mid-grey in 16 bits
    Image.fromarray(arr16).save(tmp_path / "g.png")
    (tmp_path / "train").mkdir()
    (tmp_path / "g.png").rename(tmp_path / "train" / "g.png")
    report = dataaudit.audit(tmp_path, cache=False)
    brightness = report.table.meta  # decoded fine
    assert brightness["bits"].item() == 16
    from dataaudit.scan.scanner import scan
    from dataaudit.sources import resolve_source

    table, _ = scan(resolve_source(tmp_path), ["thumb32"], jobs=1, progress=False)
    assert abs(int(table.features["thumb32"].mean()) - 128) <= 1


def test_mixed_sizes_and_aspect_ratios(base):
    write_image(base / "train/cat/wide.png", seed=30, size=96)
    Image.open(base / "train/cat/wide.png").resize((600, 100)).save(base / "train/cat/wide.png")
    for i in range(3):
        write_image(base / f"train/dog/huge{i}.jpg", seed=40 + i, size=1600)
    report = _audit(base, integrity={"max_area_ratio": 16.0})
    (aspect,) = _by_code(report, "DA009")
    assert [loc.path for loc in aspect.locations] == ["train/cat/wide.png"]
    (sizes,) = _by_code(report, "DA008")
    assert sizes.evidence["ratio"] > 16


def test_exif_rotation_and_animation(base):
    exif = Image.Exif()
    exif[0x0112] = 6
    write_image(base / "train/cat/phone.jpg", seed=60, exif=exif.tobytes())
    frames = [Image.new("RGB", (64, 64), c) for c in ("red", "green", "blue")]
    frames[0].save(base / "train/dog/anim.gif", save_all=True, append_images=frames[1:])
    report = _audit(base)
    (rotated,) = _by_code(report, "DA010")
    assert rotated.evidence["orientations"] == {"6": 1}
    (anim,) = _by_code(report, "DA011")
    assert anim.evidence["max_frames"] == 3


def test_every_planted_demo_problem_is_found(tmp_path):
    root = make_demo_dataset(tmp_path / "demo")
    report = dataaudit.audit(root, cache=False)
    found = {(f.code, loc.path) for f in report.findings for loc in f.locations}
    for path, code, what in PLANTED:
        assert (code, path) in found, f"demo plant {path} ({what}) not reported as {code}"
    assert not report.passed()
