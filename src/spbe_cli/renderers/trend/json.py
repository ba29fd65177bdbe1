"""`spbe trend --format json`: an array with one object per instansi,
`{"instansi", "riwayat": [{"tahun", "kerangka", "indeks", "indeks_tepat", "predikat",
"tingkat", "selisih", "domain", "aspek"}]}`, years oldest first (`tingkat`: the predikat's
tingkat kematangan where the year's kerangka names one, pemdi-2026; else null). `selisih` is
the exact change of the index from the year before as text (a finite decimal, or "p/q"), null
the first year; across a kerangka change the indices are compared as they are, as `spbe diff`
does. `domain` and `aspek` are as in `spbe score --format json`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spbe_cli.exact import exact_text
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import num, tier
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.renderers.score.json import score_object
from spbe_cli.trend import History, Year


def _year(year: Year) -> dict[str, Any]:
    score = year.score
    groups = score_object(score, indicators=False)
    change = year.change
    return {
        "tahun": score.year,
        "kerangka": score.framework.id,
        "indeks": num(score.index),
        "indeks_tepat": exact_text(score.index),
        "predikat": score.predicate,
        "tingkat": tier(score.framework, score.predicate),  # null for spbe-2018/2020
        "selisih": None if change is None else exact_text(change),
        "domain": groups["domain"],
        "aspek": groups["aspek"],
    }


def history_objects(histories: Sequence[History]) -> list[dict[str, Any]]:
    return [
        {"instansi": history.institution, "riwayat": [_year(y) for y in history.years]}
        for history in histories
    ]


def render(histories: Sequence[History], options: Options) -> str:
    return json_document(history_objects(histories), options.ascii)
