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
edge row stays in the content (it is not uniform), so a trimmed box keeps at most one pixel of bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from dataaudit.auditors.leakage.signatures import CHROMA, THUMB
from dataaudit.engine.tasks import SharedArray

__all__ = ["TrimmedViews", "content_boxes", "trimmed_views", "ExtendedRows"]

#: Luma levels the line means of a border strip may differ by, and the spread within one line.
BORDER_TOLERANCE = 6
LINE_SPREAD = 4.0
#: A thumbnail is trimmed when its bars add up to at least this many pixels across an axis ...
MIN_TRIM = 3
#: ... and the content box keeps at least this many pixels on each side.
MIN_CONTENT = 12
#: Bars on opposite sides (and a frame's four sides) differ in width by at most this many pixels.
SYMMETRY = 2


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
                  chunk: int = 4096) -> TrimmedViews:
    """The trimmed thumbnails of those of ``luma[rows]`` that have uniform borders (see the module doc).

    ``luma`` may be the scan's on-disk rows: read ``chunk`` rows at a time.
    """
    rows = np.asarray(rows, dtype=np.int64)
    owners, boxes = [], []
    for begin in range(0, len(rows), chunk):
        part = rows[begin : begin + chunk]
        box = content_boxes(np.asarray(luma[part]))
        width, height = box[:, 2] - box[:, 0], box[:, 3] - box[:, 1]
        keep = _padded_or_framed(box) & (width >= MIN_CONTENT) & (height >= MIN_CONTENT)
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
    out_sides = None
    if sides is not None:
        # Padding runs along one axis: the content keeps the stored pixels of the longer kept extent.
        kept = np.maximum(box[:, 2] - box[:, 0], box[:, 3] - box[:, 1]) / THUMB
        out_sides = np.floor(np.asarray(sides)[owner] * kept + 0.5).astype(np.asarray(sides).dtype)
    return TrimmedViews(owner, box, out, out_chroma, out_sides)


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
