"""`--format csv`: one row per indicator, with instansi, tahun and kerangka on every row."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spbe_cli.exact import display
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import basis_of as _basis
from spbe_cli.renderers.common import csv_text, level_text, tier, value_text
from spbe_cli.renderers.score import Placed, joined
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
    "tingkat",
)


def item(placed: Placed, options: Options) -> str:
    """One file's rows, after the header when it comes first."""
    text = csv_text(COLUMNS, _rows(placed.score))
    return text if placed.first else text.split("\n", 1)[1]


def render(scores: Sequence[Score], options: Options) -> str:
    return joined(item, scores, options)


def _rows(score: Score) -> Iterator[tuple[object, ...]]:
    return (
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
            value_text(score.framework, score.index, _basis(score)),
            score.predicate,
            tier(score.framework, score.predicate) or "",
        )
        for item in score.indicators
    )
