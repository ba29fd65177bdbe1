"""What an imported answer file holds, decided from what the report prints.

- `tahun`, `instansi` (the running text's spelling, or --instansi), every indicator's level:
  the report's own year, or with --tahun an earlier level column of the same report (the 2022
  report prints 2021 too), whose levels no printed value checks.
- The stated target, for the report's own year only: "Predikat Baik (indeks minimal 2,6)" as
  `target_predikat` and `target_indeks`; "every indicator at least 3" as `target: 3` on each
  indicator whose level is below 3. An answer file's `target` is one level per indicator; an
  indicator already at or above the floor has met it, and writing the floor there would read
  as a goal below what was reached, so those are left without one.
- Recommendations, for the report's own year only, as top-level items (`sumber: LHE <tahun>`,
  `status: belum`): each paragraph of the "Rekomendasi" section except those under a heading
  that names a summary rather than advice (RINGKASAN, KEUNGGULAN, KEKUATAN, KELEMAHAN); and
  each aspect's printed weaknesses ("Kelemahan" of "Kekuatan dan Kelemahan") with its `aspek`:
  the one place where the report ties what to improve to one aspect.
Text from the PDF is kept on one line with control characters shown as escapes (a YAML file
may not hold them, even escaped).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from spbe_cli.errors import InputError, Problem
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t
from spbe_cli.lhe import Reading
from spbe_cli.renderers.text import one_line

SUMMARY_HEADINGS = frozenset({"RINGKASAN", "KEUNGGULAN", "KEKUATAN", "KELEMAHAN"})
"""Sub-headings of "Rekomendasi" whose paragraphs summarise rather than advise (2023)."""


@dataclass(frozen=True)
class Item:
    """A recommendation to follow up, as written under `rekomendasi:`."""

    text: str
    origin: Literal["rekomendasi", "kelemahan"]
    aspect: str | None = None


@dataclass(frozen=True)
class Content:
    reading: Reading
    framework: Framework
    year: int
    institution: str
    levels: Mapping[str, int]
    checked: bool  # the report's own year: its printed values are checked against the levels
    targets: Mapping[str, int]  # indicator id -> the stated floor, where the level is below it
    target_predicate: str | None
    target_index: Decimal | None
    recommendations: tuple[Item, ...]

    @property
    def source(self) -> str:
        """`sumber` of the recommendations: "LHE 2024"."""
        return f"LHE {self.reading.year}"


def content_of(
    reading: Reading, framework: Framework, year: int | None, institution: str | None
) -> Content:
    """The answer file's data for the report's year (or `year`, an earlier level column)."""
    chosen = reading.year if year is None else year
    levels = reading.levels if chosen == reading.year else reading.other_years.get(chosen)
    if levels is None:
        years = ", ".join(str(y) for y in sorted({*reading.other_years, reading.year}))
        message = t("import.no_column", year=reading.year, asked=chosen, years=years)
        raise InputError([Problem(reading.source_name, 1, 1, message, "tahun")])
    own = chosen == reading.year
    target = reading.target
    floor = target.indicator_level if own else None
    bands = {band.name for band in framework.bands}
    return Content(
        reading=reading,
        framework=framework,
        year=chosen,
        institution=institution or one_line(reading.institution),
        levels=levels,
        checked=own,
        targets={i: floor for i, level in levels.items() if floor is not None and level < floor},
        target_predicate=target.predicate if own and target.predicate in bands else None,
        target_index=target.index_minimum if own else None,
        recommendations=_items(reading, framework) if own else (),
    )


def _items(reading: Reading, framework: Framework) -> tuple[Item, ...]:
    advice = [
        Item(one_line(r.text), "rekomendasi")
        for r in reading.recommendations
        if r.text and (r.heading or "").upper() not in SUMMARY_HEADINGS
    ]
    aspects = {a.id for a in framework.aspects}
    weaknesses = [
        Item(one_line(f.weaknesses), "kelemahan", f.aspect if f.aspect in aspects else None)
        for f in reading.findings
        if f.weaknesses
    ]
    return (*advice, *weaknesses)
