"""Hand-written inline SVG for the HTML report: a radar of the domain (or aspect) indices with
the predicate bands as rings, a bar chart of the aspects with band lines, and a gauge that puts
the index on the band scale.

Numbers shown as text come from exact.display. Coordinates are the one place a float appears:
they only say where ink goes on the page, never what a number is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from fractions import Fraction

from spbe_cli.exact import display
from spbe_cli.frameworks import Framework
from spbe_cli.renderers.common import predicate_label
from spbe_cli.renderers.report.model import BandRow, GroupRow, Report
from spbe_cli.renderers.text import html_text as escape

# Band colours, lowest first (a kerangka with more bands reuses the last). Strong for ink,
# tint for areas.
STRONG = ("#b42318", "#b85c00", "#2e7d32", "#1d5fa8", "#5b3a9e")
TINT = ("#fbe4e1", "#fcefdc", "#e3f1e4", "#e1ecf8", "#ece6f6")
CURRENT = "#17324d"  # this year's polygon
OLD = "#8a8f98"  # the baseline's polygon


def strong(band: int) -> str:
    return STRONG[min(band, len(STRONG) - 1)]


def tint(band: int) -> str:
    return TINT[min(band, len(TINT) - 1)]


def _f(value: float) -> str:
    """A coordinate, short: 2 decimals are plenty for a drawing."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap at `width` characters (a long word stays whole)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines or [""]


def _text_lines(x: float, y: float, lines: Sequence[str], anchor: str, css: str) -> str:
    spans = "".join(
        f'<tspan x="{_f(x)}" dy="{0 if n == 0 else "1.2em"}">{escape(line)}</tspan>'
        for n, line in enumerate(lines)
    )
    return f'<text x="{_f(x)}" y="{_f(y)}" text-anchor="{anchor}" class="{css}">{spans}</text>'


_Point = Callable[[int, Fraction, float], tuple[float, float]]


class _Scale:
    """Maps a value on the level scale to a fraction 0..1 of a length."""

    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high

    def __call__(self, value: Fraction) -> float:
        return float((value - self.low) / (self.high - self.low))


def radar(report: Report, title: str, old_label: str, new_label: str) -> str:
    """The radar: one axis per group, band rings, this year's polygon (and the baseline's)."""
    groups = report.radar
    named = bool(report.domains)  # aspects are named in the bar chart beside the radar
    width, height, cx, cy = 520, 440, 260.0, 218.0
    radius = 122.0 if named else 160.0
    scale = _Scale(*report.scale)
    count = len(groups)

    def point(n: int, value: Fraction, extra: float = 0.0) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * n / count
        r = radius * scale(value) + extra
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def ring(value: Fraction) -> str:
        return " ".join(f"{_f(x)},{_f(y)}" for x, y in (point(n, value) for n in range(count)))

    parts = [
        f'<svg class="chart radar" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for n, band in reversed(list(enumerate(report.bands))):  # outer band first, inner on top
        parts.append(f'<polygon points="{ring(band.upper)}" fill="{tint(n)}" stroke="none"/>')
    for n, band in enumerate(report.bands):
        if band.lower > report.scale[0]:
            parts.append(
                f'<polygon points="{ring(band.lower)}" fill="none" stroke="{strong(n)}" '
                'stroke-width="1" stroke-dasharray="4 3" opacity="0.8"/>'
            )
            x, y = point(0, band.lower)
            parts.append(
                f'<text x="{_f(x + 3)}" y="{_f(y - 3)}" class="tick halo" fill="{strong(n)}">'
                f"{display(band.lower)}</text>"
            )
    parts.append(
        f'<polygon points="{ring(Fraction(report.scale[1]))}" fill="none" '
        'stroke="#9aa3ad" stroke-width="1"/>'
    )
    for n in range(count):
        x, y = point(n, Fraction(report.scale[1]))
        parts.append(
            f'<line x1="{_f(cx)}" y1="{_f(cy)}" x2="{_f(x)}" y2="{_f(y)}" stroke="#9aa3ad" '
            'stroke-width="0.8"/>'
        )
    if report.compared:
        olds = [g.old if g.old is not None else g.index for g in groups]
        pts = " ".join(f"{_f(x)},{_f(y)}" for x, y in (point(n, v) for n, v in enumerate(olds)))
        parts.append(
            f'<polygon class="old" points="{pts}" fill="none" stroke="{OLD}" stroke-width="2" '
            'stroke-dasharray="6 4"/>'
        )
    current = " ".join(
        f"{_f(x)},{_f(y)}" for x, y in (point(n, g.index) for n, g in enumerate(groups))
    )
    parts.append(
        f'<polygon class="current" points="{current}" fill="{CURRENT}" fill-opacity="0.22" '
        f'stroke="{CURRENT}" stroke-width="2.5" stroke-linejoin="round"/>'
    )
    for n, g in enumerate(groups):
        x, y = point(n, g.index)
        parts.append(f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3.5" fill="{CURRENT}"/>')
    parts += _radar_labels(groups, point, report.scale[1], (cx, cy), named)
    if report.compared:
        parts.append(_legend(width / 2 - 110, height - 12, old_label, new_label))
    parts.append("</svg>")
    return "".join(parts)


def _radar_labels(
    groups: Sequence[GroupRow], point: _Point, top: int, centre: tuple[float, float], named: bool
) -> list[str]:
    """Around the radar: id (and name, wrapped) of each group, its index below in band colour."""
    line = 16.8  # 1.2em of the axis font
    cx, cy = centre
    parts: list[str] = []
    for n, g in enumerate(groups):
        x, y = point(n, Fraction(top), 14.0)
        anchor = "middle" if abs(x - cx) < 20 else ("start" if x > cx else "end")
        lines = wrap(f"{g.id} {g.name}", 15) if named else [g.id]
        block = line * (len(lines) + 1)
        if abs(y - cy) < 8:
            y -= block / 2
        elif y < cy:
            y -= block
        first = y + 13
        parts.append(_text_lines(x, first, lines, anchor, "axis"))
        parts.append(
            f'<text x="{_f(x)}" y="{_f(first + line * len(lines))}" text-anchor="{anchor}" '
            f'class="value" fill="{strong(g.band)}">{display(g.index)}</text>'
        )
    return parts


def _legend(x: float, y: float, old_label: str, new_label: str) -> str:
    return (
        f'<g class="legend"><line x1="{_f(x)}" y1="{_f(y - 4)}" x2="{_f(x + 26)}" '
        f'y2="{_f(y - 4)}" stroke="{CURRENT}" stroke-width="3"/>'
        f'<text x="{_f(x + 32)}" y="{_f(y)}" class="axis">{escape(new_label)}</text>'
        f'<line x1="{_f(x + 120)}" y1="{_f(y - 4)}" x2="{_f(x + 146)}" y2="{_f(y - 4)}" '
        f'stroke="{OLD}" stroke-width="2" stroke-dasharray="6 4"/>'
        f'<text x="{_f(x + 152)}" y="{_f(y)}" class="axis">{escape(old_label)}</text></g>'
    )


def bars(report: Report, title: str, old_label: str, new_label: str) -> str:
    """Horizontal bars of the aspect indices over tinted band columns, band lines dashed."""
    aspects = report.aspects
    label_w, left, right, top, row = 222.0, 232.0, 512.0, 34.0, 46.0
    width = 560
    height = int(top + row * len(aspects) + (34 if report.compared else 12))
    scale = _Scale(*report.scale)

    def x_of(value: Fraction) -> float:
        return left + (right - left) * scale(value)

    parts = [
        f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    bottom = top + row * len(aspects)
    for n, band in enumerate(report.bands):
        x0, x1 = x_of(band.lower), x_of(band.upper)
        parts.append(
            f'<rect x="{_f(x0)}" y="{_f(top - 6)}" width="{_f(x1 - x0)}" '
            f'height="{_f(bottom - top + 6)}" fill="{tint(n)}"/>'
        )
        if band.lower > report.scale[0]:
            parts.append(
                f'<line x1="{_f(x0)}" y1="{_f(top - 10)}" x2="{_f(x0)}" y2="{_f(bottom)}" '
                f'stroke="{strong(n)}" stroke-width="1" stroke-dasharray="4 3"/>'
            )
        parts.append(
            f'<text x="{_f(x0)}" y="{_f(top - 14)}" text-anchor="middle" class="tick" '
            f'fill="{strong(n)}">{display(band.lower)}</text>'
        )
    parts.append(
        f'<text x="{_f(right)}" y="{_f(top - 14)}" text-anchor="middle" class="tick">'
        f"{display(Fraction(report.scale[1]))}</text>"
    )
    for n, g in enumerate(aspects):
        y = top + row * n
        lines = wrap(f"{g.id} {g.name}", 28)[:3]
        label_y = y + 15 - 7.5 * (len(lines) - 1)
        parts.append(_text_lines(label_w, label_y, lines, "end", "axis"))
        x1 = x_of(g.index)
        parts.append(
            f'<rect class="bar" x="{_f(left)}" y="{_f(y + 2)}" width="{_f(max(x1 - left, 1.5))}" '
            f'height="18" rx="2" fill="{strong(g.band)}"/>'
        )
        parts.append(
            f'<text x="{_f(x1 + 5)}" y="{_f(y + 16)}" class="value halo" '
            f'fill="{strong(g.band)}">{display(g.index)}</text>'
        )
        if g.old is not None:
            x0 = x_of(g.old)
            parts.append(
                f'<rect class="old" x="{_f(left)}" y="{_f(y + 23)}" '
                f'width="{_f(max(x0 - left, 1.5))}" height="5" rx="1" fill="{OLD}"/>'
            )
    parts.append(
        f'<line x1="{_f(left)}" y1="{_f(top - 6)}" x2="{_f(left)}" y2="{_f(bottom)}" '
        'stroke="#5f6b78" stroke-width="1"/>'
    )
    if report.compared:
        parts.append(_legend(left, height - 8, old_label, new_label))
    parts.append("</svg>")
    return "".join(parts)


def gauge(report: Report, language: str, old_label: str | None) -> str:
    """The index on the band scale: a strip of band colours, the band names, and a marker."""
    width, left, right, y = 800, 10.0, 790.0, 20.0
    scale = _Scale(*report.scale)

    def x_of(value: Fraction) -> float:
        return left + (right - left) * scale(value)

    parts = [
        f'<svg class="gauge" viewBox="0 0 {width} 62" role="img" '
        f'aria-label="{escape(display(report.index))}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for n, band in enumerate(report.bands):
        parts += _gauge_band(report.framework, n, band, x_of, y, language)
    parts.append(
        f'<text x="{_f(right)}" y="{_f(y + 34)}" text-anchor="end" class="tick">'
        f"{display(Fraction(report.scale[1]))}</text>"
    )
    if report.baseline is not None and report.baseline.same_framework and old_label:
        x = x_of(report.baseline.index)
        parts.append(
            f'<line x1="{_f(x)}" y1="{_f(y - 2)}" x2="{_f(x)}" y2="{_f(y + 20)}" stroke="{OLD}" '
            'stroke-width="3" stroke-dasharray="3 2"/>'
        )
    x = x_of(report.index)
    parts.append(
        f'<path d="M{_f(x - 7)},{_f(y - 14)} L{_f(x + 7)},{_f(y - 14)} L{_f(x)},{_f(y - 3)} Z" '
        f'fill="{CURRENT}"/><line x1="{_f(x)}" y1="{_f(y - 4)}" x2="{_f(x)}" y2="{_f(y + 20)}" '
        f'stroke="{CURRENT}" stroke-width="3"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def _gauge_band(
    framework: Framework,
    n: int,
    band: BandRow,
    x_of: Callable[[Fraction], float],
    y: float,
    language: str,
) -> list[str]:
    x0, x1 = x_of(band.lower), x_of(band.upper)
    parts = [
        f'<rect x="{_f(x0)}" y="{_f(y)}" width="{_f(x1 - x0)}" height="16" fill="{strong(n)}" '
        'opacity="0.9"/>',
        f'<text x="{_f(x0 + 2)}" y="{_f(y + 34)}" class="tick">{display(band.lower)}</text>',
    ]
    name = short_predicate(framework, band.name, language)
    if len(name) * 7.2 < x1 - x0 - 6:  # only where it fits
        parts.append(
            f'<text x="{_f((x0 + x1) / 2)}" y="{_f(y + 12.5)}" text-anchor="middle" '
            f'class="band-name">{escape(name)}</text>'
        )
    return parts


def short_predicate(framework: Framework, name: str, language: str) -> str:
    """The band's name alone, in the report's language (the full label is shown elsewhere)."""
    label = predicate_label(framework, name, language)
    return label.split(" (", 1)[0]
