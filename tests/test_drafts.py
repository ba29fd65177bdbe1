"""Drafts end to end: `spbe score --allow-incomplete` in every format."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.answerfiles import (
    PROV_2026,
    index_of,
    raw_weights,
    sample_levels,
    shown,
    write_answers,
)

runner = CliRunner()
MISSING = ("21", "22", "23", "40", "45")


@pytest.fixture
def draft(tmp_path: Path) -> tuple[Path, dict[str, Fraction]]:
    levels = dict.fromkeys(raw_weights("spbe-2020"), Fraction(3))
    levels.update({"1": Fraction(5), "2": Fraction(2)})
    for key in MISSING:
        del levels[key]
    return write_answers(tmp_path, "draft.yaml", 2024, levels), levels


def expected_range(levels: dict[str, Fraction], low: int, high: int) -> tuple[Fraction, Fraction]:
    weights = raw_weights("spbe-2020")
    lowest = {i: levels.get(i, Fraction(low)) for i in weights}
    highest = {i: levels.get(i, Fraction(high)) for i in weights}
    return index_of(lowest, weights), index_of(highest, weights)


def test_without_the_flag_a_missing_indicator_is_an_error(
    draft: tuple[Path, dict[str, Fraction]],
) -> None:
    path, _ = draft
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "5 dari 47 indikator belum ada: 21-23, 40, 45" in result.stderr
    assert "--allow-incomplete" in result.stderr


def test_json_gives_the_missing_ids_and_the_range(draft: tuple[Path, dict[str, Fraction]]) -> None:
    path, levels = draft
    result = runner.invoke(app, ["score", str(path), "--allow-incomplete", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    low, high = expected_range(levels, 1, 5)
    assert data["belum_diisi"] == list(MISSING)
    assert Fraction(data["indeks_min_tepat"]) == low == Fraction(data["indeks_tepat"])
    assert Fraction(data["indeks_maks_tepat"]) == high
    assert (data["indeks_min"], data["indeks_maks"]) == (float(shown(low)), float(shown(high)))
    assert (data["predikat_min"], data["predikat_maks"]) == ("Baik", "Baik")
    missing = [i for i in data["indikator"] if i["level"] is None]
    assert [i["id"] for i in missing] == list(MISSING)
    assert "draf, 5 indikator belum diisi (21-23, 40, 45)" in result.stderr


def test_the_range_can_cross_a_band(tmp_path: Path) -> None:
    levels = {i: Fraction(3) for i in list(raw_weights("spbe-2020"))[:31]}  # domains 1-3 only
    path = write_answers(tmp_path, "half.yaml", 2024, levels)
    result = runner.invoke(app, ["score", str(path), "--allow-incomplete", "-f", "json"])
    data = json.loads(result.stdout)
    assert (data["predikat_min"], data["predikat_maks"]) == ("Cukup", "Sangat Baik")
    low, high = expected_range(levels, 1, 5)
    assert (Fraction(data["indeks_min_tepat"]), Fraction(data["indeks_maks_tepat"])) == (low, high)


@pytest.mark.parametrize("output", ["table", "markdown"])
def test_table_and_markdown_show_the_draft_line(
    draft: tuple[Path, dict[str, Fraction]], output: str
) -> None:
    path, levels = draft
    result = runner.invoke(app, ["score", str(path), "--allow-incomplete", "-f", output])
    assert result.exit_code == 0, result.output
    low, high = expected_range(levels, 1, 5)
    line = (
        f"Belum diisi 5 indikator (21-23, 40, 45); indeks antara {shown(low)} (Baik) "
        f"dan {shown(high)} (Baik)"
    )
    assert line in " ".join(result.stdout.split())


def test_csv_leaves_missing_levels_empty(draft: tuple[Path, dict[str, Fraction]]) -> None:
    path, _ = draft
    result = runner.invoke(app, ["score", str(path), "--allow-incomplete", "-f", "csv"])
    rows = [line.split(",") for line in result.stdout.splitlines()[1:]]
    empty = [row[5] for row in rows if row[8] == ""]
    assert empty == list(MISSING)


def test_a_complete_file_with_the_flag_is_not_a_draft() -> None:
    result = runner.invoke(app, ["score", str(PROV_2026), "--allow-incomplete", "-f", "json"])
    data = json.loads(result.stdout)
    assert "belum_diisi" not in data and "indeks_maks" not in data
    assert "draft" not in result.stderr


def test_a_pemdi_draft_with_decimal_levels(tmp_path: Path) -> None:
    levels = sample_levels(PROV_2026)
    del levels["20"]  # weight 15: the widest range
    path = write_answers(tmp_path, "pemdi.yaml", 2026, levels)
    result = runner.invoke(app, ["score", str(path), "--allow-incomplete", "-f", "json"])
    data = json.loads(result.stdout)
    weights = raw_weights("pemdi-2026")
    low = index_of({**levels, "20": Fraction(1)}, weights)
    assert Fraction(data["indeks_tepat"]) == low
    assert Fraction(data["indeks_maks_tepat"]) - low == Fraction(4 * 15, 100)
    assert data["belum_diisi"] == ["20"]


def test_an_empty_draft(tmp_path: Path) -> None:
    path = tmp_path / "kosong.yaml"
    path.write_text("tahun: 2024\ninstansi: Uji\nindikator: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--allow-incomplete", "-f", "json"])
    data = json.loads(result.stdout)
    assert (data["indeks_tepat"], data["indeks_maks_tepat"]) == ("1", "5")
    assert (data["predikat_min"], data["predikat_maks"]) == ("Kurang", "Memuaskan")
    assert len(data["belum_diisi"]) == 47
