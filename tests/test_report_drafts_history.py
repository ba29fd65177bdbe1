"""A report of a draft and a report with its history in every format (issue 17, "Drafts and
history"): `report --allow-incomplete` takes the draft `progress`, `followup` and `split`
take, and says the range of the index as `score` does; `--riwayat` works for .xlsx (a sheet,
printed on A4) and .md, not only .html."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT

S2023 = ROOT / "samples/kabupaten-contoh-2023.yaml"
S2024 = ROOT / "samples/kabupaten-contoh-2024.yaml"
MISSING = ("24", "27", "29", "30")


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    """The 2024 sample with four indicators not filled in yet."""
    text = S2024.read_text(encoding="utf-8")
    text = re.sub(rf"^  ({'|'.join(MISSING)}):.*\n", "", text, flags=re.M)
    path = tmp_path / "draf.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def range_of(draft: Path) -> str:
    """The draft line as `score --allow-incomplete` says it."""
    code, out, _ = run("score", draft, "--allow-incomplete")
    assert code == 0
    found = next(line for line in out.splitlines() if line.startswith("Belum diisi"))
    assert "indeks antara" in found
    return found


def test_a_draft_report_needs_allow_incomplete(draft: Path) -> None:
    code, out, err = run("report", draft, "-o", "-")
    assert code == 3 and out == "" and "--allow-incomplete" in err


def test_a_draft_report_shows_the_range_of_the_index(draft: Path, tmp_path: Path) -> None:
    expected = range_of(draft)
    code, markdown, _ = run("report", draft, "-o", "-", "--allow-incomplete")
    assert code == 0
    assert f"- **Draf:** {expected}" in markdown
    rows = {
        line.split("|")[1].strip(): line.split("|")
        for line in markdown.splitlines()
        if line.startswith("| ")
    }
    for ident in MISSING:
        assert rows[ident][5].strip() == "-"  # no level shown for what is not filled in
    page = tmp_path / "r.html"
    assert run("report", draft, "-o", page, "--allow-incomplete")[0] == 0
    assert expected in page.read_text(encoding="utf-8")
    book = tmp_path / "r.xlsx"
    assert run("report", draft, "-o", book, "--allow-incomplete")[0] == 0
    summary = load_workbook(book).worksheets[0]
    facts = {row[0].value: row[1].value for row in summary.iter_rows(max_row=20)}
    assert facts["Draf"] == expected


def test_riwayat_gives_the_xlsx_a_history_sheet(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    code, _, err = run("report", S2024, "--riwayat", S2023, "-o", out)
    assert code == 0, err
    book = load_workbook(io.BytesIO(out.read_bytes()))
    sheet = book["Riwayat"]
    years = {
        str(row[0].value): (row[2].value, row[4].value)
        for row in sheet.iter_rows(min_row=4, max_row=5)
    }
    assert years == {"2023": (2.57, "Cukup"), "2024": (2.74, "Baik")}
    assert str(sheet.page_setup.paperSize) == "9" and sheet.page_setup.fitToWidth == 1
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "2024 +0.1775" in text  # the exact change beside the shown +0.17


def test_riwayat_gives_the_markdown_the_history_tables() -> None:
    code, out, err = run("report", S2024, "--riwayat", S2023, "-o", "-")
    assert code == 0, err
    history = out.split("## Riwayat", 1)[1].split("## Indikator", 1)[0]
    assert "| 2023 | spbe-2020 | 2.57 |" in history and "| 2024 | spbe-2020 | 2.74 |" in history
