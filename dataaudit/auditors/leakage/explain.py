"""Name the edit that best explains a duplicate pair ("a horizontally flipped crop").

Built from the verified alignment (mirror, scale, shift, angle), the luma fit
(brightness, contrast), the 4x4 chroma summaries (grayscale, colour shift) and
the file metadata (size, format, bytes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["EditDescription", "describe_pair"]


@dataclass(frozen=True)
class EditDescription:
    """``phrase`` completes "B is ... of A" (e.g. "a horizontally flipped crop"); ``edits`` lists each edit found."""

    phrase: str
    edits: tuple[str, ...]


def _copy_to_original(params: np.ndarray, copy_is_source: bool) -> tuple[np.ndarray, np.ndarray, float]:
    """Scale (x, y), centre and angle of the map from the copy's frame into the original's."""
    cx, cy, sx, sy, angle = (float(v) for v in params)
    if copy_is_source:
        return np.array([sx, sy]), np.array([cx, cy]), angle
    # Invert x_copy = c + R S (x_orig - 0.5): x_orig = 0.5 + S^-1 R^-1 (x_copy - c).
    inv_s = np.array([1.0 / sx, 1.0 / sy])
    cos, sin = np.cos(-angle), np.sin(-angle)
    d = np.array([0.5 - cx, 0.5 - cy])
    rotated = np.array([cos * d[0] - sin * d[1], sin * d[0] + cos * d[1]])
    return inv_s, 0.5 + inv_s * rotated, -angle


def _chroma_vector(chroma: np.ndarray) -> np.ndarray:
    c = np.asarray(chroma, dtype=np.float32).reshape(-1, 2) - 128.0
    return c[:, 0] + 1j * c[:, 1]


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def describe_pair(
    *,
    exact: bool,
    mirrored: bool,
    params: np.ndarray,
    copy_is_source: bool,
    copy_meta: Mapping[str, Any],
    original_meta: Mapping[str, Any],
    copy_luma: np.ndarray,
    original_luma: np.ndarray,
    copy_chroma: np.ndarray | None = None,
    original_chroma: np.ndarray | None = None,
    copy_detail: float | None = None,
    original_detail: float | None = None,
    turns: int = 0,
) -> EditDescription:
    """Describe how the copy differs from the original.

    ``params``/``mirrored``/``turns`` come from the verified alignment, in which the copy is
    the warped-from image when ``copy_is_source``; ``*_luma`` are the 32x32 thumbnails,
    ``*_chroma`` the 8x8 chroma maps, ``*_meta`` hold ``width``, ``height``, ``format``; ``*_detail``
    the thumbnails' :func:`~dataaudit.auditors.leakage.verify.detail_level` when already known.
    """
    if exact:
        return EditDescription("a byte-identical copy", ("byte-identical copy",))
    adjectives: list[str] = []
    edits: list[str] = []
    noun = "copy"
    scale, centre, angle = _copy_to_original(np.asarray(params, dtype=np.float64), copy_is_source)
    turns = int(turns) % 4
    if turns == 2 and mirrored:
        adjectives.append("vertically flipped")
        edits.append("vertical flip")
    elif turns:
        adjectives.append("quarter-turned" if turns % 2 else "upside-down")
        edits.append(("rotation by 90 degrees" if turns % 2 else "rotation by 180 degrees")
                     + (" and a flip" if mirrored else ""))
    elif mirrored:
        adjectives.append("horizontally flipped")
        edits.append("horizontal flip")
    if scale.max() <= 1.01 and scale.min() < 0.95:
        noun = "crop"
        edits.append(f"crop keeping {scale[0]:.0%} x {scale[1]:.0%} of the original")
    elif scale.min() >= 0.99 and scale.max() > 1.05:
        noun = "wider view"
        edits.append(f"wider view: the original shows {1 / scale[0]:.0%} x {1 / scale[1]:.0%} of it")
    else:
        shift = centre - 0.5
        if np.abs(shift).max() > 0.02:
            adjectives.append("shifted")
            edits.append(f"shift by {shift[0]:+.0%} of the width, {shift[1]:+.0%} of the height")
    degrees = float(np.rad2deg(angle))
    if abs(degrees) >= 1.5:
        adjectives.append("rotated")
        edits.append(f"rotation by about {degrees:+.0f} degrees")

    cw, ch = int(copy_meta.get("width") or 0), int(copy_meta.get("height") or 0)
    ow, oh = int(original_meta.get("width") or 0), int(original_meta.get("height") or 0)
    if turns % 2:
        ow, oh = oh, ow  # a quarter turn swaps the sides; that is no aspect change
    if cw and ch and ow and oh:
        aspect_change = abs(np.log((cw / ch) / (ow / oh)))
        if noun == "copy" and aspect_change > 0.05:
            adjectives.append("stretched")
            edits.append(f"aspect ratio change ({ow}x{oh} -> {cw}x{ch})")
        else:
            # Pixels of the copy per pixel of the original, beyond what a crop explains.
            density = np.sqrt(cw * ch / (ow * oh * scale[0] * scale[1]))
            if abs(np.log(density)) > 0.08:
                adjectives.append("downscaled" if density < 1 else "upscaled")
                edits.append(f"resize to {density:.0%} ({ow}x{oh} -> {cw}x{ch})")
    cf, of = str(copy_meta.get("format") or ""), str(original_meta.get("format") or "")
    if cf and of and cf != of:
        adjectives.append(f"{cf}-converted")
        edits.append(f"format change ({of} -> {cf})")

    copy_luma = np.asarray(copy_luma, dtype=np.float32)
    original_luma = np.asarray(original_luma, dtype=np.float32)
    mean_c, mean_o = float(copy_luma.mean()), float(original_luma.mean())
    if abs(mean_c - mean_o) > 12:
        adjectives.append("brighter" if mean_c > mean_o else "darker")
        edits.append(f"brightness {mean_c - mean_o:+.0f}/255")
    # Contrast relative to brightness, so that a darker copy is not also called lower-contrast.
    spread_c = copy_luma.std() / max(mean_c, 1.0)
    spread_o = original_luma.std() / max(mean_o, 1.0)
    contrast = spread_c / max(spread_o, 1e-3)
    if contrast > 1.25 or contrast < 0.8:
        adjectives.append("higher-contrast" if contrast > 1 else "lower-contrast")
        edits.append(f"contrast x{contrast:.2f}")
    from dataaudit.auditors.leakage.verify import detail_level

    if copy_detail is None or original_detail is None:
        copy_detail, original_detail = (float(detail_level(x[None])[0]) for x in (copy_luma, original_luma))
    sharp_c, sharp_o = (float(d) / max(float(x.std()), 1e-3)
                        for d, x in ((copy_detail, copy_luma), (original_detail, original_luma)))
    sharpness = sharp_c / max(sharp_o, 1e-3)
    if sharpness < 0.65:
        adjectives.append("blurred")
        edits.append(f"blur (detail x{sharpness:.2f})")
    elif sharpness > 1.5:
        adjectives.append("noisier")
        edits.append(f"noise (detail x{sharpness:.2f})")
    if copy_chroma is not None and original_chroma is not None:
        if turns or mirrored:
            # Into the original's orientation: the alignment turns, then mirrors the source (B').
            copy_chroma = np.asarray(copy_chroma)
            if copy_is_source:
                copy_chroma = np.rot90(copy_chroma, turns, axes=(0, 1))
                copy_chroma = copy_chroma[:, ::-1] if mirrored else copy_chroma
            else:
                copy_chroma = copy_chroma[:, ::-1] if mirrored else copy_chroma
                copy_chroma = np.rot90(copy_chroma, -turns, axes=(0, 1))
        cc, oc = _chroma_vector(copy_chroma), _chroma_vector(original_chroma)
        copy_colour, original_colour = np.abs(cc).max(), np.abs(oc).max()
        if copy_colour <= 2.0 and original_colour >= 6.0:
            adjectives.append("grayscale")
            edits.append("grayscale conversion")
        elif copy_colour >= 6.0 and original_colour >= 6.0:
            turn = float(np.rad2deg(np.angle(np.vdot(oc, cc))))
            if abs(turn) > 25:
                adjectives.append("colour-shifted")
                edits.append(f"colour shift ({turn:+.0f} degrees of hue)")
    if not adjectives and noun == "copy":
        adjectives.append("slightly altered")
        edits.append("small pixel changes (re-encoding, blur, noise or an overlay)")
    words = ", ".join(adjectives)
    phrase = f"{words} {noun}" if words else noun
    return EditDescription(f"{_article(phrase)} {phrase}", tuple(edits))
