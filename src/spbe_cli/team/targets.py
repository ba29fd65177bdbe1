"""Targets against realisation: each indicator's `target` against its level, and the year's
`target_indeks` / `target_predikat` against the index and predikat.

An indicator meets its target when its value is at least the target; a whole target k on a
banded scale (pemdi-2026) names band k, so `target: 3` is met by 2.60 (Berkembang, 2,50 <
x <= 3,50). A level not filled in yet does not meet it. The index meets `target_indeks`
when the value the year compares with the predicate bands (the exact index, or the index
rounded half-up where the year's rule says so) is at least the target, as `spbe plan
--target` compares; it meets `target_predikat` when its predikat is that band or a higher
one.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from spbe_cli.frameworks import Band, Framework, Indicator
from spbe_cli.scoring import Score, predicate_basis_value


@dataclass(frozen=True)
class IndicatorTarget:
    indicator: Indicator
    owner: str | None
    level: Fraction | None  # None: not filled in yet
    target: Fraction
    framework: Framework | None = None  # the kerangka whose bands a whole target names

    @property
    def reached(self) -> bool:
        if self.level is None:
            return False
        if self.framework is None:
            return self.level >= self.target
        return self.framework.target_met(self.level, self.target)

    @property
    def band(self) -> Band | None:
        """The band a whole target names on a banded scale (pemdi-2026 `target: 3` is band 3,
        2,50 < x <= 3,50), None where the target is a number to reach."""
        framework = self.framework
        if framework is None or not framework.level_banded or self.target.denominator != 1:
            return None
        return framework.level_band(self.target.numerator)

    @property
    def gap(self) -> Fraction:
        """How far below the target the level is (0 when met; from the lowest level when not
        filled in). Where the target names a band (`band`), the distance to the band's lower
        edge, which the level must pass when the edge is not in the band (2.50 with target 3
        needs more than 2.50: gap 0, not met; 2.51 meets it) and reach when it is: JSON
        `selisih` is this gap and `perlu` says which (renderers.targets)."""
        if self.reached:
            return Fraction(0)
        level = self.level if self.level is not None else Fraction(0)
        band = self.band
        goal = self.target if band is None else band.lower
        return max(goal - level, Fraction(0))


@dataclass(frozen=True)
class IndexTarget:
    index: Fraction
    predicate: str
    target_index: Fraction | None
    target_predicate: str | None
    index_reached: bool | None  # None: no target_indeks
    predicate_reached: bool | None  # None: no target_predikat
    basis: Fraction | None = None  # what the year compares with the bands (None: the index)

    @property
    def reached(self) -> bool:
        return self.index_reached is not False and self.predicate_reached is not False

    @property
    def gap(self) -> Fraction | None:
        """How far the index is below target_indeks (None without one): 0 when met, as
        `index_reached` judges it (on the rounded index in a year whose predikat uses it: 2.995
        meets 3.00 in 2023), else the exact distance."""
        if self.target_index is None:
            return None
        if self.index_reached:
            return Fraction(0)
        return max(self.target_index - self.index, Fraction(0))


def indicator_targets(score: Score) -> tuple[IndicatorTarget, ...]:
    """The indicators that have a target, in the kerangka's order."""
    return tuple(
        IndicatorTarget(s.indicator, s.owner, s.level, s.target, score.framework)
        for s in score.indicators
        if s.target is not None
    )


def index_target(score: Score) -> IndexTarget | None:
    """The index against the year's targets, or None when the file sets none."""
    if score.target_index is None and score.target_predicate is None:
        return None
    framework = score.framework
    index_reached = None
    compared = predicate_basis_value(framework, score.year, score.index)
    if score.target_index is not None:
        index_reached = compared >= score.target_index
    predicate_reached = None
    if score.target_predicate is not None:
        names = [b.name for b in framework.bands]
        wanted = names.index(score.target_predicate) if score.target_predicate in names else 0
        predicate_reached = names.index(score.predicate) >= wanted
    return IndexTarget(
        score.index,
        score.predicate,
        score.target_index,
        score.target_predicate,
        index_reached,
        predicate_reached,
        compared,
    )
