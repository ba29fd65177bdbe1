"""The fewest single-level steps that bring an index to a target (`spbe plan`).

A step raises one indicator by one level: from value v to min(v + 1, cap), where the cap is
the top of the scale or `--max-level`. Every step costs the same, and a step adds
(new - old) × bobot / 100 to the index. Within one indicator the gains never grow (each step
adds its full weight, except a last partial step up to the cap, which adds less), so the
k largest gains over all indicators can always be taken as a leading run of each
indicator's steps. Taking steps in order of gain therefore gives, for every k, the highest
index any k steps can give; the first k whose index reaches the target is the minimum.
(tests/test_plan.py checks this against exhaustive search.)

Ties are broken by a fixed rule: larger gain first, then the lower starting value, then the
indicator's order in the table.

The target is compared on the year's predicate basis (the exact index, or the index rounded
half-up to 2 decimals in years whose rule says so), the same comparison the predikat uses.

A floor F (`--min-level F`, "every indicator at least 3" as the official reports ask) comes
first: every indicator not yet in level F's band or above (Framework.level_reached: on
pemdi-2026 2.60 already meets 3, 2,50 < x <= 3,50) that the plan may move rises to exactly F
(which is in band F), by the same steps
with the last one cut at F (1 → 3 is two steps, 2.40 → 3.00 one). Those steps are in every
plan that meets the floor this way, so they are taken first and counted. From the floored
levels the target, when there is one, is reached by the greedy above, which is shortest from
any starting levels; so floor then greedy is the shortest plan that both meets the floor and
reaches the target (tests/test_plan.py checks this too against exhaustive search). Without a
target the plan is the floor alone; indicators held back (`--kecuali`, another agency's index)
stay below it and are listed as not planned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from spbe_cli.answers import Answers
from spbe_cli.errors import UsageError
from spbe_cli.exact import display
from spbe_cli.frameworks import Framework, Indicator
from spbe_cli.i18n import t
from spbe_cli.ids import id_ranges
from spbe_cli.levels import plain_number
from spbe_cli.names import band_key
from spbe_cli.scoring import Score, predicate, predicate_basis_value, score
from spbe_cli.simulation import with_levels

HUNDRED = Fraction(100)


@dataclass(frozen=True)
class Target:
    value: Fraction  # compared with the predicate basis value of the index
    predicate: str | None = None  # set when the target was given as a predikat
    inclusive: bool = True  # whether `value` itself meets it (not for a band without its
    # lower edge: "Baik" on pemdi-2026 is an index above 2,50, p. 38)

    def met(self, basis: Fraction) -> bool:
        """Whether an index (on the year's predicate basis) meets the target."""
        return basis >= self.value if self.inclusive else basis > self.value

    @property
    def bound(self) -> str:
        """The condition as text: ">= 2.60", "> 2.50"."""
        return f"{'>=' if self.inclusive else '>'} {display(self.value)}"


@dataclass(frozen=True)
class Step:
    indicator: Indicator
    start: Fraction
    end: Fraction
    position: int  # the indicator's place in the table

    @property
    def gain(self) -> Fraction:
        return (self.end - self.start) * self.indicator.weight / HUNDRED

    def order(self) -> tuple[Fraction, Fraction, int]:
        """Larger gain first, then the lower starting value, then table order."""
        return (-self.gain, self.start, self.position)


@dataclass(frozen=True)
class Move:
    """One indicator's steps in a plan, merged: from `start` to `end`."""

    indicator: Indicator
    start: Fraction
    end: Fraction
    steps: int
    gain: Fraction
    index: Fraction  # the index after this move (and every move before it)
    predicate: str
    purpose: Literal["level_minimal", "target"] = "target"  # the floor's, or the target's


@dataclass(frozen=True)
class Plan:
    current: Score
    target: Target | None  # None: a floor only
    reached: bool
    moves: tuple[Move, ...]
    index: Fraction  # after the plan (after the floor alone when the target cannot be reached)
    predicate: str
    best_index: Fraction  # the highest index the allowed steps can give
    best_predicate: str
    cap: int
    held: Mapping[str, str]  # indicators left out, with the reason: "kecuali" or "eksternal"
    floor: int | None = None  # --min-level

    @property
    def steps(self) -> int:
        return sum(m.steps for m in self.moves)

    @property
    def below_floor(self) -> tuple[str, ...]:
        """Indicators left below the floor because the plan may not move them."""
        if self.floor is None:
            return ()
        framework, floor = self.current.framework, self.floor
        return tuple(
            s.indicator.id
            for s in self.current.indicators
            if s.indicator.id in self.held
            and not framework.level_reached(
                s.level if s.level is not None else Fraction(framework.level_min), floor
            )
        )


@dataclass(frozen=True)
class Request:
    """What `spbe plan` is asked, checked against the kerangka (UsageError otherwise)."""

    target: Target | None
    cap: int | None = None
    exclude: tuple[str, ...] = ()
    include_external: bool = False
    floor: int | None = None

    @classmethod
    def parse(
        cls,
        framework: Framework,
        target: str | None,
        cap: int | None,
        exclude: Iterable[str],
        include_external: bool,
        floor: int | None = None,
    ) -> Request:
        if target is None and floor is None:
            raise UsageError(t("plan.nothing"))
        if floor is not None and not framework.level_min <= floor <= framework.level_max:
            raise UsageError(
                t(
                    "plan.floor_off_scale",
                    floor=floor,
                    low=framework.level_min,
                    high=framework.level_max,
                    framework=framework.id,
                )
            )
        if floor is not None and cap is not None and cap < floor:
            raise UsageError(t("plan.cap_below_floor", cap=cap, floor=floor))
        if cap is not None and not framework.level_min <= cap <= framework.level_max:
            raise UsageError(
                t(
                    "plan.cap_off_scale",
                    cap=cap,
                    low=framework.level_min,
                    high=framework.level_max,
                    framework=framework.id,
                )
            )
        return cls(
            None if target is None else parse_target(framework, target),
            cap,
            tuple(check_ids(framework, exclude, "--kecuali")),
            include_external,
            floor,
        )


def parse_target(framework: Framework, text: str) -> Target:
    """A predikat name (any case: an index in that band or above, the band's lower edge
    included only where the band holds it) or a number such as 3.5 or 3,5 (an index at or
    above it)."""
    wanted = band_key(text)
    for band in framework.bands:
        if band_key(band.name) == wanted:
            return Target(band.lower, band.name, band.lower_in or band is framework.bands[0])
    value = plain_number(text)
    if value is not None:
        if framework.level_min <= value <= framework.level_max:
            return Target(value)
        raise UsageError(
            t(
                "plan.target_off_scale",
                text=text,
                low=framework.level_min,
                high=framework.level_max,
                framework=framework.id,
            )
        )
    names = ", ".join(b.name for b in framework.bands)
    raise UsageError(
        t(
            "plan.target_unknown",
            text=text,
            framework=framework.id,
            names=names,
            low=framework.level_min,
            high=framework.level_max,
        )
    )


def check_ids(framework: Framework, ids: Iterable[str], option: str) -> list[str]:
    """The ids, each checked against the kerangka (UsageError naming the valid ones)."""
    chosen = list(ids)
    unknown = [i for i in chosen if i not in framework.by_id]
    if unknown:
        raise UsageError(
            t(
                "plan.unknown_ids",
                option=option,
                ids=", ".join(unknown),
                framework=framework.id,
                allowed=id_ranges(framework.by_id),
            )
        )
    return chosen


def level_of(framework: Framework, value: Fraction) -> int:
    """The level whose criteria a value meets: the level of the band that holds it on a
    banded scale (pemdi-2026: 4 is Melembaga, 3,50 < x <= 4,00), the value itself on a whole
    scale (Framework.level_of, the one rule)."""
    return framework.level_of(value)


def level_span(framework: Framework, level: int) -> str:
    """The values of a level on a banded scale as the regulation prints them, "3.50 < x ≤
    4.00" (empty on a whole scale)."""
    band = framework.level_band(level)
    return "" if band is None else band.span()


def new_levels(framework: Framework, start: Fraction, end: Fraction) -> list[int]:
    """The levels whose criteria a rise from `start` to `end` has to meet."""
    return list(range(level_of(framework, start) + 1, level_of(framework, end) + 1))


def next_value(value: Fraction, cap: int) -> Fraction | None:
    """Where one step from `value` goes (None at the cap)."""
    return min(value + 1, Fraction(cap)) if value < cap else None


def plan(
    answers: Answers,
    target: Target | None,
    *,
    cap: int | None = None,
    exclude: Iterable[str] = (),
    include_external: bool = False,
    floor: int | None = None,
) -> Plan:
    """The shortest plan that lifts every movable indicator to `floor` (when given) and then
    brings the answers' index to `target` (when given); see the module doc."""
    framework, year = answers.framework, answers.year
    top = framework.level_max if cap is None else cap
    current = score(answers)
    held = dict.fromkeys(exclude, "kecuali")
    if not include_external:
        for indicator in framework.indicators:
            if indicator.conversion is not None:
                held.setdefault(indicator.id, "eksternal")
    levels = {
        s.indicator.id: s.level if s.level is not None else Fraction(framework.level_min)
        for s in current.indicators
    }
    lifts = _floor_steps(framework, levels, held, floor)
    floored = {**levels, **{s.indicator.id: s.end for s in lifts}}
    start = current.index + sum((s.gain for s in lifts), Fraction(0))
    steps = sorted(
        (
            step
            for position, indicator in enumerate(framework.indicators)
            if indicator.id not in held
            for step in _steps(indicator, floored[indicator.id], top, position, framework)
        ),
        key=Step.order,
    )

    def reached(index: Fraction) -> bool:
        if target is None:
            return True
        return target.met(predicate_basis_value(framework, year, index))

    index, taken = start, []
    for step in steps:
        if reached(index):
            break
        taken.append(step)
        index += step.gain
    best = start + sum((s.gain for s in steps), Fraction(0))
    if not reached(index):
        taken, index = [], start
    moves = _merge(framework, year, current.index, lifts, "level_minimal")
    moves += _merge(framework, year, start, taken, "target")
    if moves:  # the resulting index by the scoring rule itself (it equals the sum of gains)
        ends = {m.indicator.id: m.end for m in moves}  # a target move ends above a floor move
        index = score(with_levels(answers, ends)).index
    return Plan(
        current=current,
        target=target,
        reached=reached(index),
        moves=tuple(moves),
        index=index,
        predicate=predicate(framework, year, index),
        best_index=best,
        best_predicate=predicate(framework, year, best),
        cap=top,
        held=held,
        floor=floor,
    )


def _floor_steps(
    framework: Framework,
    levels: Mapping[str, Fraction],
    held: Mapping[str, str],
    floor: int | None,
) -> list[Step]:
    """Every step that lifts a movable indicator below `floor` to it: the floor's moves, the
    largest first (then the lower level, then table order)."""
    if floor is None:
        return []
    lifts = [
        step
        for position, indicator in enumerate(framework.indicators)
        if indicator.id not in held and not framework.level_reached(levels[indicator.id], floor)
        for step in _steps(indicator, levels[indicator.id], floor, position, framework)
    ]
    totals: dict[str, Fraction] = {}
    for step in lifts:
        totals[step.indicator.id] = totals.get(step.indicator.id, Fraction(0)) + step.gain
    return sorted(lifts, key=lambda s: (-totals[s.indicator.id], s.position, s.start))


def _steps(
    indicator: Indicator, level: Fraction | None, cap: int, position: int, framework: Framework
) -> list[Step]:
    """The steps of one indicator from its level up to `cap` (none when it is at or above)."""
    value = Fraction(framework.level_min) if level is None else level
    steps = []
    following = next_value(value, cap)
    while following is not None:
        steps.append(Step(indicator, value, following, position))
        value, following = following, next_value(following, cap)
    return steps


def _merge(
    framework: Framework,
    year: int,
    start: Fraction,
    taken: list[Step],
    purpose: Literal["level_minimal", "target"],
) -> list[Move]:
    """One move per indicator, in the order of each indicator's first step."""
    firsts: dict[str, list[Step]] = {}
    for step in taken:
        firsts.setdefault(step.indicator.id, []).append(step)
    moves, index = [], start
    for group in firsts.values():
        gain = sum((s.gain for s in group), Fraction(0))
        index += gain
        moves.append(
            Move(
                group[0].indicator,
                group[0].start,
                group[-1].end,
                len(group),
                gain,
                index,
                predicate(framework, year, index),
                purpose,
            )
        )
    return moves
