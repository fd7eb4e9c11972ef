"""Stronger edits (issue 14): quarter turns, vertical flips, half-area crops, padding, frames, large overlays."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from dataaudit.auditors import AuditContext
from dataaudit.auditors.leakage.auditor import LeakageAuditor
from dataaudit.auditors.leakage.borders import ExtendedRows, content_boxes, trimmed_views
from dataaudit.auditors.leakage.hamming_index import hamming_distance
from dataaudit.auditors.leakage.verify import detail_level
from dataaudit.auditors.leakage.signatures import (
    MASKED_REGIONS,
    N_MASKED,
    N_QUERY_CODES,
    ORIENTATIONS,
    ORIENTED_MASKED_QUERY,
    ORIENTED_QUERY,
    extra_codes,
    view_codes,
)
from dataaudit.demo.edits import STRONG_EDITS, photo_tiles, write_edited
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source

TILES = photo_tiles(3, 4)  # 24 distinct natural images, 12 per photo
CLASS = ["china"] * 12 + ["flower"] * 12
#: Found with the search for strong edits on; BY_DEFAULT also without it (trimmed borders, overlays).
PLANTED = ("rot90", "rot180", "rot270", "vflip", "centre70", "crop_resize_flip", "letterbox", "pad_wide", "frame",
           "caption15", "turn_crop", "vflip_bright", "letterbox_flip", "caption_gray", "crop30", "frame_crop",
           "pad_half", "watermark_rot")
# Left out: the logo box alone (watermark15): the next tile is a blurred, nearly featureless background, where a
# logo is all the structure there is (a flat image and the same image with a logo are not matched).
BY_DEFAULT = ("letterbox", "pad_wide", "frame", "caption15", "letterbox_flip", "frame_crop")


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


def _thumbs(tiles) -> np.ndarray:
    return np.stack([np.asarray(t.convert("L").resize((32, 32), Image.Resampling.BOX)) for t in tiles])


def test_turned_codes_are_the_codes_of_the_turned_thumbnail():
    luma = _thumbs(TILES[:6])
    query, _ = extra_codes(luma)
    for o, (turns, mirrored) in enumerate(ORIENTATIONS):
        turned = np.rot90(luma, turns, axes=(1, 2))
        turned = np.ascontiguousarray(turned[:, :, ::-1] if mirrored else turned)
        direct, _ = view_codes(turned)
        direct_masked, _ = extra_codes(turned)
        at = ORIENTED_QUERY - N_QUERY_CODES + o
        assert np.array_equal(query[:, at], direct[:, 0])  # the whole image's code, turned
        at = ORIENTED_MASKED_QUERY - N_QUERY_CODES + o * N_MASKED
        assert np.array_equal(query[:, at : at + N_MASKED], direct_masked[:, :N_MASKED])  # masked views, turned
    assert N_QUERY_CODES == 8  # the scan's view_codes feature is unchanged


def test_a_masked_view_does_not_see_what_covers_its_region():
    """Whatever covers a masked region (a caption bar, a logo), the masked view's code stays the original's,
    while the codes of the views that see it change."""
    luma = _thumbs(TILES[:8])
    plain, _ = extra_codes(luma)
    for r, (left, top, right, bottom) in enumerate(MASKED_REGIONS):
        covered = luma.copy()
        covered[:, top:bottom, left:right] = 255
        codes, _ = extra_codes(covered)
        assert np.array_equal(codes[:, r], plain[:, r])
        others = [k for k in range(N_MASKED) if k != r]
        assert hamming_distance(codes[:, others], plain[:, others]).max() > 10


def test_uniform_borders_are_trimmed_and_content_is_not():
    photo = np.asarray(TILES[5].convert("L").resize((32, 32), Image.Resampling.BOX))
    padded = np.full((32, 32), 0, np.uint8)
    padded[:, 7:25] = np.asarray(Image.fromarray(photo).resize((18, 32), Image.Resampling.BILINEAR))
    boxes = content_boxes(np.stack([photo, padded]))
    assert boxes[0].tolist() == [0, 0, 32, 32]
    assert boxes[1].tolist() == [7, 0, 25, 32]
    views = trimmed_views(np.stack([photo, padded]), np.arange(2), sides=np.array([32, 32]))
    assert views.owner.tolist() == [1]
    # The box leaves out the bars and the partly covered line next to each: one pixel of the 18 content columns.
    assert views.boxes[0].tolist() == [8, 0, 24, 32]
    # The trimmed thumbnail is the photo again (less those columns), up to resampling.
    kept = np.asarray(Image.fromarray(photo).resize((32, 32), Image.Resampling.BILINEAR, box=(32 / 18, 0, 32 * 17 / 18, 32)))
    assert np.corrcoef(views.luma[0].ravel().astype(float), kept.ravel().astype(float))[0, 1] > 0.9
    # Its colour map leaves out the cells that hold some of the bars' colour (grey: not compared).
    chroma = np.full((2, 8, 8, 2), 200, np.uint8)
    with_colour = trimmed_views(np.stack([photo, padded]), np.arange(2), chroma=chroma)
    assert (with_colour.chroma[0][:, [0, -1]] == 128).all() and (with_colour.chroma[0][:, 1:-1] == 200).all()


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


def test_one_logo_on_two_photos_and_one_padding_of_two_photos_are_not_copies(tmp_path):
    """Two different photos carrying the same logo box, caption bar or padding share that overlay exactly: the
    masked views, the overlay-tolerant score and the bars left out of the score must not make them copies."""
    for k, tile in enumerate(TILES[:12]):
        _save(tile, tmp_path / "train" / "china" / f"t{k}.jpg")
    pairs = ((0, 6, "watermark15"), (1, 7, "caption15"), (2, 8, "pad_wide"), (3, 9, "letterbox"), (4, 10, "frame"))
    for first, second, edit in pairs:
        for index in (first, second):
            split = "train" if index == first else "test"
            source = tmp_path / "train" / "china" / f"t{index}.jpg"
            # The same overlay on both: the edit's random choices from one seed.
            write_edited(source, tmp_path / split / "china" / f"{edit}_{index}", edit, np.random.default_rng(first))
    findings, ctx = _run(tmp_path, strong_edits=True)
    rel = ctx.table.meta["relpath"].tolist()
    for group in ctx.artifacts["leakage"].groups:
        stems = {rel[i].rsplit("/", 1)[1].split(".")[0].rsplit("_", 1)[-1].lstrip("t") for i in group}
        assert len(stems) == 1, [rel[i] for i in group]  # only an image and its own edited copy


# -- small photos (32 px, as CIFAR): where the strong edits were missed most ------------------------------------


def _logo(im: Image.Image, fx: float, fy: float) -> Image.Image:
    """A semi-opaque white box with a copyright sign over 45% x 33% of the image, its corner at (fx, fy) of the size
    (the text inside the box: at 32 px a longer one would run across the picture)."""
    from PIL import ImageDraw, ImageFont

    w, h = im.size
    bw, bh = round(0.45 * w), round(0.33 * h)
    x, y = round(fx * w), round(fy * h)
    overlay = Image.new("RGBA", im.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle([x, y, x + bw, y + bh], fill=(255, 255, 255, 140))
    draw.text((x + bw // 10, y + bh // 4), "(c)", font=ImageFont.load_default(size=6), fill=(0, 0, 0, 200))
    return Image.alpha_composite(im.convert("RGBA"), overlay).convert("RGB")


def _pad_half(im: Image.Image) -> Image.Image:
    """Pillarboxed to 16:9 in black, then halved: a 32 px photo's content keeps 16 px."""
    w, h = im.size
    canvas = Image.new("RGB", (round(h * 16 / 9), h), (0, 0, 0))
    canvas.paste(im, ((canvas.width - w) // 2, 0))
    return canvas.resize((canvas.width // 2, h // 2), Image.Resampling.BICUBIC)


def _framed(im: Image.Image) -> Image.Image:
    """15% cropped (centred), then a saturated red frame 8% of the side wide."""
    w, h = im.size
    cut = round(0.075 * w)
    inner = im.crop((cut, cut, w - cut, h - cut))
    return ImageOps.expand(inner, border=max(2, round(0.08 * inner.width)), fill=(230, 20, 20))


SMALL_EDITS = {
    "logo_centre": lambda im: _logo(im, 0.275, 0.335),  # off the old grid of eighths (kept its edges in the score)
    "logo_corner": lambda im: _logo(im, 0.51, 0.63),  # touching the bottom-right corner, also off that grid
    "framed": _framed,  # the frame's colour vetoed the colour check
    "pad_half": _pad_half,  # the finest band of a 16 px content holds only JPEG noise
}


@pytest.fixture(scope="module")
def small_planted(tmp_path_factory):
    """44 distinct photo tiles at 32 px in train; two edited copies per edit of SMALL_EDITS in val/test; and two
    pairs of four other tiles carrying the same edit (one logo, one padding), one of each pair in train, one in
    test."""
    root = tmp_path_factory.mktemp("small") / "data"
    # The 48 most detailed of 96 tiles: sky and blurred background tiles hold nothing at 32 px to tell apart.
    small = [t.resize((32, 32), Image.Resampling.BOX) for t in photo_tiles(6, 8)]
    detail = detail_level(np.stack([np.asarray(t.convert("L")) for t in small]))
    tiles = [small[k] for k in sorted(np.argsort(-detail)[:48])]
    alike = ((40, 41, "logo_centre"), (44, 45, "pad_half"))
    for i, tile in enumerate(tiles):
        if i not in {k for pair in alike for k in pair[:2]}:
            _save(tile, root / "train" / f"c{i % 4}" / f"tile{i:02d}.jpg")
    copies = {}
    for k, (name, edit) in enumerate(SMALL_EDITS.items()):
        for i in (2 * k, 2 * k + 9):
            split = ("val", "test")[i % 2]
            path = _save(edit(tiles[i]), root / split / f"c{i % 4}" / f"{name}_{i:02d}.jpg")
            copies[f"{name}_{i:02d}"] = (f"train/c{i % 4}/tile{i:02d}.jpg", path.relative_to(root).as_posix())
    for first, second, name in alike:
        _save(SMALL_EDITS[name](tiles[first]), root / "train" / "alike" / f"{name}_{first}.jpg")
        _save(SMALL_EDITS[name](tiles[second]), root / "test" / "alike" / f"{name}_{second}.jpg")
    _, ctx = _run(root, strong_edits=True)
    return copies, ctx


@pytest.mark.parametrize("name", [f"{e}_{i:02d}" for k, e in enumerate(SMALL_EDITS) for i in (2 * k, 2 * k + 9)])
def test_strong_edits_of_small_photos_are_found(small_planted, name):
    copies, ctx = small_planted
    assert frozenset(copies[name]) in _groups(ctx)


def test_small_photos_with_one_logo_or_one_padding_are_not_copies(small_planted):
    """Only the planted pairs are grouped: the logo boxes left out at any place and the coarser bands of
    small copies do not make two different 32 px photos carrying one logo, or padded alike, copies."""
    copies, ctx = small_planted
    assert _groups(ctx) == {frozenset(pair) for pair in copies.values()}


def test_a_coloured_frame_does_not_veto_a_framed_copy_compared_whole(tmp_path):
    """A framed copy compared as it is (not through its trimmed thumbnail): with the strong edits the colour check,
    like the detail score, leaves the frame out, so a red frame around a 32 px photo no longer vetoes its copy;
    two different photos in the same frame still do not verify."""
    from dataaudit.auditors.leakage.verify import verify_pairs

    small = [t.resize((32, 32), Image.Resampling.BOX) for t in photo_tiles(6, 8)]
    detail = detail_level(np.stack([np.asarray(t.convert("L")) for t in small]))
    chosen = [small[k] for k in np.argsort(-detail)[:8]]
    for k, tile in enumerate(chosen):
        _save(tile, tmp_path / "train" / "x" / f"t{k}.jpg")
        _save(_framed(tile), tmp_path / "test" / "x" / f"framed{k}.jpg")
    table, _ = scan(resolve_source(tmp_path), ("luma32", "chroma8"), cache=None, jobs=1, progress=False)
    row = {r: i for i, r in enumerate(table.meta["relpath"])}
    luma, chroma = table.feature("luma32"), table.feature("chroma8")

    def verified(sources, copies):
        a = np.array([row[f"train/x/t{k}.jpg"] for k in sources])
        b = np.array([row[f"test/x/framed{k}.jpg"] for k in copies])
        # The framed copy's content (inside a 2 px frame of 31 px) shows the source's central 85%.
        start = np.tile(np.array([0.5, 0.5, 0.977, 0.977, 0.0], np.float32), (len(a), 1, 1))
        return verify_pairs(luma[a][:, None], luma[b][:, None], np.zeros((len(a), 1), bool), start,
                            chroma[a][:, None], chroma[b][:, None], strong=True)

    copies = verified(range(8), range(8))
    assert (copies.similarity >= 0.9).all(), copies.similarity
    assert (copies.colour >= 0.5).all(), copies.colour
    others = verified(range(8), [(k + 1) % 8 for k in range(8)])
    assert (others.similarity < 0.8).all(), others.similarity


def _jpeg_thumbs(im: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    """A 32 px photo saved as a JPEG and read back: its luma and its 8x8 chroma, as the scan keeps them."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=92)
    ycc = Image.open(buf).convert("YCbCr")
    return np.asarray(ycc)[..., 0], np.asarray(ycc.reduce(4))[..., 1:]


@pytest.mark.parametrize("corner", [(0.275, 0.335), (0.04, 0.63), (0.51, 0.63)])
def test_a_logo_anywhere_on_a_small_photo_is_left_out_of_the_score(corner):
    """A logo box in the middle or touching the bottom edge of a 32 px photo (places a grid of eighths of blocks did
    not cover): the copy, aligned as its masked view matched, scores as a clear copy once the box is left out."""
    from dataaudit.auditors.leakage.verify import verify_pairs

    small = [t.resize((32, 32), Image.Resampling.BOX) for t in photo_tiles(6, 8)]
    detail = detail_level(np.stack([np.asarray(t.convert("L")) for t in small]))
    pairs = [(_jpeg_thumbs(small[k]), _jpeg_thumbs(_logo(small[k], *corner))) for k in np.argsort(-detail)[:16]]
    (la, ca), (lb, cb) = ([np.stack([p[s][c] for p in pairs]) for c in (0, 1)] for s in (0, 1))
    start = np.tile(np.array([0.5, 0.5, 1.0, 1.0, 0.0], np.float32), (len(pairs), 1, 1))
    aligned = verify_pairs(la[:, None], lb[:, None], np.zeros((len(pairs), 1), bool), start, ca[:, None], cb[:, None],
                           strong=True)
    assert aligned.similarity.min() >= 0.95, aligned.similarity



def _on_white(tile: Image.Image, size: int, top: int, bottom: int) -> Image.Image:
    """A photo on a white background, as product and car shots are: it fills the width, with ``top`` and
    ``bottom`` white rows (of 32) above and below it."""
    canvas = Image.new("RGB", (size, size), (255, 255, 255))
    height = size - round((top + bottom) * size / 32)
    canvas.paste(tile.resize((size, height), Image.Resampling.BICUBIC), (0, round(top * size / 32)))
    return canvas


def _white_letterbox(im: Image.Image, wide: bool) -> Image.Image:
    """Squeezed to 4:3 (or 3:4) and letterboxed back to a square with white bars (as the benchmark's letterbox)."""
    w, h = im.size
    inner = (w, round(h * 0.75)) if wide else (round(w * 0.75), h)
    canvas = Image.new("RGB", (w, h), (255, 255, 255))
    canvas.paste(im.resize(inner, Image.Resampling.BICUBIC), ((w - inner[0]) // 2, (h - inner[1]) // 2))
    return canvas


#: Tiles with structure across them (the others are mostly sky or blurred background).
DETAILED = (1, 4, 6, 7, 8, 9, 10, 11, 14, 17, 21, 22)


def _white_bar_copies_paired(tmp_path, top: int, bottom: int, wide: bool) -> set:
    """The groups found among the DETAILED photos on white (``top``/``bottom`` white lines) and their copies with
    white bars, as (copy, photo) name pairs."""
    root = tmp_path / "data"
    for k, t in enumerate(DETAILED):
        size = 32 if k % 2 else 96
        original = _on_white(TILES[t], size, top, bottom)
        _save(original, root / "train" / "x" / f"photo_{t:02d}.jpg")
        _save(_white_letterbox(original, wide), root / ("val", "test")[k % 2] / "x" / f"copy_{t:02d}.jpg")
    findings, ctx = _run(root, strong_edits=True)
    rel = ctx.table.meta["relpath"].tolist()
    return {tuple(sorted(Path(rel[i]).stem for i in members)) for members in ctx.artifacts["leakage"].groups}


@pytest.mark.parametrize("top, bottom, wide", [(1, 0, False), (1, 1, False)])
def test_white_bars_beside_a_white_picture_edge_are_found_with_strong_edits(tmp_path, top, bottom, wide):
    """Photos on white with a white line or two along their top and bottom edges, pillarboxed with white bars: those
    lines lie across the bars' ends, and the copy read as a lopsided frame (never trimmed) unless such thin margins
    count as none. Every copy is found, once, and no two different photos are paired. (Letterboxed instead, the
    bars merge with a white band above and below into unequal margins: still a limit, see docs/leakage.md.)"""
    assert _white_bar_copies_paired(tmp_path, top, bottom, wide) == {(f"copy_{t:02d}", f"photo_{t:02d}") for t in DETAILED}



@pytest.mark.parametrize("top, bottom", [(4, 0), (6, 1)])
def test_white_bars_merging_with_a_white_band_of_the_picture_are_found(tmp_path, top, bottom):
    """Photos on white with a white band above (and a thinner one below) them, letterboxed with white bars: a bar
    and the band next to it read as one margin wider than the opposite one, and the copy was taken for a photo on a
    plain background (never trimmed). The narrower margin is trimmed on both sides (the rest of the band is picture):
    every copy is found, once, and no two different photos are paired."""
    assert _white_bar_copies_paired(tmp_path, top, bottom, True) == {(f"copy_{t:02d}", f"photo_{t:02d}") for t in DETAILED}


def test_margins_are_trimmed_by_the_narrower_side_only_when_lopsided():
    """Loose trimming: margins 3 px apart on one axis are cut to the narrower one on both sides (a bar beside a band
    of picture of its colour); margins within SYMMETRY keep their widths (rounding, JPEG rings); a margin with none
    opposite is picture, not a bar (dropped)."""
    from dataaudit.auditors.leakage.borders import _narrower_side

    boxes = np.array([[0, 4, 32, 25], [2, 2, 29, 31], [5, 0, 32, 32]])  # (left, top, right, bottom)
    assert _narrower_side(boxes).tolist() == [[0, 4, 32, 28], [2, 2, 29, 31], [0, 0, 32, 32]]


def _stock_logo(im: Image.Image) -> Image.Image:
    """The benchmark's logo block (watermark15) in the middle: a semi-opaque white box over 45% x 33% of the image
    with "(c) stock" in black across it, its text half the box's height."""
    from PIL import ImageDraw, ImageFont

    w, h = im.size
    bw, bh = round(0.45 * w), round(0.33 * h)
    x, y = round(0.275 * w), round(0.335 * h)
    overlay = Image.new("RGBA", im.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle([x, y, x + bw, y + bh], fill=(255, 255, 255, 140))
    draw.text((x + bw // 10, y + bh // 4), "(c) stock", font=ImageFont.load_default(size=max(6, bh // 2)),
              fill=(0, 0, 0, 200))
    return Image.alpha_composite(im.convert("RGBA"), overlay).convert("RGB")


def test_a_logo_on_a_turned_small_photo_is_left_out_of_the_score():
    """A logo box over 15% of a 32 px photo, then a quarter turn: the box's edges dominate so small an image, and such
    copies scored 0.40-0.48 as compared whole, below the level from which a region was ever left out. With the strong
    edits every pair is scored again without its most different regions: each copy, aligned as its turned masked view
    matched, scores as a clear copy; the same photos paired with the next one's turned copy do not."""
    from dataaudit.auditors.leakage.verify import verify_pairs

    small = [t.resize((32, 32), Image.Resampling.BOX) for t in photo_tiles(6, 8)]
    detail = detail_level(np.stack([np.asarray(t.convert("L")) for t in small]))
    # Tiles of middling detail, as most CIFAR-10 photos hold at 32 px (the most detailed ones kept their score whole).
    chosen = [small[k] for k in np.argsort(-detail)[36:50]]
    originals = [_jpeg_thumbs(t) for t in chosen]
    turned = [_jpeg_thumbs(_stock_logo(t).transpose(Image.Transpose.ROTATE_90)) for t in chosen]

    def verified(copies):
        la, ca = (np.stack([originals[k][c] for k in range(len(chosen))]) for c in (0, 1))
        lb, cb = (np.stack([turned[k][c] for k in copies]) for c in (0, 1))
        start = np.tile(np.array([0.5, 0.5, 1.0, 1.0, 0.0], np.float32), (len(chosen), 1, 1))
        # B (the copy) turned 3 quarter turns counter-clockwise undoes PIL's ROTATE_90.
        return verify_pairs(la[:, None], lb[:, None], np.zeros((len(chosen), 1), bool), start, ca[:, None],
                            cb[:, None], turns=np.full((len(chosen), 1), 3), strong=True)

    n = len(chosen)
    assert verified(range(n)).similarity.min() >= 0.9
    assert verified([(k + 1) % n for k in range(n)]).similarity.max() < 0.8


def test_faint_colour_cells_weigh_little_in_the_strong_colour_check():
    """With the strong edits a coloured cell counts by its lesser chroma magnitude: cells barely above COLOUR_MIN
    whose hue is noise (JPEG, a resampled bar's edge) no longer outvote the clearly coloured cells that agree, while
    the clearly coloured cells of another colour scheme still veto."""
    from dataaudit.auditors.leakage.verify import COLOUR_MIN, _colour_agreement

    rng = np.random.default_rng(0)
    tile = np.asarray(TILES[2].resize((8, 8), Image.Resampling.BOX).convert("YCbCr"))[..., 1:].astype(np.float32)
    z = tile - 128.0
    magnitude = np.hypot(z[..., 0], z[..., 1])
    # A real photo's 16 most coloured cells (all clearly coloured); the other 48 are made faint below.
    strong = np.zeros(64, bool)
    strong[np.argsort(-magnitude.ravel(), kind="stable")[:16]] = True
    strong = strong.reshape(8, 8)
    assert magnitude[strong].min() >= 3 * COLOUR_MIN
    copy = z.copy()
    faint = ~strong
    # The faint cells take a random hue at a magnitude just above COLOUR_MIN, drawn apart in each image.
    def noise() -> np.ndarray:
        angle = rng.uniform(0, 2 * np.pi, faint.sum())
        return (COLOUR_MIN + 0.5) * np.stack([np.cos(angle), np.sin(angle)], axis=1)

    copy[faint] = noise()
    base = z.copy()
    base[faint] = noise()
    other = z.copy()
    other[strong] = -z[strong]  # the clearly coloured cells in the opposite hue: another colour scheme
    identity = np.array([[0.5, 0.5, 1.0, 1.0, 0.0]], np.float32)

    def agreement(a, b, weighted):
        to_bytes = lambda x: np.clip(x + 128.0, 0, 255).astype(np.uint8)[None]  # noqa: E731
        return float(_colour_agreement(to_bytes(a), to_bytes(b), identity, weighted=weighted)[0])

    assert agreement(base, copy, weighted=False) < 0.5 <= agreement(base, copy, weighted=True)
    assert agreement(base, other, weighted=True) < 0.5


def test_turned_copies_cropped_between_the_window_positions_are_found(tmp_path):
    """A quarter turn, then 15% cropped with the window half-way between two positions of the 85% grid: the turned
    code lands 12 bits from the nearest window's, beyond the radius (a turned whole image meets the round-1 windows
    at the radius + TURNED_EXTRA_RADIUS). No two different photos are paired, and at most one of the 12 copies is
    missed (two were at the radius alone; one stays further away)."""
    root = tmp_path / "data"
    turns = (Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_270)
    for k, t in enumerate(DETAILED):
        original = TILES[t].resize((96, 96), Image.Resampling.BICUBIC)
        _save(original, root / "train" / "x" / f"photo_{t:02d}.jpg")
        w = original.width
        cut = (0.0375, 0.1125)[k % 2] * w, (0.1125, 0.0375)[(k // 2) % 2] * w
        turned = original.transpose(turns[k % 3])
        copy = turned.crop((round(cut[0]), round(cut[1]), round(cut[0] + 0.85 * w), round(cut[1] + 0.85 * w)))
        _save(copy, root / ("val", "test")[k % 2] / "x" / f"copy_{t:02d}.jpg")
    findings, ctx = _run(root, strong_edits=True)
    rel = ctx.table.meta["relpath"].tolist()
    pairs = {tuple(sorted(Path(rel[i]).stem for i in members)) for members in ctx.artifacts["leakage"].groups}
    planted = {(f"copy_{t:02d}", f"photo_{t:02d}") for t in DETAILED}
    assert pairs <= planted and len(planted - pairs) <= 1, planted - pairs
