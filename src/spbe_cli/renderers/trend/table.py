"""`spbe trend` (default format): per instansi, a table of the years (index, change, predikat)
and, per kerangka, a table of its domains (or aspects) with each year's value and change.

Drawn with renderers/plain.py, as `spbe score` draws its table (a national trend of thousands
of files stays fast); on a narrow terminal (below 60 columns) with rich's layout engine."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import index_text
from spbe_cli.renderers.plain import Column, Look, Span, paragraph, table
from spbe_cli.renderers.styles import band_style, is_narrow
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

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table


def _tone(text: str) -> str:
    return "green" if text.startswith("+") else "red" if text.startswith("-") else ""


def _years(history: History, language: str) -> Table:
    from rich import box
    from rich.text import Text

    from spbe_cli.renderers.console import Table

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
    from rich import box
    from rich.text import Text

    from spbe_cli.renderers.console import Table

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
    from rich.text import Text

    from spbe_cli.renderers.console import fitted

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
    if is_narrow(options):
        return _narrow(histories, options)
    look = Look(options.width or 100, options.color, options.ascii)
    lines: list[str] = []
    for n, history in enumerate(histories):
        if n:
            lines.append("")
        lines += _plain_one(history, options.language, look)
    return "\n".join(lines) + "\n" if lines else ""


def _plain_years(history: History, language: str, look: Look) -> list[str]:
    columns = [
        Column(tr(language, "year")),
        Column(tr(language, "framework")),
        Column(tr(language, "index"), right=True),
        Column(tr(language, "delta"), right=True),
        Column(tr(language, "predicate")),
    ]
    rows = []
    for year in history.years:
        score = year.score
        change = change_of_index(year)
        style = band_style(score.framework, score.predicate)
        rows.append(
            (
                Span(str(score.year)),
                Span(score.framework.id),
                Span(index_text(score), style),
                Span(change, _tone(change)),
                Span(predicate_text(score, language), style),
            )
        )
    return table(columns, rows, look)


def _plain_groups(segment: Segment, language: str, look: Look) -> list[str]:
    key = "domain" if segment.section == "domain" else "aspect"
    columns = [Column("ID"), Column(tr(language, key), wraps=True)]
    columns += [Column(str(year.score.year), right=True) for year in segment.years]
    rows = []
    for position, group in enumerate(groups(segment.years[0].score)):
        cells = [Span(group.id), Span(one_line(group.name))]
        for year in segment.years:
            value, change = group_parts(year, groups(year.score)[position], language)
            cells.append(Span(f"{value} ({change})", _tone(change)) if change else Span(value))
        rows.append(cells)
    return table(columns, rows, look)


def _plain_one(history: History, language: str, look: Look) -> list[str]:
    lines = paragraph(Span(title(history, language), "bold"), look)
    lines += _plain_years(history, language, look)
    for year in history.years:
        note = boundary(year, language)
        if note:
            lines += paragraph(Span(note, "dim"), look)
    for segment in segments(history):
        lines += ["", *paragraph(Span(group_heading(segment, language), "bold"), look)]
        lines += _plain_groups(segment, language, look)
    footnote = changes_note(history, language)
    if footnote:
        lines += ["", *paragraph(Span(footnote, "dim"), look)]
    return lines


def _narrow(histories: Sequence[History], options: Options) -> str:
    from rich.console import Group
    from rich.text import Text

    from spbe_cli.renderers.console import make_console

    buffer = io.StringIO()
    console = make_console(buffer, options)
    parts: list[RenderableType] = []
    for n, history in enumerate(histories):
        if n:
            parts.append(Text(""))
        parts += _one(history, options)
    console.print(Group(*parts))
    return buffer.getvalue()
