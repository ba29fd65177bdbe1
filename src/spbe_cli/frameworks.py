"""Weight tables (kerangka): loaded, validated and looked up in this one place.

A table is a YAML file named after its kerangka id. The tables shipped with spbe live in the
package's `weights/` folder; `--weights DIR` or SPBE_WEIGHTS (several folders separated by the
path separator) add tables or replace shipped ones with the same id. Every table is checked
on load: unique ids, every indicator in exactly one aspect, weights summing to their aspect,
domain and 100, predicate bands ordered and covering the scale.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic_core import PydanticCustomError, SchemaValidator, ValidationError
from pydantic_core import core_schema as cs

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.exact import display, exact_text

HUNDRED = Fraction(100)
Basis = Literal["tepat", "dibulatkan"]


# ---------------------------------------------------------------- the table file, as written
# pydantic(-core) schemas, used directly: they validate like BaseModel classes would, without
# the start-up cost of building model classes on every run.


def record(fields: Mapping[str, cs.TypedDictField]) -> cs.TypedDictSchema:
    """A mapping with exactly these keys (unknown keys are errors)."""
    return cs.typed_dict_schema(dict(fields), extra_behavior="forbid")


def required(schema: cs.CoreSchema) -> cs.TypedDictField:
    return cs.typed_dict_field(schema, required=True)


def optional(schema: cs.CoreSchema) -> cs.TypedDictField:
    return cs.typed_dict_field(schema, required=False)


def _number(value: object) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | Fraction):
        raise PydanticCustomError("number", "must be a number such as 13 or 1.30")
    return Fraction(value)


_NUMBER = cs.no_info_plain_validator_function(_number)
_NAME = cs.str_schema(strict=True, min_length=1)
_TEXT = cs.str_schema(strict=True)
_NAMES_BY_LEVEL = cs.dict_schema(cs.int_schema(), _NAME)  # keys keep their text: "2" -> 2
_CONVERSION = record(
    {
        "sumber": required(cs.str_schema(strict=True, pattern=r"^[a-z][a-z0-9_]*$")),
        "nama": required(_NAME),
        "skala": required(cs.tuple_schema([_NUMBER, _NUMBER])),
        "rumus": required(record({"tetap": required(_NUMBER), "kali": required(_NUMBER)})),
        "keyakinan": required(cs.literal_schema(["rendah", "sedang", "tinggi"])),
        "catatan": optional(_TEXT),
    }
)
_RULE = record(
    {
        "predikat_dari": optional(cs.literal_schema(["tepat", "dibulatkan"])),
        "terverifikasi": optional(cs.bool_schema(strict=True)),
        "catatan": optional(_TEXT),
    }
)
TABLE = SchemaValidator(
    record(
        {
            "kerangka": required(_NAME),
            "nama": required(_NAME),
            "regulasi": required(_NAME),
            "sumber": optional(cs.list_schema(_TEXT)),
            "status": required(cs.literal_schema(["resmi", "sementara"])),
            "catatan_status": optional(_TEXT),
            "keterangan_kriteria": optional(
                record(
                    {
                        "sifat": required(cs.literal_schema(["parafrase", "generik"])),
                        "catatan": required(_TEXT),
                    }
                )
            ),
            "tahun_mulai": required(cs.int_schema(strict=True)),
            "tahun_sampai": optional(cs.int_schema(strict=True)),
            "level": required(
                record(
                    {
                        "min": required(cs.int_schema(strict=True)),
                        "maks": required(cs.int_schema(strict=True)),
                        "desimal": optional(cs.int_schema(strict=True, ge=0, le=2)),
                        "nama": optional(_NAMES_BY_LEVEL),
                    }
                )
            ),
            "predikat": required(
                cs.list_schema(
                    record({"nama": required(_NAME), "dari": required(_NUMBER)}), min_length=1
                )
            ),
            "aturan_bawaan": optional(_RULE),
            "aturan_tahun": optional(cs.dict_schema(cs.int_schema(), _RULE)),
            "domain": optional(
                cs.list_schema(
                    record(
                        {
                            "id": required(_NAME),
                            "nama": required(_NAME),
                            "bobot": required(_NUMBER),
                            "level_nama": optional(_NAMES_BY_LEVEL),
                        }
                    )
                )
            ),
            "aspek": required(
                cs.list_schema(
                    record(
                        {
                            "id": required(_NAME),
                            "nama": required(_NAME),
                            "bobot": required(_NUMBER),
                            "domain": optional(_NAME),
                        }
                    ),
                    min_length=1,
                )
            ),
            "indikator": required(
                cs.list_schema(
                    record(
                        {
                            "id": required(_NAME),
                            "nama": required(_NAME),
                            "aspek": required(_NAME),
                            "bobot": optional(_NUMBER),
                            "catatan": optional(_TEXT),
                            "kriteria": optional(_NAMES_BY_LEVEL),
                            "konversi": optional(_CONVERSION),
                        }
                    ),
                    min_length=1,
                )
            ),
        }
    )
)


# ---------------------------------------------------------------- the checked, ready table


@dataclass(frozen=True)
class YearRule:
    basis: Basis  # "tepat": predicate from the exact index; "dibulatkan": from it rounded to 2 dp
    verified: bool
    note: str


@dataclass(frozen=True)
class Band:
    name: str
    lower: Fraction  # inclusive; the band runs up to the next band's lower bound (exclusive)


@dataclass(frozen=True)
class Domain:
    id: str
    name: str
    weight: Fraction
    level_names: Mapping[int, str]


@dataclass(frozen=True)
class Aspect:
    id: str
    name: str
    weight: Fraction
    domain: str | None


@dataclass(frozen=True)
class Conversion:
    """How a score from another agency's evaluation becomes this indicator's value:
    value = offset + factor × score, for a score within [low, high] (both inclusive)."""

    source: str  # the key an answer file uses instead of `level`, e.g. "sdi"
    name: str
    low: Fraction
    high: Fraction
    offset: Fraction
    factor: Fraction
    confidence: Literal["rendah", "sedang", "tinggi"]
    note: str = ""

    def value(self, score: Fraction) -> Fraction:
        """The exact value for a score (the caller checks the score is within the scale)."""
        return self.offset + self.factor * score

    def formula(self, term: str | None = None) -> str:
        """The rule in words: "1 + skor sdi / 25", "skor sjig", "0.5 + 0.75 × skor x"; `term`
        replaces "skor sdi" (display text in another language)."""
        score, factor = term or f"skor {self.source}", self.factor
        if factor.numerator == 1 and factor.denominator > 1:
            score = f"{score} / {factor.denominator}"
        elif factor != 1:
            score = f"{exact_text(factor)} × {score}"
        return score if self.offset == 0 else f"{exact_text(self.offset)} + {score}"


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: loaded once per run
class Indicator:
    id: str
    name: str
    aspect: str
    domain: str | None
    weight: Fraction
    note: str = ""
    criteria: Mapping[int, str] = field(default_factory=dict)
    conversion: Conversion | None = None  # its value may come from another agency's index


@dataclass(frozen=True, eq=False)
class Framework:
    id: str
    name: str
    regulation: str
    sources: tuple[str, ...]
    status: Literal["resmi", "sementara"]
    status_note: str
    first_year: int
    last_year: int | None
    level_min: int
    level_max: int
    decimals: int
    level_names: Mapping[int, str]
    bands: tuple[Band, ...]
    default_rule: YearRule
    year_rules: Mapping[int, YearRule]
    domains: tuple[Domain, ...]
    aspects: tuple[Aspect, ...]
    indicators: tuple[Indicator, ...]
    origin: str
    criteria_kind: str = ""  # "parafrase" (per indicator) or "generik" (a generic pattern)
    criteria_note: str = ""

    @property
    def provisional(self) -> bool:
        return self.status != "resmi"

    @property
    def years(self) -> str:
        end = "" if self.last_year is None else str(self.last_year)
        return f"{self.first_year}-{end}" if end != str(self.first_year) else end

    def covers(self, year: int) -> bool:
        return self.first_year <= year and (self.last_year is None or year <= self.last_year)

    def rule(self, year: int) -> YearRule:
        return self.year_rules.get(year, self.default_rule)

    @cached_property
    def weight_scale(self) -> int:
        """Least common denominator of the indicator weights: each weight × it is whole."""
        return math.lcm(*(i.weight.denominator for i in self.indicators))

    @cached_property
    def scaled_weights(self) -> Mapping[str, int]:
        """Each indicator's weight × weight_scale, a whole number."""
        scale = self.weight_scale
        return {i.id: i.weight.numerator * (scale // i.weight.denominator) for i in self.indicators}

    @cached_property
    def members(self) -> Mapping[str, tuple[str, ...]]:
        """Indicator ids of each aspect and each domain, by the group's id."""
        groups: dict[str, list[str]] = {a.id: [] for a in self.aspects}
        groups.update({d.id: [] for d in self.domains})
        for i in self.indicators:
            groups[i.aspect].append(i.id)
            if i.domain is not None:
                groups[i.domain].append(i.id)
        return {group: tuple(ids) for group, ids in groups.items()}

    @cached_property
    def by_id(self) -> Mapping[str, Indicator]:
        return {i.id: i for i in self.indicators}

    def names_of_levels(self, indicator: Indicator) -> Mapping[int, str]:
        for domain in self.domains:
            if domain.id == indicator.domain and domain.level_names:
                return domain.level_names
        return self.level_names

    def level_range(self) -> str:
        """The allowed levels, in words: "an integer from 1 to 5"."""
        if self.decimals == 0:
            return f"an integer from {self.level_min} to {self.level_max}"
        return (
            f"a number from {self.level_min} to {self.level_max} "
            f"with at most {self.decimals} decimals"
        )


# ---------------------------------------------------------------- loading and checking


def build(document: yamlsafe.Document, origin: str) -> Framework:
    """Validate a parsed table file and return the ready Framework (InputError otherwise)."""
    if document.problems:
        raise InputError(list(document.problems))
    if not isinstance(document.data, dict):
        raise InputError([document.problem([], "a weight table is a YAML mapping")])
    try:
        table: dict[str, Any] = TABLE.validate_python(document.data)
    except ValidationError as error:
        raise InputError(schema_problems(document, error)) from None
    problems = list(_check(table, document))
    if problems:
        raise InputError(problems)
    return _ready(table, origin)


def schema_problems(document: yamlsafe.Document, error: ValidationError) -> list[Problem]:
    """A table's schema errors, each at its place in the file: "level.min: ..."."""
    return [
        document.problem(
            [p for p in e["loc"] if isinstance(p, str | int)],
            f"{'.'.join(str(p) for p in e['loc']) or 'table'}: {e['msg']}",
            key=e["type"] == "extra_forbidden",
        )
        for e in error.errors(include_url=False)
    ]


def _check(table: dict[str, Any], doc: yamlsafe.Document) -> Iterable[Problem]:
    domains: list[dict[str, Any]] = table.get("domain", [])
    aspects: list[dict[str, Any]] = table["aspek"]
    indicators: list[dict[str, Any]] = table["indikator"]
    zero = Fraction(0)
    for where, items in (("domain", domains), ("aspek", aspects), ("indikator", indicators)):
        seen: set[str] = set()
        for n, item in enumerate(items):
            if item["id"] in seen:
                yield doc.problem([where, n, "id"], f"{where} id '{item['id']}' appears twice")
            seen.add(item["id"])

    low, high = table["level"]["min"], table["level"]["maks"]
    if low >= high:
        yield doc.problem(["level"], "level.min must be below level.maks")
    named_levels: list[tuple[list[str | int], dict[int, str]]] = [
        (["level", "nama"], table["level"].get("nama", {}))
    ]
    named_levels += [
        (["domain", n, "level_nama"], d.get("level_nama", {})) for n, d in enumerate(domains)
    ]
    named_levels += [
        (["indikator", n, "kriteria"], i.get("kriteria", {})) for n, i in enumerate(indicators)
    ]
    for path, names in named_levels:
        for level in names:
            if not low <= level <= high:
                yield doc.problem(path, f"level {level} is outside the scale {low}-{high}")
    yield from _check_conversions(indicators, low, high, doc)
    first, last = table["tahun_mulai"], table.get("tahun_sampai")
    if last is not None and last < first:
        yield doc.problem(["tahun_sampai"], "tahun_sampai is before tahun_mulai")
    for year in table.get("aturan_tahun", {}):
        if year < first or (last is not None and year > last):
            yield doc.problem(["aturan_tahun"], f"rule for {year} is outside the table's years")

    bands = table["predikat"]
    if bands[0]["dari"] != low:
        yield doc.problem(["predikat", 0, "dari"], f"the lowest band must start at {low}")
    for n in range(1, len(bands)):
        if not bands[n - 1]["dari"] < bands[n]["dari"] <= high:
            yield doc.problem(
                ["predikat", n, "dari"], "bands must rise strictly and stay within the scale"
            )
    if len({b["nama"] for b in bands}) != len(bands):
        yield doc.problem(["predikat"], "predicate names must be unique")

    domain_ids = [d["id"] for d in domains]
    for n, aspect in enumerate(aspects):
        if domain_ids and aspect.get("domain") not in domain_ids:
            yield doc.problem(
                ["aspek", n], f"aspek {aspect['id']}: domain must be one of {', '.join(domain_ids)}"
            )
        if not domain_ids and "domain" in aspect:
            yield doc.problem(["aspek", n, "domain"], "this table has no domains")
    aspect_ids = [a["id"] for a in aspects]
    for n, ind in enumerate(indicators):
        if ind["aspek"] not in aspect_ids:
            yield doc.problem(
                ["indikator", n, "aspek"],
                f"indikator {ind['id']}: aspek must be one of {', '.join(aspect_ids)}",
            )

    for n, aspect in enumerate(aspects):
        members = [i for i in indicators if i["aspek"] == aspect["id"]]
        given = [i["bobot"] for i in members if "bobot" in i]
        if not members:
            yield doc.problem(["aspek", n], f"aspek {aspect['id']} has no indicators")
        elif given and len(given) != len(members):
            yield doc.problem(
                ["aspek", n], f"aspek {aspect['id']}: give bobot for all its indicators or none"
            )
        elif given and sum(given, zero) != aspect["bobot"]:
            yield doc.problem(
                ["aspek", n, "bobot"],
                f"aspek {aspect['id']}: bobot {display(aspect['bobot'])} but its indicators "
                f"sum to {display(sum(given, zero))}",
            )
    for n, domain in enumerate(domains):
        total = sum((a["bobot"] for a in aspects if a.get("domain") == domain["id"]), zero)
        if total != domain["bobot"]:
            yield doc.problem(
                ["domain", n, "bobot"],
                f"domain {domain['id']}: bobot {display(domain['bobot'])} but its aspects sum "
                f"to {display(total)}",
            )
    for where, items in (("domain", domains), ("aspek", aspects), ("indikator", indicators)):
        for n, item in enumerate(items):
            if item.get("bobot", 1) <= 0:
                yield doc.problem([where, n, "bobot"], f"{item['id']}: bobot must be positive")
    total = sum((a["bobot"] for a in aspects), zero)
    if total != HUNDRED:
        yield doc.problem(["aspek"], f"aspect weights sum to {display(total)}, not 100")


ENTRY_KEYS = ("level", "penjelasan", "data_dukung")  # the keys of an answer entry


def _check_conversions(
    indicators: list[dict[str, Any]], low: int, high: int, doc: yamlsafe.Document
) -> Iterable[Problem]:
    """A source key is unique, is not an answer-file key, and every score on its scale
    converts to a value on the level scale (the rule is linear: checking the ends suffices)."""
    owner: dict[str, str] = {}
    for n, ind in enumerate(indicators):
        rule = ind.get("konversi")
        if rule is None:
            continue
        path: list[str | int] = ["indikator", n, "konversi"]
        source = rule["sumber"]
        if source in ENTRY_KEYS:
            yield doc.problem([*path, "sumber"], f"sumber '{source}' is an answer-file key")
        elif source in owner:
            yield doc.problem(
                [*path, "sumber"], f"sumber '{source}' is already used by indikator {owner[source]}"
            )
        owner[source] = ind["id"]
        first, last = rule["skala"]
        factor = rule["rumus"]["kali"]
        if not first < last or factor <= 0:
            yield doc.problem(path, "skala must rise and rumus.kali must be positive")
            continue
        ends = [rule["rumus"]["tetap"] + factor * end for end in (first, last)]
        if not (low <= ends[0] and ends[1] <= high):
            yield doc.problem(
                [*path, "rumus"],
                f"scores {display(first)}-{display(last)} convert to {exact_text(ends[0])}-"
                f"{exact_text(ends[1])}, outside the level scale {low}-{high}",
            )


def _conversion(rule: dict[str, Any] | None) -> Conversion | None:
    if rule is None:
        return None
    return Conversion(
        source=rule["sumber"],
        name=rule["nama"],
        low=rule["skala"][0],
        high=rule["skala"][1],
        offset=rule["rumus"]["tetap"],
        factor=rule["rumus"]["kali"],
        confidence=rule["keyakinan"],
        note=" ".join(rule.get("catatan", "").split()),
    )


def _ready(table: dict[str, Any], origin: str) -> Framework:
    aspects = {a["id"]: a for a in table["aspek"]}
    counts = {a: sum(1 for i in table["indikator"] if i["aspek"] == a) for a in aspects}

    def rule(r: dict[str, Any]) -> YearRule:
        return YearRule(
            r.get("predikat_dari", "tepat"), r.get("terverifikasi", False), r.get("catatan", "")
        )

    return Framework(
        id=table["kerangka"],
        name=table["nama"],
        regulation=table["regulasi"],
        sources=tuple(table.get("sumber", ())),
        status=table["status"],
        status_note=" ".join(table.get("catatan_status", "").split()),
        first_year=table["tahun_mulai"],
        last_year=table.get("tahun_sampai"),
        level_min=table["level"]["min"],
        level_max=table["level"]["maks"],
        decimals=table["level"].get("desimal", 0),
        level_names=table["level"].get("nama", {}),
        bands=tuple(Band(b["nama"], b["dari"]) for b in table["predikat"]),
        default_rule=rule(table.get("aturan_bawaan", {})),
        year_rules={y: rule(r) for y, r in table.get("aturan_tahun", {}).items()},
        domains=tuple(
            Domain(d["id"], d["nama"], d["bobot"], d.get("level_nama", {}))
            for d in table.get("domain", ())
        ),
        aspects=tuple(
            Aspect(a["id"], a["nama"], a["bobot"], a.get("domain")) for a in table["aspek"]
        ),
        indicators=tuple(
            Indicator(
                id=i["id"],
                name=i["nama"],
                aspect=i["aspek"],
                domain=aspects[i["aspek"]].get("domain"),
                weight=i.get("bobot", aspects[i["aspek"]]["bobot"] / counts[i["aspek"]]),
                note=i.get("catatan", ""),
                criteria=i.get("kriteria", {}),
                conversion=_conversion(i.get("konversi")),
            )
            for i in table["indikator"]
        ),
        origin=origin,
        criteria_kind=table.get("keterangan_kriteria", {}).get("sifat", ""),
        criteria_note=" ".join(table.get("keterangan_kriteria", {}).get("catatan", "").split()),
    )


@dataclass(frozen=True)
class Catalog:
    """Every known kerangka, by id, and the rule for which one a year uses."""

    frameworks: Mapping[str, Framework]

    def get(self, framework_id: str) -> Framework | None:
        return self.frameworks.get(framework_id)

    def for_year(self, year: int) -> Framework | None:
        """The newest kerangka in force in `year` (the one whose first year is latest)."""
        covering = [f for f in self.frameworks.values() if f.covers(year)]
        return max(covering, key=lambda f: f.first_year, default=None)

    def describe_years(self) -> str:
        ordered = sorted(self.frameworks.values(), key=lambda f: f.first_year)
        return ", ".join(f"{f.years} ({f.id})" for f in ordered)


def _builtin_files() -> list[tuple[str, str]]:
    folder = resources.files("spbe_cli").joinpath("weights")
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml")
    )


def weight_dirs(option: Sequence[Path] | None) -> list[Path]:
    """Extra table folders: the --weights options, else SPBE_WEIGHTS."""
    if option:
        return list(option)
    env = os.environ.get("SPBE_WEIGHTS", "")
    return [Path(p) for p in env.split(os.pathsep) if p]


_CACHE: dict[tuple[str, ...], Catalog] = {}


def load_catalog(extra: Sequence[Path] = ()) -> Catalog:
    """The shipped tables plus those in `extra` folders (later folders win on equal ids)."""
    cache_key = tuple(str(p) for p in extra)
    if cache_key in _CACHE:
        return _CACHE[cache_key]
    problems: list[Problem] = []
    found: dict[str, Framework] = {}
    sources: list[tuple[str, str, str]] = [
        (f"weights/{name}", text, "bawaan") for name, text in _builtin_files()
    ]
    for folder in extra:
        if not folder.is_dir():
            raise UsageError(f"{folder}: weights folder does not exist")
        sources.extend(
            (str(path), yamlsafe.read_text(path, str(path)), str(path))
            for path in sorted(folder.glob("*.yaml"))
        )
    from spbe_cli.shipped import build_shipped  # (imports this module)

    for name, text, origin in sources:
        try:
            if origin == "bawaan":
                framework = build_shipped(text, name, origin)
            else:
                framework = build(yamlsafe.parse(text, name), origin)
        except InputError as error:
            problems.extend(error.problems)
            continue
        stem = Path(name).stem
        if framework.id != stem:
            problems.append(
                Problem(name, 1, 1, f"kerangka '{framework.id}' must match the file name '{stem}'")
            )
            continue
        found[framework.id] = framework
    by_start: dict[int, str] = {}
    for framework in found.values():
        other = by_start.get(framework.first_year)
        if other is not None:
            problems.append(
                Problem(
                    framework.origin,
                    1,
                    1,
                    f"kerangka {framework.id} and {other} both start in {framework.first_year}",
                )
            )
        by_start[framework.first_year] = framework.id
    if problems:
        raise InputError(problems)
    catalog = Catalog(found)
    _CACHE[cache_key] = catalog
    return catalog
