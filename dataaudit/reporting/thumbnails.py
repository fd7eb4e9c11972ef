"""Thumbnails for the HTML report, as ``data:`` URIs.

Unlike auditors, the renderer may read image files: only the ones findings
point at, each at most once, and never more than ``budget`` of them. Files the
scan could not decode are not opened again; they get a placeholder naming the
problem. In-memory array samples come from the arrays passed to the renderer,
or else from the scan's ``thumb32`` feature when an auditor asked for it.
"""

from __future__ import annotations

import base64
import io
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

from dataaudit.scan.features import array_to_rgb_image, pil_to_rgb
from dataaudit.model.findings import Location
from dataaudit.sources.sniff import IMAGE_EXTENSIONS
from dataaudit.reporting.common import array_location, code_location, file_path

if TYPE_CHECKING:
    from dataaudit.model.report import Report

__all__ = ["Thumb", "Thumbnailer", "placeholder_svg", "display_sizes"]

_ERROR_NOTES = {
    "empty": "empty file", "missing": "file missing", "unreadable": "cannot read",
    "not-image": "not an image", "truncated": "truncated", "corrupt": "cannot decode", "bomb": "too large to decode",
}


@dataclass(frozen=True)
class Thumb:
    """``uri`` is a ``data:`` URI, or None with ``note`` saying why there is no picture."""

    uri: str | None
    note: str = ""
    width: int = 0
    height: int = 0


def placeholder_svg(note: str, size: int) -> str:
    """A grey tile with a crossed-out picture and the reason, as inline SVG."""
    s = size
    return (
        f'<svg class="ph" viewBox="0 0 {s} {s}" width="{s}" height="{s}" xmlns="http://www.w3.org/2000/svg" '
        f'role="img"><title>{escape(note)}</title><rect width="{s}" height="{s}" rx="6" fill="#eef0f3"/>'
        f'<g fill="none" stroke="#a4abb6" stroke-width="2"><rect x="{s * .3:.0f}" y="{s * .22:.0f}" '
        f'width="{s * .4:.0f}" height="{s * .3:.0f}" rx="3"/><path d="M{s * .3:.0f} {s * .22:.0f}L{s * .7:.0f} '
        f'{s * .52:.0f}"/></g><text x="{s / 2:.0f}" y="{s * .72:.0f}" text-anchor="middle" font-size="11" '
        f'fill="#5b6472">{escape(note)}</text></svg>'
    )


def display_sizes(sizes: list[tuple[int, int]], box: int) -> list[tuple[int, int]]:
    """The drawn sizes of pictures shown side by side, at one common scale, so that drawn sizes keep the
    ratio of pixel sizes: a 64x64 copy is drawn twice as large as its 32x32 original, never smaller.

    Small pictures are enlarged by a whole factor (the largest one filling at most ``box``, pixels stay
    sharp); when the largest is bigger than ``box`` all are shrunk by the same factor. Unknown sizes
    (0, 0) stay (0, 0).
    """
    largest = max((max(w, h) for w, h in sizes if w and h), default=0)
    if not largest:
        return list(sizes)
    scale: float = box // largest if largest <= box else box / largest
    return [(max(1, round(w * scale)), max(1, round(h * scale))) if w and h else (0, 0) for w, h in sizes]


def _encode(im: Image.Image) -> str:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


class Thumbnailer:
    """Makes (and remembers) thumbnails of the samples a report's findings point at."""

    def __init__(self, report: Report, *, size: int = 112, budget: int = 400,
                 images: Mapping[str, Any] | None = None):
        self.report = report
        self.size = size
        self.budget = budget
        self.images = images
        self._done: dict[str, Thumb | None] = {}
        self._rows: dict[str, int] = {}
        self._opened = 0
        table = report.table
        if table is not None and len(table.meta):
            self._rows = {str(p): i for i, p in enumerate(table.meta["relpath"].tolist())}

    def __call__(self, location: Location) -> Thumb | None:
        """The thumbnail for a location; None when the location is not an image sample (a folder, code)."""
        key = location.path
        if key not in self._done:
            self._done[key] = self._make(location)
        return self._done[key]

    # -- sources -------------------------------------------------------------------------------------

    def _meta(self, location: Location, column: str) -> Any:
        row = self._rows.get(location.path)
        if row is None or self.report.table is None or column not in self.report.table.meta:
            return None
        return self.report.table.meta.at[row, column]

    def _make(self, location: Location) -> Thumb | None:
        array = array_location(location, self.report)
        if array is not None:
            return self._from_array(location, *array)
        if code_location(location) is not None or location.path.endswith("/"):
            return None
        error_kind = self._meta(location, "error_kind")
        if error_kind:
            return Thumb(None, _ERROR_NOTES.get(str(error_kind), "cannot decode"))
        stored = self._meta(location, "path")
        path = Path(str(stored)) if stored else file_path(location, self.report)
        if path is None or (error_kind is None and path.suffix.lower() not in IMAGE_EXTENSIONS):
            return None
        if self._opened >= self.budget:
            return Thumb(None, "not shown (thumbnail limit)")
        self._opened += 1
        return self._from_file(path)

    def _from_file(self, path: Path) -> Thumb:
        if not path.is_file():
            return Thumb(None, "file missing")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(path) as im:
                    width, height = im.size
                    im.draft("RGB", (self.size * 2, self.size * 2))  # JPEG: decode at reduced scale
                    return Thumb(_encode(self._fit(pil_to_rgb(im))), "", width, height)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return Thumb(None, "too large to decode")
        except Exception:  # undecodable in any way: the report still renders
            return Thumb(None, "cannot decode")

    def _from_array(self, location: Location, split: str, index: int) -> Thumb:
        pixels = None
        if self.images is not None and split in self.images:
            x = self.images[split]
            x = x[0] if isinstance(x, (tuple, list)) else x
            if 0 <= index < len(x):
                pixels = np.asarray(x[index])
        elif self.report.table is not None and "thumb32" in self.report.table.features:
            row = self._rows.get(location.path)
            if row is not None and self._meta(location, "error_kind") == "":
                pixels = self.report.table.features["thumb32"][row]
        if pixels is None:
            return Thumb(None, "pixels not kept")
        try:
            im = array_to_rgb_image(pixels)
        except ValueError:
            return Thumb(None, "cannot show")
        return Thumb(_encode(self._fit(im)), "", *im.size)

    def _fit(self, im: Image.Image) -> Image.Image:
        """Shrink to the thumbnail size; enlarge small images (CIFAR, MNIST, icons) by whole pixels so they stay sharp."""
        width, height = im.size
        if max(width, height) > self.size:
            im = im.copy()
            im.thumbnail((self.size, self.size), Image.Resampling.LANCZOS)
            return im
        factor = self.size // max(width, height)
        if factor >= 2:
            return im.resize((width * factor, height * factor), Image.Resampling.NEAREST)
        return im
