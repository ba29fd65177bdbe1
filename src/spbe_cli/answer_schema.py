"""The JSON Schema (2020-12) of the answer file, for editors (yaml-language-server) and CI.

Without a kerangka the schema gives the file's shape; with one it also lists the indicator
ids (every one required, no others) and the allowed levels of that kerangka, so an editor can
complete and check them. The schema mirrors answers.py; a test holds the two together on the
samples and on invalid files.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from spbe_cli.answers import YEARS
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


def _entry(level: dict[str, Any], conversions: Sequence[Conversion] = ()) -> dict[str, Any]:
    """An indicator's answer: a level, or a mapping with level, penjelasan, data_dukung; or,
    for an indicator whose value may come from another agency's index, the source score in
    place of the level (e.g. {sdi: 68.75})."""
    options = [level, _mapping("level", level)]
    options += [_mapping(c.source, _score(c)) for c in conversions]
    return {"anyOf": options}


def _mapping(key: str, value: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            key: value,
            "penjelasan": {
                "type": ["string", "null"],
                "description": "Penjelasan capaian level (fakta dan analisis).",
            },
            "data_dukung": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Nama berkas atau tautan data dukung.",
            },
        },
        "required": [key],
        "additionalProperties": False,
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


def _describe(framework: Framework, indicator: Indicator) -> str:
    names = framework.names_of_levels(indicator)
    levels = ", ".join(f"{n} {name}" for n, name in sorted(names.items()))
    text = (
        f"Aspek {indicator.aspect}, bobot {display(indicator.weight)}%. "
        f"Level {framework.level_min}-{framework.level_max}"
    )
    return text + (f": {levels}." if levels else ".")


def _top(kerangka: dict[str, Any], indicators: dict[str, Any]) -> dict[str, Any]:
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
        )
        return {
            "$schema": DIALECT,
            "$id": "urn:spbe:jawaban",
            "title": "Berkas jawaban spbe",
            "description": "Berkas jawaban Indeks SPBE / Indeks Pemdi untuk spbe. "
            "Gunakan `spbe schema --kerangka K` untuk daftar indikator dan level kerangka K.",
            **body,
            "$defs": {"jawaban": _entry(level, _conversions(known))},
        }
    level = _level(framework.scale)
    ids = [i.id for i in framework.indicators]
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
                        else _entry(level, [i.conversion])
                    ),
                    "title": f"{i.id}. {i.name}",
                    "description": _describe(framework, i),
                }
                for i in framework.indicators
            },
            "required": ids,
            "additionalProperties": False,
        },
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
        "$defs": {"jawaban": _entry(level)},
    }
