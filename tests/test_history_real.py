"""Issue 9's "done when", on the real reports beside the repository (skipped without them): a
user with the four Bandar Lampung PDFs imports each, then runs `spbe trend` and `spbe diff` on
the results and sees exactly the numbers the reports print (read by eye: tests/test_lhe_real)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.import_support import BANDAR_LAMPUNG, SHARED

PDFS = [SHARED / f"bandarlampung-{year}.pdf" for year in BANDAR_LAMPUNG]
pytestmark = pytest.mark.skipif(
    not all(p.is_file() for p in PDFS), reason=f"the real reports are not here ({SHARED})"
)
runner = CliRunner()


def printed(year: str) -> dict[str, str]:
    """The report's printed index, domains and aspects, with a decimal point: id -> "2.98"."""
    from tests.test_lhe_real import BY_FILE

    return {
        i: text.replace(",", ".") for i, _, text in BY_FILE[f"bandarlampung-{year}.pdf"].summary
    }


def predicate(year: str) -> str:
    from tests.test_lhe_real import BY_FILE

    return BY_FILE[f"bandarlampung-{year}.pdf"].predicate


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bandar-lampung")
    files = {}
    for year, pdf in zip(BANDAR_LAMPUNG, PDFS, strict=True):  # one command per report
        out = folder / f"{year}.yaml"
        result = runner.invoke(app, ["import", str(pdf), "-o", str(out)])
        assert result.exit_code == 0, result.stderr
        files[year] = out
    return files


def test_trend_shows_the_printed_numbers(imported: dict[str, Path]) -> None:
    result = runner.invoke(app, ["trend", *map(str, reversed(imported.values())), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    (history,) = json.loads(result.stdout)
    assert history["instansi"] == "Pemerintah Kota Bandar Lampung"
    for row, year in zip(history["riwayat"], BANDAR_LAMPUNG, strict=True):
        want = printed(year)
        assert row["tahun"] == int(year)
        assert f"{row['indeks']:.2f}" == want["indeks"]
        assert row["predikat"] == predicate(year)
        for group in (*row["domain"], *row["aspek"]):
            assert f"{group['indeks']:.2f}" == want[group["id"]], (year, group["id"])
    table = runner.invoke(app, ["trend", *map(str, imported.values())], env={"COLUMNS": "160"})
    rows = [line.split() for line in table.stdout.splitlines() if line[:4] in BANDAR_LAMPUNG]
    shown = {cells[0]: (cells[2], cells[-1]) for cells in rows if cells[1] == "spbe-2020"}
    assert shown == {y: (printed(y)["indeks"], predicate(y)) for y in BANDAR_LAMPUNG}


def test_diff_shows_the_printed_numbers(imported: dict[str, Path]) -> None:
    for old, new in itertools.pairwise(BANDAR_LAMPUNG):
        result = runner.invoke(app, ["diff", str(imported[old]), str(imported[new]), "-f", "json"])
        assert result.exit_code == 0, result.stderr
        data = json.loads(result.stdout)
        assert f"{data['indeks']['lama']:.2f}" == printed(old)["indeks"]
        assert f"{data['indeks']['baru']:.2f}" == printed(new)["indeks"]
        assert (data["predikat"]["lama"], data["predikat"]["baru"]) == (
            predicate(old),
            predicate(new),
        )
        for group in (*data["domain"], *data["aspek"]):
            assert f"{group['lama']:.2f}" == printed(old)[group["id"]]
            assert f"{group['baru']:.2f}" == printed(new)[group["id"]]
    text = runner.invoke(app, ["diff", str(imported["2023"]), str(imported["2024"])])
    assert "2.15 → 2.98" in text.stdout
