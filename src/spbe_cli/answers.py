"""The answer file: its pydantic(-core) model and the checks that need the kerangka.

```yaml
tahun: 2024
instansi: Kabupaten Contoh
kerangka: spbe-2020        # optional; must cover tahun
indikator:
  1: 3                     # short form
  14: {level: 4, penjelasan: "...", data_dukung: ["..."]}
```
Every problem is collected and reported together, each at its line and column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple

from pydantic_core import ErrorDetails, PydanticCustomError, SchemaValidator, ValidationError
from pydantic_core import core_schema as cs

from spbe_cli import conversions, levels
from spbe_cli.errors import InputError, Problem
from spbe_cli.exact import to_fraction
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.i18n import t
from spbe_cli.ids import id_ranges
from spbe_cli.schemas import (
    ENTRY_KEYS,
    TEXT,
    describe,
    optional,
    pydantic_message,
    record,
    required,
)
from spbe_cli.yamlsafe import Document

YEARS = (2000, 2100)  # a plausible evaluation year, even with an explicit kerangka
TOP_KEYS = ("tahun", "instansi", "kerangka", "indikator")
Value = int | Decimal | Fraction


def _level_shape(value: object) -> Value:
    if isinstance(value, bool):
        raise PydanticCustomError("level", t("level.boolean"))
    if isinstance(value, int | Decimal):
        return value
    if value is None:
        raise PydanticCustomError("level", t("level.empty"))
    if isinstance(value, str):
        exact = levels.fraction_text(value)
        if exact is not None:
            return exact
        if levels.plain_number(value) is not None and "," not in value:
            raise PydanticCustomError("level", t("level.quoted", value=value.strip()))
        raise PydanticCustomError("level", t("level.not_number", value=value))
    raise PydanticCustomError("level", t("level.not_scalar"))


_LEVEL = cs.no_info_plain_validator_function(_level_shape)
_LONG_ENTRY = record(
    {
        "level": required(_LEVEL),
        "penjelasan": optional(cs.nullable_schema(TEXT)),
        "data_dukung": optional(cs.list_schema(TEXT, strict=True)),
    }
)
ANSWER_FILE = SchemaValidator(
    record(
        {
            "tahun": required(cs.int_schema(strict=True, ge=YEARS[0], le=YEARS[1])),
            "instansi": required(cs.str_schema(strict=True, strip_whitespace=True, min_length=1)),
            "kerangka": optional(TEXT),
            "indikator": required(
                cs.dict_schema(
                    cs.str_schema(),
                    cs.tagged_union_schema(
                        {"long": _LONG_ENTRY, "short": _LEVEL},
                        discriminator=lambda v: "long" if isinstance(v, dict) else "short",
                    ),
                    strict=True,
                )
            ),
        }
    )
)


class Answer(NamedTuple):
    level: Fraction
    explanation: str | None = None
    evidence: tuple[str, ...] = ()
    source: conversions.Source | None = None  # the level was converted from this score


@dataclass(frozen=True)
class Answers:
    """A validated answer file, ready to score."""

    file: str
    institution: str
    year: int
    framework: Framework
    levels: Mapping[str, Answer]  # in the kerangka's order; missing ones left out
    missing: tuple[str, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadOptions:
    """How a command reads answer files."""

    allow_missing: bool = False  # a draft: indicators not filled in yet count at the lowest level
    framework: Framework | None = None  # --kerangka: score with this table whatever the file says
    draft_option: bool = True  # the command has --allow-incomplete (messages suggest it)


def read_answers(doc: Document, catalog: Catalog, options: ReadOptions = ReadOptions()) -> Answers:
    """Validate a parsed answer file against its kerangka (InputError with every problem)."""
    data = doc.data
    if not isinstance(data, dict):
        kind = t("answers.holds_list") if isinstance(data, list) else t("answers.holds_value")
        raise InputError([doc.problem([], t("answers.not_mapping", kind=kind))])
    problems: list[Problem] = list(doc.problems)
    framework = _framework(doc, data, catalog, options, problems)
    sources: dict[str, conversions.Source] = {}
    if framework is not None:
        data, sources = conversions.apply(doc, data, framework, problems)
    model: dict[str, Any] | None = None
    try:
        model = ANSWER_FILE.validate_python(data)
    except ValidationError as error:
        problems.extend(_translate(doc, e, framework) for e in error.errors(include_url=False))
    entries = data.get("indikator")
    missing: list[str] = []
    if framework is not None and isinstance(entries, dict):
        missing = _check_indicators(doc, entries, framework, catalog, problems)
        if missing and not options.allow_missing:
            problems.append(_missing_problem(doc, framework, missing, options.draft_option))
    if problems:
        raise InputError(problems)
    assert model is not None and framework is not None  # otherwise a problem was recorded
    return Answers(
        doc.name,
        model["instansi"],
        model["tahun"],
        framework,
        _answers(framework, model["indikator"], sources),
        tuple(missing),
    )


def _answers(
    framework: Framework, validated: Mapping[str, Any], sources: Mapping[str, conversions.Source]
) -> dict[str, Answer]:
    found: dict[str, Answer] = {}
    for indicator in framework.indicators:
        entry = validated.get(indicator.id)
        if isinstance(entry, dict):
            found[indicator.id] = Answer(
                to_fraction(entry["level"]),
                entry.get("penjelasan"),
                tuple(entry.get("data_dukung", ())),
                sources.get(indicator.id),
            )
        elif entry is not None:
            found[indicator.id] = Answer(to_fraction(entry))
    return found


def _year(data: dict[str, Any]) -> int | None:
    """The file's year when it is one (a year out of range is reported by the model)."""
    year = data.get("tahun")
    if isinstance(year, int) and not isinstance(year, bool) and YEARS[0] <= year <= YEARS[1]:
        return year
    return None


def _framework(
    doc: Document,
    data: dict[str, Any],
    catalog: Catalog,
    options: ReadOptions,
    problems: list[Problem],
) -> Framework | None:
    """The kerangka to score with: --kerangka, else the file's `kerangka` (which must cover the
    file's year), else the one the year uses."""
    if options.framework is not None:
        return options.framework
    year, named = _year(data), data.get("kerangka")
    if isinstance(named, str):
        framework = catalog.get(named)
        if framework is None:
            message = t("answers.unknown_kerangka", name=named, known=catalog.describe_years())
            problems.append(doc.problem(["kerangka"], message, subject="kerangka"))
        elif year is not None and not framework.covers(year):
            problems.append(_not_covered(doc, catalog, framework, year))
            return None
        return framework
    if year is None:
        return None
    framework = catalog.for_year(year)
    if framework is None:
        message = t("answers.no_kerangka", year=year, known=catalog.describe_years())
        problems.append(doc.problem(["tahun"], message, subject="tahun"))
    return framework


def _not_covered(doc: Document, catalog: Catalog, framework: Framework, year: int) -> Problem:
    usual = catalog.for_year(year)
    if usual is None:
        message = t(
            "answers.kerangka_year_none",
            framework=framework.id,
            years=framework.years,
            year=year,
            known=catalog.describe_years(),
        )
    else:
        message = t(
            "answers.kerangka_year",
            framework=framework.id,
            years=framework.years,
            year=year,
            usual=usual.id,
        )
    return doc.problem(["kerangka"], message, subject="kerangka")


# ---------------------------------------------------------------- schema errors, in words


def _translate(doc: Document, error: ErrorDetails, framework: Framework | None) -> Problem:
    loc = [p for p in error["loc"] if p not in ("long", "short")]
    path = [p for p in loc if isinstance(p, str | int)]
    kind = error["type"]
    field = str(path[-1]) if path else ""
    subject = f"indikator {path[1]}" if len(path) >= 2 and path[0] == "indikator" else field
    if kind == "extra_forbidden":
        return doc.problem(path, _unknown_key(path, field, framework), key=True, subject=subject)
    if kind == "missing":
        return doc.problem(path[:-1], t("answers.missing_key", key=field), subject=field)
    if kind == "level" or (field == "level" and kind.startswith("int")):
        allowed = levels.allowed(framework) if framework else t("level.any_number")
        message = t("answers.value_problem", subject=subject, problem=error["msg"], allowed=allowed)
        return doc.problem(path, message, subject=subject)
    return doc.problem(path, _wrong_value(doc, path, subject, error), subject=subject)


def _unknown_key(path: Sequence[str | int], field: str, framework: Framework | None) -> str:
    if len(path) >= 2 and path[0] == "indikator":
        indicator = framework.by_id.get(str(path[1])) if framework else None
        keys = ", ".join(ENTRY_KEYS)
        if indicator is not None and indicator.conversion is not None:
            keys = t("answers.entry_keys_source", source=indicator.conversion.source)
        return t("answers.unknown_entry_key", id=path[1], key=field, allowed=keys)
    return t("answers.unknown_key", key=field, allowed=", ".join(TOP_KEYS))


_EXPECTED = {
    "int_type": "answers.expected_year",
    "greater_than_equal": "answers.expected_year_range",
    "less_than_equal": "answers.expected_year_range",
    "string_type": "answers.expected_text",
    "string_too_short": "answers.expected_name",
    "dict_type": "answers.expected_indicators",
    "list_type": "answers.expected_evidence",
    "model_type": "answers.expected_entry",
}


def _wrong_value(doc: Document, path: list[str | int], subject: str, error: ErrorDetails) -> str:
    where = " ".join(str(p) for p in path) or t("answers.whole_file")
    if subject.startswith("indikator") and len(path) > 2:
        where = f"{subject}: {' '.join(str(p) for p in path[2:])}"
    given = error.get("input")
    if isinstance(given, str) and doc.quoted(path) and levels.plain_number(given) is not None:
        return t("answers.quoted_number", where=where, value=given.strip())
    key = _EXPECTED.get(error["type"])
    if key is None:
        return f"{where}: {pydantic_message(error)}"
    expected = t(key, low=YEARS[0], high=YEARS[1])
    return t("answers.got_expected", where=where, got=describe(given), expected=expected)


# ---------------------------------------------------------------- indicators against the kerangka


def _check_indicators(
    doc: Document,
    entries: dict[str, Any],
    framework: Framework,
    catalog: Catalog,
    problems: list[Problem],
) -> list[str]:
    """Unknown ids and levels the kerangka does not allow; returns the ids not filled in."""
    unknown = [key for key in entries if key not in framework.by_id]
    other = _other_framework(entries, framework, catalog) if unknown else None
    if other is not None:
        year = doc.data.get("tahun")
        message = t(
            "answers.other_kerangka",
            other=other.id,
            framework=framework.id,
            year=year,
            count=len(unknown),
        )
        problems.append(doc.problem(["indikator"], message, key=True, subject="indikator"))
        return []
    allowed_ids = id_ranges(framework.by_id)
    for key in unknown:
        split = [i for i in framework.by_id if i.startswith(f"{key}.")]
        hint = t("answers.split_hint", ids=", ".join(split)) if split else ""
        message = t(
            "answers.unknown_indicator",
            id=key,
            framework=framework.id,
            hint=hint,
            allowed=allowed_ids,
        )
        problems.append(
            doc.problem(["indikator", key], message, key=True, subject=f"indikator {key}")
        )
    for key, entry in entries.items():
        if key in framework.by_id:
            _check_level(doc, key, entry, framework, problems)
    return [i for i in framework.by_id if i not in entries]


def _check_level(
    doc: Document, key: str, entry: Any, framework: Framework, problems: list[Problem]
) -> None:
    value = entry.get("level") if isinstance(entry, dict) else entry
    path: list[str | int] = (
        ["indikator", key, "level"] if isinstance(entry, dict) else ["indikator", key]
    )
    if isinstance(value, str):
        value = levels.fraction_text(value)
    if isinstance(value, bool) or not isinstance(value, int | Decimal | Fraction):
        return  # its shape is reported by the model
    found = levels.problem(framework, value)
    if found:
        subject = f"indikator {key}"
        message = t(
            "answers.value_problem",
            subject=subject,
            problem=found,
            allowed=levels.allowed(framework),
        )
        problems.append(doc.problem(path, message, subject=subject))


def _other_framework(
    entries: Mapping[str, Any], framework: Framework, catalog: Catalog
) -> Framework | None:
    """Another kerangka whose ids hold every id of the file, when this one does not."""
    ids = set(entries)
    for other in catalog.ordered():
        if other is not framework and ids <= set(other.by_id):
            return other
    return None


def _missing_problem(
    doc: Document, framework: Framework, missing: Sequence[str], draft_option: bool
) -> Problem:
    message = t(
        "answers.missing_indicators",
        count=len(missing),
        total=len(framework.indicators),
        ids=id_ranges(missing),
        framework=framework.id,
        hint=t("answers.draft_hint") if draft_option else "",
    )
    return doc.problem(["indikator"], message, key=True, subject="indikator")
