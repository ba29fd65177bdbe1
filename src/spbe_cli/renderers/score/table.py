"""`--format table` (the default): a rich table of domains and aspects, the index and predikat
prominent; `--detail` adds every indicator under its aspect."""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from spbe_cli.exact import display
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import (
    draft_line,
    footer_line,
    groups_label,
    heading,
    index_name,
    level_text,
    predicate_label,
)
from spbe_cli.renderers.console import Row, band_style, is_narrow, make_console, stacked
from spbe_cli.renderers.text import one_line
from spbe_cli.scoring import GroupScore, Score, predicate


def _predicate_text(score: Score, value: Fraction, language: str) -> Text:
    name = predicate(score.framework, score.year, value)
    return Text(
        predicate_label(score.framework, name, language), style=band_style(score.framework, name)
    )


def _rows(score: Score, detail: bool, language: str) -> list[Row]:
    """Domains, their aspects, and with `detail` every indicator under its aspect."""
    rows: list[Row] = []

    def aspect_rows(aspect: GroupScore, indent: str) -> None:
        rows.append(
            Row(
                f"{indent}{aspect.id}",
                one_line(aspect.name),
                (
                    display(aspect.weight),
                    display(aspect.index),
                    _predicate_text(score, aspect.index, language),
                ),
            )
        )
        if not detail:
            return
        for item in score.indicators:
            if item.indicator.aspect == aspect.id:
                ind = item.indicator
                level = Text(level_text(item.level), style="dim" if item.level is None else "")
                name = Text(one_line(ind.name), style="dim")
                rows.append(Row(f"{indent}  {ind.id}", name, (display(ind.weight), level, "")))

    if score.domains:
        for domain in score.domains:
            cells = (
                display(domain.weight),
                Text(display(domain.index), style="bold"),
                _predicate_text(score, domain.index, language),
            )
            rows.append(Row(domain.id, one_line(domain.name), cells, style="bold"))
            for aspect in score.aspects:
                if aspect.domain == domain.id:
                    aspect_rows(aspect, "  ")
    else:
        for aspect in score.aspects:
            aspect_rows(aspect, "")
    return rows


def _table(score: Score, options: Options) -> RenderableType:
    language, detail = options.language, options.detail
    heads = ("ID", groups_label(score.framework, language, detail=detail))
    columns = (
        (tr(language, "weight_pct"), True),
        (tr(language, "index_level" if detail else "index"), True),
        (tr(language, "predicate"), False),
    )
    rows = _rows(score, detail, language)
    if is_narrow(options):
        return stacked(heads, columns, rows, options.width or 100)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(heads[0], no_wrap=True)
    table.add_column(heads[1])
    for header, right in columns:
        table.add_column(header, justify="right" if right else "left", no_wrap=True)
    for row in rows:
        ident = Text(str(row.ident), style=row.style)
        name = row.name if isinstance(row.name, Text) else Text(row.name, style=row.style)
        table.add_row(ident, name, *row.cells)
    return table


def _summary(score: Score, language: str) -> Panel:
    style = band_style(score.framework, score.predicate)
    text = Text.assemble(
        (f"{index_name(score, language)}  ", "bold"),
        (display(score.index), style),
        (f"   {tr(language, 'predicate')}  ", "bold"),
        (predicate_label(score.framework, score.predicate, language), style),
    )
    return Panel(text, expand=False, border_style=style)


def _footer(score: Score, language: str) -> Text:
    return Text(footer_line(score.framework, score.year, score.basis, language), style="dim")


def render(scores: Sequence[Score], options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    for n, score in enumerate(scores):
        if n:
            console.print()
        language = options.language
        parts: list[RenderableType] = [
            Text(heading(score, language), style="bold"),
            _summary(score, language),
        ]
        draft = draft_line(score, language)
        if draft:
            parts.append(Text(draft, style="yellow"))
        parts += [_table(score, options), _footer(score, language)]
        console.print(Group(*parts))
    return buffer.getvalue()
