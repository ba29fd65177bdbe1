"""Numbers a reader sees add up (issue 17, "Reports that never contradict themselves"): a gap
or a change shown beside two rounded values is the difference of those shown values, a
column of them has one number of decimals, and the exact difference is given wherever it
differs (a footnote, "tepat …" beside it, `selisih_tepat` in JSON). Each figure is labelled
with its own kerangka's index."""

from __future__ import annotations

import io
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.frameworks import Catalog
from spbe_cli.renderers.common import column_places, shown_change, shown_gap
from tests.conftest import ROOT, WriteAnswers, answer_text, levels_reaching

S2024 = ROOT / "samples/kabupaten-contoh-2024.yaml"
S2023 = ROOT / "samples/kabupaten-contoh-2023.yaml"
S2026 = ROOT / "samples/provinsi-contoh-2026.yaml"


def half_up(value: Fraction) -> Decimal:
    """Independent of exact.py: the value rounded half-up to 2 decimals."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


# ---------------------------------------------------------------- the rule itself

fractions = st.fractions(min_value=-5, max_value=5, max_denominator=10_000)


@given(fractions, fractions)
def test_a_shown_change_is_the_difference_of_the_shown_values(old: Fraction, new: Fraction) -> None:
    shown = shown_change(old, new)
    assert Decimal(shown.text(mark=False)) == half_up(new) - half_up(old)
    assert len(shown.text(mark=False).split(".")[1]) == 2  # one number of decimals
    assert shown.exact == new - old
    assert shown.text().endswith("*") == (Fraction(half_up(new) - half_up(old)) != new - old)


@given(fractions, fractions)
def test_a_shown_gap_is_the_difference_of_the_shown_values(
    target: Fraction, value: Fraction
) -> None:
    gap = shown_gap(target, value)
    assert Decimal(gap.text(mark=False, sign=False)) == max(
        half_up(target) - half_up(value), Decimal("0.00")
    )
    assert gap.exact == max(target - value, Fraction(0))


def test_levels_in_one_column_have_one_number_of_decimals() -> None:
    assert column_places([Fraction(3), Fraction(4), None]) == 0
    assert column_places([Fraction(3), Fraction(15, 4)]) == 2
    assert shown_change(Fraction(2), Fraction(3), 0).text() == "+1"
    assert shown_change(Fraction(16, 5), Fraction(15, 4), 2).text() == "+0.55"


# ---------------------------------------------------------------- a gap to a target


@pytest.fixture()
def short_file(write: WriteAnswers, catalog: Catalog) -> Path:
    """A spbe-2020 file whose index is exactly 1.505 (shown 1.51), target_indeks 1.75."""
    framework = catalog.get("spbe-2020")
    assert framework is not None
    levels = levels_reaching(framework, Fraction("1.505"))
    text = answer_text(framework, levels, year=2024, extra="target_indeks: 1.75")
    return write(text)


def _adds_up(line: str) -> None:
    target = Decimal(re.search(r"[Tt]arget indeks (\d+\.\d\d)", line).group(1))  # type: ignore[union-attr]
    real = Decimal(re.search(r"realisasi (\d+\.\d\d)", line).group(1))  # type: ignore[union-attr]
    gap = Decimal(re.search(r"(?:kurang|perlu naik) (\d+\.\d\d)", line).group(1))  # type: ignore[union-attr]
    assert target - real == gap, line
    exact = re.search(r"\(tepat (\d+\.\d+) = (\d+\.\d+) − (\d+\.\d+)\)", line)
    assert exact is not None, line
    assert Decimal(exact.group(1)) == Decimal(exact.group(2)) - Decimal(exact.group(3)), line


def test_the_gap_to_the_target_adds_up_in_score(runner: CliRunner, short_file: Path) -> None:
    text = " ".join(run(runner, "score", str(short_file), "--detail").split())
    assert "realisasi 1.51" in text and "perlu naik 0.24 (tepat 0.245 = 1.75 − 1.505)" in text
    _adds_up(text)


def test_the_json_gap_is_the_shown_one_and_the_exact_one(
    runner: CliRunner, short_file: Path
) -> None:
    found = json.loads(run(runner, "score", str(short_file), "-f", "json"))
    assert found["indeks"] == 1.51 and found["indeks_tepat"] == "1.505"
    target = found["target"]
    assert target["selisih"] == 0.24  # 1.75 - 1.51: the numbers shown add up
    assert target["selisih_tepat"] == "0.245"
    assert Fraction(target["indeks_tepat"]) - Fraction(found["indeks_tepat"]) == Fraction(
        target["selisih_tepat"]
    )


def test_the_gap_adds_up_in_progress_and_every_report(
    runner: CliRunner, short_file: Path, tmp_path: Path
) -> None:
    _adds_up(" ".join(run(runner, "progress", str(short_file)).split()))
    _adds_up(" ".join(run(runner, "progress", str(short_file), "-f", "markdown").split()))
    markdown = run(runner, "report", str(short_file), "-o", "-")
    _adds_up(" ".join(markdown.split()))
    out = tmp_path / "r.html"
    run(runner, "report", str(short_file), "-o", str(out))
    _adds_up(" ".join(out.read_text(encoding="utf-8").split()))
    book = tmp_path / "r.xlsx"
    run(runner, "report", str(short_file), "-o", str(book))
    cells = [
        str(c.value) for ws in load_workbook(book) for row in ws.iter_rows() for c in row if c.value
    ]
    _adds_up(next(c for c in cells if "realisasi 1" in c))


# ---------------------------------------------------------------- changes and their columns


def _changes(text: str) -> list[str]:
    return re.findall(r"(?<![\w.])[+-]\d+\.\d+\*?(?![\d])", text)


def test_trend_changes_have_two_decimals_and_a_footnote(runner: CliRunner) -> None:
    for fmt in ("table", "markdown"):
        text = run(runner, "trend", str(S2023), str(S2024), "-f", fmt)
        body, _, note = text.partition("Selisih dari nilai yang ditampilkan")
        changes = _changes(body)
        assert changes and all(len(c.rstrip("*").split(".")[1]) == 2 for c in changes), changes
        assert "+0.17" in changes[0]  # 2.74 - 2.57 as shown; the exact +0.1775 below
        assert "2024 +0.1775" in " ".join(note.split())


def test_report_aspect_changes_have_two_decimals(runner: CliRunner) -> None:
    text = run(runner, "report", str(S2024), "--banding", str(S2023), "-o", "-")
    groups = text.split("## Domain / Aspek", 1)[1].split("## Indikator", 1)[0]
    rows = [line.split("|") for line in groups.splitlines() if line.startswith("| ")][1:]
    changes = [cells[-2].strip().replace("\\", "") for cells in rows]
    assert changes and all(re.fullmatch(r"[+-]?\d+\.\d\d\*?", c) for c in changes), changes
    assert "+0.12*" in changes  # A5: 1.63 -> 1.75 as shown (exact +0.125, in the footnote)
    assert "A5 +0.125" in groups


def test_plan_gains_have_two_decimals_and_add_up(runner: CliRunner) -> None:
    found = json.loads(run(runner, "plan", str(S2024), "-t", "3.5", "-f", "json"))
    before = Decimal(str(found["indeks_awal"]))
    for step in found["langkah"]:
        after = Decimal(str(step["indeks"]))
        assert Decimal(str(step["tambahan"])) == after - before, step
        before = after
    text = run(runner, "plan", str(S2024), "-t", "3.5")
    gains = _changes(text.split("Selisih dari nilai yang ditampilkan")[0])
    assert gains and all(len(g.rstrip("*").split(".")[1]) == 2 for g in gains), gains
    assert "Indikator 39 +0.055" in " ".join(text.split())


def test_plan_shows_the_exact_index_where_rounding_lands_on_a_band_edge(
    runner: CliRunner, write: WriteAnswers, catalog: Catalog
) -> None:
    framework = catalog.get("spbe-2020")
    assert framework is not None
    path = write(answer_text(framework, levels_reaching(framework, Fraction("3.4975")), year=2024))
    text = " ".join(run(runner, "plan", str(path), "-t", "4").split())
    assert "Sekarang 3.4975, Baik" in text  # as every command shows it (value_text)
    assert "3.50, Baik" not in text and "3.50 (" not in text


# ---------------------------------------------------------------- labels


def test_every_figure_is_labelled_with_its_own_kerangka(runner: CliRunner, tmp_path: Path) -> None:
    book = tmp_path / "r.xlsx"
    run(runner, "report", str(S2026), "--banding", str(S2024), "-o", str(book))
    sheet = load_workbook(io.BytesIO(book.read_bytes())).worksheets[0]
    labels = [str(row[0].value) for row in sheet.iter_rows() if row[0].value]
    assert "Indeks SPBE 2024" in labels and "Indeks Pemdi 2024" not in labels
    assert "Indeks Pemdi" in labels  # this year's figure keeps its own name
    # the "Pembanding" sentence wraps across the table's width, never clipped at column A
    note = next(row[0] for row in sheet.iter_rows() if str(row[0].value).startswith("Pembanding"))
    assert note.alignment.wrap_text
    assert any(note.coordinate in span and span.max_col >= 5 for span in sheet.merged_cells)
    # "2.90 Baik", never "2.90Baik": the predikat beside an index stands apart from it
    heads = next(n for n, row in enumerate(sheet.iter_rows(), 1) if row[0].value == "ID")
    predicates = [row[4] for row in sheet.iter_rows(min_row=heads + 1) if row[4].value]
    assert predicates and all(c.alignment.indent >= 1 for c in predicates)
    markdown = run(runner, "report", str(S2026), "--banding", str(S2024), "-o", "-")
    assert "Dibandingkan dengan Indeks SPBE 2024:** 2.74" in markdown
    page = tmp_path / "r.html"
    run(runner, "report", str(S2026), "--banding", str(S2024), "-o", str(page))
    assert "Dibandingkan dengan Indeks SPBE 2024: 2.74" in page.read_text(encoding="utf-8")
