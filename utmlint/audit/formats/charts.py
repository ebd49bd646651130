"""Inline SVG charts for the HTML report: drawn here, no script, no network. Labels are escaped text."""

from __future__ import annotations

from typing import List, Sequence, Tuple

from ...html.page import h as _t
from . import number

PALETTE = ("#2563eb", "#16a34a", "#d97706", "#9333ea", "#0891b2", "#65a30d", "#db2777", "#4b5563")  # red is Unassigned's
UNASSIGNED_COLOUR = "#dc2626"


def bars(title: str, items: Sequence[Tuple[str, float]], total: float, css_id: str,
         colours: Sequence[str] = PALETTE, label_width: int = 220) -> str:
    """A horizontal bar chart: one labelled bar per item with its count and share of `total`."""
    height = 26
    width = 760
    bar_room = width - label_width - 140
    top = max((n for _, n in items), default=0) or 1
    rows: List[str] = []
    for i, (label, count) in enumerate(items):
        y = i * height
        length = max(1.0, bar_room * count / top) if count else 0
        colour = UNASSIGNED_COLOUR if label == "Unassigned" else colours[i % len(colours)]
        percent = f"{100 * count / total:.1f}%" if total else ""
        shown = label if len(label) <= 34 else label[:33] + "…"
        rows.append(
            f'<g class="bar" transform="translate(0,{y})"><title>{_t(label)}: {number(count)}</title>'
            f'<text x="{label_width - 8}" y="17" text-anchor="end" class="label">{_t(shown)}</text>'
            f'<rect x="{label_width}" y="4" width="{length:.1f}" height="{height - 8}" rx="3" fill="{colour}"/>'
            f'<text x="{label_width + length + 6:.1f}" y="17" class="value">{number(count)} ({percent})</text></g>')
    svg_height = max(height, height * len(items))
    return (f'<svg id="{css_id}" role="img" aria-label="{_t(title)}" viewBox="0 0 {width} {svg_height}" '
            f'width="{width}" height="{svg_height}" xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg>')


def stacked(split, css_id: str, width: int = 560) -> str:
    """One bar split into a split's spellings, the spelling to keep first in green."""
    total = split.sessions or 1
    x = 0.0
    parts = []
    ordered = sorted(split.spellings, key=lambda s: (s["value"] != split.canonical, -s["sessions"]))
    for i, spelling in enumerate(ordered):
        w = width * spelling["sessions"] / total
        colour = "#16a34a" if spelling["value"] == split.canonical else PALETTE[(i + 2) % len(PALETTE)]
        parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="18" fill="{colour}">'
                     f'<title>{_t(spelling["value"])}: {number(spelling["sessions"])}</title></rect>')
        x += w
    return (f'<svg id="{css_id}" role="img" aria-label="spellings of {_t(split.canonical)}" viewBox="0 0 {width} 18" '
            f'width="{width}" height="18" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>')
