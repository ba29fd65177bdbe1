"""`spbe explain`: every indicator's place, weight, levels and criteria; the next step of a file."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli import api
from spbe_cli.cli import app
from spbe_cli.errors import UsageError
from spbe_cli.explaining import explain
from spbe_cli.frameworks import load_catalog
from spbe_cli.scoring import score
from tests.tables import answer_text, pemdi_entries

CATALOG = load_catalog()
SPBE_2020 = CATALOG.frameworks["spbe-2020"]
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
KABUPATEN = str(SAMPLES / "kabupaten-contoh-2024.yaml")
runner = CliRunner()
PROCESS = ["Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"]
SERVICE = ["Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimum"]


@pytest.mark.parametrize("indicator_id", [str(n) for n in range(1, 48)])
def test_every_spbe_2020_indicator_is_explained(indicator_id: str) -> None:
    result = runner.invoke(app, ["explain", indicator_id, "--tahun", "2024", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    indicator = SPBE_2020.by_id[indicator_id]
    assert (data["id"], data["nama"]) == (indicator_id, indicator.name)
    assert data["kerangka"] == "spbe-2020"
    assert data["aspek"]["id"] == indicator.aspect
    assert data["domain"]["id"] == indicator.domain
    assert Fraction(data["bobot_tepat"]) == indicator.weight
    assert Fraction(data["tambahan_per_level_tepat"]) == indicator.weight / 100
    names = [level["nama"] for level in data["level"]]
    assert names == (SERVICE if int(indicator_id) >= 32 else PROCESS)
    assert [level["level"] for level in data["level"]] == [1, 2, 3, 4, 5]
    assert all(level["kriteria"] for level in data["level"])
    text = runner.invoke(app, ["explain", indicator_id, "--kerangka", "spbe-2020"]).stdout
    assert f"Indikator {indicator_id}: {indicator.name}" in text
    assert all(name in text for name in names)


def test_one_level_up_adds_weight_over_100_to_the_index() -> None:
    answers = api.read(KABUPATEN, CATALOG)
    for indicator in SPBE_2020.indicators:
        current = explain(SPBE_2020, indicator.id, answers).current
        assert current is not None
        level = answers.levels[indicator.id].level
        assert current.value == level and current.level == level
        if level == 5:
            assert current.next is None
            continue
        assert current.next is not None
        assert current.next.value == level + 1
        assert current.next.gain == indicator.weight / 100
        assert current.next.index == score(answers).index + indicator.weight / 100
        assert [n.level for n in current.next.needs] == [level + 1]


def test_text_with_a_file_shows_the_next_level_and_the_exact_gain() -> None:
    result = runner.invoke(app, ["explain", "37", KABUPATEN])
    assert result.exit_code == 0
    assert "sekarang   nilai 3, level 3 Transaksi" in result.stdout
    assert "level 4 Kolaborasi: Layanan kearsipan" in result.stdout
    assert "+0.03 (tepat 0.0275): indeks 2.74 -> 2.77, Baik" in result.stdout


def test_year_option_may_repeat_the_file_year() -> None:
    result = runner.invoke(app, ["explain", "34", "--tahun", "2024", KABUPATEN])  # 34 is at 4
    assert result.exit_code == 0
    assert "berikutnya nilai 5" in result.stdout


def test_explain_at_the_top(tmp_path: Path) -> None:
    entries = {str(n): "5" for n in range(1, 48)}
    path = tmp_path / "a.yaml"
    path.write_text(answer_text(2024, entries), encoding="utf-8")
    result = runner.invoke(app, ["explain", "1", str(path), "-f", "json"])
    assert json.loads(result.stdout)["berkas"]["berikutnya"] is None
    assert "sudah di level tertinggi" in runner.invoke(app, ["explain", "1", str(path)]).stdout


def test_pemdi_decimal_value_and_its_conversion(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(answer_text(2026, pemdi_entries(i5="{sdi: 68.75}")), encoding="utf-8")
    data = json.loads(runner.invoke(app, ["explain", "5", str(path), "-f", "json"]).stdout)
    assert data["konversi"]["sumber"] == "sdi"
    assert data["konversi"]["rumus"] == "nilai = 1 + skor sdi / 25"
    assert data["konversi"]["keyakinan"] == "sedang"
    assert [level["rentang"] for level in data["level"]] == [
        "1.00 ≤ x ≤ 1.50",
        "1.50 < x ≤ 2.50",
        "2.50 < x ≤ 3.50",
        "3.50 < x ≤ 4.00",
        "4.00 < x ≤ 5.00",
    ]
    current = data["berkas"]
    assert (current["nilai"], current["level"]) == (3.75, 4)
    assert current["konversi"] == {"sumber": "sdi", "skor": 68.75, "nilai_tepat": "3.75"}
    step = current["berikutnya"]
    assert step["nilai"] == 4.75
    assert [level["level"] for level in step["kriteria"]] == [5]
    assert Fraction(step["tambahan_tepat"]) == Fraction(5, 100)
    text = runner.invoke(app, ["explain", "5", str(path)]).stdout
    assert "nilai 3.75, level 4 Melembaga (3.50 < x ≤ 4.00), dari skor sdi 68.75" in text
    assert "keyakinan sedang" in text


def test_pemdi_indicators_without_conversion_say_none(tmp_path: Path) -> None:
    data = json.loads(runner.invoke(app, ["explain", "7", "--tahun", "2026", "-f", "json"]).stdout)
    assert data["konversi"] is None
    assert "IPS" in data["catatan"]


def test_spbe_2018_says_level_names_are_unknown_and_criteria_generic() -> None:
    result = runner.invoke(app, ["explain", "35.1", "--tahun", "2019"])
    assert result.exit_code == 0
    assert "nama level resmi spbe-2018 tidak diketahui" in result.stdout
    assert "Kriteria generik, bukan teks resmi" in result.stdout
    assert "(tepat 10/3)" in result.stdout  # A7's 20 % over six rows
    data = json.loads(runner.invoke(app, ["explain", "1", "--tahun", "2019", "-f", "json"]).stdout)
    assert data["nama_level_diketahui"] is False
    assert [level["level"] for level in data["level"]] == [0, 1, 2, 3, 4, 5]
    assert data["sifat_kriteria"] == "generik"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["48", "--tahun", "2024"],
            "indikator 48: not an indicator of spbe-2020; allowed ids: 1-47",
        ),
        (["35", "--tahun", "2019"], "allowed ids: 1-34, 35.1, 35.2, 35.3"),
        (["1", "--tahun", "2024", "--kerangka", "spbe-2020"], "not both"),
        (["1"], "give --tahun or --kerangka"),
        (["1", "--tahun", "2017"], "no kerangka covers tahun 2017"),
        (["1", "--kerangka", "spbe-2030"], "kerangka 'spbe-2030' is unknown"),
        (["1", "--tahun", "2023", KABUPATEN], "is for tahun 2024, not 2023"),
        (["1", "--tahun", "2024", "-f", "yaml"], "'yaml' is not one of"),
    ],
)
@pytest.mark.usefixtures("english")
def test_usage_errors_exit_2_with_nothing_on_stdout(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["explain", *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


@pytest.mark.usefixtures("english")
def test_an_invalid_file_exits_3(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("tahun: 2024\ninstansi: X\nindikator: {1: 7}\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", "1", str(path)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert f"{path}:3:16: indikator 1: level 7 is out of range" in result.stderr


@pytest.mark.usefixtures("english")
def test_a_draft_needs_allow_incomplete(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("tahun: 2024\ninstansi: X\nindikator: {1: 2}\n", encoding="utf-8")
    refused = runner.invoke(app, ["explain", "1", str(path)])
    assert (refused.exit_code, refused.stdout) == (3, "")
    assert "46 of 47 indicators missing" in refused.stderr
    draft = runner.invoke(app, ["explain", "1", str(path), "--allow-incomplete"])
    assert "current    value 2" in draft.stdout
    assert "draft, 46 indicators not filled in" in draft.stderr  # the index is a draft's
    missing = runner.invoke(app, ["explain", "2", str(path), "--allow-incomplete"])
    assert "not filled in yet" in missing.stdout


def test_core_refuses_an_unknown_id() -> None:
    with pytest.raises(UsageError):
        explain(SPBE_2020, "0")


def test_kerangka_with_a_file_is_a_what_if_said_on_stderr() -> None:
    """With a file, --kerangka reads it with that table (as every scoring command does): a
    spbe-2020 file read as pemdi-2026 is refused in one line naming both kerangka."""
    result = runner.invoke(app, ["explain", "1", KABUPATEN, "--kerangka", "pemdi-2026"])
    assert result.exit_code == 3 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("peringatan: dinilai dengan kerangka pemdi-2026 sesuai --kerangka")
    assert len(lines) == 2 and "ini indikator spbe-2020, bukan pemdi-2026" in lines[1]
