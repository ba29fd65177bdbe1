"""`spbe explain --format json`: one object, written with json.dumps.

Numbers are rounded half-up to 2 decimals; `_tepat` fields keep the exact value.
"""

from __future__ import annotations

from typing import Any

from spbe_cli.exact import exact_text
from spbe_cli.explaining import Explanation, Level
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import num
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.renderers.score.json import level_value, source_field


def _level(level: Level) -> dict[str, Any]:
    return {
        "level": level.level,
        "nama": level.name or None,
        "rentang": level.span or None,
        "kriteria": level.criteria,
    }


def explanation_object(explanation: Explanation) -> dict[str, Any]:
    ind, framework = explanation.indicator, explanation.framework
    rule = ind.conversion
    result: dict[str, Any] = {
        "kerangka": framework.id,
        "id": ind.id,
        "nama": ind.name,
        "domain": None
        if explanation.domain is None
        else {"id": explanation.domain.id, "nama": explanation.domain.name},
        "aspek": {"id": explanation.aspect.id, "nama": explanation.aspect.name},
        "bobot": num(ind.weight),
        "bobot_tepat": exact_text(ind.weight),
        "tambahan_per_level": num(explanation.per_level),
        "tambahan_per_level_tepat": exact_text(explanation.per_level),
        "catatan": ind.note or None,
        "nama_level_diketahui": explanation.names_known,
        "level": [_level(level) for level in explanation.levels],
        "sifat_kriteria": framework.criteria.kind or None,
        "catatan_kriteria": framework.criteria.note or None,
        "konversi": None
        if rule is None
        else {
            "sumber": rule.source,
            "nama": rule.name,
            "rumus": f"nilai = {rule.formula()}",
            "skala": [num(rule.low), num(rule.high)],
            "pembulatan": None
            if rule.places is None
            else f"setengah ke atas, {rule.places} desimal",
            "keyakinan": rule.confidence,
            "catatan": rule.note or None,
        },
    }
    current = explanation.current
    if current is not None:
        step = current.next
        result["berkas"] = {
            "berkas": current.file,
            "tahun": current.year,
            "nilai": None if current.value is None else level_value(current.value),
            "level": current.level,
            **source_field(current.source),
            "indeks": num(current.index),
            "indeks_tepat": exact_text(current.index),
            "predikat": current.predicate,
            "berikutnya": None
            if step is None
            else {
                "nilai": level_value(step.value),
                "kriteria": [_level(level) for level in step.needs],
                "tambahan": num(step.gain),
                "tambahan_tepat": exact_text(step.gain),
                "indeks": num(step.index),
                "indeks_tepat": exact_text(step.index),
                "predikat": step.predicate,
            },
        }
    return result


def render(explanation: Explanation, options: Options) -> str:
    return json_document(explanation_object(explanation), options.ascii)
