"""Stronger edits (issue 14): quarter turns, vertical flips, half-area crops, padding, frames, large overlays."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dataaudit.auditors import AuditContext
from dataaudit.auditors.leakage.auditor import LeakageAuditor
from dataaudit.auditors.leakage.borders import ExtendedRows, content_boxes, trimmed_views
from dataaudit.auditors.leakage.signatures import N_QUERY_CODES, ORIENTATIONS, strong_codes, view_codes
from dataaudit.demo.edits import STRONG_EDITS, photo_tiles, write_edited
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source

TILES = photo_tiles(3, 4)  # 24 distinct natural images, 12 per photo
CLASS = ["china"] * 12 + ["flower"] * 12
#: Found with the search for strong edits on; BY_DEFAULT also without it (trimmed borders, overlays).
PLANTED = ("rot90", "rot180", "rot270", "vflip", "centre70", "crop_resize_flip", "letterbox", "pad_wide", "frame",
           "caption15", "turn_crop", "vflip_bright", "letterbox_flip", "caption_gray")
BY_DEFAULT = ("letterbox", "pad_wide", "frame", "caption15", "letterbox_flip")


def _save(im: Image.Image, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=92)
    return path


def _run(root: Path, **params):
    dataset = resolve_source(root)
    auditor = LeakageAuditor(**params)
    table, _ = scan(dataset, auditor.required_features(), cache=None, jobs=1, progress=False)
    ctx = AuditContext(table=table, dataset=dataset)
    return list(auditor.run(ctx)), ctx


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """Train: 24 distinct photo tiles; val/test: one strongly edited copy of each of the first tiles, and a
    second view of one scene (an overlapping, differently framed and lit shot) that is no copy."""
    root = tmp_path_factory.mktemp("strong") / "data"
    rng = np.random.default_rng(0)
    for i, tile in enumerate(TILES):
        _save(tile, root / "train" / CLASS[i] / f"tile{i:02d}.jpg")
    copies = {}
    for i, edit in enumerate(PLANTED):
        split = ("val", "test")[i % 2]
        written = write_edited(root / "train" / CLASS[i] / f"tile{i:02d}.jpg",
                               root / split / CLASS[i] / f"{edit}_{i:02d}", edit, rng)
        copies[edit] = (f"train/{CLASS[i]}/tile{i:02d}.jpg", written.relative_to(root).as_posix())
    findings, ctx = _run(root, strong_edits=True)
    default_findings, default_ctx = _run(root)
    return copies, findings, ctx, default_ctx


def _groups(ctx) -> set[frozenset[str]]:
    rel = ctx.table.meta["relpath"].tolist()
    return {frozenset(rel[i] for i in g) for g in ctx.artifacts["leakage"].groups}


@pytest.mark.parametrize("edit", PLANTED)
def test_each_strong_edit_is_found_across_splits(planted, edit):
    copies, findings, ctx, _ = planted
    source, copy = copies[edit]
    assert frozenset((source, copy)) in _groups(ctx)
    matching = [f for f in findings if f.code == "DA102" and {loc.path for loc in f.locations} == {source, copy}]
    assert len(matching) == 1


def test_only_the_planted_pairs_are_grouped(planted):
    """Quarter-turned and flipped codes do not make distinct tiles of one photo match each other."""
    copies, _, ctx, _ = planted
    assert _groups(ctx) == {frozenset(pair) for pair in copies.values()}


def test_without_strong_edits_padding_frames_and_overlays_are_still_found(planted):
    """Trimmed borders and the overlay-tolerant score are always on; turns and half-area crops need the option."""
    copies, _, _, default_ctx = planted
    groups = _groups(default_ctx)
    assert {frozenset(copies[e]) for e in BY_DEFAULT} <= groups
    assert frozenset(copies["rot90"]) not in groups and frozenset(copies["vflip"]) not in groups
    assert groups <= {frozenset(pair) for pair in copies.values()}


@pytest.mark.parametrize("edit, words", [("rot90", "quarter-turned"), ("rot180", "upside-down"),
                                         ("vflip", "vertically flipped")])
def test_the_finding_names_the_turn(planted, edit, words):
    copies, findings, _, _ = planted
    _, copy = copies[edit]
    finding = next(f for f in findings if f.code == "DA102" and copy in {loc.path for loc in f.locations})
    assert words in finding.evidence["edit"], finding.message
    assert "stretched" not in finding.evidence["edit"]  # turned tiles are not square: no aspect change


def test_two_shots_of_one_scene_are_not_copies(tmp_path):
    """Overlapping, differently framed views of one real scene (a third of the frame shared, other light)
    are two photos, not a copy; a quarter-turned copy beside them is."""
    from sklearn.datasets import load_sample_images

    photo = Image.fromarray(load_sample_images().images[0])
    w, h = photo.size
    side = min(w, h) * 2 // 3
    first = photo.crop((0, 0, side, side))
    second = photo.crop((side * 2 // 3, h - side, side * 2 // 3 + side, h)).point(lambda v: min(255, int(v * 1.1)))
    _save(first, tmp_path / "train" / "scene" / "shot1.jpg")
    _save(second, tmp_path / "test" / "scene" / "shot2.jpg")
    for k, tile in enumerate(TILES[12:20]):  # other photos, so the look-alike check has material
        _save(tile, tmp_path / "train" / "other" / f"t{k}.jpg")
    _save(TILES[12].transpose(Image.Transpose.ROTATE_270), tmp_path / "test" / "other" / "turned.jpg")
    findings, ctx = _run(tmp_path, strong_edits=True)
    assert _groups(ctx) == {frozenset({"train/other/t0.jpg", "test/other/turned.jpg"})}
    assert [f.code for f in findings if f.code == "DA102"] == ["DA102"]


def test_turned_codes_are_the_codes_of_the_turned_thumbnail():
    tiles = [np.asarray(t.convert("L").resize((32, 32), Image.Resampling.BOX)) for t in TILES[:6]]
    luma = np.stack(tiles)
    turned_codes, _ = strong_codes(luma)
    for o, (turns, mirrored) in enumerate(ORIENTATIONS):
        turned = np.rot90(luma, turns, axes=(1, 2))
        turned = np.ascontiguousarray(turned[:, :, ::-1] if mirrored else turned)
        direct, _ = view_codes(turned)
        assert np.array_equal(turned_codes[:, o], direct[:, 0])  # the whole image's code, turned
    assert N_QUERY_CODES == 8  # the scan's view_codes feature is unchanged


def test_uniform_borders_are_trimmed_and_content_is_not():
    photo = np.asarray(TILES[5].convert("L").resize((32, 32), Image.Resampling.BOX))
    padded = np.full((32, 32), 0, np.uint8)
    padded[:, 7:25] = np.asarray(Image.fromarray(photo).resize((18, 32), Image.Resampling.BILINEAR))
    boxes = content_boxes(np.stack([photo, padded]))
    assert boxes[0].tolist() == [0, 0, 32, 32]
    assert boxes[1].tolist() == [7, 0, 25, 32]
    views = trimmed_views(np.stack([photo, padded]), np.arange(2), sides=np.array([32, 32]))
    assert views.owner.tolist() == [1]
    # The trimmed thumbnail is the photo again, up to resampling.
    assert np.corrcoef(views.luma[0].ravel().astype(float), photo.ravel().astype(float))[0, 1] > 0.9


def test_extended_rows_index_like_one_array():
    base = np.arange(5 * 4).reshape(5, 2, 2)
    extra = 100 + np.arange(2 * 4).reshape(2, 2, 2)
    rows = ExtendedRows(base, extra)
    whole = np.concatenate([base, extra])
    index = np.array([[0, 6], [5, 2]])
    assert len(rows) == 7
    assert np.array_equal(rows[index], whole[index])
    assert rows[:0, None].shape == (0, 1, 2, 2)


def test_strong_edits_are_not_in_the_demo_catalogue():
    from dataaudit.demo.edits import EDITS

    assert not set(STRONG_EDITS) & set(EDITS)
