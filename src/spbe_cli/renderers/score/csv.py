"""`--format csv`: one row per indicator, with instansi, tahun and kerangka on every row."""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.exact import display
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import csv_text, level_text
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
    return csv_text(
        COLUMNS,
        (
            (
                score.institution,
                score.year,
                score.framework.id,
                item.indicator.domain or "",
                item.indicator.aspect,
                item.indicator.id,
                item.indicator.name,
                display(item.indicator.weight),
                "" if item.level is None else level_text(item.level),
                display(score.index),
                score.predicate,
            )
            for score in scores
            for item in score.indicators
        ),
    )
