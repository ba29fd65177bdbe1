"""`spbe progress`: per owner (pj), how far the team is on a given day.

For each owner: the indicators it holds, how many are filled in, how many have a target and
how many meet it, its evidence items (those with a level, `diganti` left out) and how many of
them count as `spbe evidence` counts them (accepted, valid on the day, and of a level the
cascade reaches), and its recommendations still open and late on that day.
Indicators without a pj (and those not filled in yet) count under "no owner"; a
recommendation counts under its own pj, else its indicator's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from spbe_cli.answers import Answer, Answers
from spbe_cli.evidence.cascade import accepted, counted_items, in_cascade
from spbe_cli.frameworks import Framework
from spbe_cli.scoring import Score, score
from spbe_cli.team.followup import FollowUp, follow_ups
from spbe_cli.team.targets import IndexTarget, IndicatorTarget, index_target, indicator_targets


def evidence_counts(answer: Answer | None, framework: Framework, day: date) -> tuple[int, int]:
    """(items the cascade looks at, items that count towards `level_bukti` on `day`): the
    rule `spbe evidence` uses (evidence/cascade.py), so an item of a level above a level not
    accepted, or expired on the day, counts for nothing."""
    if answer is None:
        return 0, 0
    items = [e for e in answer.evidence if in_cascade(e)]
    low, high = framework.level_min, framework.level_max
    return len(items), len(counted_items(items, low, high, accepted(day)))


@dataclass
class OwnerProgress:
    owner: str | None  # None: no owner
    indicators: list[str] = field(default_factory=list)
    filled: int = 0
    with_target: int = 0
    at_target: int = 0
    below_target: list[str] = field(default_factory=list)
    evidence: int = 0
    accepted: int = 0
    open: int = 0
    late: int = 0


@dataclass(frozen=True)
class Progress:
    score: Score
    day: date
    owners: tuple[OwnerProgress, ...]
    targets: tuple[IndicatorTarget, ...]
    index: IndexTarget | None
    follow_ups: tuple[FollowUp, ...]


def _owner(found: dict[str | None, OwnerProgress], owner: str | None) -> OwnerProgress:
    if owner not in found:
        found[owner] = OwnerProgress(owner)
    return found[owner]


def progress(answers: Answers, day: date) -> Progress:
    result = score(answers)
    found: dict[str | None, OwnerProgress] = {}
    targets = {t.indicator.id: t for t in indicator_targets(result)}
    for indicator in answers.framework.indicators:
        answer = answers.levels.get(indicator.id)
        row = _owner(found, answer.owner if answer is not None else None)
        row.indicators.append(indicator.id)
        row.filled += answer is not None
        target = targets.get(indicator.id)
        if target is not None:
            row.with_target += 1
            row.at_target += target.reached
            if not target.reached:
                row.below_target.append(indicator.id)
        items, counted = evidence_counts(answer, answers.framework, day)
        row.evidence += items
        row.accepted += counted
    follow = follow_ups(answers, day)
    for item in follow:
        row = _owner(found, item.owner)
        row.open += item.open
        row.late += item.late
    return Progress(
        result,
        day,
        tuple(_ordered(found.values())),
        tuple(targets.values()),
        index_target(result),
        tuple(follow),
    )


def _ordered(rows: Iterable[OwnerProgress]) -> list[OwnerProgress]:
    """Owners in the order they first appear, "no owner" last."""
    listed = list(rows)
    return [r for r in listed if r.owner is not None] + [r for r in listed if r.owner is None]
