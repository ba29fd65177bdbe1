"""Comparing two scored answer files: what changed, and how much each change moved the index.

Same kerangka: every indicator whose level changed, with its contribution to the index change,
Δlevel × bobot / 100 (exact; the contributions add up to the index change), and every aspect
and domain with its old and new index.

Different kerangka: the index and the predikat are compared as they are; domains, aspects and
indicators only through a mapping table (crosswalk.py), row by row as the table pairs them,
and what has no counterpart is listed as such. Without a table only the index and predikat
are compared, and so they are across a table whose indicator pairings are all guesses
(`Crosswalk.guesses_only`) unless the caller asks for them (`guesses=True`); the table is
then kept as `Comparison.withheld`. `Comparison.kind` always says which of the three
comparisons was made.

Drafts: an indicator not filled in yet counts at the lowest level, as in the draft's index,
and is flagged, so the numbers still add up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal, NamedTuple

from spbe_cli.crosswalk import Confidence, Crosswalk, Link
from spbe_cli.frameworks import HUNDRED
from spbe_cli.scoring import GroupScore, Score, weighted_mean
from spbe_cli.team.followup import Closed

Kind = Literal["kerangka_sama", "pemetaan", "indeks_saja"]
OLD, NEW = "lama", "baru"


@dataclass(frozen=True)
class Change:
    """One compared row: an indicator, aspect or domain, or across kerangka a mapped group.

    `old`/`new` are the level (indicators) or index (aspects, domains) on each side; across
    kerangka, the weighted mean over the ids of that side. None: that side has no counterpart.
    """

    id: str
    name: str
    old: Fraction | None
    new: Fraction | None
    weight: Fraction | None = None  # same kerangka: the indicator's or group's bobot
    contribution: Fraction | None = None  # same kerangka, indicators: Δlevel × bobot / 100
    old_ids: tuple[str, ...] = ()
    new_ids: tuple[str, ...] = ()
    old_names: tuple[str, ...] = ()
    new_names: tuple[str, ...] = ()
    confidence: Confidence | None = None  # across kerangka: how well the pairing is established
    note: str = ""
    unfilled: tuple[str, ...] = ()  # sides ("lama", "baru") with an indicator not filled in yet

    @property
    def delta(self) -> Fraction | None:
        if self.old is None or self.new is None:
            return None
        return self.new - self.old

    @property
    def matched(self) -> bool:
        return self.old is not None and self.new is not None


@dataclass(frozen=True)
class Comparison:
    """Two scores compared. Rows are in reading order: gains (largest first), regressions
    (largest loss first), then rows with a side not filled in yet, then rows unchanged (across
    kerangka only) and rows without a counterpart."""

    old: Score
    new: Score
    kind: Kind
    crosswalk: Crosswalk | None
    indicators: tuple[Change, ...]
    aspects: tuple[Change, ...]
    domains: tuple[Change, ...]
    withheld: Crosswalk | None = None  # a table of guesses only, not used: not asked for
    closed: tuple[Closed, ...] | None = None  # recommendations closed (None: not compared)

    @property
    def index_delta(self) -> Fraction:
        return self.new.index - self.old.index

    @property
    def predicate_step(self) -> int:
        """Bands moved, up (positive) or down (negative), counted in each side's own bands."""
        return _band(self.new) - _band(self.old)

    @property
    def gains(self) -> tuple[Change, ...]:
        return tuple(c for c in self.indicators if _settled(c) and _sign(c) > 0)

    @property
    def regressions(self) -> tuple[Change, ...]:
        return tuple(c for c in self.indicators if _settled(c) and _sign(c) < 0)

    @property
    def unchanged(self) -> tuple[Change, ...]:
        return tuple(c for c in self.indicators if _settled(c) and _sign(c) == 0)

    @property
    def unfilled(self) -> tuple[Change, ...]:
        return tuple(c for c in self.indicators if c.matched and c.unfilled)

    @property
    def unmatched(self) -> tuple[Change, ...]:
        return tuple(c for c in self.indicators if not c.matched)

    @property
    def changed(self) -> bool:
        """Any level differs (same kerangka); across kerangka, the index or a paired row."""
        if self.kind == "kerangka_sama":
            return bool(self.indicators)
        return self.index_delta != 0 or any(c.delta for c in self.indicators if c.matched)


def _settled(change: Change) -> bool:
    return change.matched and not change.unfilled


def _sign(change: Change) -> int:
    value = change.contribution if change.contribution is not None else change.delta
    return 0 if not value else (1 if value > 0 else -1)


def _band(score: Score) -> int:
    names = [band.name for band in score.framework.bands]
    return names.index(score.predicate) if score.predicate in names else 0


def compare(
    old: Score,
    new: Score,
    crosswalk: Crosswalk | None = None,
    *,
    guesses: bool = False,
    indicators: bool = True,
) -> Comparison:
    """Compare two scores. Across kerangka, `crosswalk` (either direction) pairs their rows;
    without one only the index and predikat are compared, and so they are when the table
    pairs indicators by guesses only and `guesses` is False. Without `indicators` only the
    index, domains and aspects are compared (what `spbe trend` shows; its scores may keep no
    indicators)."""
    if old.framework.id == new.framework.id:
        return Comparison(
            old,
            new,
            "kerangka_sama",
            None,
            _order(_indicator_changes(old, new)) if indicators else (),
            _group_changes(old.aspects, new.aspects),
            _group_changes(old.domains, new.domains),
        )
    if crosswalk is not None and {crosswalk.old, crosswalk.new} == {
        old.framework.id,
        new.framework.id,
    }:
        table = crosswalk if crosswalk.old == old.framework.id else crosswalk.flipped()
        if table.guesses_only and not guesses:
            return Comparison(old, new, "indeks_saja", None, (), (), (), withheld=table)
        return Comparison(
            old,
            new,
            "pemetaan",
            table,
            _order(_mapped(table.indicators, _levels(old), _levels(new))) if indicators else (),
            _mapped(table.aspects, _groups(old.aspects), _groups(new.aspects)),
            _mapped(table.domains, _groups(old.domains), _groups(new.domains)),
        )
    if crosswalk is not None:
        raise ValueError(
            f"mapping table {crosswalk.old}_{crosswalk.new} does not join "
            f"{old.framework.id} and {new.framework.id}"
        )
    return Comparison(old, new, "indeks_saja", None, (), (), ())


# ---------------------------------------------------------------- same kerangka


def _indicator_changes(old: Score, new: Score) -> list[Change]:
    low = Fraction(old.framework.level_min)
    changes = []
    for before, after in zip(old.indicators, new.indicators, strict=True):
        if before.level == after.level:
            continue
        indicator = after.indicator
        counted_old = before.level if before.level is not None else low
        counted_new = after.level if after.level is not None else low
        unfilled = tuple(side for side, item in ((OLD, before), (NEW, after)) if item.level is None)
        changes.append(
            Change(
                id=indicator.id,
                name=indicator.name,
                old=counted_old,
                new=counted_new,
                weight=indicator.weight,
                contribution=(counted_new - counted_old) * indicator.weight / HUNDRED,
                old_ids=(indicator.id,),
                new_ids=(indicator.id,),
                old_names=(before.indicator.name,),
                new_names=(indicator.name,),
                unfilled=unfilled,
            )
        )
    return changes


def _group_changes(old: Sequence[GroupScore], new: Sequence[GroupScore]) -> tuple[Change, ...]:
    return tuple(
        Change(
            id=after.id,
            name=after.name,
            old=before.index,
            new=after.index,
            weight=after.weight,
            old_ids=(before.id,),
            new_ids=(after.id,),
            old_names=(before.name,),
            new_names=(after.name,),
        )
        for before, after in zip(old, new, strict=True)
    )


def _order(changes: Iterable[Change]) -> tuple[Change, ...]:
    """Gains by size, regressions by size, then the rest in their own order (sort is stable)."""

    def key(change: Change) -> tuple[int, Fraction]:
        if change.unfilled and change.matched:
            return (2, Fraction(0))
        if not change.matched:
            return (4, Fraction(0))
        value = change.contribution if change.contribution is not None else change.delta
        size = abs(value) if value is not None else Fraction(0)
        return ({1: 0, -1: 1, 0: 3}[_sign(change)], -size)

    return tuple(sorted(changes, key=key))


# ---------------------------------------------------------------- across kerangka


class _Value(NamedTuple):
    value: Fraction  # a level (not filled in: the lowest) or a group's index
    weight: Fraction
    name: str
    filled: bool = True


class _Side:
    """What one score says about the ids of one kerangka."""

    def __init__(self, values: Mapping[str, _Value]) -> None:
        self.values = values

    def mean(self, ids: Sequence[str]) -> Fraction:
        return weighted_mean((self.values[i].value, self.values[i].weight) for i in ids)

    def names(self, ids: Sequence[str]) -> tuple[str, ...]:
        return tuple(self.values[i].name for i in ids)

    def unfilled(self, ids: Sequence[str]) -> bool:
        return not all(self.values[i].filled for i in ids)


def _levels(score: Score) -> _Side:
    low = Fraction(score.framework.level_min)
    return _Side(
        {
            s.indicator.id: _Value(
                s.level if s.level is not None else low,
                s.indicator.weight,
                s.indicator.name,
                s.level is not None,
            )
            for s in score.indicators
        }
    )


def _groups(groups: Sequence[GroupScore]) -> _Side:
    return _Side({g.id: _Value(g.index, g.weight, g.name) for g in groups})


def _mapped(links: Sequence[Link], old: _Side, new: _Side) -> tuple[Change, ...]:
    rows: list[Change] = []
    for link in links:
        if not (link.old and link.new):
            rows += [_alone(link, item, old, OLD) for item in link.old]
            rows += [_alone(link, item, new, NEW) for item in link.new]
            continue
        unfilled = tuple(
            side
            for side, values, ids in ((OLD, old, link.old), (NEW, new, link.new))
            if values.unfilled(ids)
        )
        rows.append(
            Change(
                id=f"{'+'.join(link.old)}→{'+'.join(link.new)}",
                name="; ".join(new.names(link.new)),
                old=old.mean(link.old),
                new=new.mean(link.new),
                old_ids=link.old,
                new_ids=link.new,
                old_names=old.names(link.old),
                new_names=new.names(link.new),
                confidence=link.confidence,
                note=link.note,
                unfilled=unfilled,
            )
        )
    return tuple(rows)


def _alone(link: Link, item: str, side: _Side, which: str) -> Change:
    """A row for an id whose entry has the other side empty: no counterpart."""
    value, names = side.mean([item]), side.names([item])
    old = which == OLD
    return Change(
        id=f"{item}→" if old else f"→{item}",
        name=names[0],
        old=value if old else None,
        new=None if old else value,
        old_ids=(item,) if old else (),
        new_ids=() if old else (item,),
        old_names=names if old else (),
        new_names=() if old else names,
        confidence=link.confidence,
        note=link.note,
        unfilled=(which,) if side.unfilled([item]) else (),
    )
