"""The answer file: its pydantic model and the checks that need the kerangka.

```yaml
tahun: 2024
instansi: Kabupaten Contoh
kerangka: spbe-2020        # optional
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

from spbe_cli import conversions
from spbe_cli.errors import InputError, Problem
from spbe_cli.exact import to_fraction
from spbe_cli.frameworks import ENTRY_KEYS, Catalog, Framework, optional, record, required
from spbe_cli.yamlsafe import Document

YEARS = (2000, 2100)  # a plausible evaluation year, even with an explicit kerangka
TOP_KEYS = ("tahun", "instansi", "kerangka", "indikator")


def _level_shape(value: object) -> int | Decimal:
    if isinstance(value, bool):
        raise PydanticCustomError(
            "level", "level is a YAML boolean (yes/no/on/off/true/false), not a number"
        )
    if isinstance(value, int | Decimal):
        return value
    if value is None:
        raise PydanticCustomError("level", "level is empty")
    if isinstance(value, str):
        raise PydanticCustomError("level", "level '{text}' is not a number", {"text": value})
    raise PydanticCustomError("level", "level must be a number, not a list")


# The answer file, as a pydantic(-core) model. Core schemas are used directly instead of
# BaseModel classes: they validate the same way at a fraction of the start-up cost.
_LEVEL = cs.no_info_plain_validator_function(_level_shape)
_TEXT = cs.str_schema(strict=True)
_LONG_ENTRY = record(
    {
        "level": required(_LEVEL),
        "penjelasan": optional(cs.nullable_schema(_TEXT)),
        "data_dukung": optional(cs.list_schema(_TEXT, strict=True)),
    }
)
ANSWER_FILE = SchemaValidator(
    record(
        {
            "tahun": required(cs.int_schema(strict=True, ge=YEARS[0], le=YEARS[1])),
            "instansi": required(cs.str_schema(strict=True, strip_whitespace=True, min_length=1)),
            "kerangka": optional(_TEXT),
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


def read_answers(doc: Document, catalog: Catalog, *, allow_missing: bool = False) -> Answers:
    """Validate a parsed answer file against its kerangka (InputError with every problem)."""
    data = doc.data
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise InputError(
            [
                doc.problem(
                    [],
                    f"the file holds {kind}; an answer file is a mapping with "
                    "keys tahun, instansi, indikator (and optional kerangka)",
                )
            ]
        )
    problems: list[Problem] = list(doc.problems)
    framework, warnings = _framework(doc, data, catalog, problems)
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
        missing = _check_indicators(doc, entries, framework, problems)
        if missing and not allow_missing:
            problems.append(_missing_problem(doc, framework, missing))
    if problems:
        raise InputError(problems)
    assert model is not None and framework is not None  # otherwise a problem was recorded
    levels: dict[str, Answer] = {}
    validated = model["indikator"]
    for indicator in framework.indicators:
        entry = validated.get(indicator.id)
        if isinstance(entry, dict):
            levels[indicator.id] = Answer(
                to_fraction(entry["level"]),
                entry.get("penjelasan"),
                tuple(entry.get("data_dukung", ())),
                sources.get(indicator.id),
            )
        elif entry is not None:
            levels[indicator.id] = Answer(to_fraction(entry))
    return Answers(
        doc.name,
        model["instansi"],
        model["tahun"],
        framework,
        levels,
        tuple(missing),
        tuple(warnings),
    )


def _framework(
    doc: Document, data: dict[str, Any], catalog: Catalog, problems: list[Problem]
) -> tuple[Framework | None, list[str]]:
    year = data.get("tahun")
    named = data.get("kerangka")
    warnings: list[str] = []
    if isinstance(named, str):
        framework = catalog.get(named)
        if framework is None:
            problems.append(
                doc.problem(
                    ["kerangka"],
                    f"kerangka '{named}' is unknown; known: {catalog.describe_years()}",
                    subject="kerangka",
                )
            )
        elif isinstance(year, int) and not isinstance(year, bool) and not framework.covers(year):
            usual = catalog.for_year(year)
            warnings.append(
                f"{doc.name}: kerangka {framework.id} covers {framework.years}, not {year}"
                + (f" (the kerangka for {year} is {usual.id})" if usual else "")
            )
        return framework, warnings
    if isinstance(year, int) and not isinstance(year, bool):
        framework = catalog.for_year(year)
        if framework is None:
            problems.append(
                doc.problem(
                    ["tahun"],
                    f"tahun {year}: no kerangka covers this year; "
                    f"known: {catalog.describe_years()}",
                    subject="tahun",
                )
            )
        return framework, warnings
    return None, warnings


def _translate(doc: Document, error: ErrorDetails, framework: Framework | None) -> Problem:
    loc = [p for p in error["loc"] if p not in ("long", "short")]
    path = [p for p in loc if isinstance(p, str | int)]
    kind = error["type"]
    field = str(path[-1]) if path else ""
    if len(path) >= 2 and path[0] == "indikator":
        subject = f"indikator {path[1]}"
        allowed_keys = ", ".join(ENTRY_KEYS)
        indicator = framework.by_id.get(str(path[1])) if framework else None
        if indicator is not None and indicator.conversion is not None:
            allowed_keys = f"level (or {indicator.conversion.source}), penjelasan, data_dukung"
    else:
        subject = field
        allowed_keys = ", ".join(TOP_KEYS)
    if kind == "extra_forbidden":
        message = f"unknown key '{field}'; allowed: {allowed_keys}"
        if subject.startswith("indikator"):
            message = f"{subject}: {message}"
        return doc.problem(path, message, key=True, subject=subject)
    if kind == "missing":
        return doc.problem(path[:-1], f"missing required key '{field}'", subject=field)
    if kind == "level" or (field == "level" and kind.startswith("int")):
        allowed = f"{framework.level_range()} ({framework.id})" if framework else "a number"
        return doc.problem(path, f"{subject}: {error['msg']}; allowed: {allowed}", subject=subject)
    expected = {
        "int_type": "a whole number such as 2024",
        "greater_than_equal": f"a year from {YEARS[0]} to {YEARS[1]}",
        "less_than_equal": f"a year from {YEARS[0]} to {YEARS[1]}",
        "string_type": "text",
        "string_too_short": "a non-empty name",
        "dict_type": "a mapping of indicator id to level",
        "list_type": "a list of file names or links",
        "model_type": "a level or a mapping with level, penjelasan, data_dukung",
    }.get(kind)
    where = " ".join(str(p) for p in path) or "file"
    if subject.startswith("indikator") and len(path) > 2:
        where = f"{subject}: {' '.join(str(p) for p in path[2:])}"
    if expected is None:
        return doc.problem(path, f"{where}: {error['msg']}", subject=subject)
    shown = _show(error.get("input"))
    return doc.problem(path, f"{where}: got {shown}; expected {expected}", subject=subject)


def _show(value: object) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"'{value}'" if value.strip() else "an empty text"
    return str(value)


def _check_indicators(
    doc: Document, entries: dict[str, Any], framework: Framework, problems: list[Problem]
) -> list[str]:
    for key, entry in entries.items():
        subject = f"indikator {key}"
        if key not in framework.by_id:
            hint = ""
            split = [i for i in framework.by_id if i.startswith(f"{key}.")]
            if split:
                hint = f" (it is split into {', '.join(split)})"
            problems.append(
                doc.problem(
                    ["indikator", key],
                    f"{subject}: not an indicator of {framework.id}{hint}; "
                    f"allowed ids: {id_ranges(framework.by_id)}",
                    key=True,
                    subject=subject,
                )
            )
            continue
        value = entry.get("level") if isinstance(entry, dict) else entry
        path: list[str | int] = ["indikator", key]
        if isinstance(entry, dict):
            path.append("level")
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            continue  # its shape is reported by the model
        problem = level_problem(framework, value, value)
        if problem:
            allowed = f"{framework.level_range()} ({framework.id})"
            problems.append(
                doc.problem(path, f"{subject}: {problem}; allowed: {allowed}", subject=subject)
            )
    return [i for i in framework.by_id if i not in entries]


def level_problem(
    framework: Framework, level: int | Decimal | Fraction, shown: object
) -> str | None:
    """What is wrong with a level for this kerangka, or None."""
    if not isinstance(level, int) and (Fraction(level) * 10**framework.decimals).denominator != 1:
        if framework.decimals == 0:
            return f"level {shown} is not an integer"
        return f"level {shown} has more than {framework.decimals} decimals"
    if not framework.level_min <= level <= framework.level_max:
        return f"level {shown} is out of range"
    return None


def _missing_problem(doc: Document, framework: Framework, missing: Sequence[str]) -> Problem:
    total = len(framework.indicators)
    return doc.problem(
        ["indikator"],
        f"indikator: {len(missing)} of {total} indicators missing: {id_ranges(missing)}; "
        f"{framework.id} needs every indicator once (or use --allow-incomplete for a draft)",
        key=True,
        subject="indikator",
    )


def id_ranges(ids: Sequence[str] | Mapping[str, Any]) -> str:
    """Compact list of ids: "1-34, 35.1, 35.2, 35.3"."""
    parts: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            parts.append(f"{run[0]}-{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
            run.clear()

    for text in ids:
        if text.isdigit() and (not run or int(text) == run[-1] + 1):
            run.append(int(text))
            continue
        flush()
        if text.isdigit():
            run.append(int(text))
        else:
            parts.append(text)
    flush()
    return ", ".join(parts)
