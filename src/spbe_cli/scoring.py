"""The scoring rule, in one place.

With NI the level of an indicator and BI its weight (percent of the whole index):

* Indeks aspek  = Σ NI·BI / Σ BI over the aspect's indicators
* Indeks domain = Σ NI·BI / Σ BI over the domain's indicators
                  (equal to the aspect indices weighted by aspect weight)
* Indeks        = Σ NI·BI / 100 over every indicator

Everything is an exact Fraction: weights such as 20/6 are not finite decimals, and nothing is
rounded before the end. The predikat comes from the kerangka's bands (each states which of
its edges it holds: the lower one for spbe-2018/2020, the upper one for pemdi-2026),
applied to the exact index or, in years whose rule says so (2023), to the index rounded
half-up to 2 decimals. Display rounding lives in exact.py and the renderers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from spbe_cli.answers import Answer, Answers, EvidenceItem
from spbe_cli.conversions import Source
from spbe_cli.exact import rounded
from spbe_cli.frameworks import Basis, Framework, Indicator


class IndicatorScore(NamedTuple):
    indicator: Indicator
    level: Fraction | None  # None: not filled in yet (drafts only)
    explanation: str | None = None
    evidence: tuple[EvidenceItem, ...] = ()
    source: Source | None = None  # the level was converted from another agency's score
    owner: str | None = None  # pj
    target: Fraction | None = None  # the indicator's target level this year


# GroupScore and Score are NamedTuples, not frozen dataclasses: a batch makes one Score and
# a handful of GroupScores per file, and a NamedTuple is built in a fifth of the time (and
# defined in a fifth of the start-up). Their field `index` hides tuple.index, which nothing
# calls on a score; mypy says so of any NamedTuple field of that name, hence the ignores.


class GroupScore(NamedTuple):
    """A domain or an aspect with its weight and index."""

    id: str
    name: str
    weight: Fraction
    index: Fraction  # type: ignore[assignment]  # hides tuple.index (see above)
    domain: str | None = None  # for aspects


class Score(NamedTuple):
    """A scored answer file: its index and predikat, each domain's and aspect's index, and
    each indicator's value."""

    file: str
    institution: str
    year: int
    framework: Framework
    index: Fraction  # type: ignore[assignment]  # hides tuple.index (see above)
    predicate: str
    basis: Basis
    domains: tuple[GroupScore, ...]
    aspects: tuple[GroupScore, ...]
    indicators: tuple[IndicatorScore, ...]
    missing: tuple[str, ...] = ()
    index_max: Fraction | None = None  # drafts: index with every missing one at the top level
    predicate_max: str | None = None
    warnings: tuple[str, ...] = ()
    target_index: Fraction | None = None  # the file's target_indeks
    target_predicate: str | None = None  # the file's target_predikat

    @property
    def complete(self) -> bool:
        return not self.missing


def weighted_mean(pairs: Iterable[tuple[Fraction, Fraction]]) -> Fraction:
    """Σ level·weight / Σ weight, exactly."""
    items = list(pairs)
    unit = math.lcm(*(f.denominator for pair in items for f in pair))
    total = sum(_whole(level, unit) * _whole(weight, unit) for level, weight in items)
    weight = sum(_whole(w, unit) for _, w in items)
    return Fraction(total, weight * unit)


def _whole(value: Fraction, unit: int) -> int:
    """value × unit, known to be a whole number."""
    return value.numerator * (unit // value.denominator)


def predicate(framework: Framework, year: int, index: Fraction) -> str:
    """The predikat for an index in a given year, on that year's basis."""
    return framework.band_of(predicate_basis_value(framework, year, index)).name


def predicate_basis_value(framework: Framework, year: int, index: Fraction) -> Fraction:
    """The value the year compares with the bands: exact, or rounded half-up to 2 decimals."""
    if framework.rule(year).basis == "dibulatkan":
        return rounded(index, 2)
    return index


class _Layout(NamedTuple):
    """What scoring needs of a kerangka, the same for every file: its indicators in order,
    their scaled weights, per aspect and domain its members' positions and weight sum, and
    the lowest and highest level as Fractions."""

    indicators: tuple[Indicator, ...]
    weights: tuple[int, ...]
    groups: Mapping[str, tuple[tuple[int, ...], int]]
    low: Fraction
    high: Fraction


@lru_cache(maxsize=16)
def _layout(framework: Framework) -> _Layout:
    ids = tuple(i.id for i in framework.indicators)
    weights = tuple(framework.scaled_weights[i] for i in ids)
    position = {i: n for n, i in enumerate(ids)}
    groups = {
        group: (
            tuple(position[i] for i in members),
            sum(framework.scaled_weights[i] for i in members),
        )
        for group, members in framework.members.items()
    }
    low, high = Fraction(framework.level_min), Fraction(framework.level_max)
    return _Layout(tuple(framework.indicators), weights, groups, low, high)


def _indices(
    framework: Framework, values: list[Fraction]
) -> tuple[Fraction, tuple[GroupScore, ...], tuple[GroupScore, ...]]:
    """Index, domain and aspect indices, by the formulas above, of every indicator's value
    in the kerangka's order.

    Each weight is a whole number of 1/`scale` percent and each level a whole number of
    1/`unit` (the least common denominator of the levels: 1 on whole scales, 100 for two
    decimals, 6 for a sixth), so every sum below is an exact integer and each division one
    exact Fraction.
    """
    layout = _layout(framework)
    ratios = [v.as_integer_ratio() for v in values]
    unit = math.lcm(*[d for _, d in ratios])
    if unit == 1:
        points = [n * w for (n, _), w in zip(ratios, layout.weights, strict=True)]
    else:
        points = [n * (unit // d) * w for (n, d), w in zip(ratios, layout.weights, strict=True)]

    def mean(group: str) -> Fraction:
        positions, weight = layout.groups[group]
        return Fraction(sum([points[n] for n in positions]), unit * weight)

    aspects = tuple(
        GroupScore(a.id, a.name, a.weight, mean(a.id), a.domain) for a in framework.aspects
    )
    domains = tuple(GroupScore(d.id, d.name, d.weight, mean(d.id)) for d in framework.domains)
    index = Fraction(sum(points), unit * framework.weight_scale * 100)
    return index, domains, aspects


def score(answers: Answers) -> Score:
    """Score a validated answer file. Missing indicators (drafts) count at the lowest level,
    and the highest index still reachable is given beside it."""
    framework = answers.framework
    layout = _layout(framework)
    given = [answers.levels.get(i.id) for i in layout.indicators]
    low = layout.low
    values = [low if a is None else a.level for a in given]
    index, domains, aspects = _indices(framework, values)
    index_max = predicate_max = None
    if answers.missing:
        high, missing = layout.high, set(answers.missing)
        pairs = zip(layout.indicators, values, strict=True)
        highest = [high if i.id in missing else v for i, v in pairs]
        index_max = _indices(framework, highest)[0]
        predicate_max = predicate(framework, answers.year, index_max)
    return Score(
        file=answers.file,
        institution=answers.institution,
        year=answers.year,
        framework=framework,
        index=index,
        predicate=predicate(framework, answers.year, index),
        basis=framework.rule(answers.year).basis,
        domains=domains,
        aspects=aspects,
        indicators=tuple(map(_indicator_score, layout.indicators, given)),
        missing=answers.missing,
        index_max=index_max,
        predicate_max=predicate_max,
        warnings=answers.warnings,
        target_index=answers.target_index,
        target_predicate=answers.target_predicate,
    )


def _indicator_score(indicator: Indicator, answer: Answer | None) -> IndicatorScore:
    if answer is None:
        return IndicatorScore(indicator, None)
    return IndicatorScore(
        indicator,
        answer.level,
        answer.explanation,
        answer.evidence,
        answer.source,
        answer.owner,
        answer.target,
    )
