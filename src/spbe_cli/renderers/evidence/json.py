"""`spbe evidence --format json`: one object per answer file (an array for several), written
with json.dumps. Sentences (`masalah`) are in Indonesian whatever --bahasa says, so the JSON is
the same in both languages.

    berkas, instansi, tahun, kerangka, tanggal, berkas_diperiksa,
    indeks, indeks_tepat, predikat                      the claims, scored
    indeks_bukti, indeks_bukti_tepat, predikat_bukti    what the accepted evidence supports
    indeks_siap, indeks_siap_tepat, predikat_siap       what the ready evidence supports
    belum_diisi                                         drafts only: ids not filled in
    indikator: [{id, nama, level, level_bukti, level_siap,
                 berkas_hilang: [path as written],
                 kedaluwarsa: [{level, berkas|tautan, berlaku_sampai}],
                 masalah: [sentence]}]
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from spbe_cli.answers import EvidenceItem
from spbe_cli.evidence import EvidenceCheck, IndicatorEvidence
from spbe_cli.exact import exact_text
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import num
from spbe_cli.renderers.evidence.view import problems
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.renderers.score.json import level_value
from spbe_cli.scoring import Score


def _value(value: Fraction | None) -> int | float | None:
    return None if value is None else level_value(value)


def _index(prefix: str, score: Score) -> dict[str, Any]:
    return {
        f"indeks{prefix}": num(score.index),
        f"indeks{prefix}_tepat": exact_text(score.index),
        f"predikat{prefix}": score.predicate,
    }


def _expired(item: EvidenceItem) -> dict[str, Any]:
    until = item.valid_until.isoformat() if item.valid_until else None
    return {"level": item.level, item.kind: item.text, "berlaku_sampai": until}


def _indicator(row: IndicatorEvidence) -> dict[str, Any]:
    return {
        "id": row.indicator.id,
        "nama": row.indicator.name,
        "level": _value(row.claim),
        "level_bukti": _value(row.accepted),
        "level_siap": _value(row.ready),
        "berkas_hilang": list(row.missing_files),
        "kedaluwarsa": [_expired(item) for item in row.expired],
        "masalah": problems(row, "id"),
    }


def check_object(found: EvidenceCheck) -> dict[str, Any]:
    claimed = found.claimed
    result: dict[str, Any] = {
        "berkas": found.file,
        "instansi": claimed.institution,
        "tahun": claimed.year,
        "kerangka": found.framework.id,
        "tanggal": found.day.isoformat(),
        "berkas_diperiksa": found.files_checked,
        **_index("", claimed),
        **_index("_bukti", found.supported),
        **_index("_siap", found.ready),
    }
    if claimed.missing:
        result["belum_diisi"] = list(claimed.missing)
    result["indikator"] = [_indicator(row) for row in found.indicators]
    return result


def render(checks: Sequence[EvidenceCheck], options: Options) -> str:
    """One file: an indented object. Several: an array of them."""
    value: Any = check_object(checks[0]) if len(checks) == 1 else [check_object(c) for c in checks]
    return json_document(value, options.ascii)
