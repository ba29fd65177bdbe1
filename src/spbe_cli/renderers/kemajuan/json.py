"""`spbe progress --format json`: one object.

`pj` holds one object per owner ({pj, indikator, terisi, dengan_target, capai_target,
di_bawah_target, bukti, bukti_diterima, rekomendasi_terbuka, rekomendasi_terlambat}; pj null
for indicators without an owner); `target` the index against the year's targets (null when
the file sets none); `indikator` each indicator that has a target, against its level.
"""

from __future__ import annotations

from typing import Any

from spbe_cli.exact import exact_text
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import num
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.renderers.targets import index_object, indicator_object
from spbe_cli.team.progress import Progress


def progress_object(found: Progress) -> dict[str, Any]:
    score = found.score
    return {
        "berkas": score.file,
        "instansi": score.institution,
        "tahun": score.year,
        "kerangka": score.framework.id,
        "tanggal": found.day.isoformat(),
        "indeks": num(score.index),
        "indeks_tepat": exact_text(score.index),
        "predikat": score.predicate,
        "belum_diisi": list(score.missing),
        "target": index_object(found.index),
        "pj": [
            {
                "pj": row.owner,
                "indikator": row.indicators,
                "terisi": row.filled,
                "dengan_target": row.with_target,
                "capai_target": row.at_target,
                "di_bawah_target": row.below_target,
                "bukti": row.evidence,
                "bukti_diterima": row.accepted,
                "rekomendasi_terbuka": row.open,
                "rekomendasi_terlambat": row.late,
            }
            for row in found.owners
        ],
        "indikator": [indicator_object(t) for t in found.targets],
    }


def render(found: Progress, options: Options) -> str:
    return json_document(progress_object(found), options.ascii)
