"""The scoring rule against every public reference value in the methodology notes."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

import pytest

from spbe_cli import yamlsafe
from spbe_cli.answers import ReadOptions, read_answers
from spbe_cli.exact import display
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.scoring import Score, predicate, score, weighted_mean
from tests.conftest import all_at, answer_text, levels_reaching


def score_levels(
    catalog: Catalog, framework_id: str, levels: Mapping[str, object], year: int | None = None
) -> Score:
    framework = catalog.get(framework_id)
    assert framework is not None
    text = answer_text(framework, levels, year=year)
    return score(read_answers(yamlsafe.parse(text, "uji.yaml"), catalog))


def framework_of(catalog: Catalog, framework_id: str) -> Framework:
    found = catalog.get(framework_id)
    assert found is not None
    return found


def test_regulation_worked_example_328() -> None:
    """59/2020 Lampiran B.4: domains 3.70/3.40/3.00/3.20 with weights 13/25/16.5/45.5 give
    Σ = 328.20 and Indeks SPBE 3.28; aspect 2 = 30.00/10 = 3.00; domain 2 = 85.00/25 = 3.40."""
    domains = [
        (Fraction("3.70"), Fraction(13)),
        (Fraction("3.40"), Fraction(25)),
        (Fraction("3.00"), Fraction("16.5")),
        (Fraction("3.20"), Fraction("45.5")),
    ]
    index = weighted_mean(domains)
    assert index * 100 == Fraction("328.20")
    assert display(index) == "3.28"
    assert weighted_mean([(Fraction(3), Fraction("2.5"))] * 4) == Fraction("3.00")


def test_worked_example_domain_2_from_levels(catalog: Catalog) -> None:
    """Domain 2 = 85/25 = 3.40: aspect 2 at 3 (indicators 11-14), aspect 3/4 summing to 22."""
    levels: dict[str, object] = all_at(framework_of(catalog, "spbe-2020"), 3)
    levels.update({"15": 4, "16": 4, "17": 4, "18": 4, "19": 3, "20": 3})
    result = score_levels(catalog, "spbe-2020", levels, 2024)
    assert {a.id: a.index for a in result.aspects}["A2"] == 3
    assert {d.id: d.index for d in result.domains}["D2"] == Fraction("3.4")


def test_index_equals_domain_weighted_mean(catalog: Catalog) -> None:
    levels = dict(zip([str(n) for n in range(1, 48)], [1, 2, 3, 4, 5] * 10, strict=False))
    result = score_levels(catalog, "spbe-2020", levels, 2024)
    assert result.index == weighted_mean((d.index, d.weight) for d in result.domains)
    assert result.index == weighted_mean((a.index, a.weight) for a in result.aspects)


def test_kab_asmat_2024_prints_103_kurang(catalog: Catalog) -> None:
    """Published: D1-D4 1.00/1.10/1.00/1.00, index 1.03, Kurang. Exact 1.025: a binary float
    and Python's round() print 1.02."""
    levels: dict[str, object] = all_at(framework_of(catalog, "spbe-2020"), 1)
    levels["11"] = 2
    result = score_levels(catalog, "spbe-2020", levels, 2024)
    assert [display(d.index) for d in result.domains] == ["1.00", "1.10", "1.00", "1.00"]
    assert result.index == Fraction("1.025")
    assert display(result.index) == "1.03"
    assert round(float(result.index), 2) == 1.02  # what the peers print
    assert result.predicate == "Kurang"


def test_kominfo_2024_prints_475_memuaskan(catalog: Catalog) -> None:
    """Published: 5.00/5.00/3.45/5.00, index 4.75. D3 = 38/11 (displayed 3.45)."""
    levels: dict[str, object] = all_at(framework_of(catalog, "spbe-2020"), 5)
    for n, level in zip(range(21, 32), [4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 4], strict=True):  # Σ 38
        levels[str(n)] = level
    result = score_levels(catalog, "spbe-2020", levels, 2024)
    assert [display(d.index) for d in result.domains] == ["5.00", "5.00", "3.45", "5.00"]
    assert display(result.index) == "4.75"
    assert result.predicate == "Memuaskan"


def test_bin_2024_prints_420_memuaskan(catalog: Catalog) -> None:
    """Published: 4.90/4.20/3.55/4.24, index 4.20 (exact 4.202), Memuaskan."""
    levels: dict[str, object] = {}
    levels.update({str(n): 5 for n in range(1, 10)} | {"10": 4})  # Σ 49 -> 4.90
    levels.update({str(n): 4 for n in range(11, 19)} | {"19": 5, "20": 5})  # Σ 42 -> 4.20
    levels.update({str(n): 4 for n in range(21, 27)} | {str(n): 3 for n in range(27, 32)})  # 39
    levels.update({str(n): 5 for n in range(32, 36)} | {str(n): 4 for n in range(36, 42)})  # 44
    levels.update({str(n): 4 for n in range(42, 48)})  # Σ 24
    result = score_levels(catalog, "spbe-2020", levels, 2024)
    assert [display(d.index) for d in result.domains] == ["4.90", "4.20", "3.55", "4.24"]
    assert result.index == Fraction("4.202")
    assert display(result.index) == "4.20"
    assert result.predicate == "Memuaskan"


def test_national_2018_domains_give_198() -> None:
    """0.17·1.75 + 0.28·1.74 + 0.55·2.17 = 1.9782 -> 1.98 (Laporan 2024, Tabel 4)."""
    index = weighted_mean(
        [
            (Fraction("1.75"), Fraction(17)),
            (Fraction("1.74"), Fraction(28)),
            (Fraction("2.17"), Fraction(55)),
        ]
    )
    assert index == Fraction("1.9782")
    assert display(index) == "1.98"


@pytest.mark.parametrize(
    ("year", "exact", "shown", "expected"),
    [
        (2023, "1.7995", "1.80", "Cukup"),  # 2023: predicate from the rounded value
        (2024, "1.7995", "1.80", "Kurang"),  # 2024: from the exact value
        (2023, "3.4985", "3.50", "Sangat Baik"),
        (2024, "3.4985", "3.50", "Baik"),
    ],
)
def test_band_edges_follow_the_years_rule(
    catalog: Catalog, year: int, exact: str, shown: str, expected: str
) -> None:
    framework = framework_of(catalog, "spbe-2020")
    levels = levels_reaching(framework, Fraction(exact))
    result = score_levels(catalog, "spbe-2020", dict(levels), year)
    assert result.index == Fraction(exact)
    assert display(result.index) == shown
    assert result.predicate == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", "Kurang"),
        ("1.7999", "Kurang"),
        ("1.8", "Cukup"),
        ("2.6", "Baik"),
        ("3.5", "Sangat Baik"),
        ("4.2", "Memuaskan"),
        ("5", "Memuaskan"),
    ],
)
def test_spbe_bands_lower_bound_inclusive(catalog: Catalog, value: str, expected: str) -> None:
    assert predicate(framework_of(catalog, "spbe-2020"), 2024, Fraction(value)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # PermenPANRB 8/2026 p. 38, Tabel 4 read on the rendered page: 1 <= x <= 1,50
        # Kurang; 1,50 < x <= 2,50 Cukup; 2,50 < x <= 3,50 Baik; 3,50 < x <= 4,00 Sangat
        # Baik; 4,00 < x <= 5,00 Memuaskan. Each edge, and the least step on either side.
        ("1", "Kurang"),
        ("1.49", "Kurang"),
        ("1.5", "Kurang"),
        ("1.5001", "Cukup"),
        ("2.5", "Cukup"),
        ("2.5001", "Baik"),
        ("3.49", "Baik"),
        ("3.5", "Baik"),
        ("3.5001", "Sangat Baik"),
        ("3.99", "Sangat Baik"),
        ("4", "Sangat Baik"),
        ("4.0001", "Memuaskan"),
        ("5", "Memuaskan"),
    ],
)
def test_pemdi_bands(catalog: Catalog, value: str, expected: str) -> None:
    assert predicate(framework_of(catalog, "pemdi-2026"), 2026, Fraction(value)) == expected


def test_pemdi_worked_examples(catalog: Catalog) -> None:
    """8/2026 Tabel 2: ind. 1 = 2, ind. 2 = 3 -> aspect 2.5. Tabel 3: aspects 2.60/3.50/1.20/
    3.50/2.50/2.40/3.50 with weights 10/10/15/15/10/15/25 -> 2.8."""
    framework = framework_of(catalog, "pemdi-2026")
    levels: dict[str, object] = all_at(framework, 1)
    levels.update({"1": 2, "2": 3})
    result = score_levels(catalog, "pemdi-2026", levels, 2026)
    assert result.aspects[0].index == Fraction("2.5")
    aspects = ["2.60", "3.50", "1.20", "3.50", "2.50", "2.40", "3.50"]
    index = weighted_mean(
        (Fraction(v), a.weight) for v, a in zip(aspects, framework.aspects, strict=True)
    )
    assert index == Fraction("2.8")
    assert result.domains == ()


def test_pemdi_decimal_values_are_exact(catalog: Catalog) -> None:
    framework = framework_of(catalog, "pemdi-2026")
    levels: dict[str, object] = all_at(framework, 1)
    levels["5"] = "3.75"  # SDI 68.75 converted
    levels["20"] = "2.01"
    result = score_levels(catalog, "pemdi-2026", levels, 2026)
    assert result.index == 1 + (Fraction("2.75") * 5 + Fraction("1.01") * 15) / 100


def test_2018_indicator_35_is_three_rows(catalog: Catalog) -> None:
    """The three public services of indicator 35 are separate rows sharing A7 equally with
    32-34 (six rows of 20/6 %); averaging them into one value gives a different index."""
    framework = framework_of(catalog, "spbe-2018")
    levels: dict[str, object] = all_at(framework, 2)
    levels.update({"35.1": 5, "35.2": 5, "35.3": 2})
    result = score_levels(catalog, "spbe-2018", levels, 2019)
    a7 = {a.id: a.index for a in result.aspects}["A7"]
    assert a7 == Fraction(2 + 2 + 2 + 5 + 5 + 2, 6) == 3
    averaged = (2 + 2 + 2 + Fraction(5 + 5 + 2, 3)) / 4  # one row for 35: 2.5
    assert a7 != averaged


def test_2018_level_zero_counts_as_zero(catalog: Catalog) -> None:
    result = score_levels(catalog, "spbe-2018", all_at(framework_of(catalog, "spbe-2018"), 0))
    assert result.index == 0
    assert result.predicate == "Kurang"


def test_draft_range(catalog: Catalog) -> None:
    framework = framework_of(catalog, "spbe-2020")
    levels = {str(n): 3 for n in range(1, 40)}
    text = answer_text(framework, levels, year=2024)
    answers = read_answers(
        yamlsafe.parse(text, "draf.yaml"), catalog, ReadOptions(allow_missing=True)
    )
    result = score(answers)
    assert result.missing == tuple(str(n) for n in range(40, 48))
    low = score_levels(catalog, "spbe-2020", {**levels, **dict.fromkeys(result.missing, 1)}, 2024)
    high = score_levels(catalog, "spbe-2020", {**levels, **dict.fromkeys(result.missing, 5)}, 2024)
    assert result.index == low.index
    assert result.index_max == high.index
    assert result.predicate_max == high.predicate
