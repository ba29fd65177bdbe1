"""`--format table` (the default): a rich table of domains and aspects, the index and predikat
prominent; `--detail` adds every indicator under its aspect."""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from spbe_cli.exact import display
from spbe_cli.i18n import predicate_label, tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.labels import (
    draft_line,
    footer_line,
    groups_label,
    heading,
    index_name,
    level_text,
)
from spbe_cli.scoring import GroupScore, Score, predicate

BAND_STYLES = ("bold red", "bold yellow", "bold green", "bold cyan", "bold blue")


def band_style(score: Score, name: str) -> str:
    names = [b.name for b in score.framework.bands]
    position = names.index(name) if name in names else 0
    return BAND_STYLES[min(position, len(BAND_STYLES) - 1)]


def _predicate_text(score: Score, value: Fraction, language: str) -> Text:
    name = predicate(score.framework, score.year, value)
    return Text(predicate_label(name, language), style=band_style(score, name))


def _table(score: Score, detail: bool, language: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("ID", no_wrap=True)
    table.add_column(groups_label(score.framework, language, detail=detail))
    table.add_column(tr(language, "weight_pct"), justify="right", no_wrap=True)
    table.add_column(
        tr(language, "index_level" if detail else "index"), justify="right", no_wrap=True
    )
    table.add_column(tr(language, "predicate"), no_wrap=True)

    def aspect_rows(aspect: GroupScore, indent: str) -> None:
        table.add_row(
            f"{indent}{aspect.id}",
            aspect.name,
            display(aspect.weight),
            display(aspect.index),
            _predicate_text(score, aspect.index, language),
        )
        if not detail:
            return
        for item in score.indicators:
            if item.indicator.aspect == aspect.id:
                ind = item.indicator
                level = Text(level_text(item.level), style="dim" if item.level is None else "")
                table.add_row(
                    f"{indent}  {ind.id}",
                    Text(ind.name, style="dim"),
                    display(ind.weight),
                    level,
                    "",
                )

    if score.domains:
        for domain in score.domains:
            table.add_row(
                Text(domain.id, style="bold"),
                Text(domain.name, style="bold"),
                display(domain.weight),
                Text(display(domain.index), style="bold"),
                _predicate_text(score, domain.index, language),
            )
            for aspect in score.aspects:
                if aspect.domain == domain.id:
                    aspect_rows(aspect, "  ")
    else:
        for aspect in score.aspects:
            aspect_rows(aspect, "")
    return table


def _summary(score: Score, language: str) -> Panel:
    style = band_style(score, score.predicate)
    text = Text.assemble(
        (f"{index_name(score, language)}  ", "bold"),
        (display(score.index), style),
        (f"   {tr(language, 'predicate')}  ", "bold"),
        (predicate_label(score.predicate, language), style),
    )
    return Panel(text, expand=False, border_style=style)


def _footer(score: Score, language: str) -> Text:
    return Text(footer_line(score.framework, score.year, score.basis, language), style="dim")


def make_console(buffer: io.StringIO, options: Options) -> Console:
    """A rich console writing into `buffer`, coloured only when the options say so."""
    return Console(
        file=buffer,
        width=options.width or 100,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        color_system="auto" if options.color else None,
    )


def render(scores: Sequence[Score], options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    for n, score in enumerate(scores):
        if n:
            console.print()
        language = options.language
        parts: list[Text | Panel | Table] = [
            Text(heading(score, language), style="bold"),
            _summary(score, language),
        ]
        draft = draft_line(score, language)
        if draft:
            parts.append(Text(draft, style="yellow"))
        parts += [_table(score, options.detail, language), _footer(score, language)]
        console.print(Group(*parts))
    return buffer.getvalue()
