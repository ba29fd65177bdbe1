"""The JSON Schema (2020-12) of the answer file, for editors (yaml-language-server) and CI.

Without a kerangka the schema gives the file's shape; with one it also lists the indicator
ids (every one required, no others) and the allowed levels of that kerangka, so an editor can
complete and check them. The optional parts are in both: evidence items per level
(`data_dukung`), values per stage, `pj`, `target`, `rekomendasi`, `target_indeks` and
`target_predikat`. The schema mirrors answers/schema.py and answers/checks.py; a test holds
them together on the samples and on invalid files (a day that is no calendar day, such as
2026-02-30, is left to spbe validate).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from spbe_cli.answers import EVIDENCE_STATUSES, FOLLOW_UP_STATUSES, STAGES, YEARS
from spbe_cli.exact import display
from spbe_cli.frameworks import Catalog, Conversion, Framework, Indicator, LevelScale

DIALECT = "https://json-schema.org/draft/2020-12/schema"


FRACTION = r"^\s*[0-9]{1,6}\s*/\s*[1-9][0-9]{0,5}\s*$"


def _level(scale: LevelScale) -> dict[str, Any]:
    """A value of the scale. Decimal places are not expressed (`multipleOf` fails in tools
    that read numbers as binary floats: 0.29 is not a multiple of 0.01 there); spbe validate
    checks them."""
    if scale.whole:
        return {"type": "integer", "enum": list(range(scale.low, scale.high + 1))}
    number = {"type": "number", "minimum": scale.low, "maximum": scale.high}
    if not scale.fractions:
        return number
    return {"anyOf": [number, {"type": "string", "pattern": FRACTION}]}


DATE = {
    "type": "string",
    "pattern": r"^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*$",
    "description": "Tanggal YYYY-MM-DD.",
}
NAME = {"type": "string", "minLength": 1}


@dataclass(frozen=True)
class _Scale:
    """What the optional parts need to know of the kerangka (or of all of them)."""

    level: dict[str, Any]  # a value of the scale
    item_level: dict[str, Any]  # the level an evidence item supports: a whole level
    indicator: dict[str, Any]  # an indicator id (top-level recommendations)
    aspect: dict[str, Any]  # an aspect id


def _item(scale: _Scale) -> dict[str, Any]:
    """An evidence item for a level: a local file or a link, with its status in the portal."""
    return {
        "type": "object",
        "properties": {
            "berkas": {**NAME, "description": "Berkas lokal, relatif ke folder berkas jawaban."},
            "tautan": {**NAME, "description": "Tautan."},
            "level": scale.item_level,
            "kode": {**NAME, "description": "Kode butir di portal, misalnya I14-L1-01."},
            "status": {"enum": list(EVIDENCE_STATUSES)},
            "tanggal": DATE,
            "berlaku_sampai": {**DATE, "description": "Tidak berlaku lagi setelah hari ini."},
            "catatan": {"type": ["string", "null"], "description": "Catatan penilai."},
        },
        "required": ["level"],
        "oneOf": [{"required": ["berkas"]}, {"required": ["tautan"]}],
        "additionalProperties": False,
    }


def _recommendation(**extra: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "id": NAME,
            "teks": NAME,
            "sumber": {"type": "string"},
            "tindak_lanjut": {"type": ["string", "null"]},
            "status": {"enum": list(FOLLOW_UP_STATUSES)},
            "tenggat": DATE,
            "pj": NAME,
            **extra,
        },
        "required": ["teks"],
        "additionalProperties": False,
    }


def _optional_parts(scale: _Scale) -> dict[str, Any]:
    """The keys an indicator's mapping may hold beside its value."""
    return {
        "penjelasan": {
            "type": ["string", "null"],
            "description": "Penjelasan capaian level (fakta dan analisis).",
        },
        "data_dukung": {
            "type": "array",
            "items": {"anyOf": [{"type": "string"}, _item(scale)]},
            "description": "Data dukung: teks (nama berkas atau tautan), atau butir per level.",
        },
        "pj": {"anyOf": [NAME, {"type": "null"}], "description": "Penanggung jawab."},
        "target": scale.level,
        "rekomendasi": {"type": "array", "items": _recommendation()},
    }


def _stages(level: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": dict.fromkeys(STAGES, level),
        "minProperties": 1,
        "additionalProperties": False,
        "description": "Nilai per tahap evaluasi; tanpa --tahap dipakai tahap terakhir.",
    }


def _entry(scale: _Scale, conversions: Sequence[Conversion] = ()) -> dict[str, Any]:
    """An indicator's answer: a value, or a mapping with the value (or the values per stage)
    and the optional parts; or, for an indicator whose value may come from another agency's
    index, the source score in place of the value (e.g. {sdi: 68.75})."""
    level = scale.level
    options = [level, _mapping("level", {"anyOf": [level, _stages(level)]}, scale)]
    options += [_mapping(c.source, _score(c), scale) for c in conversions]
    return {"anyOf": options}


def _mapping(key: str, value: dict[str, Any], scale: _Scale) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {key: value, **_optional_parts(scale)},
        "required": [key],
        "additionalProperties": False,
    }


def _year_parts(scale: _Scale, index: dict[str, Any], predicates: dict[str, Any]) -> dict[str, Any]:
    """The optional top-level keys: the year's targets and recommendations."""
    top = _recommendation(indikator=scale.indicator, aspek=scale.aspect)
    top["not"] = {"required": ["indikator", "aspek"]}
    return {
        "target_indeks": index,
        "target_predikat": predicates,
        "rekomendasi": {"type": "array", "items": top},
    }


def _bound(value: Fraction) -> int | float:
    """A scale end as a JSON number (the ends in the tables are short decimals)."""
    return value.numerator if value.denominator == 1 else float(value)


def _score(conversion: Conversion) -> dict[str, Any]:
    return {
        "type": "number",
        "minimum": _bound(conversion.low),
        "maximum": _bound(conversion.high),
        "description": f"Skor {conversion.name}; nilai = {conversion.formula()}.",
    }


def _conversions(frameworks: Sequence[Framework]) -> list[Conversion]:
    """Every conversion rule of these kerangka, one per source key."""
    found = {
        i.conversion.source: i.conversion
        for f in frameworks
        for i in f.indicators
        if i.conversion is not None
    }
    return list(found.values())


def _named(framework: Framework, level: int, name: str) -> str:
    """ "3 Terdefinisi"; on a banded scale with the values the level holds, "3 Berkembang
    (2.50 < x ≤ 3.50)"."""
    band = framework.level_band(level)
    return f"{level} {name}" + ("" if band is None else f" ({band.span()})")


def _describe(framework: Framework, indicator: Indicator) -> str:
    names = framework.names_of_levels(indicator)
    levels = ", ".join(_named(framework, n, name) for n, name in sorted(names.items()))
    text = (
        f"Aspek {indicator.aspect}, bobot {display(indicator.weight)}%. "
        f"Level {framework.level_min}-{framework.level_max}"
    )
    return text + (f": {levels}." if levels else ".")


def _top(
    kerangka: dict[str, Any], indicators: dict[str, Any], optional: dict[str, Any]
) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "tahun": {
                "type": "integer",
                "minimum": YEARS[0],
                "maximum": YEARS[1],
                "description": "Tahun evaluasi, misalnya 2024.",
            },
            "instansi": {
                "type": "string",
                "minLength": 1,
                "pattern": "\\S",
                "description": "Nama instansi pusat atau pemerintah daerah.",
            },
            "kerangka": kerangka,
            **optional,
            "indikator": indicators,
        },
        "required": ["tahun", "instansi", "indikator"],
        "additionalProperties": False,
    }


def schema(catalog: Catalog, framework: Framework | None = None) -> dict[str, Any]:
    """The schema of the answer file: generic, or for one kerangka."""
    if framework is None:
        known = catalog.ordered()
        low = min(f.level_min for f in known)
        high = max(f.level_max for f in known)
        level: dict[str, Any] = {
            "anyOf": [
                {"type": "number", "minimum": low, "maximum": high},
                {"type": "string", "pattern": FRACTION},
            ]
        }
        scale = _Scale(level, {"type": "integer", "minimum": low, "maximum": high}, NAME, NAME)
        body = _top(
            {
                "type": "string",
                "enum": [f.id for f in known],
                "description": "Kerangka (tabel bobot); tanpa ini dipilih menurut tahun: "
                + catalog.describe_years(),
            },
            {
                "type": "object",
                "description": "Level tiap indikator, menurut id indikator.",
                "additionalProperties": {"$ref": "#/$defs/jawaban"},
            },
            _year_parts(scale, level, {"type": "string", "minLength": 1}),
        )
        return {
            "$schema": DIALECT,
            "$id": "urn:spbe:jawaban",
            "title": "Berkas jawaban spbe",
            "description": "Berkas jawaban Indeks SPBE / Indeks Pemdi untuk spbe. "
            "Gunakan `spbe schema --kerangka K` untuk daftar indikator dan level kerangka K.",
            **body,
            "$defs": {"jawaban": _entry(scale, _conversions(known))},
        }
    level = _level(framework.scale)
    ids = [i.id for i in framework.indicators]
    scale = _Scale(
        level,
        {"type": "integer", "enum": list(range(framework.level_min, framework.level_max + 1))},
        {"enum": ids},
        {"enum": [a.id for a in framework.aspects]},
    )
    index = {
        "anyOf": [
            {"type": "number", "minimum": framework.level_min, "maximum": framework.level_max},
            {"type": "string", "pattern": FRACTION},
        ]
    }
    body = _top(
        {"const": framework.id, "description": f"{framework.name} ({framework.years})."},
        {
            "type": "object",
            "description": f"Level tiap indikator {framework.id}: semua {len(ids)} wajib diisi.",
            "properties": {
                i.id: {
                    **(
                        {"$ref": "#/$defs/jawaban"}
                        if i.conversion is None
                        else _entry(scale, [i.conversion])
                    ),
                    "title": f"{i.id}. {i.name}",
                    "description": _describe(framework, i),
                }
                for i in framework.indicators
            },
            "required": ids,
            "additionalProperties": False,
        },
        _year_parts(scale, index, {"enum": [b.name for b in framework.bands]}),
    )
    return {
        "$schema": DIALECT,
        "$id": f"urn:spbe:jawaban:{framework.id}",
        "title": f"Berkas jawaban spbe, kerangka {framework.id}",
        "description": f"{framework.name}; {framework.regulation}. Level {framework.level_min}-"
        f"{framework.level_max}"
        + (
            f", paling banyak {framework.scale.decimals} desimal"
            + (' atau pecahan dalam tanda kutip ("7/6").' if framework.scale.fractions else ".")
            if not framework.scale.whole
            else "."
        ),
        **body,
        "$defs": {"jawaban": _entry(scale)},
    }
