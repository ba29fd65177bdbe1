"""What an answer file may hold, as a pydantic(-core) schema (shapes and types; what needs the
kerangka, such as ids and the level scale, is checked in read.py).

```yaml
tahun: 2026
instansi: Pemerintah Kota Contoh
kerangka: pemdi-2026          # optional; must cover tahun
target_indeks: 3.0            # optional: the year's goal
target_predikat: Baik         # optional
rekomendasi:                  # optional: recommendations about no single indicator
  - {teks: "...", aspek: A3, status: belum, tenggat: 2026-06-30}
indikator:
  1: 3                        # short form
  13: "7/6"                   # pemdi: an exact fraction, in quotes
  14:
    level: {mandiri: 4, dokumen: 3}     # or a plain value
    penjelasan: "..."
    data_dukung:
      - "Perbup 12-2024.pdf"                             # plain text, as before
      - {berkas: bukti/14/perbup.pdf, level: 1, status: diterima}
      - {tautan: "https://...", level: 2, status: diunggah, berlaku_sampai: 2027-02-01}
    pj: Bappeda
    target: 4
    rekomendasi: [{id: R2024-03, teks: "...", status: proses, tenggat: 2026-06-30}]
```
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from pydantic_core import PydanticCustomError, SchemaValidator
from pydantic_core import core_schema as cs

from spbe_cli import levels
from spbe_cli.answers.keys import (  # re-exported: the keys are part of the schema
    ENTRY_KEYS as ENTRY_KEYS,
)
from spbe_cli.answers.keys import (
    ITEM_KEYS as ITEM_KEYS,
)
from spbe_cli.answers.keys import (
    RECOMMENDATION_KEYS as RECOMMENDATION_KEYS,
)
from spbe_cli.answers.keys import (
    TOP_KEYS as TOP_KEYS,
)
from spbe_cli.answers.keys import (
    TOP_RECOMMENDATION_KEYS as TOP_RECOMMENDATION_KEYS,
)
from spbe_cli.answers.keys import (
    YEARS as YEARS,
)
from spbe_cli.answers.model import EVIDENCE_STATUSES, FOLLOW_UP_STATUSES, STAGES
from spbe_cli.days import parse_day
from spbe_cli.i18n import t
from spbe_cli.schemas import NAME, TEXT, optional, record, required

Value = int | Decimal | Fraction


def _value_shape(value: object) -> Value:
    """A level or target as written: a number, or (for pemdi) a quoted fraction."""
    if isinstance(value, bool):
        raise PydanticCustomError("level", t("level.boolean"))
    if isinstance(value, int | Decimal | Fraction):  # a Fraction: a converted score, exact
        return value
    if value is None:
        raise PydanticCustomError("level", t("level.empty"))
    if isinstance(value, str):
        exact = levels.fraction_text(value)
        if exact is not None:
            return exact
        written = levels.decimal_text(value)
        if written is not None and "," in value:  # 3,5 is text in YAML: say how to write it
            fixed = format(written, "f")
            raise PydanticCustomError("fix", t("level.decimal_comma", value=value, fixed=fixed))
        if written is not None:
            raise PydanticCustomError("level", t("level.quoted", value=value.strip()))
        raise PydanticCustomError("level", t("level.not_number", value=value))
    raise PydanticCustomError("level", t("level.not_scalar"))


def _date_shape(value: object) -> date:
    """A day written as YYYY-MM-DD, plain or quoted (YAML keeps it as text here)."""
    found = parse_day(value) if isinstance(value, str) else None
    if found is None:
        raise PydanticCustomError("date", t("answers.not_a_date", value=value))
    return found


def _item_level_shape(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise PydanticCustomError("item_level", t("evidence.level_whole", value=value))


VALUE = cs.no_info_plain_validator_function(_value_shape)
DATE = cs.no_info_plain_validator_function(_date_shape)
_STAGES = record({stage: optional(VALUE) for stage in STAGES})
_LEVEL = cs.tagged_union_schema(
    {"stages": _STAGES, "value": VALUE},
    discriminator=lambda v: "stages" if isinstance(v, dict) else "value",
)
_ITEM = record(
    {
        "berkas": optional(NAME),
        "tautan": optional(NAME),
        "level": required(cs.no_info_plain_validator_function(_item_level_shape)),
        "kode": optional(NAME),
        "status": optional(cs.literal_schema(list(EVIDENCE_STATUSES))),
        "tanggal": optional(DATE),
        "berlaku_sampai": optional(DATE),
        "catatan": optional(cs.nullable_schema(TEXT)),
    }
)
_EVIDENCE = cs.list_schema(
    cs.tagged_union_schema(
        {"item": _ITEM, "text": cs.str_schema(strict=True)},
        discriminator=lambda v: "item" if isinstance(v, dict) else "text",
    ),
    strict=True,
)


def _recommendation(*extra: str) -> cs.TypedDictSchema:
    fields = {
        "id": optional(NAME),
        "teks": required(NAME),
        "sumber": optional(TEXT),
        "tindak_lanjut": optional(cs.nullable_schema(TEXT)),
        "status": optional(cs.literal_schema(list(FOLLOW_UP_STATUSES))),
        "tenggat": optional(DATE),
        "pj": optional(NAME),
    }
    fields.update({key: optional(NAME) for key in extra})
    return record(fields)


_LONG_ENTRY = record(
    {
        "level": required(_LEVEL),
        "penjelasan": optional(cs.nullable_schema(TEXT)),
        "data_dukung": optional(_EVIDENCE),
        "pj": optional(cs.nullable_schema(NAME)),
        "target": optional(VALUE),
        "rekomendasi": optional(cs.list_schema(_recommendation(), strict=True)),
    }
)
ANSWER_FILE = SchemaValidator(
    record(
        {
            "tahun": required(cs.int_schema(strict=True, ge=YEARS[0], le=YEARS[1])),
            "instansi": required(cs.str_schema(strict=True, strip_whitespace=True, min_length=1)),
            "kerangka": optional(TEXT),
            "target_indeks": optional(VALUE),
            "target_predikat": optional(NAME),
            "rekomendasi": optional(
                cs.list_schema(_recommendation("indikator", "aspek"), strict=True)
            ),
            "indikator": required(
                cs.dict_schema(
                    cs.str_schema(),
                    cs.tagged_union_schema(
                        {"long": _LONG_ENTRY, "short": VALUE},
                        discriminator=lambda v: "long" if isinstance(v, dict) else "short",
                    ),
                    strict=True,
                )
            ),
        }
    )
)
UNION_TAGS = frozenset({"long", "short", "stages", "value", "item", "text"})
"""Tags of the unions above: they appear in error locations and are not keys of the file."""
