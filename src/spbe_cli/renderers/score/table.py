"""`--format table` (the default): a rich table of domains and aspects, the index and predikat
prominent; `--detail` adds every indicator under its aspect."""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction

from rich import box
from rich.console import Group
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
from spbe_cli.renderers.console import band_style, make_console
from spbe_cli.renderers.score import Placed, joined
from spbe_cli.renderers.targets import index_line
from spbe_cli.renderers.text import one_line
from spbe_cli.scoring import GroupScore, IndicatorScore, Score, predicate
from spbe_cli.team.targets import index_target


def _predicate_text(score: Score, value: Fraction, language: str) -> Text:
    name = predicate(score.framework, score.year, value)
    return Text(
        predicate_label(score.framework, name, language), style=band_style(score.framework, name)
    )


def _table(score: Score, detail: bool, language: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("ID", no_wrap=True)
    table.add_column(groups_label(score.framework, language, detail=detail))
    table.add_column(tr(language, "weight_pct"), justify="right", no_wrap=True)
    table.add_column(
        tr(language, "index_level" if detail else "index"), justify="right", no_wrap=True
    )
    table.add_column(tr(language, "predicate"), no_wrap=True)
    targets = detail and any(i.target is not None for i in score.indicators)
    if targets:
        table.add_column(tr(language, "target_level"), justify="right", no_wrap=True)
    extra = ("",) if targets else ()

    def aspect_rows(aspect: GroupScore, indent: str) -> None:
        table.add_row(
            f"{indent}{aspect.id}",
            Text(one_line(aspect.name)),
            display(aspect.weight),
            display(aspect.index),
            _predicate_text(score, aspect.index, language),
            *extra,
        )
        if not detail:
            return
        for item in score.indicators:
            if item.indicator.aspect == aspect.id:
                ind = item.indicator
                level = Text(level_text(item.level), style="dim" if item.level is None else "")
                table.add_row(
                    f"{indent}  {ind.id}",
                    Text(one_line(ind.name), style="dim"),
                    display(ind.weight),
                    level,
                    "",
                    *((_target_text(item),) if targets else ()),
                )

    if score.domains:
        for domain in score.domains:
            table.add_row(
                Text(domain.id, style="bold"),
                Text(one_line(domain.name), style="bold"),
                display(domain.weight),
                Text(display(domain.index), style="bold"),
                _predicate_text(score, domain.index, language),
                *extra,
            )
            for aspect in score.aspects:
                if aspect.domain == domain.id:
                    aspect_rows(aspect, "  ")
    else:
        for aspect in score.aspects:
            aspect_rows(aspect, "")
    return table


def _target_text(item: IndicatorScore) -> Text:
    """An indicator's target beside its level: red when the level is below it."""
    if item.target is None:
        return Text("")
    met = item.level is not None and item.level >= item.target
    return Text(level_text(item.target), style="" if met else "red")


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


def item(placed: Placed, options: Options) -> str:
    """One file's heading, summary, table and footer; a blank line before every file but
    the first."""
    text = _one(placed.score, options)
    return text if placed.first else "\n" + text


def render(scores: Sequence[Score], options: Options) -> str:
    return joined(item, scores, options)


def _one(score: Score, options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    language = options.language
    parts: list[Text | Panel | Table] = [
        Text(heading(score, language), style="bold"),
        _summary(score, language),
    ]
    draft = draft_line(score, language)
    if draft:
        parts.append(Text(draft, style="yellow"))
    target = index_target(score)
    if target is not None:
        line = index_line(target, score.framework, language)
        parts.append(Text(line, style="" if target.reached else "red"))
    parts += [_table(score, options.detail, language), _footer(score, language)]
    console.print(Group(*parts))
    return buffer.getvalue()
