"""`spbe rank --format table` (the default): a ranking per year, then counts per predikat,
mean and median."""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction

from rich import box
from rich.text import Text

from spbe_cli.exact import display, exact_text
from spbe_cli.i18n import tr, tr_count
from spbe_cli.ranking import YearRanking
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import index_text, predicate_label
from spbe_cli.renderers.console import Row, Table, band_style, fits, make_console, stacked
from spbe_cli.renderers.text import one_line


def summary(ranking: YearRanking, language: str = "id") -> str:
    framework = ranking.rows[0].score.framework
    counts = " · ".join(
        f"{predicate_label(framework, name, language)} {count}"
        for name, count in ranking.counts.items()
    )
    mean = tr(language, "rank_mean", mean=display(ranking.mean), median=display(ranking.median))
    return f"{counts}\n{mean}"


def _shown(ranking: YearRanking) -> list[str]:
    """Each index as displayed; where two different indices would look the same once rounded,
    both get their exact value beside them, so a rank never seems to contradict the numbers."""
    displayed = [index_text(row.score) for row in ranking.rows]
    exact: dict[str, set[Fraction]] = {}
    for text, row in zip(displayed, ranking.rows, strict=True):
        exact.setdefault(text, set()).add(row.score.index)
    return [
        f"{text} ({exact_text(row.score.index)})"
        if len(exact[text]) > 1 and text != exact_text(row.score.index)
        else text
        for text, row in zip(displayed, ranking.rows, strict=True)
    ]


def _rows(ranking: YearRanking, language: str) -> list[Row]:
    rows = []
    for row, shown in zip(ranking.rows, _shown(ranking), strict=True):
        scored = row.score
        style = band_style(scored.framework, scored.predicate)
        label = predicate_label(scored.framework, scored.predicate, language)
        rows.append(Row(str(row.rank), one_line(scored.institution), (shown, Text(label, style))))
    return rows


def render(rankings: Sequence[YearRanking], options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    language = options.language
    for n, ranking in enumerate(rankings):
        if n:
            console.print()
        title = tr_count(
            language,
            "rank_title",
            len(ranking.rows),
            year=ranking.year,
            frameworks=", ".join(ranking.frameworks),
        )
        console.print(Text(title, style="bold"))
        heads = ("#", tr(language, "institution"))
        columns = ((tr(language, "index"), True), (tr(language, "predicate"), False))
        rows = _rows(ranking, language)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column(heads[0], justify="right", no_wrap=True)
        table.add_column(heads[1])
        table.add_column(columns[0][0], justify="right", no_wrap=True)
        table.add_column(columns[1][0], no_wrap=True)
        for row in rows:
            table.add_row(str(row.ident), row.name, *row.cells)
        if fits(table, options):
            console.print(table)
        else:
            console.print(stacked(heads, columns, rows, options.width or 100))
        console.print(Text(summary(ranking, language), style="dim"))
    return buffer.getvalue()
