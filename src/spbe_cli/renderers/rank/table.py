"""`spbe rank --format table` (the default): a ranking per year, then counts per predikat,
mean and median."""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction

from rich import box
from rich.table import Table
from rich.text import Text

from spbe_cli.exact import display, exact_text
from spbe_cli.ranking import YearRanking
from spbe_cli.renderers import Options
from spbe_cli.renderers.console import band_style, make_console


def summary(ranking: YearRanking) -> str:
    counts = " · ".join(f"{name} {count}" for name, count in ranking.counts.items())
    return (
        f"{counts}\nRata-rata {display(ranking.mean)} · median {display(ranking.median)} "
        f"(dari indeks tepat)"
    )


def _shown(ranking: YearRanking) -> list[str]:
    """Each index as displayed; where two different indices would look the same once rounded,
    both get their exact value beside them, so a rank never seems to contradict the numbers."""
    displayed = [display(row.score.index) for row in ranking.rows]
    exact: dict[str, set[Fraction]] = {}
    for text, row in zip(displayed, ranking.rows, strict=True):
        exact.setdefault(text, set()).add(row.score.index)
    return [
        f"{text} ({exact_text(row.score.index)})" if len(exact[text]) > 1 else text
        for text, row in zip(displayed, ranking.rows, strict=True)
    ]


def render(rankings: Sequence[YearRanking], options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    for n, ranking in enumerate(rankings):
        if n:
            console.print()
        kerangka = ", ".join(ranking.frameworks)
        title = f"Peringkat tahun {ranking.year} ({kerangka}): {len(ranking.rows)} instansi"
        console.print(Text(title, style="bold"))
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("Instansi")
        table.add_column("Indeks", justify="right", no_wrap=True)
        table.add_column("Predikat", no_wrap=True)
        for row, shown in zip(ranking.rows, _shown(ranking), strict=True):
            scored = row.score
            style = band_style(scored.framework, scored.predicate)
            table.add_row(
                str(row.rank), scored.institution, shown, Text(scored.predicate, style=style)
            )
        console.print(table)
        console.print(Text(summary(ranking), style="dim"))
    return buffer.getvalue()
