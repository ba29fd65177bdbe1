"""`spbe rank --format json`: one list of {peringkat, instansi, tahun, kerangka, indeks,
predikat, ...} for one year; an object keyed by year, each a list, for several."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spbe_cli.exact import exact_text
from spbe_cli.ranking import YearRanking
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import num
from spbe_cli.renderers.jsontext import json_document


def rows(ranking: YearRanking) -> list[dict[str, Any]]:
    return [
        {
            "peringkat": row.rank,
            "instansi": row.score.institution,
            "tahun": row.score.year,
            "kerangka": row.score.framework.id,
            "indeks": num(row.score.index),
            "indeks_tepat": exact_text(row.score.index),
            "predikat": row.score.predicate,
            "berkas": row.score.file,
        }
        for row in ranking.rows
    ]


def render(rankings: Sequence[YearRanking], options: Options) -> str:
    found: Any = (
        rows(rankings[0]) if len(rankings) == 1 else {str(r.year): rows(r) for r in rankings}
    )
    return json_document(found, options.ascii)
