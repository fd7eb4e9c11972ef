"""Padding, letterbox bars and frames: the content box of a thumbnail, and the thumbnail of that box alone.

A copy padded to another shape (letterboxed to a square, pillarboxed to 16:9) or framed holds the
original squeezed into part of its thumbnail, beside bars of one colour. None of its views then
shows the original at the original's shape, and the bars overlap the original's content in every
alignment the verification may try. So the pair search also looks at the *trimmed* thumbnail of
every image with uniform borders: its content box, stretched back to 32x32 (:func:`trimmed_views`).
The trimmed thumbnail takes part in the search as one more image owned by the original one
(it is never compared with its owner); its matches count as its owner's.

Borders are found on the 32x32 luma thumbnail: the outermost rows or columns whose pixels spread by
at most :data:`LINE_SPREAD` (standard deviation: JPEG rings next to a bar's edge) and whose means lie
within :data:`BORDER_TOLERANCE` of each other, the whole strip included. A bar's partly covered
edge row is not uniform; the trimmed box leaves it out too (:data:`EDGE_LINES`): a pixel of bar stretched
across the trimmed thumbnail is a strong edge the original does not have, while one line of content less is
a crop of 3% the alignment absorbs. Chroma cells of the trimmed colour map that draw on a bar's colour are
set to grey (uncoloured), so the colour check compares content only.

With the strong edits (``loose``), bars on one axis are also trimmed when the other axis shows a line or two
of uniform margin (under :data:`MIN_TRIM` in all): a picture whose edge has the bars' colour (a car on white,
letterboxed with white bars) adds one uniform line beside the bars on the other axis, which otherwise reads as a
lopsided frame. Those lines are picture, not bars: the trimmed box keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from dataaudit.auditors.leakage.signatures import CHROMA, THUMB
from dataaudit.engine.tasks import SharedArray

__all__ = ["TrimmedViews", "content_boxes", "content_masks", "trimmed_views", "ExtendedRows"]

#: Luma levels the line means of a border strip may differ by, and the spread within one line.
BORDER_TOLERANCE = 6
LINE_SPREAD = 4.0
#: A thumbnail is trimmed when its bars add up to at least this many pixels across an axis ...
MIN_TRIM = 3
#: ... and the content box keeps at least this many pixels on each side.
MIN_CONTENT = 12
#: Bars on opposite sides (and a frame's four sides) differ in width by at most this many pixels.
SYMMETRY = 2
#: Lines left out next to each bar beyond the uniform ones: the partly covered edge line.
EDGE_LINES = 1


def _leading_uniform(mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    """How many leading lines (axis 1) of each image form one uniform strip, from per-line means and spreads."""
    strip_hi = np.maximum.accumulate(mean, axis=1)
    strip_lo = np.minimum.accumulate(mean, axis=1)
    uniform = ((strip_hi - strip_lo) <= BORDER_TOLERANCE) & (np.maximum.accumulate(std, axis=1) <= LINE_SPREAD)
    # The leading run of True: argmin finds the first False (0 when all are True, handled apart).
    return np.where(uniform.all(axis=1), uniform.shape[1], np.argmin(uniform, axis=1))


def content_boxes(luma: np.ndarray) -> np.ndarray:
    """(n, 4) content box (left, top, right, bottom; right/bottom exclusive) of (n, 32, 32) thumbnails."""
    x = np.asarray(luma, dtype=np.float32)
    col_mean, col_std = x.mean(axis=1), x.std(axis=1)  # (n, columns)
    row_mean, row_std = x.mean(axis=2), x.std(axis=2)  # (n, rows)
    left = _leading_uniform(col_mean, col_std)
    right = _leading_uniform(col_mean[:, ::-1], col_std[:, ::-1])
    top = _leading_uniform(row_mean, row_std)
    bottom = _leading_uniform(row_mean[:, ::-1], row_std[:, ::-1])
    size = x.shape[-1]
    return np.stack([left, top, np.maximum(size - right, left), np.maximum(size - bottom, top)], axis=1).astype(np.int64)


def _padded_or_framed(box: np.ndarray) -> np.ndarray:
    """Which content boxes look like padding or a frame: bars of equal width (within SYMMETRY pixels) on
    both sides of one axis and none on the other, or a frame of equal width on all four sides. An object
    on a plain background (a plane in the sky, a product on white) has unequal margins and is left alone:
    its trimmed box would make two different objects of one shape look alike."""
    left, top = box[:, 0], box[:, 1]
    right, bottom = THUMB - box[:, 2], THUMB - box[:, 3]
    across = (np.minimum(left, right) > 0) & (np.abs(left - right) <= SYMMETRY) & (left + right >= MIN_TRIM)
    down = (np.minimum(top, bottom) > 0) & (np.abs(top - bottom) <= SYMMETRY) & (top + bottom >= MIN_TRIM)
    margins = np.stack([left, top, right, bottom], axis=1)
    frame = across & down & (margins.max(axis=1) - margins.min(axis=1) <= SYMMETRY)
    return (across & (top == 0) & (bottom == 0)) | (down & (left == 0) & (right == 0)) | frame


def _narrower_side(box: np.ndarray) -> np.ndarray:
    """Boxes whose two margins on an axis differ by more than SYMMETRY, trimmed by the narrower one on both sides (a
    margin with none opposite is then dropped: picture, not a bar).

    Padding and frames are centred: a margin wider than its opposite one is the bar or frame plus a band of picture
    of the same colour next to it (a sky over a white bar, a dark ground beside a dark frame), which kept such a copy
    from being read as padded or framed. The band is picture: the box keeps it. An object on a plain background is
    then trimmed by its narrower margin only, a mild crop of its background."""
    left, top = box[:, 0], box[:, 1]
    right, bottom = THUMB - box[:, 2], THUMB - box[:, 3]
    # Margins within SYMMETRY of each other are left as found: they differ by rounding and JPEG rings, and the wider
    # one is then the bar's or frame's true width.
    lopsided_x = np.abs(left - right) > SYMMETRY
    lopsided_y = np.abs(top - bottom) > SYMMETRY
    x, y = np.minimum(left, right), np.minimum(top, bottom)
    narrowed = np.stack([x, y, THUMB - x, THUMB - y], axis=1).astype(box.dtype)
    return np.where(np.stack([lopsided_x, lopsided_y, lopsided_x, lopsided_y], axis=1), narrowed, box)


def _trim_boxes(luma: np.ndarray, loose: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The boxes a trimmed thumbnail keeps (the content box less the partly covered edge lines) of (n, 32, 32)
    thumbnails, and which thumbnails are padded or framed (the others' boxes are not to be used). ``loose``: an
    axis whose margins add up to under MIN_TRIM counts as unpadded and keeps its whole extent (see the module doc)."""
    box = content_boxes(luma)
    if loose:
        thin_x = box[:, 0] + (THUMB - box[:, 2]) < MIN_TRIM
        thin_y = box[:, 1] + (THUMB - box[:, 3]) < MIN_TRIM
        box = np.where(np.stack([thin_x, thin_y, thin_x, thin_y], axis=1), np.array([0, 0, THUMB, THUMB]), box)
        box = _narrower_side(box)
    width, height = box[:, 2] - box[:, 0], box[:, 3] - box[:, 1]
    keep = _padded_or_framed(box) & (width >= MIN_CONTENT) & (height >= MIN_CONTENT)
    barred = box != np.array([0, 0, THUMB, THUMB])
    return box + EDGE_LINES * barred * np.array([1, 1, -1, -1]), keep


def content_masks(luma: np.ndarray) -> np.ndarray:
    """(n, 32, 32) float32 masks of the content of (n, 32, 32) thumbnails: 0 on the bars or frame of a padded or
    framed one (as :func:`trimmed_views` trims them), 1 elsewhere. The verification compares content only: two
    different pictures padded alike share their bars' edges, which are no evidence of a copy."""
    box, keep = _trim_boxes(np.asarray(luma))
    g = np.arange(THUMB)
    inside_x = (g[None, :] >= box[:, 0:1]) & (g[None, :] < box[:, 2:3])
    inside_y = (g[None, :] >= box[:, 1:2]) & (g[None, :] < box[:, 3:4])
    inside = inside_y[:, :, None] & inside_x[:, None, :]
    return np.where(keep[:, None, None], inside, True).astype(np.float32)


@dataclass(frozen=True)
class TrimmedViews:
    """Trimmed thumbnails of the images with uniform borders: ``owner`` (k,) indexes the input rows."""

    owner: np.ndarray
    boxes: np.ndarray  # (k, 4) in thumbnail pixels
    luma: np.ndarray  # (k, 32, 32) uint8
    chroma: np.ndarray | None  # (k, 8, 8, 2) uint8
    sides: np.ndarray | None  # (k,) the content's shorter side in stored pixels (about)

    def __len__(self) -> int:
        return len(self.owner)


def trimmed_views(luma: Any, rows: np.ndarray, chroma: np.ndarray | None = None, sides: np.ndarray | None = None,
                  chunk: int = 4096, loose: bool = False) -> TrimmedViews:
    """The trimmed thumbnails of those of ``luma[rows]`` that have uniform borders (see the module doc).

    ``luma`` may be the scan's on-disk rows: read ``chunk`` rows at a time. ``loose`` (the strong edits): bars
    beside a line or two of uniform picture edge on the other axis are trimmed too (see the module doc).
    """
    rows = np.asarray(rows, dtype=np.int64)
    owners, boxes = [], []
    for begin in range(0, len(rows), chunk):
        part = rows[begin : begin + chunk]
        box, keep = _trim_boxes(np.asarray(luma[part]), loose)
        owners.append(part[keep])
        boxes.append(box[keep])
    owner = np.concatenate(owners) if owners else np.zeros(0, np.int64)
    box = np.concatenate(boxes) if boxes else np.zeros((0, 4), np.int64)
    source = np.asarray(luma[owner]) if len(owner) else np.zeros((0, THUMB, THUMB), np.uint8)
    out = np.empty((len(owner), THUMB, THUMB), np.uint8)
    for k, (image, (l, t, r, b)) in enumerate(zip(source, box)):
        out[k] = np.asarray(Image.fromarray(image).resize((THUMB, THUMB), Image.Resampling.BILINEAR,
                                                            box=(int(l), int(t), int(r), int(b))))
    out_chroma = None
    if chroma is not None:
        out_chroma = np.empty((len(owner), CHROMA, CHROMA, 2), np.uint8)
        cell = THUMB / CHROMA
        for k, (o, (l, t, r, b)) in enumerate(zip(owner, box)):
            for channel in range(2):
                plane = Image.fromarray(np.ascontiguousarray(chroma[o, :, :, channel]))
                out_chroma[k, :, :, channel] = np.asarray(plane.resize(
                    (CHROMA, CHROMA), Image.Resampling.BILINEAR, box=(l / cell, t / cell, r / cell, b / cell)))
            out_chroma[k][_bar_tinted(l, t, r, b)] = 128
    out_sides = None
    if sides is not None:
        # Padding runs along one axis: the content keeps the stored pixels of the longer kept extent.
        kept = np.maximum(box[:, 2] - box[:, 0], box[:, 3] - box[:, 1]) / THUMB
        out_sides = np.floor(np.asarray(sides)[owner] * kept + 0.5).astype(np.asarray(sides).dtype)
    return TrimmedViews(owner, box, out, out_chroma, out_sides)


def _bar_tinted(left: int, top: int, right: int, bottom: int) -> np.ndarray:
    """(CHROMA, CHROMA) mask of the trimmed colour map's cells whose samples draw on a stored chroma cell that
    is not wholly inside the box (its mean holds some of the bar's or frame's colour)."""
    cell = THUMB // CHROMA
    centres = (np.arange(CHROMA) + 0.5) / CHROMA

    def tinted(low: int, high: int) -> np.ndarray:
        # Bilinear sampling reads the two stored cells around each sample position.
        pos = (low + centres * (high - low)) / cell - 0.5
        near = np.stack([np.floor(pos), np.floor(pos) + 1]).clip(0, CHROMA - 1).astype(int)
        start = np.arange(CHROMA) * cell
        outside = (start < low) | (start + cell > high)  # not wholly content
        return outside[near].any(axis=0)

    return tinted(top, bottom)[:, None] | tinted(left, right)[None, :]


class ExtendedRows:
    """``base`` rows followed by ``extra`` rows, indexable by integer arrays of any shape like one array.

    ``base`` may be the scan's on-disk rows (never copied whole), ``extra`` rows shared with tasks (read where used).
    """

    def __init__(self, base: Any, extra: np.ndarray | SharedArray):
        self.base, self.extra = base, extra if isinstance(extra, SharedArray) else np.asarray(extra)
        self.n_base = len(base)

    def __len__(self) -> int:
        return self.n_base + len(self.extra)

    def __getitem__(self, index: Any) -> np.ndarray:
        if isinstance(index, (slice, tuple)):
            index = np.arange(len(self))[index]
        index = np.asarray(index)
        if index.dtype == bool:
            index = np.flatnonzero(index)
        flat = index.reshape(-1).astype(np.int64)
        out = np.empty((len(flat),) + self.extra.shape[1:], dtype=self.extra.dtype)
        in_base = flat < self.n_base
        if in_base.any():
            out[in_base] = np.asarray(self.base[flat[in_base]])
        if (~in_base).any():
            out[~in_base] = self.extra[flat[~in_base] - self.n_base]
        return out.reshape(index.shape + self.extra.shape[1:])
