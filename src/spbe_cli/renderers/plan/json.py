"""`spbe plan --format json`: the plan as one object, written with json.dumps.

`langkah` holds one entry per indicator to raise ({id, nama, tujuan, dari, ke, tambahan, ...}),
in plan order (with `--min-level`, the floor's moves first: `tujuan` "level_minimal", then the
target's: "target"); `indeks` and `predikat` are the result; `target` is null for a floor
alone, `level_minimal` null without one. Numbers are rounded half-up to 2
decimals; a step's `tambahan` is the difference of the rounded indices before and after it (so
the numbers add up, as every format shows them); the `_tepat` fields keep the exact values.
"""

from __future__ import annotations

from typing import Any

from spbe_cli.exact import exact_text
from spbe_cli.planning import Plan
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import num, tier
from spbe_cli.renderers.jsontext import json_document
from spbe_cli.renderers.plan.view import gain_shown, needs
from spbe_cli.renderers.score.json import level_value


def plan_object(plan: Plan) -> dict[str, Any]:
    current = plan.current
    return {
        "berkas": current.file,
        "instansi": current.institution,
        "tahun": current.year,
        "kerangka": current.framework.id,
        "target": None
        if plan.target is None
        else {
            "indeks": num(plan.target.value),
            "indeks_termasuk": plan.target.inclusive,
            "predikat": plan.target.predicate,
            "dasar_predikat": current.basis,
        },
        "level_minimal": plan.floor,
        "tercapai": plan.reached,
        "indeks_awal": num(current.index),
        "predikat_awal": current.predicate,
        "tingkat_awal": tier(current.framework, current.predicate),
        "jumlah_langkah": plan.steps,
        "langkah": [
            {
                "id": m.indicator.id,
                "nama": m.indicator.name,
                "tujuan": m.purpose,
                "dari": level_value(m.start),
                "ke": level_value(m.end),
                "tambahan": num(gain_shown(m).value),
                "tambahan_tepat": exact_text(m.gain),
                "jumlah_langkah": m.steps,
                "indeks": num(m.index),
                "predikat": m.predicate,
                "kriteria": [
                    {"level": n.level, "nama": n.name or None, "kriteria": n.criteria}
                    for n in needs(plan, m)
                ],
            }
            for m in plan.moves
        ],
        "indeks": num(plan.index),
        "indeks_tepat": exact_text(plan.index),
        "predikat": plan.predicate,
        "tingkat": tier(current.framework, plan.predicate),
        "indeks_maks": num(plan.best_index),
        "predikat_maks": plan.best_predicate,
        "level_maks": plan.cap,
        "tidak_direncanakan": [{"id": i, "alasan": why} for i, why in plan.held.items()],
        "di_bawah_level_minimal": list(plan.below_floor),
    }


def render(plan: Plan, options: Options) -> str:
    return json_document(plan_object(plan), options.ascii)
