"""`spbe evidence --format table` (the default): for people. The three indices on top (claimed,
accepted evidence, ready evidence), every indicator with its claim beside the two levels its
evidence supports and the index points the accepted evidence does not cover, then what to act
on, indicator by indicator."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from spbe_cli.evidence import EvidenceCheck, IndicatorEvidence
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import draft_line, heading, index_text, predicate_label
from spbe_cli.renderers.console import Table, band_style, fitted, make_console
from spbe_cli.renderers.evidence.view import (
    checked_line,
    indices,
    level_cell,
    notes,
    points,
    points_text,
)
from spbe_cli.renderers.text import one_line


def _summary(found: EvidenceCheck, language: str) -> Panel:
    parts: list[str | tuple[str, str]] = []
    for n, (key, score) in enumerate(indices(found)):
        style = band_style(score.framework, score.predicate)
        parts += ["   " if n else "", (f"{tr(language, key)}  ", "bold")]
        parts += [
            (index_text(score), style),
            " ",
            (predicate_label(score.framework, score.predicate, language), style),
        ]
    return Panel(Text.assemble(*parts), expand=False)


def _marked_cell(value: Text | str, short: bool) -> Text:
    text = value if isinstance(value, Text) else Text(value)
    if short:
        text.stylize("bold red")
    return text


def _row(table: Table, row: IndicatorEvidence) -> None:
    lost = points(row, row.accepted)
    short_ready = row.gap
    short_accepted = row.needed is not None and row.needed > row.accepted
    table.add_row(
        row.indicator.id,
        Text(one_line(row.indicator.name)),
        level_cell(row.claim),
        _marked_cell(level_cell(row.accepted), short_accepted),
        _marked_cell(level_cell(row.ready), short_ready),
        Text(points_text(lost), style="red" if lost else ""),
    )


def _table(found: EvidenceCheck, language: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("ID", no_wrap=True)
    table.add_column(tr(language, "indicator"))
    for key in ("evidence_col_claim", "evidence_col_accepted", "evidence_col_ready"):
        table.add_column(tr(language, key), justify="right", no_wrap=True)
    table.add_column(tr(language, "evidence_col_points"), justify="right", no_wrap=True)
    for row in found.indicators:
        _row(table, row)
    return table


def _notes(found: EvidenceCheck, language: str) -> list[RenderableType]:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(justify="right", no_wrap=True, style="bold")
    grid.add_column()
    for row in found.indicators:
        for sentence in notes(row, language):
            grid.add_row(row.indicator.id, Text(one_line(sentence)))
    if not grid.row_count:
        return [Text(tr(language, "evidence_nothing"), style="green")]
    return [Text(tr(language, "evidence_to_act"), style="bold"), grid]


def render(checks: Sequence[EvidenceCheck], options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    language = options.language
    for n, found in enumerate(checks):
        if n:
            console.print()
        parts: list[RenderableType] = [
            Text(heading(found.claimed, language), style="bold"),
            _summary(found, language),
            Text(checked_line(found, language), style="dim"),
        ]
        draft = draft_line(found.claimed, language)
        if draft:
            parts.append(Text(draft, style="yellow"))
        parts += [fitted(_table(found, language), options), *_notes(found, language)]
        console.print(Group(*parts))
    return buffer.getvalue()
