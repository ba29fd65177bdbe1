"""The report reader on synthetic reports (tests/lhe_pdfs.py): each trait of the real reports
on its own and together, invented institutions and levels, and the checks that refuse a
report whose tables do not read completely."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Literal

import pytest

from spbe_cli.lhe import NotAReport, Reading, read_report
from spbe_cli.lhe.pdftext import read_pages
from tests.lhe_pdfs import (
    AVERAGE_COLUMNS,
    Traits,
    average_value,
    invented_averages,
    invented_levels,
    row_ids,
    summary_rows,
    synthetic_report,
)


def pdf(traits: Traits) -> bytes:
    return synthetic_report(traits)


def read(traits: Traits) -> Reading:
    return read_report(pdf(traits), "contoh.pdf")


def refusal(traits: Traits) -> str:
    with pytest.raises(NotAReport) as caught:
        read(traits)
    assert "\n" not in caught.value.reason
    return caught.value.reason


def assert_as_printed(reading: Reading, traits: Traits) -> None:
    """Every field the synthetic report prints, read back."""
    assert (reading.year, reading.kind, reading.framework) == (
        traits.year,
        traits.kind.lower(),
        traits.framework,
    )
    assert reading.institution_printed == traits.institution
    assert (reading.index.text, reading.predicate) == (traits.index_text, traits.predicate)
    rows = {v.id: v for v in (reading.index, *reading.domains.values(), *reading.aspects.values())}
    expected = summary_rows(traits.framework)
    assert set(rows) == {rid for rid, _ in expected}
    for (rid, label), text in zip(expected, traits.summary_values, strict=True):
        assert (rows[rid].label, rows[rid].text) == (label, text)
        assert rows[rid].value == Decimal(text.replace(",", "."))
    columns = traits.level_columns
    assert dict(reading.levels) == dict(columns[traits.year])
    assert list(reading.levels) == list(row_ids(traits.framework))
    assert {y: dict(v) for y, v in reading.other_years.items()} == {
        y: dict(v) for y, v in columns.items() if y != traits.year
    }


def assert_averages(reading: Reading, traits: Traits) -> None:
    if traits.averages == "none":
        assert reading.averages == ()
        return
    printed = invented_averages(traits.framework, traits.averages)
    ids = [rid for rid, _ in summary_rows(traits.framework)]
    assert [row.id for row in reading.averages] == ids
    for row, values in zip(reading.averages, printed, strict=True):
        assert [name for name, _ in row.values] == list(AVERAGE_COLUMNS)
        assert [v for _, v in row.values] == [Decimal(average_value(v)) for v in values]
    assert reading.averages[0].label == "SPBE"
    assert reading.averages[1].label.startswith("Domain Kebijakan")


def test_a_plain_report_reads_as_printed() -> None:
    traits = Traits()
    reading = read(traits)
    assert_as_printed(reading, traits)
    assert_averages(reading, traits)
    assert reading.institution == "Pemerintah Kabupaten Sukamaju"
    assert reading.source_name == "contoh.pdf" and len(reading.sha256) == 64
    assert reading.target.predicate == "Baik"
    assert reading.target.index_minimum == Decimal("2.6")
    assert (reading.target.indicator_level, reading.target.indicator_level_is_minimum) == (3, True)
    assert [f.aspect for f in reading.findings] == [f"A{n}" for n in range(1, 9)]
    assert reading.findings[0].strengths.startswith("Kekuatan aspek 1")
    assert reading.findings[7].weaknesses.startswith("Kelemahan aspek 8")
    assert [r.heading for r in reading.recommendations] == [None, None]
    assert reading.recommendations[1].text.startswith("Paragraf kedua")


def test_clipped_overflow_text_among_the_next_rows_glyphs() -> None:
    traits = Traits(clipped_overflow=True)
    data = pdf(traits)
    # The trait is there: the clipped lines ("… Tahap 2") are in the text layer, on the rows
    # below their own.
    words = [w.text for page in read_pages(data) for w in page.words]
    assert words.count("Tahap") == 16
    assert_as_printed(read(traits), traits)


def test_names_wrapped_above_and_below_a_centred_number_and_level() -> None:
    traits = Traits(tall_rows=True, justified=True, year=2024, averages="none")
    reading = read(traits)
    assert_as_printed(reading, traits)
    assert_averages(reading, traits)


def test_a_table_over_pages_without_header_its_columns_moving() -> None:
    # Under each page, a page number in the row-number column reads as the next row's number.
    for shift in (-9.0, 14.0):
        traits = Traits(rows_per_page=(20, 12, 9), column_shift=shift, clipped_overflow=True)
        assert_as_printed(read(traits), traits)


def test_a_footer_year_right_after_the_last_row() -> None:
    for traits in (Traits(footer_year=True), Traits(footer_year=True, tall_rows=True)):
        assert_as_printed(read(traits), traits)


def test_two_level_columns_the_report_year_last() -> None:
    traits = Traits(year=2022, kind="PEMANTAUAN").with_levels(2021, 2022)
    reading = read(traits)
    assert_as_printed(reading, traits)
    assert list(reading.other_years) == [2021]
    assert reading.kind == "pemantauan"


def test_level_columns_without_years_the_last_is_the_reports() -> None:
    traits = Traits(header_years=False).with_levels(2022, 2023)
    reading = read(traits)
    assert dict(reading.levels) == invented_levels("spbe-2020", 2023)
    assert dict(reading.other_years) == {}


def test_the_2018_layout_rows_35_1_to_35_3_and_level_zero() -> None:
    traits = Traits(framework="spbe-2018", year=2020, averages="dot")
    reading = read(traits)
    assert_as_printed(reading, traits)
    assert_averages(reading, traits)
    assert list(reading.levels)[-3:] == ["35.1", "35.2", "35.3"]
    assert 0 in reading.levels.values()
    assert [f.aspect for f in reading.findings] == [f"A{n}" for n in range(1, 8)]


SEPARATORS: list[Literal["dot", "comma", "mixed"]] = ["dot", "comma", "mixed"]


@pytest.mark.parametrize("separator", SEPARATORS)
def test_averages_with_dots_commas_or_both(separator: Literal["dot", "comma", "mixed"]) -> None:
    traits = Traits(averages=separator)
    assert_averages(read(traits), traits)


def test_the_national_table_named_like_the_summary_is_not_the_summary() -> None:
    traits = Traits(national_above_summary=True, averages="mixed")
    reading = read(traits)
    assert_as_printed(reading, traits)
    assert_averages(reading, traits)
    assert reading.averages[0].values[0][1] != reading.index.value


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_the_header_box_dash(dash: str) -> None:
    reading = read(Traits(dash=dash))
    assert reading.institution_printed == "PEMERINTAH KABUPATEN SUKAMAJU"


def test_an_institution_name_wrapped_in_the_header_box() -> None:
    traits = Traits(box_name_wraps=True, institution="PEMERINTAH PROVINSI NUSA CONTOH TENGAH")
    reading = read(traits)
    assert reading.institution_printed == "PEMERINTAH PROVINSI NUSA CONTOH TENGAH"
    assert (reading.index.text, reading.predicate) == ("2,47", "Cukup")


@pytest.mark.parametrize(
    ("printed", "running", "expected"),
    [
        ("PEMERINTAH KOTA SUKAMAJU", "Pemerintah Kota Sukamaju", "Pemerintah Kota Sukamaju"),
        (
            "PEMERINTAH KAB. TANAH CONTOH",
            "Pemerintah Daerah Kabupaten Tanah Contoh",
            "Pemerintah Kabupaten Tanah Contoh",
        ),
        ("PEMERINTAH PROVINSI DKI SUKAMAJU", None, "Pemerintah Provinsi DKI Sukamaju"),
        (
            "KEMENTERIAN CONTOH DAN UJI COBA",
            "Kementerian Contoh dan Uji Coba",
            "Kementerian Contoh dan Uji Coba",
        ),
    ],
)
def test_the_institution_as_the_running_text_writes_it(
    printed: str, running: str | None, expected: str
) -> None:
    reading = read(Traits(institution=printed, running_name=running))
    assert (reading.institution, reading.institution_printed) == (expected, printed)


def test_summary_labels_wrapped_over_lines() -> None:
    for traits in (Traits(summary_wrapped=True), Traits(summary_wrapped=True, rules=False)):
        assert_as_printed(read(traits), traits)


def test_headed_recommendations_and_no_target_note() -> None:
    reading = read(Traits(recommendations="headed", target_note=False))
    assert [r.heading for r in reading.recommendations] == ["RINGKASAN", "SARAN PERBAIKAN"]
    assert all(r.text.startswith("Instansi contoh") for r in reading.recommendations)
    assert reading.target.predicate is None and reading.target.index_minimum is None
    assert reading.target.indicator_level == 3


def test_no_findings_no_recommendations_no_averages() -> None:
    reading = read(Traits(findings=False, recommendations="none", averages="none"))
    assert (reading.findings, reading.recommendations, reading.averages) == ((), (), ())


# --- refusals: incomplete or inconsistent tables --------------------------------------------


@pytest.mark.usefixtures("english")
def test_a_level_outside_the_scale() -> None:
    levels = invented_levels("spbe-2020", 2023)
    reason = refusal(Traits(levels={2023: {**levels, "12": 0}}))
    assert "row 12" in reason and "level 0" in reason and "outside 1-5" in reason
    reason = refusal(Traits(levels={2023: {**levels, "40": 7}}))
    assert "row 40" in reason and "level 7" in reason


@pytest.mark.usefixtures("english")
def test_a_missing_row() -> None:
    assert "row 47 not found" in refusal(Traits(missing_rows=frozenset({47})))
    reason = refusal(Traits(missing_rows=frozenset({12})))
    assert "11 rows, expected 47" in reason and "row 12 not found" in reason


def test_the_box_and_the_summary_disagree() -> None:
    reason = refusal(Traits(summary_index="2,48"))
    assert "2,47" in reason and "2,48" in reason


def test_a_year_without_a_layout() -> None:
    assert "2026" in refusal(Traits(year=2026))


def test_an_unknown_predicate() -> None:
    assert "Hebat" in refusal(Traits(predicate="Hebat"))


def test_level_columns_of_other_years() -> None:
    reason = refusal(Traits(year=2023).with_levels(2021, 2022))
    assert "2021, 2022" in reason and "2023" in reason


def test_a_damaged_report_raises_only_not_a_report() -> None:
    """Cut short or with bytes overwritten, a report is read or refused, nothing else."""
    data = pdf(Traits())
    variants = [data[: len(data) * k // 8] for k in range(1, 8)]
    for k in range(1, 9):
        at = len(data) * k // 9
        variants.append(data[:at] + bytes(64) + data[at + 64 :])
    for variant in variants:
        try:
            read_report(variant, "rusak.pdf")
        except NotAReport as exc:
            assert exc.reason and "\n" not in exc.reason


def test_traits_combined() -> None:
    traits = replace(
        Traits(year=2022, kind="PEMANTAUAN").with_levels(2021, 2022),
        clipped_overflow=True,
        rows_per_page=(30,),
        column_shift=7.0,
        footer_year=True,
        summary_wrapped=True,
        national_above_summary=True,
        averages="mixed",
        justified=True,
        box_name_wraps=True,
    )
    reading = read(traits)
    assert_as_printed(reading, traits)
    assert_averages(reading, traits)
