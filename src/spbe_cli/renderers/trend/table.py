"""`spbe trend` (default format): per instansi, a table of the years (index, change, predikat)
and, per kerangka, a table of its domains (or aspects) with each year's value and change."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.text import Text

from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import index_text
from spbe_cli.renderers.console import Table, band_style, fitted, make_console
from spbe_cli.renderers.text import one_line
from spbe_cli.renderers.trend.view import (
    Segment,
    boundary,
    change_of_index,
    changes_note,
    group_heading,
    group_parts,
    groups,
    predicate_text,
    segments,
    title,
)
from spbe_cli.trend import History


def _tone(text: str) -> str:
    return "green" if text.startswith("+") else "red" if text.startswith("-") else ""


def _years(history: History, language: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for key, justify in (
        ("year", "left"),
        ("framework", "left"),
        ("index", "right"),
        ("delta", "right"),
        ("predicate", "left"),
    ):
        table.add_column(tr(language, key), justify=justify, no_wrap=True)
    for year in history.years:
        score = year.score
        change = change_of_index(year)
        style = band_style(score.framework, score.predicate)
        table.add_row(
            str(score.year),
            score.framework.id,
            Text(index_text(score), style=style),
            Text(change, style=_tone(change)),
            Text(predicate_text(score, language), style=style),
        )
    return table


def _groups(segment: Segment, language: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("ID", no_wrap=True)
    key = "domain" if segment.section == "domain" else "aspect"
    table.add_column(tr(language, key), ratio=1)
    for year in segment.years:
        table.add_column(str(year.score.year), justify="right", no_wrap=True)
    for position, group in enumerate(groups(segment.years[0].score)):
        cells: list[RenderableType] = [group.id, one_line(group.name)]
        for year in segment.years:
            found = groups(year.score)[position]
            value, change = group_parts(year, found, language)
            cell = Text(value)
            if change:
                cell.append(f" ({change})", style=_tone(change))
            cells.append(cell)
        table.add_row(*cells)
    return table


def _one(history: History, options: Options) -> list[RenderableType]:
    language = options.language
    parts: list[RenderableType] = [Text(title(history, language), style="bold")]
    parts.append(fitted(_years(history, language), options))
    for year in history.years:
        note = boundary(year, language)
        if note:
            parts.append(Text(note, style="dim"))
    for segment in segments(history):
        parts += [Text(""), Text(group_heading(segment, language), style="bold")]
        parts.append(fitted(_groups(segment, language), options))
    footnote = changes_note(history, language)
    if footnote:
        parts += [Text(""), Text(footnote, style="dim")]
    return parts


def render(histories: Sequence[History], options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    parts: list[RenderableType] = []
    for n, history in enumerate(histories):
        if n:
            parts.append(Text(""))
        parts += _one(history, options)
    console.print(Group(*parts))
    return buffer.getvalue()
