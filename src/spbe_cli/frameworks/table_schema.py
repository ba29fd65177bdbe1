"""The weight-table file, as written: its pydantic-core schema (shape and types only; the
rules that relate one part to another are in checks.py)."""

from __future__ import annotations

from pydantic_core import SchemaValidator
from pydantic_core import core_schema as cs

from spbe_cli.schemas import NAME, NUMBER, TEXT, optional, record, required

NAMES_BY_LEVEL = cs.dict_schema(cs.int_schema(), NAME)  # keys keep their text: "2" -> 2
CRITERIA_NOTE = record(
    {
        "sifat": required(cs.literal_schema(["parafrase", "generik"])),
        "catatan": required(TEXT),
    }
)
_CONVERSION = record(
    {
        "sumber": required(cs.str_schema(strict=True, pattern=r"^[a-z][a-z0-9_]*$")),
        "nama": required(NAME),
        "skala": required(cs.tuple_schema([NUMBER, NUMBER])),
        "rumus": required(record({"tetap": required(NUMBER), "kali": required(NUMBER)})),
        "desimal": optional(cs.int_schema(strict=True, ge=0, le=4)),
        "keyakinan": required(cs.literal_schema(["rendah", "sedang", "tinggi"])),
        "catatan": optional(TEXT),
    }
)
_RULE = record(
    {
        "predikat_dari": optional(cs.literal_schema(["tepat", "dibulatkan"])),
        "terverifikasi": optional(cs.bool_schema(strict=True)),
        "catatan": optional(TEXT),
    }
)
_LEVEL = record(
    {
        "min": required(cs.int_schema(strict=True)),
        "maks": required(cs.int_schema(strict=True)),
        "desimal": optional(cs.int_schema(strict=True, ge=0, le=4)),
        "pecahan": optional(cs.bool_schema(strict=True)),
        "nama": optional(NAMES_BY_LEVEL),
    }
)
_BAND = record(
    {
        "nama": required(NAME),
        "nama_en": optional(NAME),
        "tingkat": optional(NAME),  # tingkat kematangan (pemdi-2026)
        "level": optional(cs.int_schema(strict=True)),  # the indicator level the band names
        "dari": required(NUMBER),
        "sampai": optional(NUMBER),  # default: the next band's dari, the scale's top for the last
        "dari_termasuk": optional(cs.bool_schema(strict=True)),  # default: true
        "sampai_termasuk": optional(cs.bool_schema(strict=True)),  # default: last band only
        "halaman": optional(TEXT),  # where the regulation prints it
    }
)
_DOMAIN = record(
    {
        "id": required(NAME),
        "nama": required(NAME),
        "bobot": required(NUMBER),
        "level_nama": optional(NAMES_BY_LEVEL),
    }
)
_ASPECT = record(
    {
        "id": required(NAME),
        "nama": required(NAME),
        "bobot": required(NUMBER),
        "domain": optional(NAME),
    }
)
_INDICATOR = record(
    {
        "id": required(NAME),
        "nama": required(NAME),
        "aspek": required(NAME),
        "bobot": optional(NUMBER),
        "catatan": optional(TEXT),
        "kriteria": optional(NAMES_BY_LEVEL),  # tables of your own; shipped ones use kriteria/
        "konversi": optional(_CONVERSION),
    }
)
TABLE = SchemaValidator(
    record(
        {
            "kerangka": required(NAME),
            "nama": required(NAME),
            "nama_indeks": optional(record({"id": required(NAME), "en": optional(NAME)})),
            "regulasi": required(NAME),
            "sumber": optional(cs.list_schema(TEXT)),
            "status": required(cs.literal_schema(["resmi", "sementara"])),
            "catatan_status": optional(TEXT),
            "belum_pasti": optional(
                cs.list_schema(record({"halaman": required(NAME), "catatan": required(TEXT)}))
            ),
            "keterangan_kriteria": optional(CRITERIA_NOTE),
            "tahun_mulai": required(cs.int_schema(strict=True)),
            "tahun_sampai": optional(cs.int_schema(strict=True)),
            "level": required(_LEVEL),
            "predikat": required(cs.list_schema(_BAND, min_length=1)),
            "aturan_bawaan": optional(_RULE),
            "aturan_tahun": optional(cs.dict_schema(cs.int_schema(), _RULE)),
            "domain": optional(cs.list_schema(_DOMAIN)),
            "aspek": required(cs.list_schema(_ASPECT, min_length=1)),
            "indikator": required(cs.list_schema(_INDICATOR, min_length=1)),
        }
    )
)
CRITERIA_FILE = SchemaValidator(
    record(
        {
            "kerangka": required(NAME),
            "sifat": required(cs.literal_schema(["parafrase", "generik"])),
            "catatan": required(TEXT),
            "indikator": required(cs.dict_schema(cs.str_schema(), NAMES_BY_LEVEL)),
        }
    )
)
