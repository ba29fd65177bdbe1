"""Shared by the tests of `spbe import` and `spbe trend`: synthetic report PDFs whose printed
summary is what their levels give, computed here from the weight tables read with PyYAML
(independently of spbe's scoring), and the real reports beside the repository."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

from tests.answerfiles import index_of, raw_members, raw_table, raw_weights, shown
from tests.lhe_pdfs import Traits, summary_rows, synthetic_report

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "lhe"
BANDAR_LAMPUNG = ("2021", "2022", "2023", "2024")


def printed_values(framework: str, levels: Mapping[str, int]) -> dict[str, Fraction]:
    """The exact index and each domain's and aspect's value of these levels."""
    weights = raw_weights(framework)
    values = {"indeks": index_of({i: Fraction(v) for i, v in levels.items()}, weights)}
    for section in ("domain", "aspek"):
        for group, ids in raw_members(framework, section).items():
            if group is not None:
                values[group] = index_of({i: Fraction(levels[i]) for i in ids}, weights)
    return values


def band(framework: str, value: Fraction) -> str:
    """The predikat of a value by the table's bands (lower bound inclusive)."""
    name = ""
    for entry in raw_table(framework)["predikat"]:
        if value >= Fraction(str(entry["dari"])):
            name = entry["nama"]
    return name


def comma(value: Fraction) -> str:
    """A value as the reports print it: half-up to 2 decimals, decimal comma."""
    return shown(value).replace(".", ",")


def consistent(traits: Traits, **changed: str) -> Traits:
    """`traits` with the summary, header box and predikat that its report year's levels give;
    `changed` prints other text for some rows (id -> printed value), as a faulty report would."""
    levels = traits.level_columns[traits.year]
    values = printed_values(traits.framework, levels)
    index = values["indeks"]
    predicate = band(traits.framework, index)
    assert predicate == band(traits.framework, Fraction(shown(index))), "too near a band edge"
    texts = {row: changed.get(row, comma(values[row])) for row, _ in summary_rows(traits.framework)}
    return replace(
        traits,
        summary=tuple(texts.values()),
        index_text=texts["indeks"],
        predicate=changed.get("predikat", predicate),
    )


def report(traits: Traits, **changed: str) -> bytes:
    return synthetic_report(consistent(traits, **changed))


def levels(traits: Traits, year: int | None = None) -> dict[str, int]:
    return dict(traits.level_columns[year or traits.year])
