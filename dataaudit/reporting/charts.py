"""Inline SVG charts for the HTML report (no script, no network, every label escaped)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

__all__ = ["Bar", "bar_chart", "stacked_shares", "PALETTE", "class_colors"]

#: Colour-blind-friendly categorical palette (Okabe-Ito, then Tableau's muted tones).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F",
           "#8C564B", "#17BECF", "#BCBD22", "#9467BD")


def class_colors(classes: Sequence[str]) -> dict[str, str]:
    return {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(classes)}


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # what is written after the bar
    color: str = PALETTE[0]
    under: float | None = None  # a lighter bar behind (e.g. the image count behind an effective count)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def bar_chart(bars: Sequence[Bar], *, width: int = 420, label_width: int = 130, row: int = 22,
              max_value: float | None = None, title: str = "") -> str:
    """Horizontal bars, one row per item; labels longer than the label column are clipped (full text in a tooltip)."""
    if not bars:
        return ""
    top = max([max_value or 0.0] + [b.value for b in bars] + [b.under or 0.0 for b in bars]) or 1.0
    text_width = 90
    span = max(width - label_width - text_width, 40)
    height = row * len(bars) + 4
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, b in enumerate(bars):
        y = 2 + i * row
        full = escape(b.label)
        parts.append(f'<g><title>{full}: {escape(b.text)}</title>')
        parts.append(f'<text x="{label_width - 8}" y="{y + row * 0.68:.1f}" text-anchor="end" '
                     f'class="chart-label">{escape(_clip(b.label, 18))}</text>')
        if b.under is not None:
            w = span * b.under / top
            parts.append(f'<rect x="{label_width}" y="{y + 4}" width="{w:.1f}" height="{row - 8}" rx="3" '
                         f'fill="{b.color}" opacity="0.22"/>')
        w = max(span * b.value / top, 1.5 if b.value > 0 else 0)
        parts.append(f'<rect x="{label_width}" y="{y + 4}" width="{w:.1f}" height="{row - 8}" rx="3" '
                     f'fill="{b.color}"/>')
        end = label_width + span * max(b.value, b.under or 0) / top
        parts.append(f'<text x="{end + 6:.1f}" y="{y + row * 0.68:.1f}" class="chart-value">{escape(b.text)}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def stacked_shares(rows: Mapping[str, Mapping[str, int]], colors: Mapping[str, str], *, width: int = 640,
                   label_width: int = 70, row: int = 26) -> str:
    """One 100% bar per split, segments by class: the class mix of each split side by side."""
    if not rows:
        return ""
    span = width - label_width - 10
    height = row * len(rows) + 4
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>Class mix per split</title>']
    for i, (split, counts) in enumerate(rows.items()):
        y = 2 + i * row
        total = sum(counts.values())
        parts.append(f'<text x="{label_width - 8}" y="{y + row * 0.66:.1f}" text-anchor="end" '
                     f'class="chart-label">{escape(_clip(split, 10))}</text>')
        x = float(label_width)
        for cls, n in counts.items():
            if not total or not n:
                continue
            w = span * n / total
            share = 100.0 * n / total
            parts.append(f'<rect x="{x:.2f}" y="{y + 3}" width="{w:.2f}" height="{row - 6}" fill="{colors.get(cls, "#999")}">'
                         f'<title>{escape(split)} / {escape(cls)}: {n:,} ({share:.1f}%)</title></rect>')
            if w > 34:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + row * 0.66:.1f}" text-anchor="middle" '
                             f'class="chart-inbar">{share:.0f}%</text>')
            x += w
    parts.append("</svg>")
    return "".join(parts)
