"""One indicator explained (`spbe explain`): where it sits, what it weighs, what each level
requires, and, for an answer file, what the next level would add to the index."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from spbe_cli.answers import Answers
from spbe_cli.conversions import Source
from spbe_cli.frameworks import Aspect, Domain, Framework, Indicator
from spbe_cli.planning import check_ids, level_of, level_span, new_levels, next_value
from spbe_cli.scoring import score
from spbe_cli.simulation import with_levels

HUNDRED = Fraction(100)


@dataclass(frozen=True)
class Level:
    level: int
    name: str  # "" when the kerangka has no (known) level names
    span: str  # the values of the level on a decimal scale, "3.50-<4.00"; else ""
    criteria: str


@dataclass(frozen=True)
class Next:
    """The next step up from the file's value: +1 level, capped at the top of the scale."""

    value: Fraction
    needs: tuple[Level, ...]  # the levels whose criteria the step has to meet
    gain: Fraction
    index: Fraction
    predicate: str


@dataclass(frozen=True)
class Current:
    file: str
    year: int
    value: Fraction | None  # None: not filled in yet (a draft)
    level: int | None
    source: Source | None
    index: Fraction
    predicate: str
    next: Next | None  # None at the top of the scale or when not filled in


@dataclass(frozen=True)
class Explanation:
    framework: Framework
    indicator: Indicator
    aspect: Aspect
    domain: Domain | None
    levels: tuple[Level, ...]
    current: Current | None

    @property
    def per_level(self) -> Fraction:
        """What one level up adds to the index: bobot / 100."""
        return self.indicator.weight / HUNDRED

    @property
    def names_known(self) -> bool:
        return any(level.name for level in self.levels)


def explain(framework: Framework, indicator_id: str, answers: Answers | None = None) -> Explanation:
    """The explanation of one indicator (UsageError for an id the kerangka does not have)."""
    check_ids(framework, [indicator_id], "indikator")
    indicator = framework.by_id[indicator_id]
    levels = tuple(
        _level(framework, indicator, n) for n in range(framework.level_min, framework.level_max + 1)
    )
    aspect = next(a for a in framework.aspects if a.id == indicator.aspect)
    domain = next((d for d in framework.domains if d.id == indicator.domain), None)
    current = None if answers is None else _current(framework, indicator, answers)
    return Explanation(framework, indicator, aspect, domain, levels, current)


def _level(framework: Framework, indicator: Indicator, level: int) -> Level:
    return Level(
        level,
        framework.names_of_levels(indicator).get(level, ""),
        level_span(framework, level),
        framework.criteria_of(indicator).get(level, ""),
    )


def _current(framework: Framework, indicator: Indicator, answers: Answers) -> Current:
    scored = score(answers)
    answer = answers.levels.get(indicator.id)
    value = None if answer is None else answer.level
    following = None if value is None else next_value(value, framework.level_max)
    step = None
    if value is not None and following is not None:
        after = score(with_levels(answers, {indicator.id: following}))
        step = Next(
            following,
            tuple(_level(framework, indicator, n) for n in new_levels(framework, value, following)),
            after.index - scored.index,
            after.index,
            after.predicate,
        )
    return Current(
        file=answers.file,
        year=answers.year,
        value=value,
        level=None if value is None else level_of(framework, value),
        source=None if answer is None else answer.source,
        index=scored.index,
        predicate=scored.predicate,
        next=step,
    )
