"""Every sheet of every workbook spbe writes prints on A4 within its width (issue 17): the
report's workbook with all its sheets (summary, indicators, simulation, targets and
follow-ups, claimed vs supported, history) and the split forms, converted to PDF by
LibreOffice, give A4 pages, one page across per sheet; a sheet added without any print setup
of its own gets it too (renderers/workbook.finished, the one place every workbook leaves by).

Skipped only where LibreOffice is not installed (.ci/run installs it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.renderers.workbook import finished
from tests.conftest import ROOT

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TEAM = ROOT / "samples/provinsi-contoh-2026-tim.yaml"
BASE = ROOT / "samples/provinsi-contoh-2026.yaml"
A4 = (595.0, 842.0)


def is_a4(width: float, height: float) -> bool:
    size = sorted((width, height))
    return abs(size[0] - A4[0]) < 2 and abs(size[1] - A4[1]) < 2


def to_pdf(path: Path, tmp_path: Path) -> list[tuple[float, float, str]]:
    """Each page of the workbook as LibreOffice prints it: width, height (points), text."""
    from pypdf import PdfReader

    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(tmp_path / "pdf" / f"{path.stem}.pdf")
    return [
        (float(p.mediabox.width), float(p.mediabox.height), p.extract_text()) for p in reader.pages
    ]


def test_every_sheet_has_a4_fitted_to_its_width_set() -> None:
    """Without LibreOffice too: what the file says (A4 is paper size 9)."""
    runner = CliRunner()
    result = runner.invoke(
        app, ["report", str(TEAM), "--banding", str(BASE), "-o", "-", "-f", "xlsx"]
    )
    assert result.exit_code == 0, result.stderr
    import io

    book = load_workbook(io.BytesIO(result.stdout_bytes))
    assert len(book.worksheets) >= 5
    for sheet in book.worksheets:
        assert str(sheet.page_setup.paperSize) == "9", sheet.title
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title  # type: ignore[union-attr]
        assert sheet.print_area, sheet.title


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_every_report_sheet_on_a4_one_page_across(tmp_path: Path) -> None:
    out = tmp_path / "laporan.xlsx"
    result = CliRunner().invoke(
        app,
        ["report", str(TEAM), "--banding", str(BASE), "-o", str(out), "--tanggal", "2026-07-15"],
    )
    assert result.exit_code == 0, result.stderr
    sheets = load_workbook(out).sheetnames
    assert "Target & tindak lanjut" in sheets and "Klaim dan bukti" in sheets
    pages = to_pdf(out, tmp_path)
    assert all(is_a4(w, h) for w, h, _ in pages)
    # one page per sheet: no sheet spills its columns onto pages of their own (18 pages
    # before the print setup; "Target & tindak lanjut" alone printed one column per page)
    assert len(pages) == len(sheets), [text[:60] for _, _, text in pages]
    team = next(text for _, _, text in pages if "Rekomendasi yang belum selesai" in text)
    for head in ("Indikator", "keadaan", "rekomendasi", "tindak lanjut"):
        assert head in team  # the first and the last columns on the same page
    assert "SK pembentukan CSIRT dalam paraf" in " ".join(team.split())
    claims = next(text for _, _, text in pages if "Bukti diterima" in text)
    assert "Poin indeks" in claims and "Tingkat Kematangan Tata Kelola Pemdi" in claims


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_sheet_without_any_print_setup_of_its_own_prints_within_its_width(
    tmp_path: Path,
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Baru"
    for column in range(1, 15):  # wider than a landscape page at 100 %
        sheet.cell(row=1, column=column).value = f"kolom-{column}"
        for row in range(2, 40):
            sheet.cell(row=row, column=column).value = f"r{row}k{column}"
    path = tmp_path / "baru.xlsx"
    path.write_bytes(finished(book))
    pages = to_pdf(path, tmp_path)
    assert all(is_a4(w, h) for w, h, _ in pages)
    assert "kolom-1" in pages[0][2] and "kolom-14" in pages[0][2]
    for row in range(2, 40):  # every row whole on one page: its first and last column
        assert any(f"r{row}k1 " in text and f"r{row}k14" in text for _, _, text in pages), row
    assert len(pages) <= 2  # pages down, never across


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_the_split_forms_print_on_a4_within_their_width(tmp_path: Path) -> None:
    folder = tmp_path / "formulir"
    result = CliRunner().invoke(app, ["split", str(TEAM), "-o", str(folder), "--format", "xlsx"])
    assert result.exit_code == 0, result.stderr
    form = sorted(folder.glob("*.xlsx"))[0]
    book = load_workbook(form)
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue  # a form's record: not printed
        assert str(sheet.page_setup.paperSize) == "9", sheet.title
        if sheet.col_breaks.brk:  # cut across pages by itself: answers, then criteria
            assert sheet.page_setup.scale, sheet.title
        else:
            assert sheet.page_setup.fitToWidth == 1, sheet.title
    pages = to_pdf(form, tmp_path)
    assert pages and all(is_a4(w, h) for w, h, _ in pages)
    visible = [s for s in book.worksheets if s.sheet_state == "visible"]
    assert len(pages) <= 2 * len(visible), len(pages)
