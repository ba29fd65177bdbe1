"""The history chart, hand-written inline SVG: the index year by year as a line, over the
predicate bands of each kerangka shaded where that kerangka applies, every yearly point
labelled with its value; a kerangka change marked by a dashed rule and a dashed step of the
line (the two indices are compared as they are, as `spbe diff` does); optionally a thin line
per domain (or aspect) within each kerangka.

Numbers shown come from exact.display; coordinates are the only floats, and only say where ink
goes. The colours are the report's (renderers/report/svg.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from itertools import pairwise

from spbe_cli.exact import display
from spbe_cli.i18n import tr
from spbe_cli.renderers.common import index_text
from spbe_cli.renderers.report.model import band_position
from spbe_cli.renderers.report.model import bands as band_rows
from spbe_cli.renderers.report.svg import short_predicate, strong, tint
from spbe_cli.renderers.text import html_text as escape
from spbe_cli.renderers.trend.view import Segment, groups, segments, title
from spbe_cli.trend import History

WIDTH, HEIGHT = 800.0, 380.0
LEFT, RIGHT, TOP, BOTTOM = 46.0, 20.0, 34.0, 40.0
LINE = "#17324d"
NARROW = 130.0  # a segment narrower than this names its bands by their bounds only
SMALL = 'font-size="11" font-weight="600"'  # band and group labels (no CSS class needed)
GROUP_COLOURS = ("#6b4c9a", "#00838f", "#c2185b", "#8d6e00", "#455a64", "#2e7d32", "#ad4700")


def _f(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


class _Frame:
    """Where a year and a value go on the drawing."""

    def __init__(self, history: History) -> None:
        frameworks = [y.score.framework for y in history.years]
        self.low = min(f.level_min for f in frameworks)
        self.high = max(f.level_max for f in frameworks)
        self.first, self.last = history.first, history.last
        self.plot_right = WIDTH - RIGHT
        self.plot_bottom = HEIGHT - BOTTOM

    def x(self, year: float) -> float:
        if self.last == self.first:
            return (LEFT + self.plot_right) / 2
        span = self.plot_right - LEFT - 60
        return LEFT + 30 + span * (year - self.first) / (self.last - self.first)

    def y(self, value: Fraction | int) -> float:
        share = float((Fraction(value) - self.low) / (self.high - self.low))
        return self.plot_bottom - (self.plot_bottom - TOP) * share


def _boundary(frame: _Frame, before: Segment, after: Segment) -> float:
    """Where one kerangka gives way to the next: half a year before the new one's first year
    (2020.5 for spbe-2020), kept between the two years drawn."""
    last, first = before.years[-1].score.year, after.years[0].score.year
    change = min(max(after.framework.first_year - 0.5, last), first)
    return frame.x(change)


def _extent(frame: _Frame, found: Sequence[Segment], n: int) -> tuple[float, float]:
    """The horizontal stretch of segment n: from the kerangka change before it to the one
    after it, or the plot's edges."""
    left = LEFT if n == 0 else _boundary(frame, found[n - 1], found[n])
    right = frame.plot_right if n == len(found) - 1 else _boundary(frame, found[n], found[n + 1])
    return left, right


Box = tuple[float, float, float, float]  # left, top, right, bottom
Path = list[tuple[float, float]]


def _label_width(text: str) -> float:
    """A generous width of a band label (11 px, semibold)."""
    return len(text) * 11 * 0.64


def _crosses(box: Box, paths: Sequence[Path], pad: float = 3.0) -> bool:
    """Whether any drawn line (a path of points) passes through the box (grown by `pad`),
    checked every pixel along each stretch."""
    left, top, right, bottom = box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad
    for path in paths:
        for (x0, y0), (x1, y1) in pairwise(path):
            steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0))))
            for k in range(steps + 1):
                x, y = x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps
                if left <= x <= right and top <= y <= bottom:
                    return True
    return False


def _overlaps(box: Box, boxes: Sequence[Box]) -> bool:
    return any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes)


def _place(
    name: str, area: Box, paths: Sequence[Path], taken: Sequence[Box]
) -> tuple[float, float] | None:
    """Where a band's label goes inside its band (`area`): the first corner where no line of
    the chart and no value label is (bottom left, top left, bottom right, top right, then
    along the band's middle); None when there is no such place."""
    left, top, right, bottom = area
    width = _label_width(name)
    if bottom - top < 13 or width > right - left - 8:
        return None
    xs = [left + 4, right - 4 - width]
    xs += [left + 4 + (right - left - 8 - width) * k / 8 for k in range(1, 8)]
    ys = [bottom - 4, top + 13]
    for x in xs:
        for y in ys:
            box = (x, y - 10, x + width, y + 2)
            if not _crosses(box, paths) and not _overlaps(box, taken):
                return x, y
    return None


def _bands(
    frame: _Frame,
    found: Sequence[Segment],
    language: str,
    paths: Sequence[Path] = (),
    taken: Sequence[Box] = (),
) -> list[str]:
    """Each kerangka's bands, shaded, each named where no line of the chart crosses the
    name (`paths`, the index and group lines) and no value label is (`taken`)."""
    parts: list[str] = []
    for n, segment in enumerate(found):
        left, right = _extent(frame, found, n)
        framework = segment.framework
        for position, band in enumerate(band_rows(framework)):
            top, bottom = frame.y(band.upper), frame.y(band.lower)
            parts.append(
                f'<rect class="band" x="{_f(left)}" y="{_f(top)}" width="{_f(right - left)}" '
                f'height="{_f(bottom - top)}" fill="{tint(position)}"/>'
            )
            name = short_predicate(framework, band.name, language)
            if right - left < NARROW:  # a year or two: the bounds only
                name = band.edge
            elif band.edge:
                name += f" {band.edge}"  # each kerangka's own edges: "≥ 2.60", "> 2.50–3.50"
            place = _place(name, (left, top, right, bottom), paths, taken) if name else None
            if place is not None:
                x, y = place
                parts.append(
                    f'<text class="band-label" x="{_f(x)}" y="{_f(y)}" '
                    f'{SMALL} fill="{strong(position)}">{escape(name)}</text>'
                )
        if n:
            parts.append(
                f'<line class="kerangka" x1="{_f(left)}" y1="{_f(TOP - 16)}" x2="{_f(left)}" '
                f'y2="{_f(frame.plot_bottom)}" stroke="#5f6b78" stroke-dasharray="5 4"/>'
            )
        parts.append(
            f'<text x="{_f((left + right) / 2)}" y="{_f(TOP - 8)}" text-anchor="middle" '
            f'class="tick">{escape(framework.id)}</text>'
        )
    return parts


def _axes(frame: _Frame, history: History) -> list[str]:
    parts = []
    for value in range(frame.low, frame.high + 1):
        y = frame.y(value)
        parts.append(
            f'<line x1="{_f(LEFT)}" y1="{_f(y)}" x2="{_f(frame.plot_right)}" y2="{_f(y)}" '
            'stroke="#ffffff" stroke-width="1" opacity="0.8"/>'
            f'<text x="{_f(LEFT - 6)}" y="{_f(y + 4)}" text-anchor="end" class="tick">'
            f"{value}</text>"
        )
    for year in history.years:
        x = frame.x(year.score.year)
        parts.append(
            f'<text x="{_f(x)}" y="{_f(frame.plot_bottom + 20)}" text-anchor="middle" '
            f'class="axis">{year.score.year}</text>'
        )
    parts.append(
        f'<rect x="{_f(LEFT)}" y="{_f(TOP)}" width="{_f(frame.plot_right - LEFT)}" '
        f'height="{_f(frame.plot_bottom - TOP)}" fill="none" stroke="#9aa3ad"/>'
    )
    return parts


def _group_lines(frame: _Frame, found: Sequence[Segment]) -> list[str]:
    parts: list[str] = []
    for segment in found:
        for position, group in enumerate(groups(segment.years[0].score)):
            colour = GROUP_COLOURS[position % len(GROUP_COLOURS)]
            points = [
                (frame.x(y.score.year), frame.y(groups(y.score)[position].index))
                for y in segment.years
            ]
            path = " ".join(f"{_f(x)},{_f(y)}" for x, y in points)
            parts.append(
                f'<polyline class="group" points="{path}" fill="none" stroke="{colour}" '
                f'stroke-width="1.5" stroke-dasharray="2 2"><title>{escape(group.id)} '
                f"{escape(group.name)}</title></polyline>"
            )
            parts += [
                f'<circle cx="{_f(x)}" cy="{_f(y)}" r="2.2" fill="{colour}"/>' for x, y in points
            ]
            x, y = points[-1]
            parts.append(
                f'<text x="{_f(x + 6)}" y="{_f(y + 4)}" {SMALL} fill="{colour}">'
                f"{escape(group.id)}</text>"
            )
    return parts


def _index_path(frame: _Frame, history: History) -> Path:
    return [(frame.x(y.score.year), frame.y(y.score.index)) for y in history.years]


def _group_paths(frame: _Frame, found: Sequence[Segment]) -> list[Path]:
    return [
        [(frame.x(y.score.year), frame.y(groups(y.score)[position].index)) for y in segment.years]
        for segment in found
        for position in range(len(groups(segment.years[0].score)))
    ]


def _value_boxes(frame: _Frame, history: History) -> list[Box]:
    """Where each year's point and value label are drawn (as _index_line draws them)."""
    boxes: list[Box] = []
    for year in history.years:
        x, y = frame.x(year.score.year), frame.y(year.score.index)
        label_y = y - 11 if y - 11 > TOP + 10 else y + 22
        half = len(display(year.score.index)) * 14.5 * 0.64 / 2
        boxes += [(x - 7, y - 7, x + 7, y + 7), (x - half, label_y - 13, x + half, label_y + 3)]
    return boxes


def _index_line(frame: _Frame, history: History) -> list[str]:
    parts: list[str] = []
    years = history.years
    for before, after in pairwise(years):
        same = before.score.framework.id == after.score.framework.id
        dash = "" if same else ' stroke-dasharray="7 5"'
        parts.append(
            f'<line class="index-step" x1="{_f(frame.x(before.score.year))}" '
            f'y1="{_f(frame.y(before.score.index))}" x2="{_f(frame.x(after.score.year))}" '
            f'y2="{_f(frame.y(after.score.index))}" stroke="{LINE}" stroke-width="3"{dash}/>'
        )
    for year in years:
        score = year.score
        x, y = frame.x(score.year), frame.y(score.index)
        colour = strong(band_position(score.framework, score.predicate))
        label_y = y - 11 if y - 11 > TOP + 10 else y + 22
        parts.append(
            f'<circle class="point" cx="{_f(x)}" cy="{_f(y)}" r="5.5" fill="{colour}" '
            f'stroke="#fff" stroke-width="1.5"/>'
            f'<text x="{_f(x)}" y="{_f(label_y)}" text-anchor="middle" class="value halo" '
            f'fill="{colour}">{index_text(score)}</text>'
        )
    return parts


def history_chart(history: History, language: str, *, with_groups: bool = False) -> str:
    """The chart of one instansi's history, as an inline <svg>."""
    frame = _Frame(history)
    found = segments(history)
    title = tr(language, "trend_chart", index=found[-1].framework.index_name(language))
    parts = [
        f'<svg class="chart history" viewBox="0 0 {_f(WIDTH)} {_f(HEIGHT)}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    paths = [_index_path(frame, history)]
    if with_groups:
        paths += _group_paths(frame, found)
    parts += _bands(frame, found, language, paths, _value_boxes(frame, history))
    parts += _axes(frame, history)
    if with_groups:
        parts += _group_lines(frame, found)
    parts += _index_line(frame, history)
    parts.append("</svg>")
    return "".join(parts)


def history_figure(history: History, language: str, *, with_groups: bool = False) -> str:
    """The chart in a captioned figure (the report's `--riwayat` section uses it too)."""
    caption = title(history, language)
    chart = history_chart(history, language, with_groups=with_groups)
    changes = len(segments(history)) > 1
    note = tr(language, "trend_chart_note_change" if changes else "trend_chart_note")
    return (
        f'<figure class="history"><figcaption>{escape(caption)}</figcaption>{chart}'
        f'<div class="note">{escape(note)}</div></figure>'
    )
