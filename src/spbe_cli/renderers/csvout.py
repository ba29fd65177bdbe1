"""`--format csv`: one row per indicator, with instansi, tahun and kerangka on every row."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from spbe_cli.exact import display
from spbe_cli.renderers import Options
from spbe_cli.renderers.labels import level_text
from spbe_cli.scoring import Score

COLUMNS = (
    "instansi",
    "tahun",
    "kerangka",
    "domain",
    "aspek",
    "indikator",
    "nama",
    "bobot",
    "level",
    "indeks",
    "predikat",
)


def render(scores: Sequence[Score], options: Options) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for score in scores:
        for item in score.indicators:
            ind = item.indicator
            writer.writerow(
                (
                    score.institution,
                    score.year,
                    score.framework.id,
                    ind.domain or "",
                    ind.aspect,
                    ind.id,
                    ind.name,
                    display(ind.weight),
                    "" if item.level is None else level_text(item.level),
                    display(score.index),
                    score.predicate,
                )
            )
    return out.getvalue()
