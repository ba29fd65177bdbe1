"""`spbe rank --format csv`: one row per instansi, every year in one table."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from spbe_cli.exact import display, exact_text
from spbe_cli.ranking import YearRanking
from spbe_cli.renderers import Options

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
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for ranking in rankings:
        for row in ranking.rows:
            scored = row.score
            writer.writerow(
                (
                    row.rank,
                    scored.institution,
                    scored.year,
                    scored.framework.id,
                    display(scored.index),
                    exact_text(scored.index),
                    scored.predicate,
                    scored.file,
                )
            )
    return out.getvalue()
