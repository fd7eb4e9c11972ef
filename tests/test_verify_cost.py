"""Verification's shortcuts change its cost, not its verdicts: real photos, edited copies and look-alikes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance
from sklearn.datasets import load_sample_images

from dataaudit.auditors.leakage import verify
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source

IDENTITY = np.array([0.5, 0.5, 1.0, 1.0, 0.0], np.float32)
MIN_START, MIN_SEARCH, MIN_SIMILARITY = 0.7, 0.85, 0.9


def _turned_colours(im: Image.Image) -> Image.Image:
    """The same luma with every hue turned half way round the colour wheel: one outline, other colours."""
    y, cb, cr = im.convert("YCbCr").split()
    invert = [255 - v for v in range(256)]
    return Image.merge("YCbCr", (y, cb.point(invert), cr.point(invert))).convert("RGB")


@pytest.fixture(scope="module")
def photos(tmp_path_factory) -> dict[str, int]:
    """Crops of scikit-learn's sample photos written as JPEGs: originals, edited copies, colour look-alikes."""
    root = tmp_path_factory.mktemp("photos")
    china, flower = (Image.fromarray(p) for p in load_sample_images().images)
    names = []

    def save(im: Image.Image, name: str) -> None:
        im.resize((64, 64), Image.Resampling.BILINEAR).save(Path(root, f"{name}.jpg"), "JPEG", quality=90)
        names.append(name)

    for k, (photo, box) in enumerate([(china, (150, 100, 350, 300)), (flower, (200, 120, 400, 320)),
                                      (china, (300, 180, 500, 380))]):
        original = photo.crop(box)
        save(original, f"o{k}")
        save(ImageEnhance.Brightness(original).enhance(1.25), f"copy{k}")  # an edit of the same picture
        save(_turned_colours(original), f"lookalike{k}")
    table, _ = scan(resolve_source(root), ["luma32", "chroma8"], jobs=1, progress=False)
    order = {Path(p).stem: i for i, p in enumerate(table.meta["relpath"])}
    return {"luma": table.feature("luma32"), "chroma": table.feature("chroma8"), "at": order}


def _verify(photos, pairs: list[tuple[str, str]], **thresholds) -> verify.Alignment:
    at = photos["at"]
    a = np.array([at[x] for x, _ in pairs])
    b = np.array([at[y] for _, y in pairs])
    luma, chroma = np.asarray(photos["luma"]), np.asarray(photos["chroma"])
    return verify.verify_pairs(luma[a][:, None], luma[b][:, None], np.zeros((len(pairs), 1), bool),
                               np.tile(IDENTITY, (len(pairs), 1, 1)), chroma[a][:, None], chroma[b][:, None],
                               **thresholds)


def test_colour_vetoed_pairs_skip_scoring_and_copies_do_not(photos):
    pairs = [(f"o{k}", f"copy{k}") for k in range(3)] + [(f"o{k}", f"lookalike{k}") for k in range(3)]
    fast = _verify(photos, pairs, min_start=MIN_START, min_search=MIN_SEARCH)
    full = _verify(photos, pairs)  # no thresholds: every pair searched and scored
    copies, lookalikes = slice(0, 3), slice(3, 6)
    # The edited copies pass and are scored exactly as without the shortcuts.
    assert np.all(fast.similarity[copies] >= MIN_SIMILARITY)
    assert not np.isnan(fast.overlap[copies]).any()
    for field in ("similarity", "detail", "colour", "params", "overlap"):
        assert np.array_equal(getattr(fast, field)[copies], getattr(full, field)[copies]), field
    # The look-alikes share the copies' luma, so they align as well as a copy does ...
    assert np.all(fast.detail[lookalikes] >= MIN_SEARCH)
    assert np.all(full.detail[lookalikes] >= MIN_SIMILARITY)
    # ... but their colours veto them: no detail score is spent on them, and the verdict is the same.
    assert np.all(fast.colour[lookalikes] < verify.MIN_COLOUR_AGREEMENT)
    assert np.isnan(fast.overlap[lookalikes]).all() and not np.isnan(full.overlap[lookalikes]).any()
    assert np.array_equal(fast.similarity[lookalikes], fast.colour[lookalikes])
    assert np.all(full.similarity[lookalikes] < MIN_SIMILARITY)


def test_byte_thumbnails_verify_as_their_float_values_do(photos):
    pairs = [(f"o{k}", f"copy{k}") for k in range(3)] + [("o0", "o1"), ("o1", "lookalike2")]
    at = photos["at"]
    a = np.array([at[x] for x, _ in pairs])
    b = np.array([at[y] for _, y in pairs])
    luma = np.asarray(photos["luma"])
    assert luma.dtype == np.uint8
    assert np.array_equal(verify._down2(luma), verify._down2(luma.astype(np.float32)))
    args = (np.zeros((len(pairs), 1), bool), np.tile(IDENTITY, (len(pairs), 1, 1)))
    as_bytes = verify.verify_pairs(luma[a][:, None], luma[b][:, None], *args, min_start=0.0, min_search=0.0)
    as_floats = verify.verify_pairs(luma[a][:, None].astype(np.float32), luma[b][:, None].astype(np.float32), *args,
                                    min_start=0.0, min_search=0.0)
    for field in verify.Alignment.__dataclass_fields__:
        assert np.array_equal(getattr(as_bytes, field), getattr(as_floats, field), equal_nan=True), field


def test_scoring_blurs_drop_only_weights_too_small_to_matter(photos, monkeypatch):
    tiny = np.finfo(np.float32).tiny
    for sigma, weights in verify._GAUSS.items():
        assert not np.any((weights != 0) & (np.abs(weights) < tiny)), sigma  # no subnormal weight left
        assert np.abs(weights - verify._FULL_GAUSS[sigma]).max() < verify.NEGLIGIBLE_WEIGHT
    # Real pairs, aligned as they are and shifted so that a third of B falls outside A (where the masked blurs
    # see zeros): their scores come out bit for bit as with the full Gaussians.
    at, luma = photos["at"], np.asarray(photos["luma"], np.float32)
    pairs = [(f"o{k}", f"copy{k}") for k in range(3)] + [("o0", "o1"), ("o1", "lookalike2"), ("o2", "o0")]
    a = luma[[at[x] for x, _ in pairs]]
    b = luma[[at[y] for _, y in pairs]]
    params = np.tile(IDENTITY, (2 * len(pairs), 1))
    params[len(pairs):, :2] = [0.8, 0.62]
    a, b = np.concatenate([a, a]), np.concatenate([b, b])
    sigmas = np.full(len(a), verify.FINE_SIGMA)
    dropped = verify._score(a, b, params, sigmas)
    assert np.all(dropped[1][len(pairs):] < 0.75)  # the shifted warps do leave part of B uncovered
    monkeypatch.setattr(verify, "_GAUSS", verify._FULL_GAUSS)
    full = verify._score(a, b, params, sigmas)
    assert np.array_equal(dropped[0], full[0]) and np.array_equal(dropped[1], full[1])
