"""Gates: `spbe score --fail-under / --fail-below`, at the band edges where rounding matters."""

from __future__ import annotations

import json
import shutil
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli import gates
from spbe_cli.cli import app
from spbe_cli.errors import UsageError
from tests.answerfiles import (
    KAB_2024,
    PROV_2026,
    WEIGHTS,
    catalog,
    index_of,
    levels_for_index,
    raw_weights,
    write_answers,
)

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

runner = CliRunner()
EDGE_2024 = Fraction("3.4985")  # shown 3.50; 2024 rates the exact index: Baik
EDGE_2023 = Fraction("1.7995")  # shown 1.80; 2023 rates the rounded index: Cukup


@pytest.fixture(scope="module")
def edge_levels() -> dict[Fraction, dict[str, int]]:
    found = {t: levels_for_index("spbe-2020", t, 1, 5) for t in (EDGE_2024, EDGE_2023)}
    weights = raw_weights("spbe-2020")
    for target, levels in found.items():  # the search is checked independently
        assert index_of({i: Fraction(v) for i, v in levels.items()}, weights) == target
    return found


def score_json(path: Path, *options: str) -> tuple[int, dict[str, object], str]:
    result = runner.invoke(app, ["score", str(path), "-f", "json", *options])
    data = json.loads(result.stdout) if result.stdout else {}
    return result.exit_code, data, result.stderr


def test_2024_edge_is_shown_350_but_rated_baik_and_fails_350(
    tmp_path: Path, edge_levels: dict[Fraction, dict[str, int]]
) -> None:
    path = write_answers(tmp_path, "edge-2024.yaml", 2024, edge_levels[EDGE_2024])
    code, data, err = score_json(path)
    assert code == 0 and err == ""
    assert (data["indeks"], data["indeks_tepat"], data["predikat"]) == (3.5, "3.4985", "Baik")
    code, data, err = score_json(path, "--fail-under", "3.5")
    assert code == 1
    assert data["indeks_tepat"] == "3.4985"  # the report still goes to stdout
    assert err.splitlines() == [
        f"{path}: indeks 3.4985 (shown as 3.50) is below --fail-under 3.5; "
        "tahun 2024 compares the exact index"
    ]
    assert score_json(path, "--fail-under", "3.4985")[0] == 0  # equal passes
    assert score_json(path, "--fail-below", "Sangat Baik")[0] == 1
    assert score_json(path, "--fail-below", "baik")[0] == 0


def test_2023_edge_is_rated_on_the_rounded_index(
    tmp_path: Path, edge_levels: dict[Fraction, dict[str, int]]
) -> None:
    path = write_answers(tmp_path, "edge-2023.yaml", 2023, edge_levels[EDGE_2023])
    code, data, err = score_json(path)
    assert (data["indeks"], data["indeks_tepat"], data["predikat"]) == (1.8, "1.7995", "Cukup")
    assert score_json(path, "--fail-under", "1.8")[0] == 0
    assert score_json(path, "--fail-below", "cukup")[0] == 0
    code, _, err = score_json(path, "--fail-under", "1.81")
    assert code == 1
    assert err.strip() == (
        f"{path}: indeks 1.80 is below --fail-under 1.81 "
        "(tahun 2023 compares the index rounded to 2 decimals)"
    )


def test_the_same_levels_in_2024_are_kurang_and_fail_18(
    tmp_path: Path, edge_levels: dict[Fraction, dict[str, int]]
) -> None:
    path = write_answers(tmp_path, "edge.yaml", 2024, edge_levels[EDGE_2023])
    code, data, err = score_json(path, "--fail-under", "1.8", "--fail-below", "Cukup")
    assert data["predikat"] == "Kurang"
    assert code == 1
    assert err.strip() == (
        f"{path}: indeks 1.7995 (shown as 1.80) is below --fail-under 1.8; tahun 2024 compares "
        "the exact index; predikat Kurang is below --fail-below Cukup"
    )


def test_several_files_one_line_per_failing_file(tmp_path: Path) -> None:
    low = write_answers(tmp_path, "low.yaml", 2024, dict.fromkeys(raw_weights("spbe-2020"), 1))
    result = runner.invoke(
        app, ["score", str(low), str(KAB_2024), str(PROV_2026), "-f", "json", "--fail-under", "2"]
    )
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)) == 3  # every report on stdout
    failing = [line for line in result.stderr.splitlines() if "--fail-under" in line]
    assert failing == [f"{low}: indeks 1.00 is below --fail-under 2"]


def test_no_gate_no_failure_and_a_passing_gate_exits_0() -> None:
    result = runner.invoke(
        app, ["score", str(KAB_2024), "--fail-under", "2,5", "--fail-below", "Baik"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


@pytest.mark.parametrize("value", ["abc", "", "nan", "inf", "3.5.1"])
def test_a_bad_threshold_is_a_usage_error(value: str) -> None:
    result = runner.invoke(app, ["score", str(KAB_2024), "--fail-under", value])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "is not a number" in result.stderr


@pytest.mark.parametrize("name", ["Luar Biasa", "", "baik sekali"])
def test_an_unknown_predikat_is_a_usage_error_listing_the_names(name: str) -> None:
    result = runner.invoke(app, ["score", str(KAB_2024), "--fail-below", name])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert 'Kurang, Cukup, Baik, "Sangat Baik", Memuaskan' in result.stderr


def test_predikat_names_ignore_case_spaces_and_dashes() -> None:
    tables = catalog()
    for text in ("sangat baik", "SANGAT  BAIK", "sangat-baik", "Sangat_Baik"):
        assert gates.predicate_name(text, tables) == "Sangat Baik"
    with pytest.raises(UsageError):
        gates.predicate_name("sangatbaik", tables)


def test_threshold_is_exact() -> None:
    assert gates.threshold("3.4985") == Fraction(6997, 2000)
    assert gates.threshold(" 3,5 ") == Fraction(7, 2)
    assert gates.threshold("4") == 4


def test_invalid_input_wins_over_the_gate(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("tahun: 2024\ninstansi: X\nindikator: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(bad), "--fail-under", "1"])
    assert result.exit_code == 3
    assert result.stdout == ""


def test_a_draft_is_gated_on_its_lowest_index(tmp_path: Path) -> None:
    levels = dict.fromkeys(raw_weights("spbe-2020"), 3)
    del levels["47"]
    draft = write_answers(tmp_path, "draft.yaml", 2024, levels)
    result = runner.invoke(
        app, ["score", str(draft), "--allow-incomplete", "--fail-under", "3", "-f", "json"]
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["indeks_tepat"] == "2.94"  # 3 - 2 × 3.00 / 100
    assert "(draft: indicators not filled in count at the lowest level)" in result.stderr


def test_a_predikat_missing_from_a_files_kerangka_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "weights"
    folder.mkdir()
    text = (WEIGHTS / "pemdi-2026.yaml").read_text("utf-8").replace("Memuaskan", "Unggul Sekali")
    (folder / "pemdi-2026.yaml").write_text(text, encoding="utf-8")
    shutil.copy(PROV_2026, tmp_path / "prov.yaml")
    result = runner.invoke(
        app,
        [
            "score",
            str(tmp_path / "prov.yaml"),
            "--weights",
            str(folder),
            "--fail-below",
            "Memuaskan",
        ],
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "not a predikat of kerangka pemdi-2026" in result.stderr
