"""`spbe diff --format json`: one object, written with json.dumps.

Numbers are rounded half-up for display (levels and their differences are exact already;
indices to 2 decimals, contributions to 4); the `*_tepat` fields keep the exact values as
text. `perbandingan` says which comparison was made: kerangka_sama, pemetaan or indeks_saja.
`pemetaan` names the mapping table between the two kerangka, if any: `hanya_dugaan` when all
its indicator pairings are guesses, `dibandingkan` false when it was therefore not used
(indeks_saja without --termasuk-dugaan).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from spbe_cli.diff import Change, Comparison
from spbe_cli.exact import exact_text, round_half_up
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import num
from spbe_cli.renderers.diff.closed import closed_field
from spbe_cli.renderers.diff.view import CONTRIBUTION_PLACES, describe, predicate_move, sections
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.renderers.score.json import level_value
from spbe_cli.scoring import Score


def _side(score: Score) -> dict[str, Any]:
    side: dict[str, Any] = {
        "berkas": score.file,
        "instansi": score.institution,
        "tahun": score.year,
        "kerangka": score.framework.id,
    }
    if score.missing:
        side["belum_diisi"] = list(score.missing)
    return side


def _exact(value: Fraction | None) -> str | None:
    return None if value is None else exact_text(value)


def _level(value: Fraction | None) -> int | float | None:
    return None if value is None else level_value(value)


def _index(value: Fraction | None) -> float | None:
    return None if value is None else num(value)


def _values(change: Change) -> dict[str, Any]:
    """Old, new and difference, rounded to 2 decimals, and each exactly as text."""
    return {
        "lama": _index(change.old),
        "baru": _index(change.new),
        "selisih": _index(change.delta),
        "lama_tepat": _exact(change.old),
        "baru_tepat": _exact(change.new),
        "selisih_tepat": _exact(change.delta),
    }


def _indicator(change: Change, direction: str, same: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"id": change.id, "nama": change.name}
    if same:
        row["bobot"] = num(change.weight) if change.weight is not None else None
        row |= {"lama": _level(change.old), "baru": _level(change.new)}
        row["selisih"] = _level(change.delta)
    else:
        row |= {
            "id_lama": list(change.old_ids),
            "nama_lama": list(change.old_names),
            "id_baru": list(change.new_ids),
            "nama_baru": list(change.new_names),
            **_values(change),
        }
    contribution = change.contribution
    row["kontribusi"] = (
        None if contribution is None else float(round_half_up(contribution, CONTRIBUTION_PLACES))
    )
    row["kontribusi_tepat"] = _exact(contribution)
    row["arah"] = direction
    row["belum_diisi"] = list(change.unfilled)
    if not same:
        row["keyakinan"] = change.confidence
        row["catatan"] = change.note
    return row


def _group(change: Change, same: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"id": change.id, "nama": change.name}
    if same:
        row["bobot"] = num(change.weight) if change.weight is not None else None
    else:
        row |= {"id_lama": list(change.old_ids), "id_baru": list(change.new_ids)}
    row |= _values(change)
    if not same:
        row |= {"keyakinan": change.confidence, "catatan": change.note}
    return row


def comparison_object(comparison: Comparison) -> dict[str, Any]:
    old, new = comparison.old, comparison.new
    same = comparison.kind == "kerangka_sama"
    table = comparison.crosswalk or comparison.withheld
    return {
        "perbandingan": comparison.kind,
        "keterangan": describe(comparison),
        "lama": _side(old),
        "baru": _side(new),
        "pemetaan": None
        if table is None
        else {
            "tabel": table.table_id,
            "nama": table.name,
            "asal": table.origin,
            "catatan": table.note,
            "hanya_dugaan": table.guesses_only,
            "dibandingkan": comparison.crosswalk is not None,
        },
        "indeks": {
            "lama": num(old.index),
            "baru": num(new.index),
            "selisih": float(round_half_up(comparison.index_delta, CONTRIBUTION_PLACES)),
            "lama_tepat": exact_text(old.index),
            "baru_tepat": exact_text(new.index),
            "selisih_tepat": exact_text(comparison.index_delta),
        },
        "predikat": {
            "lama": old.predicate,
            "baru": new.predicate,
            "arah": predicate_move(comparison),
        },
        "indikator": [
            _indicator(row, section.key, same)
            for section in sections(comparison)
            for row in section.rows
        ],
        "domain": [_group(c, same) for c in comparison.domains],
        "aspek": [_group(c, same) for c in comparison.aspects],
        **closed_field(comparison),
    }


def render(comparison: Comparison, options: Options) -> str:
    return json_document(comparison_object(comparison), options.ascii)
