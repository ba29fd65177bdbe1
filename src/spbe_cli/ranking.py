"""Many instansi ranked by their exact index (`spbe rank`), one ranking per year.

Equal exact indices share a rank and the next rank skips ("competition" ranking: 1, 2, 2, 4).
Two indices that only look equal once rounded (3.4985 and 3.50) are not equal. Within a
shared rank, rows are listed by instansi name, then file name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from spbe_cli.scoring import Score


@dataclass(frozen=True)
class Ranked:
    rank: int
    score: Score


@dataclass(frozen=True)
class YearRanking:
    year: int
    rows: tuple[Ranked, ...]
    counts: Mapping[str, int]  # instansi per predikat, in band order (zero counts included)
    mean: Fraction
    median: Fraction

    @property
    def frameworks(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.score.framework.id for r in self.rows))


def rank(scores: Iterable[Score]) -> list[YearRanking]:
    """One ranking per year, years in ascending order."""
    by_year: dict[int, list[Score]] = {}
    for item in scores:
        by_year.setdefault(item.year, []).append(item)
    return [_year(year, by_year[year]) for year in sorted(by_year)]


def _year(year: int, scores: Sequence[Score]) -> YearRanking:
    ordered = sorted(scores, key=lambda s: (-s.index, s.institution, s.file))
    rows: list[Ranked] = []
    for n, item in enumerate(ordered):
        shared = rows and rows[-1].score.index == item.index
        rows.append(Ranked(rows[-1].rank if shared else n + 1, item))
    names: dict[str, int] = {}
    for item in ordered:
        for band in reversed(item.framework.bands):
            names.setdefault(band.name, 0)
    for item in ordered:
        names[item.predicate] += 1
    indices = [s.index for s in ordered]
    return YearRanking(year, tuple(rows), names, mean(indices), median(indices))


def mean(values: Iterable[Fraction]) -> Fraction:
    items = list(values)
    return sum(items, Fraction(0)) / len(items)


def median(items: Iterable[Fraction]) -> Fraction:
    """The middle value (the mean of the two middle ones for an even count)."""
    values = sorted(items)
    middle = len(values) // 2
    if len(values) % 2:
        return values[middle]
    return (values[middle - 1] + values[middle]) / 2
