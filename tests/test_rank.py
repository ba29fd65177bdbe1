"""`spbe rank`: exact ranking per year, shared ranks, statistics, bad files, clean stdout."""

from __future__ import annotations

import csv
import io
import json
import statistics
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.renderers.progress import LONG_RUN, progress
from tests.conftest import ROOT
from tests.tables import answer_text, pemdi_entries

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

runner = CliRunner()
SPBE_2020_WEIGHTS = {str(n): Fraction(13, 10) for n in range(1, 11)}
SPBE_2020_WEIGHTS.update({str(n): Fraction(5, 2) for n in range(11, 21)})
SPBE_2020_WEIGHTS.update({str(n): Fraction(3, 2) for n in range(21, 32)})
SPBE_2020_WEIGHTS.update({str(n): Fraction(11, 4) for n in range(32, 42)})
SPBE_2020_WEIGHTS.update({str(n): Fraction(3) for n in range(42, 48)})


def spbe_2020(tmp_path: Path, name: str, changes: dict[str, int], year: int = 2024) -> str:
    """An answer file with every indicator at 3 except `changes`; its exact index beside it."""
    levels = {str(n): 3 for n in range(1, 48)}
    levels.update(changes)
    path = tmp_path / f"{name}.yaml"
    text = answer_text(year, {k: str(v) for k, v in levels.items()}).replace("Instansi Uji", name)
    path.write_text(text, encoding="utf-8")
    return str(path)


def index(changes: dict[str, int]) -> Fraction:
    levels = {str(n): 3 for n in range(1, 48)} | changes
    return sum((levels[i] * w for i, w in SPBE_2020_WEIGHTS.items()), Fraction(0)) / 100


def rank_json(*args: str) -> object:
    result = runner.invoke(app, ["rank", *args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_equal_exact_indices_share_a_rank_and_the_next_rank_skips(tmp_path: Path) -> None:
    files = [
        spbe_2020(tmp_path, "Kota A", {"11": 5}),
        spbe_2020(tmp_path, "Kota B", {"12": 5}),  # same weight: same index as A
        spbe_2020(tmp_path, "Kota C", {"1": 4}),  # 3.013, shown 3.01
        spbe_2020(tmp_path, "Kota D", {"11": 4, "21": 2}),  # 3.010, also shown 3.01
        spbe_2020(tmp_path, "Kota E", {}),
    ]
    rows = rank_json(*files)
    assert isinstance(rows, list)
    ranked = [(r["peringkat"], r["instansi"]) for r in rows]
    assert ranked == [(1, "Kota A"), (1, "Kota B"), (3, "Kota C"), (4, "Kota D"), (5, "Kota E")]
    assert rows[2]["indeks"] == rows[3]["indeks"] == 3.01
    assert [Fraction(r["indeks_tepat"]) for r in rows] == [
        index({"11": 5}),
        index({"12": 5}),
        index({"1": 4}),
        index({"11": 4, "21": 2}),
        Fraction(3),
    ]
    assert set(rows[0]) >= {"peringkat", "instansi", "tahun", "kerangka", "indeks", "predikat"}


def test_rankings_are_per_year(tmp_path: Path) -> None:
    files = [
        spbe_2020(tmp_path, "Kota A", {}, year=2023),
        spbe_2020(tmp_path, "Kota B", {"47": 5}, year=2024),
        spbe_2020(tmp_path, "Kota C", {}, year=2024),
    ]
    path = tmp_path / "prov.yaml"
    path.write_text(answer_text(2026, pemdi_entries()), encoding="utf-8")
    data = rank_json(*files, str(path))
    assert isinstance(data, dict)
    assert list(data) == ["2023", "2024", "2026"]
    assert [r["instansi"] for r in data["2024"]] == ["Kota B", "Kota C"]
    assert [r["peringkat"] for r in data["2024"]] == [1, 2]
    assert data["2026"][0]["kerangka"] == "pemdi-2026"


def test_table_shows_counts_mean_and_median(tmp_path: Path) -> None:
    changes = [{"11": 5}, {"1": 1, "2": 1}, {}, dict.fromkeys(map(str, range(32, 48)), 5)]
    files = [spbe_2020(tmp_path, f"Kab {n}", c) for n, c in enumerate(changes)]
    result = runner.invoke(app, ["rank", *files, "--bahasa", "id"])
    assert result.exit_code == 0
    values = [index(c) for c in changes]
    mean, median = statistics.mean(values), statistics.median(values)
    assert isinstance(median, Fraction)
    shown = f"Rata-rata {mean_text(mean)} · median {mean_text(median)}"
    assert shown in result.stdout
    assert "Memuaskan 0 · Sangat Baik 1 · Baik 3 · Cukup 0 · Kurang 0" in result.stdout


def mean_text(value: Fraction) -> str:
    """Half-up to 2 decimals, by integer arithmetic."""
    hundredths = (200 * value.numerator + value.denominator) // (2 * value.denominator)
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def test_median_of_an_odd_count_is_the_middle(tmp_path: Path) -> None:
    files = [spbe_2020(tmp_path, f"K{n}", {"47": n}) for n in (1, 2, 5)]
    result = runner.invoke(app, ["rank", *files])
    assert f"median {mean_text(index({'47': 2}))}" in result.stdout


def test_a_bad_file_is_reported_and_the_others_still_ranked(tmp_path: Path) -> None:
    good = spbe_2020(tmp_path, "Kota A", {})
    bad = tmp_path / "bad.yaml"
    bad.write_text("tahun: 2024\ninstansi: X\nindikator: {1: 9, 2: abc}\n", encoding="utf-8")
    result = runner.invoke(app, ["rank", good, str(bad), "--format", "json"])
    assert result.exit_code == 3
    assert [r["instansi"] for r in json.loads(result.stdout)] == ["Kota A"]
    errors = [line for line in result.stderr.splitlines() if line.startswith(str(bad))]
    assert len(errors) == 3  # level 9, 'abc', and the 45 missing indicators
    assert all(line.count(":") >= 3 for line in errors)


def test_a_missing_file_is_a_usage_error_after_ranking_the_rest(tmp_path: Path) -> None:
    good = spbe_2020(tmp_path, "Kota A", {})
    result = runner.invoke(app, ["rank", good, str(tmp_path / "nope.yaml"), "-f", "csv"])
    assert result.exit_code == 2
    assert "nope.yaml: no such file" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_only_bad_files_leave_stdout_empty(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("tahun: [\n", encoding="utf-8")
    result = runner.invoke(app, ["rank", str(bad)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith(f"{bad}:")


def test_stdout_holds_only_data(tmp_path: Path) -> None:
    files = [spbe_2020(tmp_path, f"Kota {n}", {"47": 1 + n % 5}) for n in range(LONG_RUN + 5)]
    path = tmp_path / "kota.yaml"
    path.write_text(  # spbe-2018 warns: provisional
        (ROOT / "samples" / "kota-contoh-2019.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = runner.invoke(app, ["rank", *files, str(path), "--format", "csv"])
    assert result.exit_code == 0
    assert "provisional" in result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [
        "peringkat",
        "instansi",
        "tahun",
        "kerangka",
        "indeks",
        "indeks_tepat",
        "predikat",
        "berkas",
    ]
    assert len(rows) == len(files) + 2
    assert all(len(row) == 8 for row in rows)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_only_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress(LONG_RUN, "Menghitung") as advance:
        for _ in range(LONG_RUN):
            advance()
    assert "Menghitung" in terminal.getvalue()
    assert capsys.readouterr().out == ""
    short = Terminal()
    monkeypatch.setattr(sys, "stderr", short)
    with progress(LONG_RUN - 1, "Menghitung") as advance:
        advance()
    assert short.getvalue() == ""


def test_no_progress_bar_in_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    with progress(1000, "Menghitung") as advance:
        advance()
    assert pipe.getvalue() == ""


def test_indices_that_only_look_equal_show_their_exact_values(tmp_path: Path) -> None:
    first = {"1": 4}  # 3 + 1.30/100 = 3.013, shown 3.01
    second = {"32": 4, "1": 2}  # 3 + 2.75/100 - 1.30/100 = 3.0145, shown 3.01 as well
    files = [
        spbe_2020(tmp_path, "A", first),
        spbe_2020(tmp_path, "B", second),
        spbe_2020(tmp_path, "C", {}),
    ]
    assert (index(first), index(second)) == (Fraction("3.013"), Fraction("3.0145"))
    result = runner.invoke(app, ["rank", *files, "--bahasa", "id"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines() if line[:1].isdigit()]
    assert rows == [
        ["1", "B", "3.01", "(3.0145)", "Baik"],
        ["2", "A", "3.01", "(3.013)", "Baik"],
        ["3", "C", "3.00", "Baik"],
    ]
