"""A weight table (kerangka) as the rest of spbe uses it: checked, exact, ready to score.

Built from a table file by build.py; nothing here reads files or checks anything.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from types import MappingProxyType
from typing import Literal, NamedTuple

from spbe_cli.exact import exact_text

HUNDRED = Fraction(100)
Basis = Literal["tepat", "dibulatkan"]
Confidence = Literal["rendah", "sedang", "tinggi"]


class YearRule(NamedTuple):
    basis: Basis  # "tepat": predicate from the exact index; "dibulatkan": from it rounded to 2 dp
    verified: bool
    note: str


class Band(NamedTuple):
    name: str
    lower: Fraction  # inclusive; the band runs up to the next band's lower bound (exclusive)
    english: str = ""  # the name in English, shown beside the official one ("Good (Baik)")


class Domain(NamedTuple):
    id: str
    name: str
    weight: Fraction
    level_names: Mapping[int, str]


class Aspect(NamedTuple):
    id: str
    name: str
    weight: Fraction
    domain: str | None


class Conversion(NamedTuple):
    """How a score from another agency's evaluation becomes this indicator's value:
    value = offset + factor × score, for a score within [low, high] (both inclusive), rounded
    half-up to `places` decimals as the source documents it."""

    source: str  # the key an answer file uses instead of `level`, e.g. "sdi"
    name: str
    low: Fraction
    high: Fraction
    offset: Fraction
    factor: Fraction
    confidence: Confidence
    places: int = 2
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


class Criteria(NamedTuple):
    """What each level of each indicator requires, with what kind of text it is."""

    kind: str  # "parafrase" (written per indicator) or "generik" (a generic pattern); "" none
    note: str
    by_indicator: Mapping[str, Mapping[int, str]]


NO_CRITERIA = Criteria("", "", {})


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: loaded once per run
class Indicator:
    id: str
    name: str
    aspect: str
    domain: str | None
    weight: Fraction
    note: str = ""
    conversion: Conversion | None = None  # its value may come from another agency's index


class LevelScale(NamedTuple):
    """The values an indicator may take: from `low` to `high`, with at most `decimals`
    decimal places, and (when `fractions`) an exact fraction such as "7/6"."""

    low: int
    high: int
    decimals: int = 0
    fractions: bool = False
    names: Mapping[int, str] = MappingProxyType({})

    @property
    def whole(self) -> bool:
        return self.decimals == 0 and not self.fractions


@dataclass(frozen=True, eq=False)
class Framework:
    id: str
    name: str
    index_names: Mapping[str, str]  # language -> "Indeks SPBE" / "SPBE Index"
    regulation: str
    sources: tuple[str, ...]
    status: Literal["resmi", "sementara"]
    status_note: str
    first_year: int
    last_year: int | None
    scale: LevelScale
    bands: tuple[Band, ...]
    default_rule: YearRule
    year_rules: Mapping[int, YearRule]
    domains: tuple[Domain, ...]
    aspects: tuple[Aspect, ...]
    indicators: tuple[Indicator, ...]
    origin: str
    criteria_source: CriteriaSource | None = None

    @property
    def level_min(self) -> int:
        return self.scale.low

    @property
    def level_max(self) -> int:
        return self.scale.high

    @property
    def level_names(self) -> Mapping[int, str]:
        return self.scale.names

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

    def index_name(self, language: str) -> str:
        """ "Indeks SPBE", "Indeks Pemdi" (or in English), as the table names its index."""
        return self.index_names.get(language) or self.index_names.get("id") or "Indeks"

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

    @cached_property
    def criteria(self) -> Criteria:
        """The per-level criteria, read the first time a command asks for them."""
        if self.criteria_source is None:
            return NO_CRITERIA
        return self.criteria_source.load(self)

    def criteria_of(self, indicator: Indicator) -> Mapping[int, str]:
        return self.criteria.by_indicator.get(indicator.id, {})

    def names_of_levels(self, indicator: Indicator) -> Mapping[int, str]:
        for domain in self.domains:
            if domain.id == indicator.domain and domain.level_names:
                return domain.level_names
        return self.scale.names


class CriteriaSource:
    """Where a table's criteria are read from, on first use (see criteria.py)."""

    def load(self, framework: Framework) -> Criteria:  # pragma: no cover - interface
        raise NotImplementedError
