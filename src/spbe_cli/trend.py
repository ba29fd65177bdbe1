"""One instansi over the years: its scored answer files in year order, each year compared with
the year before it.

Files are grouped by instansi, names compared without regard to case and spacing; years are
sorted whatever the order of the files; two files of one instansi and one year are refused,
naming both. Each step from one year to the next is a `diff.Comparison`: within one kerangka
every domain and aspect is compared; across a kerangka change the index and predikat are
compared directly and domains and aspects only through a mapping table (pemetaan), and not
through a table whose indicator pairings are all guesses unless asked (`guesses`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise
from pathlib import Path

from spbe_cli import crosswalk
from spbe_cli.atomic import same_file
from spbe_cli.crosswalk import Crosswalk
from spbe_cli.diff import Comparison, compare
from spbe_cli.errors import InputError, Problem
from spbe_cli.frameworks import Catalog
from spbe_cli.i18n import t
from spbe_cli.names import text_key
from spbe_cli.scoring import Score

Lookup = Callable[[str, str], "Crosswalk | None"]
"""The mapping table between two kerangka (old, new), or None."""


@dataclass(frozen=True)
class Year:
    score: Score
    step: Comparison | None  # against the year before; None for the first year

    @property
    def change(self) -> Fraction | None:
        """The exact change of the index from the year before."""
        return None if self.step is None else self.step.index_delta


@dataclass(frozen=True)
class History:
    institution: str  # as the latest year's file writes it
    years: tuple[Year, ...]  # oldest first

    @property
    def first(self) -> int:
        return self.years[0].score.year

    @property
    def last(self) -> int:
        return self.years[-1].score.year


def table_finder(catalog: Catalog, extra: Sequence[Path] = ()) -> Lookup:
    """The mapping tables of a catalog (and weights folders), each read once."""
    found: dict[tuple[str, str], Crosswalk | None] = {}

    def lookup(old: str, new: str) -> Crosswalk | None:
        if (old, new) not in found:
            found[(old, new)] = crosswalk.find(catalog, old, new, extra)
        return found[(old, new)]

    return lookup


def histories(
    scores: Iterable[Score], lookup: Lookup, *, guesses: bool = False, indicators: bool = True
) -> list[History]:
    """One history per instansi (by name), in name order; InputError when two files give one
    instansi the same year. Without `indicators` the years are compared by index, domains and
    aspects only (all a trend shows: the scores may keep no indicators)."""
    groups: dict[str, list[Score]] = {}
    for score in scores:
        groups.setdefault(text_key(score.institution), []).append(score)
    problems: list[Problem] = []
    found: list[History] = []
    for key in sorted(groups):
        ordered = sorted(groups[key], key=lambda s: s.year)  # stable: files in given order
        problems += _same_years(ordered)
        found.append(_history(ordered, lookup, guesses, indicators))
    if problems:
        raise InputError(problems)
    return found


def history_of(
    current: Score,
    others: Sequence[Score],
    lookup: Lookup,
    *,
    guesses: bool = False,
    indicators: bool = True,
) -> tuple[History, int]:
    """The history of `current`'s instansi from `others` and `current` (the same file given
    twice counts once), and how many of `others` were of another instansi."""
    key = text_key(current.institution)
    mine = [s for s in others if text_key(s.institution) == key]
    mine = [s for s in mine if not _same_path(s.file, current.file)]
    (history,) = histories([*mine, current], lookup, guesses=guesses, indicators=indicators)
    return history, sum(1 for s in others if text_key(s.institution) != key)


def _same_path(a: str, b: str) -> bool:
    return a == b or (a != "-" and b != "-" and same_file(Path(a), Path(b)))


def _same_years(ordered: Sequence[Score]) -> list[Problem]:
    problems = []
    for before, after in pairwise(ordered):
        if before.year == after.year:
            message = t(
                "trend.same_year",
                institution=after.institution,
                year=after.year,
                other=before.file,
            )
            problems.append(Problem(after.file, 1, 1, message, "tahun"))
    return problems


def _history(
    ordered: Sequence[Score], lookup: Lookup, guesses: bool, indicators: bool = True
) -> History:
    years: list[Year] = []
    previous: Score | None = None
    for score in ordered:
        step = None
        if previous is not None:
            table = None
            if previous.framework.id != score.framework.id:
                table = lookup(previous.framework.id, score.framework.id)
            step = compare(previous, score, table, guesses=guesses, indicators=indicators)
        years.append(Year(score, step))
        previous = score
    return History(ordered[-1].institution, tuple(years))
