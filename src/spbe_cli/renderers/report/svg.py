"""Hand-written inline SVG for the HTML report: a radar of the domain (or aspect) indices with
the predicate bands as rings, a bar chart of the aspects with band lines, and a gauge that puts
the index on the band scale.

Numbers shown as text come from exact.display. Coordinates are the one place a float appears:
they only say where ink goes on the page, never what a number is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
    """The radar: one axis per group, band rings, this year's polygon (and the baseline's),
    the rings' values on top of the polygons, and around it each group's label, placed far
    enough out that no two labels touch; the drawing's box grows to hold them."""
    groups = report.radar
    named = bool(report.domains)  # aspects are named in the bar chart beside the radar
    cx, cy = 260.0, 218.0
    radius = 122.0 if named else 160.0
    scale = _Scale(*report.scale)
    count = len(groups)

    def point(n: int, value: Fraction, extra: float = 0.0) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * n / count
        r = radius * scale(value) + extra
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def ring(value: Fraction) -> str:
        return " ".join(f"{_f(x)},{_f(y)}" for x, y in (point(n, value) for n in range(count)))

    labels = radar_labels(groups, point, report.scale[1], (cx, cy), named, report.shown)
    box = _bounds([(cx - radius, cy - radius, cx + radius, cy + radius), *(b.box for b in labels)])
    left, top = box[0] - 12, box[1] - 8
    width = box[2] + 12 - left
    below = legend_height(old_label, new_label, width - 24) if report.compared else 12.0
    height = box[3] + below - top
    parts = [
        f'<svg class="chart radar" viewBox="{_f(left)} {_f(top)} {_f(width)} {_f(height)}" '
        f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for n, band in reversed(list(enumerate(report.bands))):  # outer band first, inner on top
        parts.append(f'<polygon points="{ring(band.upper)}" fill="{tint(n)}" stroke="none"/>')
    ticks: list[str] = []
    for n, band in enumerate(report.bands):
        if band.lower > report.scale[0]:
            parts.append(
                f'<polygon points="{ring(band.lower)}" fill="none" stroke="{strong(n)}" '
                'stroke-width="1" stroke-dasharray="4 3" opacity="0.8"/>'
            )
            x, y = point(0, band.lower)
            ticks.append(
                f'<text x="{_f(x + 4)}" y="{_f(y + 4)}" class="tick halo ring" '
                f'fill="{strong(n)}">{display(band.lower)}</text>'
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
    parts += ticks  # the rings' values over the polygons, so that no polygon hides them
    parts += [label.svg() for label in labels]
    if report.compared:
        legend = _legend(left + 12, box[3], (new_label, old_label), width - 24)
        parts.append(legend)
    parts.append("</svg>")
    return "".join(parts)


AXIS_SIZE, VALUE_SIZE = 14.0, 14.5
"""Font sizes (px) of the radar's labels and values (CSS `svg .axis`, `svg .value`)."""
LINE = 1.2 * AXIS_SIZE


def text_width(text: str, size: float, bold: bool = False) -> float:
    """A generous estimate of how wide a line of text is drawn: 0.6 em a character (0.64 in
    bold), wider than the report's fonts (Segoe UI, Noto Sans, Liberation Sans) draw it."""
    return len(text) * size * (0.64 if bold else 0.6)


@dataclass(frozen=True)
class RadarLabel:
    """A group's label around the radar: id and name (wrapped), its index under them."""

    lines: tuple[str, ...]
    value: str
    band: int
    x: float
    top: float  # the upper edge of the block
    anchor: str

    @property
    def box(self) -> tuple[float, float, float, float]:
        width = max(
            [text_width(line, AXIS_SIZE) for line in self.lines]
            + [text_width(self.value, VALUE_SIZE, bold=True)]
        )
        left = {"start": self.x, "end": self.x - width}.get(self.anchor, self.x - width / 2)
        return left, self.top, left + width, self.top + LINE * (len(self.lines) + 1)

    def svg(self) -> str:
        first = self.top + 13
        return _text_lines(self.x, first, self.lines, self.anchor, "axis") + (
            f'<text x="{_f(self.x)}" y="{_f(first + LINE * len(self.lines))}" '
            f'text-anchor="{self.anchor}" class="value" fill="{strong(self.band)}">'
            f"{escape(self.value)}</text>"
        )


def radar_labels(
    groups: Sequence[GroupRow],
    point: _Point,
    top: int,
    centre: tuple[float, float],
    named: bool,
    shown: Callable[[Fraction], str] = display,
) -> list[RadarLabel]:
    """The labels around the radar, moved out along their axes, all together, until no two
    of them overlap (long names on many axes go further out; the drawing grows)."""
    extra = 14.0
    while True:
        labels = [
            _radar_label(n, g, point, top, centre, named, extra, shown(g.index))
            for n, g in enumerate(groups)
        ]
        if extra > 600 or not any(
            _overlap(a.box, b.box, 6.0) for n, a in enumerate(labels) for b in labels[n + 1 :]
        ):
            return labels
        extra += 6.0


def _radar_label(
    n: int,
    group: GroupRow,
    point: _Point,
    top: int,
    centre: tuple[float, float],
    named: bool,
    extra: float,
    value: str,
) -> RadarLabel:
    cx, cy = centre
    x, y = point(n, Fraction(top), extra)
    anchor = "middle" if abs(x - cx) < 20 else ("start" if x > cx else "end")
    lines = tuple(wrap(f"{group.id} {group.name}", 15)) if named else (group.id,)
    block = LINE * (len(lines) + 1)
    if abs(y - cy) < 8:
        y -= block / 2
    elif y < cy:
        y -= block
    return RadarLabel(lines, value, group.band, x, y, anchor)


def _overlap(
    a: tuple[float, float, float, float], b: tuple[float, float, float, float], gap: float
) -> bool:
    return a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap


def _bounds(boxes: Sequence[tuple[float, float, float, float]]) -> tuple[float, ...]:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


LEGEND_ROW = 22.0
"""Height of a row of the legend (a key and its name, 14 px)."""
KEY = 26.0


def _legend_rows(old_label: str, new_label: str, room: float) -> int:
    """The legend on one row when both entries fit in `room`, else one entry per row."""
    wide = 2 * (KEY + 6) + text_width(new_label, AXIS_SIZE) + 24 + text_width(old_label, AXIS_SIZE)
    return 1 if wide <= room else 2


def legend_height(old_label: str, new_label: str, room: float) -> float:
    """The space under a chart that its legend takes (with the margin below it)."""
    return 12 + LEGEND_ROW * _legend_rows(old_label, new_label, room)


def _legend(
    x: float, top: float, labels: tuple[str, str], room: float, *, bars: str | None = None
) -> str:
    """The two entries (this report's, then the baseline's) below a chart, from `top`: for
    the radar a line like its polygons, for the bar chart (`bars`: the colour of this year's
    bar) a box like its bars. Each name is the year, or the file when both are of one year."""
    new_label, old_label = labels
    rows = _legend_rows(old_label, new_label, room)
    base = top + 16
    old_x = x + KEY + 6 + text_width(new_label, AXIS_SIZE) + 24 if rows == 1 else x
    old_base = base if rows == 1 else base + LEGEND_ROW
    if bars is None:
        new_key = (
            f'<line x1="{_f(x)}" y1="{_f(base - 4)}" x2="{_f(x + KEY)}" y2="{_f(base - 4)}" '
            f'stroke="{CURRENT}" stroke-width="3"/>'
        )
        old_key = (
            f'<line x1="{_f(old_x)}" y1="{_f(old_base - 4)}" x2="{_f(old_x + KEY)}" '
            f'y2="{_f(old_base - 4)}" stroke="{OLD}" stroke-width="2" stroke-dasharray="6 4"/>'
        )
    else:
        new_key = (
            f'<rect class="key" x="{_f(x)}" y="{_f(base - 12)}" width="{_f(KEY)}" height="12" '
            f'rx="2" fill="{bars}"/>'
        )
        old_key = (
            f'<rect class="key" x="{_f(old_x)}" y="{_f(old_base - 7)}" width="{_f(KEY)}" '
            f'height="5" rx="1" fill="{OLD}"/>'
        )
    return (
        f'<g class="legend">{new_key}'
        f'<text x="{_f(x + KEY + 6)}" y="{_f(base)}" class="axis">{escape(new_label)}</text>'
        f"{old_key}"
        f'<text x="{_f(old_x + KEY + 6)}" y="{_f(old_base)}" class="axis">'
        f"{escape(old_label)}</text></g>"
    )


def bars(report: Report, title: str, old_label: str, new_label: str) -> str:
    """Horizontal bars of the aspect indices over tinted band columns, band lines dashed; a
    row is as tall as its label (wrapped to 3 lines at most), so no two labels touch."""
    aspects = report.aspects
    label_w, left, right, top = 222.0, 232.0, 512.0, 34.0
    labels = [bar_label(g) for g in aspects]
    heights = [max(46.0, LINE * len(lines) + 12) for lines in labels]
    width = 560
    bottom = top + sum(heights)
    below = legend_height(old_label, new_label, width - 20) if report.compared else 12.0
    height = int(bottom + below)
    scale = _Scale(*report.scale)

    def x_of(value: Fraction) -> float:
        return left + (right - left) * scale(value)

    parts = [
        f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
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
    y = top
    for g, lines, row in zip(aspects, labels, heights, strict=True):
        middle = y + (row - 46) / 2  # the bar sits in the middle of its row
        label_y = middle + 15 - LINE / 2 * (len(lines) - 1)
        parts.append(_text_lines(label_w, label_y, lines, "end", "axis"))
        x1 = x_of(g.index)
        parts.append(
            f'<rect class="bar" x="{_f(left)}" y="{_f(middle + 2)}" '
            f'width="{_f(max(x1 - left, 1.5))}" height="18" rx="2" fill="{strong(g.band)}"/>'
        )
        parts.append(
            f'<text x="{_f(x1 + 5)}" y="{_f(middle + 16)}" class="value halo" '
            f'fill="{strong(g.band)}">{report.shown(g.index)}</text>'
        )
        if g.old is not None:
            x0 = x_of(g.old)
            parts.append(
                f'<rect class="old" x="{_f(left)}" y="{_f(middle + 23)}" '
                f'width="{_f(max(x0 - left, 1.5))}" height="5" rx="1" fill="{OLD}"/>'
            )
        y += row
    parts.append(
        f'<line x1="{_f(left)}" y1="{_f(top - 6)}" x2="{_f(left)}" y2="{_f(bottom)}" '
        'stroke="#5f6b78" stroke-width="1"/>'
    )
    if report.compared:
        colour = strong(report.band)
        parts.append(_legend(10, bottom, (new_label, old_label), width - 20, bars=colour))
    parts.append("</svg>")
    return "".join(parts)


BAR_CHARS = 26
"""Characters a line of a bar's label holds (left of the bars: 222 units at 0.6 em of 14)."""


def bar_label(group: GroupRow) -> list[str]:
    """An aspect's label in the bar chart: id and name wrapped, at most 3 lines (a longer
    name ends in "…"; the table below gives it whole)."""
    lines = wrap(f"{group.id} {group.name}", BAR_CHARS)
    if len(lines) > 3:
        lines = [*lines[:2], lines[2][: BAR_CHARS - 1] + "…"]
    return [line if len(line) <= BAR_CHARS else line[: BAR_CHARS - 1] + "…" for line in lines]


def gauge(report: Report, language: str, old_label: str | None) -> str:
    """The index on the band scale: a strip of band colours, the band names, and a marker."""
    width, left, right, y = 800, 10.0, 790.0, 20.0
    scale = _Scale(*report.scale)

    def x_of(value: Fraction) -> float:
        return left + (right - left) * scale(value)

    parts = [
        f'<svg class="gauge" viewBox="0 0 {width} 62" role="img" '
        f'aria-label="{escape(report.index_shown)}" xmlns="http://www.w3.org/2000/svg">'
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
