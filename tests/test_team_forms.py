"""Form workbooks that people who do not know YAML can fill (issue 17 §2): evidence items on a
sheet of their own, one item per row, each field in its own cell (kind, level and status from
drop-down lists, dates as date cells), read back exactly by `spbe merge`; every cell that
cannot be read named with its workbook, sheet and cell; headers as titles in the run's
language; workbooks of the old layout (YAML in a cell) refused with a message to split again."""

from __future__ import annotations

import datetime
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.team_support import answer_file, plain, run

pytestmark = pytest.mark.usefixtures("english")

STATUSES = ["draf", "diunggah", "diterima", "revisi", "ditolak", "diganti"]
ITEMS_1 = [
    "Perbup 12-2024.pdf",
    {
        "berkas": "bukti/01/sk.pdf",
        "level": 1,
        "kode": "I01-L1-01",
        "status": "diterima",
        "tanggal": "2026-02-03",
        "berlaku_sampai": "2027-12-31",
        "catatan": 'Sudah lengkap; "ditandatangani"',
    },
    {"tautan": "https://contoh.go.id/pemdi", "level": 2, "status": "diunggah"},
    {"berkas": "=HYPERLINK(1)", "level": 2},  # a path that would read as a formula
]
ITEMS_2 = [{"berkas": "bukti/02/laporan.pdf", "level": 3, "catatan": None}]
RECOMMENDATION = {
    "id": "R2025-09",
    "teks": "Susun laporan reviu",
    "status": "proses",
    "tindak_lanjut": "Draf disusun",
    "tenggat": "2026-06-30",
}


def source_file(folder: Path) -> Path:
    """An answer file whose indicators 1 and 2 (Bappeda's) have evidence of every kind."""
    source = folder / "jawaban.yaml"
    source.write_text(
        answer_file(
            2026,
            {str(n): "2" for n in range(1, 21)},
            {"1": "Bappeda", "2": "Bappeda", "3": "BKD"},
            entry_extra={
                "1": [f"data_dukung: {json.dumps(ITEMS_1)}", "penjelasan: Sudah ada Perbup."],
                "2": [
                    f"data_dukung: {json.dumps(ITEMS_2)}",
                    f"rekomendasi: [{json.dumps(RECOMMENDATION)}]",
                ],
            },
        ),
        encoding="utf-8",
    )
    return source


def split_xlsx(source: Path, folder: Path, *extra: str) -> Path:
    result = run("split", source, "-o", folder, "--format", "xlsx", *extra)
    assert result.exit_code == 0, result.output
    return folder


def sheet(path_or_book: Path | Workbook, title: str) -> Worksheet:
    book = path_or_book if isinstance(path_or_book, Workbook) else load_workbook(path_or_book)
    found = book[title]
    assert isinstance(found, Worksheet)
    return found


def headers(ws: Worksheet, row: int) -> dict[str, str]:
    """Column title -> column letter."""
    return {str(c.value): c.column_letter for c in ws[row] if c.value is not None}


def dated(value: Any) -> Any:
    """Data by meaning: dates as their text (PyYAML reads a plain date as a date, a quoted one
    as text), keys holding null left out."""
    if isinstance(value, dict):
        return {k: dated(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [dated(v) for v in value]
    return value.isoformat() if isinstance(value, datetime.date) else value


@pytest.fixture()
def forms(tmp_path: Path) -> Path:
    return split_xlsx(source_file(tmp_path), tmp_path / "f")


def merge(tmp_path: Path, *sources: Path) -> tuple[int, str, Path]:
    out = tmp_path / "hasil.yaml"
    result = run("merge", *sources, "-o", out, "--force")
    return result.exit_code, result.output, out


EVIDENCE_TITLES = [
    "Indicator",
    "Kind",
    "File, link or text",
    "Level",
    "Code",
    "Status",
    "Date",
    "Valid until",
    "Assessor's note",
]


def test_evidence_items_have_a_sheet_of_their_own(forms: Path) -> None:
    book = load_workbook(forms / "bappeda.xlsx")
    assert book.sheetnames == ["Form", "Evidence", "Recommendations", "spbe"]
    form = sheet(book, "Form")
    assert not any(
        isinstance(c.value, str) and "{berkas" in c.value for row in form.iter_rows() for c in row
    )
    ws = sheet(book, "Evidence")
    assert [c.value for c in ws[3]] == EVIDENCE_TITLES
    rows = [[c.value for c in ws[r]] for r in range(4, 9)]
    assert rows[0] == ["1", "teks", "Perbup 12-2024.pdf", None, None, None, None, None, None]
    assert rows[1] == [
        "1",
        "berkas",
        "bukti/01/sk.pdf",
        1,
        "I01-L1-01",
        "diterima",
        datetime.datetime(2026, 2, 3),  # a date cell, not text
        datetime.datetime(2027, 12, 31),
        'Sudah lengkap; "ditandatangani"',
    ]
    assert rows[2][:6] == ["1", "tautan", "https://contoh.go.id/pemdi", 2, None, "diunggah"]
    assert rows[3][:4] == ["1", "berkas", "=HYPERLINK(1)", 2] and ws["C7"].quotePrefix
    assert rows[4][:4] == ["2", "berkas", "bukti/02/laporan.pdf", 3]
    assert ws["G5"].is_date and ws["G5"].number_format == "yyyy-mm-dd"
    # every cell of the items, and the empty rows after them, takes input; rows may be added
    assert all(not c.protection.locked for r in range(4, 19) for c in ws[r][:9])
    assert ws.protection.sheet and not ws.protection.insertRows and not ws.protection.deleteRows


def test_kind_level_status_and_dates_are_checked_as_they_are_typed(forms: Path) -> None:
    ws = sheet(forms / "bappeda.xlsx", "Evidence")
    rules = {
        str(v.sqref)[0]: (v.type, v.formula1, v.formula2)
        for v in ws.data_validations.dataValidation
        if v.type == "list"
    }
    assert rules["A"] == ("list", '"1,2"', None)  # the form's indicators
    assert rules["B"] == ("list", '"berkas,tautan,teks"', None)
    assert rules["D"] == ("list", '"1,2,3,4,5"', None)
    assert rules["F"] == ("list", f'"{",".join(STATUSES)}"', None)
    days = next(v for v in ws.data_validations.dataValidation if v.type == "date")
    ranges = str(days.sqref).split()
    assert [r.split(":")[0] for r in ranges] == ["G4", "H4"]
    assert all(int(r.split(":")[1][1:]) >= 8 + 10 for r in ranges)  # 5 items, 10 empty rows
    first, last = (datetime.date(1899, 12, 30) + datetime.timedelta(int(x)) for x in
                   (days.formula1, days.formula2))  # fmt: skip
    assert (first, last) == (datetime.date(2000, 1, 1), datetime.date(2100, 12, 31))


def test_split_then_merge_gives_back_every_item_and_follow_up(tmp_path: Path, forms: Path) -> None:
    code, output, out = merge(tmp_path, forms)
    assert code == 0, output
    merged, original = plain(out)["indikator"], plain(tmp_path / "jawaban.yaml")["indikator"]
    for key in ("1", "2"):
        assert dated(merged[key]["data_dukung"]) == dated(original[key]["data_dukung"]), key
    assert dated(merged["2"]["rekomendasi"]) == [RECOMMENDATION]
    assert merged["1"]["penjelasan"] == "Sudah ada Perbup."


def edit(path: Path, title: str, cells: dict[str, Any]) -> None:
    """Type into cells of a sheet, as a person would in Excel."""
    book = load_workbook(path)
    ws = sheet(book, title)
    for ref, value in cells.items():
        ws[ref] = value
    book.save(path)


def test_items_typed_into_empty_rows_and_below_them_are_read(tmp_path: Path, forms: Path) -> None:
    edit(
        forms / "bappeda.xlsx",
        "Evidence",
        {
            # the kind left empty: a link is a link, a path with a level a file
            "A9": "2",
            "C9": "https://contoh.go.id/data",
            "D9": 2,
            "A10": "2",
            "C10": "bukti/02/baru.pdf",
            "D10": 3,
            "F10": "diunggah",
            "G10": datetime.datetime(2026, 5, 1),
            "H10": "2027-01-31",  # a date typed as text
            "A11": "1",
            "B11": "teks",
            "C11": "Foto kegiatan (tanpa level)",
            "A40": "1",  # far below the prepared rows: rows may be added
            "B40": "berkas",
            "C40": "bukti/01/tambahan.pdf",
            "D40": 4,
        },
    )
    code, output, out = merge(tmp_path, forms)
    assert code == 0, output
    merged = plain(out)["indikator"]
    assert dated(merged["2"]["data_dukung"][1:]) == [
        {"tautan": "https://contoh.go.id/data", "level": 2},
        {
            "berkas": "bukti/02/baru.pdf",  # from the answer file's folder, as it wrote them
            "level": 3,
            "status": "diunggah",
            "tanggal": "2026-05-01",
            "berlaku_sampai": "2027-01-31",
        },
    ]
    assert merged["1"]["data_dukung"][len(ITEMS_1) :] == [
        "Foto kegiatan (tanpa level)",
        {"berkas": "bukti/01/tambahan.pdf", "level": 4},
    ]


@pytest.mark.parametrize(
    ("cell", "value", "message"),
    [
        ("A5", "99", "indicator '99' is not in this form; allowed: 1, 2"),
        ("A5", None, "an evidence item without an indicator; fill in column A"),
        ("B5", "dokumen", "kind 'dokumen' is unknown; allowed: berkas, tautan, teks"),
        ("B5", "berkas\nsurat", "kind 'berkas surat' is unknown; allowed: berkas, tautan, teks"),
        ("C5", None, "an evidence item without a file, link or text"),
        ("D5", None, "a berkas needs the level it supports (1-5); fill in column D"),
        ("D5", 9, "level 9 is not a whole number 1-5"),
        ("D5", 2.5, "level 2.5 is not a whole number"),
        ("D5", True, "holds TRUE/FALSE, not a number"),
        ("D5", "=1+1", "holds a formula"),
        ("A5", "=B1", "holds a formula"),
        ("B5", '="berkas"', "holds a formula"),
        ("C5", "=A1", "holds a formula"),
        ("F5", "oke", "status 'oke' is unknown; allowed: draf, diunggah"),
        ("G5", "kemarin", "'kemarin' is not a date; type a date such as 2026-06-30"),
        ("D4", 2, "an item of kind teks has no level"),
    ],
)
def test_a_cell_that_cannot_be_read_is_named(
    tmp_path: Path, forms: Path, cell: str, value: Any, message: str
) -> None:
    workbook = forms / "bappeda.xlsx"
    edit(workbook, "Evidence", {cell: value})
    code, output, out = merge(tmp_path, forms)
    assert code == 3 and not out.exists(), output
    assert output.count("\n") == 1, output  # one problem, said once
    row, column = int(cell[1:]), ord(cell[0]) - 64
    expected = f"{workbook}:{row}:{column}: sheet Evidence cell {cell}: {message}"
    assert output.startswith(expected), output


def test_headers_are_titles_in_the_language_of_the_run(tmp_path: Path) -> None:
    forms = split_xlsx(source_file(tmp_path), tmp_path / "f", "--bahasa", "id")
    book = load_workbook(forms / "bappeda.xlsx")
    assert book.sheetnames == ["Formulir", "Data dukung", "Rekomendasi", "spbe"]
    form = headers(sheet(book, "Formulir"), 6)
    assert {"Nilai", "Target", "PJ", "Penjelasan"} <= set(form)
    evidence = headers(sheet(book, "Data dukung"), 3)
    assert {"Indikator", "Jenis", "Berkas, tautan atau teks", "Tanggal", "Catatan penilai"} <= set(
        evidence
    )
    recs = headers(sheet(book, "Rekomendasi"), 3)
    assert {"Rekomendasi", "Tenggat", "Tindak lanjut", "Status"} <= set(recs)
    keys = {"nilai", "penjelasan", "data_dukung", "tindak_lanjut", "target", "pj", "teks"}
    assert not keys & {*form, *evidence, *recs}
    # the due date is a date cell
    assert sheet(book, "Rekomendasi")["H4"].value == datetime.datetime(2026, 6, 30)


def test_a_form_of_the_old_layout_is_refused_with_what_to_do(tmp_path: Path) -> None:
    old = tmp_path / "lama.xlsx"
    book = Workbook()
    meta = book.create_sheet("spbe")
    meta["A1"], meta["B1"] = "format", "spbe-formulir 1"
    book.save(old)
    code, output, out = merge(tmp_path, old)
    assert code == 3 and not out.exists()
    assert f"{old}:1:1: {old} was written by an older spbe (spbe-formulir 1" in output
    assert "split the answer file again with spbe split --format xlsx" in output


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_evidence_typed_in_a_real_spreadsheet_program_reads_back(
    tmp_path: Path, forms: Path
) -> None:
    """Items edited, then the workbook opened and saved by LibreOffice: dates, levels, kinds
    and texts survive, and merge gives them back."""
    edit(
        forms / "bappeda.xlsx",
        "Evidence",
        {"A9": "2", "B9": "berkas", "C9": "bukti/02/baru.pdf", "D9": 2,
         "G9": datetime.datetime(2026, 5, 1), "F9": "diterima"},
    )  # fmt: skip
    assert SOFFICE is not None
    saved = tmp_path / "saved"
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(saved),
            str(forms / "bappeda.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    code, output, out = merge(tmp_path, saved / "bappeda.xlsx")
    assert code == 0, output
    merged = plain(out)["indikator"]
    original = plain(tmp_path / "jawaban.yaml")["indikator"]
    assert dated(merged["1"]["data_dukung"]) == dated(original["1"]["data_dukung"])
    assert dated(merged["2"]["data_dukung"][-1]) == {
        "berkas": "bukti/02/baru.pdf",
        "level": 2,
        "status": "diterima",
        "tanggal": "2026-05-01",
    }


def _office_python() -> str | None:
    """The system Python with LibreOffice's `uno` module, or None."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    if SOFFICE is None or python is None:
        return None
    found = subprocess.run([python, "-c", "import uno"], capture_output=True, check=False)
    return python if found.returncode == 0 else None


OFFICE_PYTHON = _office_python()


@pytest.mark.skipif(OFFICE_PYTHON is None, reason="LibreOffice's Python (uno) is not installed")
def test_a_person_types_into_the_form_in_libreoffice_and_it_merges(
    tmp_path: Path, forms: Path
) -> None:
    """Typed with LibreOffice itself (a level, an evidence item with a date typed as a person
    types it, a follow-up), saved by it as xlsx: the cells typed into are not locked, and
    merge gives back what was typed."""
    assert OFFICE_PYTHON is not None
    typed = [
        ["Form", "E8", "3.25"],  # indicator 2's value
        ["Evidence", "A9", "2"],
        ["Evidence", "B9", "berkas"],
        ["Evidence", "C9", "bukti/02/sertifikat.pdf"],
        ["Evidence", "D9", "2"],
        ["Evidence", "F9", "diunggah"],
        ["Evidence", "G9", "2026-05-01"],
        ["Recommendations", "I4", "Laporan reviu selesai"],
        ["Recommendations", "J4", "selesai"],
    ]
    back = tmp_path / "kembali"
    back.mkdir()
    done = subprocess.run(
        [
            OFFICE_PYTHON,
            str(Path(__file__).with_name("office_typing.py")),
            str(forms / "bappeda.xlsx"),
            str(back / "bappeda.xlsx"),
            str(tmp_path / "profile"),
            json.dumps(typed),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    cells = json.loads(done.stdout.strip().splitlines()[-1])
    assert [locked for *_, locked in cells] == [False] * len(typed)
    assert cells[6][2] == "2026-05-01"  # LibreOffice took the date typed as a date
    code, output, out = merge(tmp_path, back)
    assert code == 0, output
    merged = plain(out)["indikator"]
    assert merged["2"]["level"] == 3.25
    assert dated(merged["2"]["data_dukung"][-1]) == {
        "berkas": "bukti/02/sertifikat.pdf",
        "level": 2,
        "status": "diunggah",
        "tanggal": "2026-05-01",
    }
    assert dated(merged["2"]["rekomendasi"]) == [
        {**RECOMMENDATION, "status": "selesai", "tindak_lanjut": "Laporan reviu selesai"}
    ]
    assert dated(merged["1"]["data_dukung"]) == dated(ITEMS_1)


def test_a_text_the_workbook_shows_escaped_comes_back_when_its_row_moved(
    tmp_path: Path,
) -> None:
    """An item whose text a workbook cannot hold as written (a bidi control, shown as an
    escape) comes back as it was, also after a row above it was deleted."""
    source = tmp_path / "jawaban.yaml"
    items = ["Foto kegiatan", {"berkas": "bukti/Perbup\u202e fdp.exe", "level": 1}]
    source.write_text(
        answer_file(
            2026,
            {str(n): "2" for n in range(1, 21)},
            {"1": "Bappeda"},
            entry_extra={"1": [f"data_dukung: {json.dumps(items)}"]},
        ),
        encoding="utf-8",
    )
    forms = split_xlsx(source, tmp_path / "f")
    book = load_workbook(forms / "bappeda.xlsx")
    ws = sheet(book, "Evidence")
    assert ws["C5"].value == "bukti/Perbup\\u202e fdp.exe"  # shown escaped
    ws.delete_rows(4)  # the text item deleted: the file's row moves up
    book.save(forms / "bappeda.xlsx")
    code, output, out = merge(tmp_path, forms)
    assert code == 0, output
    assert plain(out)["indikator"]["1"]["data_dukung"] == [items[1]]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_every_sheet_prints_on_a4_within_its_width(tmp_path: Path) -> None:
    """Printed by LibreOffice: A4 across; the form's answers on one page and its criteria
    (after ID and name again) on the next, the evidence and the recommendations each on one
    page across: every column's title on the page that holds its column."""
    from pypdf import PdfReader

    forms = split_xlsx(source_file(tmp_path), tmp_path / "f", "--bahasa", "id")
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(forms / "bappeda.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = PdfReader(tmp_path / "bappeda.pdf").pages
    assert len(pages) == 4
    for page in pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
    texts = [" ".join(page.extract_text().split()) for page in pages]
    assert all(title in texts[0] for title in ("Indikator", "Nilai", "Target", "PJ", "Penjelasan"))
    assert "level 1" not in texts[0]
    assert all(f"level {n}" in texts[1] for n in range(1, 6)) and "Indikator" in texts[1]
    assert all(title in texts[2] for title in ("Jenis", "Berlaku sampai", "Catatan penilai"))
    assert all(title in texts[3] for title in ("Rekomendasi", "Tindak lanjut", "Status"))
