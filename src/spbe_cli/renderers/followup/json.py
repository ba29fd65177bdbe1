"""`spbe followup --format json`: a list with one object per recommendation:
{berkas, instansi, id, indikator, aspek, teks, sumber, pj, tindak_lanjut, status, tenggat,
terlambat} (tenggat as YYYY-MM-DD or null)."""

from __future__ import annotations

from typing import Any

from spbe_cli.renderers import Options
from spbe_cli.renderers.followup import FollowUpList
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.team.followup import FollowUp

KEYS = (
    "berkas",
    "instansi",
    "id",
    "indikator",
    "aspek",
    "teks",
    "sumber",
    "pj",
    "tindak_lanjut",
    "status",
    "tenggat",
    "terlambat",
)


def values(item: FollowUp) -> tuple[Any, ...]:
    """The fields of one recommendation, in the order of KEYS."""
    return (
        item.file,
        item.institution,
        item.id,
        item.indicator,
        item.aspect,
        item.text,
        item.source,
        item.owner,
        item.follow_up,
        item.status,
        item.due.isoformat() if item.due else None,
        item.late,
    )


def render(found: FollowUpList, options: Options) -> str:
    day = found.day.isoformat()  # the day `terlambat` is judged on
    rows = [{**dict(zip(KEYS, values(item), strict=True)), "tanggal": day} for item in found.items]
    return json_document(rows, options.ascii)
