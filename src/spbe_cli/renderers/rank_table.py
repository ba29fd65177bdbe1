"""`spbe rank --format table` (the default): a ranking per year, then counts per predikat,
mean and median."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.table import Table
from rich.text import Text

from spbe_cli.exact import display
from spbe_cli.ranking import YearRanking
from spbe_cli.renderers import Options
from spbe_cli.renderers.table import band_style, make_console


def summary(ranking: YearRanking) -> str:
    counts = " · ".join(f"{name} {count}" for name, count in ranking.counts.items())
    return (
        f"{counts}\nRata-rata {display(ranking.mean)} · median {display(ranking.median)} "
        f"(dari indeks tepat)"
    )


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
        for row in ranking.rows:
            scored = row.score
            style = band_style(scored, scored.predicate)
            table.add_row(
                str(row.rank),
                scored.institution,
                display(scored.index),
                Text(scored.predicate, style=style),
            )
        console.print(table)
        console.print(Text(summary(ranking), style="dim"))
    return buffer.getvalue()
