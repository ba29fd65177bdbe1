"""A weight table (kerangka) as the rest of spbe uses it: checked, exact, ready to score.

Built from a table file by build.py; nothing here reads files or checks anything.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from types import MappingProxyType
from typing import Literal, NamedTuple

from spbe_cli.exact import display, exact_text

HUNDRED = Fraction(100)
Basis = Literal["tepat", "dibulatkan"]
Confidence = Literal["rendah", "sedang", "tinggi"]


class YearRule(NamedTuple):
    basis: Basis  # "tepat": predicate from the exact index; "dibulatkan": from it rounded to 2 dp
    verified: bool
    note: str


class Band(NamedTuple):
    """One predikat band: the values from `lower` to `upper`, each edge in the band or not,
    as the regulation prints it. spbe-2018/2020 keep the lower edge (1,80 <= x < 2,60 is
    Cukup); PermenPANRB 8/2026 keeps the upper one (1,50 < x <= 2,50 is Cukup, p. 38).
    Every command finds a value's band through `band_position`, and shows a band through
    `label` and `span`: nothing else compares a value with an edge."""

    name: str  # predikat: "Baik"
    lower: Fraction
    upper: Fraction
    lower_in: bool = True  # the lower edge belongs to this band
    upper_in: bool = False  # the upper edge belongs to this band
    english: str = ""  # the name in English, shown beside the official one ("Good (Baik)")
    tier: str = ""  # tingkat kematangan (pemdi-2026): "Berkembang"
    level: int | None = None  # the indicator level the band names (pemdi-2026: 3), or None

    def holds(self, value: Fraction) -> bool:
        """Whether the value is in this band: the definition. Commands look a value up with
        `band_position`, which a property test holds to this."""
        above = value > self.lower or (self.lower_in and value == self.lower)
        return above and (value < self.upper or (self.upper_in and value == self.upper))

    def label(self, language: str = "id") -> str:
        """The band's name as a reader expects it: "Baik (Berkembang)" with a tingkat,
        "Developing (Baik)" in English with an English name; "Baik", "Good (Baik)" else."""
        if language == "en" and self.english:
            return f"{self.english} ({self.name})"
        return f"{self.name} ({self.tier})" if self.tier else self.name

    def span(self, places: int = 2, comma: bool = False, term: str = "x") -> str:
        """Both edges as the regulation prints them: "2.50 < x ≤ 3.50", "1.80 ≤ x < 2.60"
        (`comma`: "2,50 < x ≤ 3,50")."""
        low, high = (_edge(e, places, comma) for e in (self.lower, self.upper))
        return f"{low} {_sign(self.lower_in)} {term} {_sign(self.upper_in)} {high}"

    def edge_label(self, scale_low: int, places: int = 2) -> str:
        """A short label of where the band starts, as charts print it: "≥ 2.60" for a band
        that keeps its lower edge, "> 2.50–3.50" for one that keeps its upper edge; "" for a
        lower-edge band that starts at the scale's bottom."""
        low, high = (_edge(e, places, False) for e in (self.lower, self.upper))
        if self.lower_in:
            return f"≥ {low}" if self.lower > scale_low else ""
        return f"> {low}–{high}"


def _edge(value: Fraction, places: int, comma: bool) -> str:
    text = display(value, places)
    return text.replace(".", ",") if comma else text


def _sign(included: bool) -> str:
    return "≤" if included else "<"


def band_position(bands: Sequence[Band], value: Fraction) -> int:
    """The one band lookup: the position (0 = lowest) of the band that holds the value. A
    table's bands cover its scale without gap or overlap (checks.py); a value below the
    scale counts in the lowest band, above it in the highest.

    As the bands follow each other without gap, the first whose upper edge the value does not
    pass holds it (or the value is below the scale); the edges are compared in integers, as
    `Band.holds` would compare them (scoring a national batch asks this thousands of times:
    a kerangka keeps its edges, `Framework.band_index`)."""
    return position_under(upper_edges(bands), value)


Edge = tuple[int, int, bool]
"""A band's upper edge in integers: numerator, denominator, and whether the band holds it."""


def upper_edges(bands: Sequence[Band]) -> tuple[Edge, ...]:
    return tuple((b.upper.numerator, b.upper.denominator, b.upper_in) for b in bands)


def position_under(edges: Sequence[Edge], value: Fraction) -> int:
    """`band_position` of the bands with these upper edges."""
    numerator, denominator = value.numerator, value.denominator
    for n, (upper, below, held) in enumerate(edges):
        past = numerator * below - upper * denominator  # (value - edge) × both denominators
        if past < 0 or (past == 0 and held):
            return n
    return len(edges) - 1


class OpenPoint(NamedTuple):
    """What the regulation contradicts or leaves open, where, and what the table does."""

    pages: str
    note: str


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
    half-up to `places` decimals only when the table says so (`desimal`); without it the
    value is kept exact, so that its band is never decided by a rounded figure (PermenPANRB
    8/2026 p. 16 puts SDI 12,6, value 1.504, in Membangun)."""

    source: str  # the key an answer file uses instead of `level`, e.g. "sdi"
    name: str
    low: Fraction
    high: Fraction
    offset: Fraction
    factor: Fraction
    confidence: Confidence
    places: int | None = None  # None: the exact value
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
    """One indicator of a kerangka: its id, name, aspect (and domain) and weight."""

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
    """A checked weight table: its domains, aspects, indicators and weights, its bands, and
    the years and rules it covers."""

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
    open_points: tuple[OpenPoint, ...] = ()

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

    def band_of(self, value: Fraction) -> Band:
        """The predikat band that holds the value (an index, an aspect, an indicator)."""
        return self.bands[self.band_index(value)]

    def band_index(self, value: Fraction) -> int:
        """`band_position(self.bands, value)`, from the edges kept once."""
        return position_under(self._upper_edges, value)

    @cached_property
    def _upper_edges(self) -> tuple[Edge, ...]:
        return upper_edges(self.bands)

    def band_named(self, name: str) -> Band | None:
        return self._bands_by_name.get(name)

    @cached_property
    def _bands_by_name(self) -> Mapping[str, Band]:
        """The first band of each name (every JSON object and table row names its band)."""
        found: dict[str, Band] = {}
        for band in self.bands:
            found.setdefault(band.name, band)
        return found

    @property
    def level_banded(self) -> bool:
        """Whether an indicator's value is named by the band it falls in (the bands state
        their levels, pemdi-2026), rather than by its whole part (whole-number scales)."""
        return self.bands[0].level is not None

    def level_of(self, value: Fraction) -> int:
        """The level a value is in: on a banded scale the level of the band that holds it
        (4 is Melembaga, 4.5 Unggul, 1.5 Merintis, 1.6 Membangun; pp. 11-36), never the
        value rounded down; on a whole-number scale the value itself (its whole part)."""
        if self.level_banded:
            level = self.band_of(value).level
            assert level is not None
            return level
        return value.numerator // value.denominator

    def level_band(self, level: int) -> Band | None:
        """The band that names a level on a banded scale (None on a whole-number scale)."""
        return next((b for b in self.bands if b.level == level), None)

    def level_reached(self, value: Fraction, level: int) -> bool:
        """Whether a value is in the band of `level` or above ("target: 3", --min-level 3)."""
        return self.level_of(value) >= level

    def target_met(self, value: Fraction, target: Fraction) -> bool:
        """Whether an indicator's value meets its target: a whole target k on a banded scale
        names band k ("target: 3" is met by 2.60, in Berkembang); any other target is a
        number to reach (3.75 needs 3.75)."""
        if self.level_banded and target.denominator == 1:
            return self.level_reached(value, target.numerator)
        return value >= target

    def level_title(self, indicator: Indicator, level: int) -> str:
        """A level's name with the values it holds on a banded scale, "Berkembang (2.50 < x ≤
        3.50)"; the name alone on a whole scale ("Terdefinisi"), "" when unnamed."""
        name = self.names_of_levels(indicator).get(level, "")
        band = self.level_band(level)
        return name if band is None else f"{name} ({band.span()})".strip()

    def names_of_levels(self, indicator: Indicator) -> Mapping[int, str]:
        for domain in self.domains:
            if domain.id == indicator.domain and domain.level_names:
                return domain.level_names
        return self.scale.names


class CriteriaSource:
    """Where a table's criteria are read from, on first use (see criteria.py)."""

    def load(self, framework: Framework) -> Criteria:  # pragma: no cover - interface
        raise NotImplementedError
