"""`--format table` (the default): domains and aspects, the index and predikat prominent;
`--detail` adds every indicator under its aspect (and its target, where the file sets one).

Drawn with renderers/plain.py (a batch of thousands of files stays fast); on a narrow
terminal (below 60 columns) with rich's stacked layout, where every name keeps its lines."""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache

from spbe_cli.exact import display
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import (
    banded_text,
    draft_line,
    footer_line,
    groups_label,
    heading,
    index_name,
    index_text,
    level_text,
    predicate_label,
)
from spbe_cli.renderers.plain import Column, Look, Span, boxed, fitted, paragraph, table
from spbe_cli.renderers.score import Placed, joined
from spbe_cli.renderers.styles import band_style, is_narrow
from spbe_cli.renderers.targets import index_line, index_target_of
from spbe_cli.renderers.text import one_line
from spbe_cli.scoring import GroupScore, IndicatorScore, Score, predicate

Row = tuple[Span, ...]  # id, name, then the number columns


def _banded(score: Score, value: Fraction, language: str, style: str = "") -> tuple[Span, Span]:
    """A domain's or aspect's index as shown (in `style`), and its predikat in its colour."""
    framework, year = score.framework, score.year
    return _banded_cells(framework, year, value.numerator, value.denominator, language, style)


@lru_cache(maxsize=8192)
def _banded_cells(
    framework: Framework, year: int, numerator: int, denominator: int, language: str, style: str
) -> tuple[Span, Span]:
    """_banded, once per value: a batch shows the same values thousands of times."""
    value = Fraction(numerator, denominator)
    name = predicate(framework, year, value)
    label = predicate_label(framework, name, language)
    shown = Span(banded_text(framework, year, value), style)
    return shown, Span(label, band_style(framework, name))


@lru_cache(maxsize=1024)
def _named(
    indent: str, group: str, name: str, weight: tuple[int, int], style: str
) -> tuple[Span, Span, Span]:
    """A domain's or aspect's id, name and weight cells (the same in every file)."""
    shown = display(Fraction(*weight))
    return Span(f"{indent}{group}", style), Span(one_line(name), style), Span(shown)


def _group_cells(group: GroupScore, indent: str, style: str = "") -> tuple[Span, Span, Span]:
    weight = (group.weight.numerator, group.weight.denominator)
    return _named(indent, group.id, group.name, weight, style)


def _target(score: Score, item: IndicatorScore) -> Span:
    """An indicator's target beside its level: red when the level is below it."""
    if item.target is None:
        return Span("")
    met = item.level is not None and score.framework.target_met(item.level, item.target)
    return Span(level_text(item.target), "" if met else "red")


def _columns(score: Score, options: Options) -> list[Column]:
    language, detail = options.language, options.detail
    columns = [
        Column("ID"),
        Column(groups_label(score.framework, language, detail=detail), wraps=True),
        Column(tr(language, "weight_pct"), right=True),
        Column(tr(language, "index_level" if detail else "index"), right=True),
        Column(tr(language, "predicate")),
    ]
    if detail and any(i.target is not None for i in score.indicators):
        columns.append(Column(tr(language, "target_level"), right=True))
    return columns


def _rows(score: Score, options: Options, targets: bool) -> list[Row]:
    """Domains, their aspects, and with `detail` every indicator under its aspect."""
    language = options.language
    extra = (Span(""),) if targets else ()
    rows: list[Row] = []

    def aspect_rows(aspect: GroupScore, indent: str) -> None:
        rows.append(
            (*_group_cells(aspect, indent), *_banded(score, aspect.index, language), *extra)
        )
        if not options.detail:
            return
        for item in score.indicators:
            if item.indicator.aspect == aspect.id:
                ind = item.indicator
                rows.append(
                    (
                        Span(f"{indent}  {ind.id}"),
                        Span(one_line(ind.name), "dim"),
                        Span(display(ind.weight)),
                        Span(level_text(item.level), "dim" if item.level is None else ""),
                        Span(""),
                        *((_target(score, item),) if targets else ()),
                    )
                )

    for domain in score.domains:
        banded = _banded(score, domain.index, language, "bold")
        rows.append((*_group_cells(domain, "", "bold"), *banded, *extra))
        for aspect in score.aspects:
            if aspect.domain == domain.id:
                aspect_rows(aspect, "  ")
    if not score.domains:
        for aspect in score.aspects:
            aspect_rows(aspect, "")
    return rows


def _summary(score: Score, language: str) -> tuple[list[Span], str]:
    style = band_style(score.framework, score.predicate)
    spans = [
        Span(f"{index_name(score, language)}  ", "bold"),
        Span(index_text(score), style),
        Span(f"   {tr(language, 'predicate')}  ", "bold"),
        Span(predicate_label(score.framework, score.predicate, language), style),
    ]
    return spans, style


def _notes(score: Score, language: str) -> list[Span]:
    """The lines between the summary and the table: a draft's range, the index target."""
    notes = []
    draft = draft_line(score, language)
    if draft:
        notes.append(Span(draft, "yellow"))
    target = index_target_of(score)
    if target is not None:
        line = index_line(target, score.framework, language)
        notes.append(Span(line, "" if target.reached else "red"))
    return notes


def item(placed: Placed, options: Options) -> str:
    """One file's heading, summary, table and footer; a blank line before every file but
    the first."""
    score = placed.score
    text = None
    if not is_narrow(options):
        columns = _columns(score, options)
        rows = _rows(score, options, len(columns) > 5)
        widths = fitted(columns, rows, options.width or 100)
        if widths is not None:
            text = _wide(score, options, columns, rows, widths)
    if text is None:
        text = _narrow(score, options)
    return text if placed.first else "\n" + text


def render(scores: Sequence[Score], options: Options) -> str:
    return joined(item, scores, options)


def _wide(
    score: Score, options: Options, columns: list[Column], rows: list[Row], widths: list[int]
) -> str:
    look = Look(options.width or 100, options.color, options.ascii)
    language = options.language
    spans, style = _summary(score, language)
    lines = paragraph(Span(heading(score, language), "bold"), look)
    lines += boxed(spans, style, look)
    for note in _notes(score, language):
        lines += paragraph(note, look)
    lines += table(columns, rows, look, widths)
    footer = footer_line(score.framework, score.year, score.basis, language)
    lines += paragraph(Span(footer, "dim"), look)
    return "\n".join(lines) + "\n"


def _narrow(score: Score, options: Options) -> str:
    """Below 60 columns, or where the table cannot hold its longest words: each name on lines
    of its own, its numbers on the line under it."""
    from rich.console import Group, RenderableType
    from rich.panel import Panel
    from rich.text import Text

    from spbe_cli.renderers.console import Row as StackedRow
    from spbe_cli.renderers.console import make_console, stacked

    def text(span: Span) -> Text:
        return Text(span.text, style=span.style)

    language = options.language
    columns = _columns(score, options)
    rows = [
        StackedRow(row[0].text, text(row[1]), [text(c) for c in row[2:]], style=row[0].style)
        for row in _rows(score, options, len(columns) > 5)
    ]
    heads = (columns[0].header, columns[1].header)
    numbers = [(c.header, c.right) for c in columns[2:]]
    spans, style = _summary(score, language)
    parts: list[RenderableType] = [
        Text(heading(score, language), style="bold"),
        Panel(Text.assemble(*((s.text, s.style) for s in spans)), expand=False, border_style=style),
        *(text(note) for note in _notes(score, language)),
        stacked(heads, numbers, rows, options.width or 100),
        Text(footer_line(score.framework, score.year, score.basis, language), style="dim"),
    ]
    buffer = io.StringIO()
    make_console(buffer, options).print(Group(*parts))
    return buffer.getvalue()
