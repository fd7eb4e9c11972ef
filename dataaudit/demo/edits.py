"""Image edits that turn one photo into a near-duplicate: the catalogue the leakage auditor must see through.

Used to plant copies in the demo dataset, the tests and ``benchmarks/leakage.py``,
and to calibrate the leakage thresholds. Every edit is applied at the strength
the leakage auditor promises to handle (``docs/leakage.md``), with a random
direction (which border is cropped, which way the image moves or turns).

:data:`EDITS` are round 1's edits (the demo plants those); :data:`STRONG_EDITS` the stronger
edits of scraped and augmented data (half-area crops, quarter turns, vertical flips, padding,
frames, large overlays, and pairs of edits), planted by the benchmark's second dataset.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

__all__ = ["Edit", "EDITS", "STRONG_EDITS", "apply_edit", "write_edited", "photo_tiles"]

Op = Callable[[Image.Image, np.random.Generator], Image.Image]


@dataclass(frozen=True)
class Edit:
    """One edit: ``op(image, rng)`` returns the edited RGB image, saved as ``format``.

    ``op=None`` means a byte-for-byte copy of the file.
    """

    name: str
    description: str
    op: Op | None
    format: str = "JPEG"
    save: dict[str, Any] = field(default_factory=lambda: {"quality": 90})

    @property
    def suffix(self) -> str:
        return {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}[self.format]


def _sign(rng: np.random.Generator) -> int:
    return 1 if rng.random() < 0.5 else -1


def _resize(scale_x: float, scale_y: float) -> Op:
    def op(im: Image.Image, rng: np.random.Generator) -> Image.Image:
        w, h = im.size
        return im.resize((max(8, round(w * scale_x)), max(8, round(h * scale_y))), Image.Resampling.BICUBIC)

    return op


def _aspect(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    sx, sy = (1.3, 0.8) if rng.random() < 0.5 else (0.8, 1.3)
    return _resize(sx, sy)(im, rng)


def _crop(fraction: float) -> Op:
    """Remove ``fraction`` of the width and of the height, split at random between opposite borders."""

    def op(im: Image.Image, rng: np.random.Generator) -> Image.Image:
        w, h = im.size
        cut_w, cut_h = fraction * w, fraction * h
        left, top = rng.uniform(0, cut_w), rng.uniform(0, cut_h)
        box = (round(left), round(top), round(left + w - cut_w), round(top + h - cut_h))
        return im.crop(box)

    return op


def _translate(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    w, h = im.size
    dx, dy = _sign(rng) * round(0.05 * w), _sign(rng) * round(0.05 * h)
    return im.transform(im.size, Image.Transform.AFFINE, (1, 0, -dx, 0, 1, -dy), Image.Resampling.BILINEAR)


def _rotate(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    return im.rotate(_sign(rng) * 5.0, Image.Resampling.BILINEAR, expand=False)


def _enhance(kind: type, low: float, high: float) -> Op:
    def op(im: Image.Image, rng: np.random.Generator) -> Image.Image:
        return kind(im).enhance(low if rng.random() < 0.5 else high)

    return op


def _hue(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    hsv = np.asarray(im.convert("HSV")).copy()
    hsv[..., 0] = (hsv[..., 0].astype(np.int16) + _sign(rng) * 40) % 256
    return Image.fromarray(hsv, "HSV").convert("RGB")


def _gamma(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    gamma = 0.6 if rng.random() < 0.5 else 1.7
    lut = [round(255 * (i / 255) ** gamma) for i in range(256)]
    return im.point(lut * 3)


def _blur(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    return im.filter(ImageFilter.GaussianBlur(max(0.7, 0.012 * max(im.size))))


def _noise(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    a = np.asarray(im, dtype=np.float32)
    return Image.fromarray(np.clip(a + rng.normal(0, 15, a.shape), 0, 255).astype(np.uint8), "RGB")


def _font(height: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=max(6, height))


def _watermark(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    w, h = im.size
    overlay = Image.new("RGBA", im.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    size = max(6, h // 10)
    x = round(0.04 * w) if rng.random() < 0.5 else round(0.55 * w)
    y = round(0.04 * h) if rng.random() < 0.5 else round(0.85 * h) - size
    draw.text((x, y), "(c) stock", font=_font(size), fill=(255, 255, 255, 170))
    return Image.alpha_composite(im.convert("RGBA"), overlay).convert("RGB")


def _caption(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    w, h = im.size
    out = im.copy()
    draw = ImageDraw.Draw(out)
    bar = max(3, round(0.12 * h))
    draw.rectangle([0, h - bar, w, h], fill=(0, 0, 0))
    draw.text((round(0.03 * w), h - bar + bar // 6), "IMG_2041 2019-06-01", font=_font(max(5, bar * 2 // 3)),
              fill=(255, 255, 255))
    return out


def _then(*ops: Op) -> Op:
    def op(im: Image.Image, rng: np.random.Generator) -> Image.Image:
        for step in ops:
            im = step(im, rng)
        return im

    return op


def _flip(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    return ImageOps.mirror(im)


_EDIT_LIST = (
    Edit("exact", "byte-identical copy", None),
    Edit("png", "saved again as PNG", lambda im, rng: im, "PNG", {}),
    Edit("jpeg30", "re-encoded as JPEG quality 30", lambda im, rng: im, "JPEG", {"quality": 30}),
    Edit("half", "resized to 0.5x", _resize(0.5, 0.5)),
    Edit("double", "resized to 2x", _resize(2.0, 2.0)),
    Edit("aspect", "aspect ratio changed (1.3x by 0.8x)", _aspect),
    Edit("crop8", "8% of width and height cropped from the borders", _crop(0.08)),
    Edit("crop15", "15% of width and height cropped from the borders", _crop(0.15)),
    Edit("translate5", "shifted by 5% of width and height, black fill", _translate),
    Edit("hflip", "flipped horizontally", _flip),
    Edit("rotate5", "rotated by 5 degrees, black corners", _rotate),
    Edit("brightness", "brightness x0.65 or x1.35", _enhance(ImageEnhance.Brightness, 0.65, 1.35)),
    Edit("contrast", "contrast x0.6 or x1.5", _enhance(ImageEnhance.Contrast, 0.6, 1.5)),
    Edit("hue", "hue rotated by 56 degrees", _hue),
    Edit("gamma", "gamma 0.6 or 1.7", _gamma),
    Edit("grayscale", "converted to grayscale", lambda im, rng: im.convert("L").convert("RGB")),
    Edit("blur", "Gaussian blur, radius 1.2% of the longer side", _blur),
    Edit("noise", "Gaussian noise, sigma 15", _noise),
    Edit("watermark", "semi-transparent text watermark", _watermark),
    Edit("caption", "black caption bar over the bottom 12%", _caption),
    Edit("flip_crop", "flipped horizontally and 10% cropped", _then(_flip, _crop(0.10))),
    Edit("resize_jpeg", "resized to 0.6x and re-encoded at quality 40", _resize(0.6, 0.6), "JPEG", {"quality": 40}),
)

#: Every edit, by name, in a stable order.
EDITS: dict[str, Edit] = {e.name: e for e in _EDIT_LIST}


def _crop_centre(fraction: float) -> Op:
    """Keep the central ``fraction`` of width and height (``1 - fraction`` removed, half from each border)."""

    def op(im: Image.Image, rng: np.random.Generator) -> Image.Image:
        w, h = im.size
        left, top = (1 - fraction) * w / 2, (1 - fraction) * h / 2
        return im.crop((round(left), round(top), round(w - left), round(h - top)))

    return op


def _turn(quarters: int) -> Op:
    method = {1: Image.Transpose.ROTATE_90, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_270}[quarters]
    return lambda im, rng: im.transpose(method)


def _vflip(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    return ImageOps.flip(im)


def _fill(rng: np.random.Generator) -> tuple[int, int, int]:
    return ((0, 0, 0), (255, 255, 255), (128, 128, 128))[int(rng.integers(3))]


def _pad_wide(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Pillarboxed onto a 16:9 canvas (or letterboxed onto 9:16), black, white or grey bars."""
    w, h = im.size
    wide = rng.random() < 0.5
    size = (round(h * 16 / 9), h) if wide else (w, round(w * 16 / 9))
    canvas = Image.new("RGB", size, _fill(rng))
    canvas.paste(im, ((size[0] - w) // 2, (size[1] - h) // 2))
    return canvas


def _letterbox(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Squeezed to 4:3 (or 3:4), then padded back to a square with bars, as a resize-to-fit pipeline does."""
    w, h = im.size
    wide = rng.random() < 0.5
    inner = (w, round(h * 0.75)) if wide else (round(w * 0.75), h)
    canvas = Image.new("RGB", (w, h), _fill(rng))
    canvas.paste(im.resize(inner, Image.Resampling.BICUBIC), ((w - inner[0]) // 2, (h - inner[1]) // 2))
    return canvas


def _frame(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A solid frame 8% of the side wide around the picture (canvas grows), in a random colour."""
    w, h = im.size
    border = max(2, round(0.08 * max(w, h)))
    colour = tuple(int(c) for c in rng.integers(0, 256, 3))
    return ImageOps.expand(im, border=border, fill=colour)


def _caption_large(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A caption bar with text over 15% of the height, at the top or the bottom."""
    w, h = im.size
    out = im.copy()
    draw = ImageDraw.Draw(out)
    bar = max(3, round(0.15 * h))
    y0 = 0 if rng.random() < 0.5 else h - bar
    draw.rectangle([0, y0, w, y0 + bar], fill=_fill(rng))
    draw.text((round(0.03 * w), y0 + bar // 6), "SALE  www.shop.example", font=_font(max(5, bar * 2 // 3)),
              fill=(200, 30, 30))
    return out


def _watermark_large(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A semi-opaque logo block (box and text) covering 15% of the image, in a corner or the centre."""
    w, h = im.size
    bw, bh = round(0.45 * w), round(0.33 * h)
    spots = ((0.04, 0.04), (0.51, 0.04), (0.04, 0.63), (0.51, 0.63), (0.275, 0.335))
    fx, fy = spots[int(rng.integers(len(spots)))]
    x, y = round(fx * w), round(fy * h)
    overlay = Image.new("RGBA", im.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle([x, y, x + bw, y + bh], fill=(255, 255, 255, 140))
    draw.text((x + bw // 10, y + bh // 4), "(c) stock", font=_font(max(6, bh // 2)), fill=(0, 0, 0, 200))
    return Image.alpha_composite(im.convert("RGBA"), overlay).convert("RGB")


def _random_quarter(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    return _turn(int(rng.integers(1, 4)))(im, rng)


_STRONG_LIST = (
    Edit("crop30", "30% of width and height cropped, split at random between opposite borders (49% of the area kept)",
         _crop(0.30)),
    Edit("centre70", "central 70% of width and height kept (15% off every border)", _crop_centre(0.70)),
    Edit("crop_resize_flip", "20% cropped, resized to 0.7x and flipped horizontally",
         _then(_crop(0.20), _resize(0.7, 0.7), _flip)),
    Edit("vflip", "flipped vertically", _vflip),
    Edit("rot90", "rotated by 90 degrees", _turn(1)),
    Edit("rot180", "rotated by 180 degrees", _turn(2)),
    Edit("rot270", "rotated by 270 degrees", _turn(3)),
    Edit("pad_wide", "padded to 16:9 (or 9:16) with black, white or grey bars", _pad_wide),
    Edit("letterbox", "squeezed to 4:3 and letterboxed back to a square", _letterbox),
    Edit("frame", "a solid frame 8% of the side wide added around it", _frame),
    Edit("caption15", "a caption bar with text over 15% of the height, top or bottom", _caption_large),
    Edit("watermark15", "a semi-opaque logo block over 15% of the area, in a corner or the centre", _watermark_large),
    Edit("turn_crop", "a random quarter turn, then 15% cropped", _then(_random_quarter, _crop(0.15))),
    Edit("vflip_bright", "flipped vertically, brightness x0.65 or x1.35",
         _then(_vflip, _enhance(ImageEnhance.Brightness, 0.65, 1.35))),
    Edit("centre70_jpeg", "central 70% kept, re-encoded at quality 40", _crop_centre(0.70), "JPEG", {"quality": 40}),
    Edit("frame_crop", "15% cropped, then framed", _then(_crop(0.15), _frame)),
    Edit("letterbox_flip", "letterboxed and flipped horizontally", _then(_letterbox, _flip)),
    Edit("caption_gray", "caption bar over 15%, converted to grayscale",
         _then(_caption_large, lambda im, rng: im.convert("L").convert("RGB"))),
    Edit("watermark_rot", "logo block over 15%, then a random quarter turn", _then(_watermark_large, _random_quarter)),
    Edit("pad_half", "padded to 16:9 and resized to 0.5x", _then(_pad_wide, _resize(0.5, 0.5))),
)

#: The stronger edits (round 2), by name: not part of the demo, planted by ``benchmarks/leakage.py``.
STRONG_EDITS: dict[str, Edit] = {e.name: e for e in _STRONG_LIST}
_ALL_EDITS: dict[str, Edit] = {**EDITS, **STRONG_EDITS}


def apply_edit(image: Image.Image, edit: Edit | str, rng: np.random.Generator) -> bytes:
    """The encoded bytes of ``image`` after ``edit`` (for ``exact``, the image saved as PNG)."""
    edit = _ALL_EDITS[edit] if isinstance(edit, str) else edit
    out = image.convert("RGB")
    if edit.op is not None:
        out = edit.op(out, rng).convert("RGB")
    buf = io.BytesIO()
    out.save(buf, edit.format if edit.op is not None else "PNG", **(edit.save if edit.op is not None else {}))
    return buf.getvalue()


def write_edited(source: str | Path, target: str | Path, edit: Edit | str, rng: np.random.Generator) -> Path:
    """Write an edited copy of the image file ``source`` to ``target`` (its suffix is set by the edit)."""
    edit = _ALL_EDITS[edit] if isinstance(edit, str) else edit
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if edit.op is None:
        target = target.with_suffix(Path(source).suffix)
        shutil.copyfile(source, target)
        return target
    target = target.with_suffix(edit.suffix)
    with Image.open(source) as im:
        target.write_bytes(apply_edit(im, edit, rng))
    return target


def photo_tiles(rows: int, cols: int) -> list[Image.Image]:
    """Non-overlapping tiles of scikit-learn's two sample photos (china, then flower): distinct natural images."""
    from sklearn.datasets import load_sample_images

    tiles = []
    for photo in load_sample_images().images:
        h, w = photo.shape[:2]
        for ty in range(rows):
            for tx in range(cols):
                tiles.append(Image.fromarray(photo[ty * h // rows : (ty + 1) * h // rows, tx * w // cols : (tx + 1) * w // cols]))
    return tiles
