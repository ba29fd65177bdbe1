"""`spbe kerangka --format json`: each table's years, status, scale, bands, rules, sources,
and its domains, aspects and indicators with their weights (exact as text too), so a script
needs nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spbe_cli.exact import display, exact_text
from spbe_cli.frameworks import Framework
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import num
from spbe_cli.renderers.jsontext import json_document


def _weight(value: Any) -> dict[str, Any]:
    return {"bobot": num(value), "bobot_tepat": exact_text(value)}


def describe(framework: Framework) -> dict[str, Any]:
    scale = framework.scale
    return {
        "kerangka": framework.id,
        "nama": framework.name,
        "nama_indeks": framework.index_name("id"),
        "regulasi": framework.regulation,
        "tahun": framework.years,
        "tahun_mulai": framework.first_year,
        "tahun_sampai": framework.last_year,
        "status": framework.status,
        "catatan_status": framework.status_note,
        "level": f"{scale.low}-{scale.high}",
        "desimal": scale.decimals,
        "pecahan": scale.fractions,
        "nama_level": {str(k): v for k, v in sorted(scale.names.items())},
        "jumlah": {
            "domain": len(framework.domains),
            "aspek": len(framework.aspects),
            "indikator": len(framework.indicators),
        },
        "predikat": [
            {
                "nama": b.name,
                "tingkat": b.tier or None,
                "nama_en": b.english or None,
                "level": b.level,
                "dari": display(b.lower),
                "sampai": display(b.upper),
                "dari_termasuk": b.lower_in,
                "sampai_termasuk": b.upper_in,
                "rentang": b.span(),
            }
            for b in framework.bands
        ],
        "belum_pasti": [{"halaman": p.pages, "catatan": p.note} for p in framework.open_points],
        "aturan_bawaan": {
            "predikat_dari": framework.default_rule.basis,
            "terverifikasi": framework.default_rule.verified,
        },
        "aturan_tahun": {
            str(year): {"predikat_dari": r.basis, "terverifikasi": r.verified, "catatan": r.note}
            for year, r in sorted(framework.year_rules.items())
        },
        "domain": [{"id": d.id, "nama": d.name, **_weight(d.weight)} for d in framework.domains],
        "aspek": [
            {"id": a.id, "nama": a.name, "domain": a.domain, **_weight(a.weight)}
            for a in framework.aspects
        ],
        "indikator": [
            {
                "id": i.id,
                "nama": i.name,
                "aspek": i.aspect,
                "domain": i.domain,
                **_weight(i.weight),
                "konversi": None if i.conversion is None else i.conversion.source,
            }
            for i in framework.indicators
        ],
        "sumber": list(framework.sources),
        "berkas": framework.origin,
    }


def render(frameworks: Sequence[Framework], options: Options) -> str:
    found: Any = [describe(f) for f in frameworks]
    if len(found) == 1 and options.detail:
        found = found[0]
    return json_document(found, options.ascii)
