"""`spbe rank --format csv`: one row per instansi, every year in one table."""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.exact import display, exact_text
from spbe_cli.ranking import YearRanking
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import csv_text

COLUMNS = (
    "peringkat",
    "instansi",
    "tahun",
    "kerangka",
    "indeks",
    "indeks_tepat",
    "predikat",
    "berkas",
)


def render(rankings: Sequence[YearRanking], options: Options) -> str:
    return csv_text(
        COLUMNS,
        (
            (
                row.rank,
                row.score.institution,
                row.score.year,
                row.score.framework.id,
                display(row.score.index),
                exact_text(row.score.index),
                row.score.predicate,
                row.score.file,
            )
            for ranking in rankings
            for row in ranking.rows
        ),
    )
