"""Form workbooks (`spbe split --format xlsx`): one row per indicator under a `Level` header,
validation of the kerangka's values, protected structure with editable cells, recommendations
on a second sheet; values read back exactly (never through a float's arithmetic), and every
cell that cannot be read named with its sheet and cell."""

from __future__ import annotations

import datetime
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from spbe_cli import i18n
from spbe_cli.renderers.text import xlsx_text
from spbe_cli.team.workbook_read import read_number
from tests.team_support import TEAM, answer_file, levels_of, plain, run

pytestmark = pytest.mark.usefixtures("english")


def split_xlsx(source: Path, folder: Path, *extra: str) -> Path:
    result = run("split", source, "-o", folder, "--format", "xlsx", *extra)
    assert result.exit_code == 0, result.output
    return folder


def sheet(book: Workbook, title: str) -> Worksheet:
    found = book[title]
    assert isinstance(found, Worksheet)
    return found


def header_row(ws: Worksheet, row: int = 6) -> dict[str, str]:
    """Column header text -> column letter."""
    return {str(c.value): c.column_letter for c in ws[row] if c.value is not None}


def row_of(ws: Worksheet, indicator: str) -> int:
    return next(int(c.row) for c in ws["A"] if c.value == indicator and c.row >= 7)


@contextmanager
def in_english() -> Iterator[None]:
    """What the `english` fixture does, for the setup of a module-scoped fixture."""
    before = i18n.current()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPBE_BAHASA", "en")
        i18n.use("en")
        try:
            yield
        finally:
            i18n.use(before)


@pytest.fixture(scope="module")
def diskominfo(tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    """The team file split into workbooks (in English, read only): Diskominfo's."""
    with in_english():
        forms = split_xlsx(TEAM, tmp_path_factory.mktemp("layout") / "f")
    return load_workbook(forms / "diskominfo.xlsx")


def test_layout_validation_and_protection(diskominfo: Workbook) -> None:
    book = diskominfo
    assert book.security is not None and book.security.lockStructure
    assert sheet(book, "Form").protection.sheet
    assert book[book.sheetnames[-1]].sheet_state == "veryHidden"


def test_stages_sit_side_by_side_under_one_level_header(diskominfo: Workbook) -> None:
    ws = sheet(diskominfo, "Form")
    columns = header_row(ws)
    # indicator 9 has values per stage: one column per stage used, under one `Level` cell
    level_cols = [columns["Value"], columns["Mandiri"], columns["Dokumen"]]
    assert ws[f"{level_cols[0]}5"].value == "Level"
    assert f"{level_cols[0]}5:{level_cols[-1]}5" in {str(r) for r in ws.merged_cells.ranges}
    row = row_of(ws, "9")
    assert ws[f"{columns['Mandiri']}{row}"].value == 3
    assert ws[f"{columns['Dokumen']}{row}"].value == 2
    assert ws[f"{columns['Value']}{row}"].value is None
    assert ws[f"{columns['Value']}{row_of(ws, '11')}"].value == "7/3"  # a fraction, as text


def test_answer_cells_are_editable_and_the_rest_locked(diskominfo: Workbook) -> None:
    ws = sheet(diskominfo, "Form")
    columns = header_row(ws)
    row = row_of(ws, "9")
    for name in ("Value", "Mandiri", "Target level", "Owner (pj)", "Explanation"):
        assert not ws[f"{columns[name]}{row}"].protection.locked, name
    for name in ("ID", "Indicator", "level 1", "level 5"):
        assert ws[f"{columns[name]}{row}"].protection.locked, name


def test_levels_are_validated_and_the_criteria_shown(diskominfo: Workbook) -> None:
    ws = sheet(diskominfo, "Form")
    rules = {
        (v.type, v.operator, v.formula1, v.formula2) for v in ws.data_validations.dataValidation
    }
    assert ("decimal", "between", "1", "5") in rules  # pemdi: 1.00-5.00
    framework_criteria = ws[f"{header_row(ws)['level 3']}{row_of(ws, '9')}"].value
    assert isinstance(framework_criteria, str)
    assert framework_criteria.startswith("Berkembang (2.50 < x ≤ 3.50): ")  # its band, p. 38


def test_recommendations_sheet_lets_only_follow_up_and_status_be_edited(
    diskominfo: Workbook,
) -> None:
    recs = sheet(diskominfo, "Recommendations")
    assert [c.value for c in recs[3]] == [
        "No.", "Indicator", "Aspect", "ID", "Recommendation", "Source", "Owner (pj)", "Due",
        "Follow-up", "Status",
    ]  # fmt: skip
    ids = [recs[f"D{r}"].value for r in range(4, recs.max_row + 1)]
    assert ids == ["R2025-07", "R2025-04"]
    assert not recs["I4"].protection.locked and not recs["J4"].protection.locked
    assert recs["E4"].protection.locked
    statuses = [v for v in recs.data_validations.dataValidation if v.type == "list"]
    assert statuses and statuses[0].formula1 == '"belum,proses,selesai"'


def test_an_integer_scale_gets_a_list(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(answer_file(2024, {str(n): "2" for n in range(1, 48)}, {"1": "Bappeda"}))
    forms = split_xlsx(source, tmp_path / "f")
    ws = sheet(load_workbook(forms / "bappeda.xlsx"), "Form")
    rules = [(v.type, v.formula1) for v in ws.data_validations.dataValidation]
    assert ("list", '"1,2,3,4,5"') in rules


def edit(path: Path, changes: dict[tuple[str, str, str], Any], *, sheet_name: str = "Form") -> None:
    """Set cells: (indicator, column header, "") -> value, as a person would in Excel."""
    book = load_workbook(path)
    ws = sheet(book, sheet_name)
    columns = header_row(ws)
    for (indicator, column, _), value in changes.items():
        ws[f"{columns[column]}{row_of(ws, indicator)}"] = value
    book.save(path)


def merged(tmp_path: Path, forms: Path) -> tuple[int, str]:
    out = tmp_path / "hasil.yaml"
    result = run("merge", forms, "-o", out, "--force")
    return result.exit_code, result.output


def test_values_are_read_exactly(tmp_path: Path) -> None:
    forms = split_xlsx(TEAM, tmp_path / "f")
    edit(
        forms / "bappeda.xlsx",
        {
            ("4", "Value", ""): 3.75,  # a number typed in Excel
            ("6", "Value", ""): "7/6",  # a fraction typed as text
            ("7", "Value", ""): "2,5",  # a decimal comma typed as text
            ("4", "Target level", ""): 4,
        },
    )
    code, output = merged(tmp_path, forms)
    assert code == 0, output
    levels = levels_of(tmp_path / "hasil.yaml")
    assert levels["4"] == Fraction("3.75")
    assert levels["6"] == Fraction(7, 6)
    assert levels["7"] == Fraction("2.5")
    assert plain(tmp_path / "hasil.yaml")["indikator"]["4"]["target"] == 4


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (7 / 6, "level 1.166666666666667 has more than 4 decimals"),  # the digits stored
        (datetime.datetime(2026, 7, 6), "holds a date"),
        ("=7/6", "holds a formula"),
        (True, "TRUE/FALSE"),
        ("tiga", "'tiga' is not a number"),
        (6, "level 6 is out of range"),
    ],
)
def test_a_cell_that_cannot_be_read_is_named(tmp_path: Path, value: Any, message: str) -> None:
    forms = split_xlsx(TEAM, tmp_path / "f")
    edit(forms / "bappeda.xlsx", {("4", "Value", ""): value})
    code, output = merged(tmp_path, forms)
    assert code == 3 and not (tmp_path / "hasil.yaml").exists()
    ws = sheet(load_workbook(forms / "bappeda.xlsx"), "Form")
    cell = f"{header_row(ws)['Value']}{row_of(ws, '4')}"
    assert f"sheet Form cell {cell}" in output and message in output, output
    assert len(output.strip().splitlines()) == 1  # one problem, said once


def test_read_number_keeps_the_digits_stored() -> None:
    assert read_number(3.75) == (Decimal("3.75"), None)
    assert read_number(1.1667) == (Decimal("1.1667"), None)
    assert read_number(3.0) == (3, None)
    assert read_number(4) == (4, None)
    assert read_number(" 7/6 ") == ("7/6", None)
    assert read_number("3,75") == (Decimal("3.75"), None)
    assert read_number(None) == (None, None)
    assert read_number("  ") == (None, None)
    for stored in ("2.6", "3.2", "0.1", "4.0001", "1.3333"):
        assert read_number(float(stored)) == (Decimal(stored), None)  # the text a cell stores
    assert read_number(0.1 + 0.2)[0] == Decimal("0.30000000000000004")  # computed: all digits


def test_recommendation_status_and_follow_up_come_back(tmp_path: Path) -> None:
    forms = split_xlsx(TEAM, tmp_path / "f")
    book = load_workbook(forms / "diskominfo.xlsx")
    recs = sheet(book, "Recommendations")
    recs["I5"] = "CSIRT terdaftar di BSSN"
    recs["J5"] = "selesai"
    book.save(forms / "diskominfo.xlsx")
    code, output = merged(tmp_path, forms)
    assert code == 0, output
    rec = plain(tmp_path / "hasil.yaml")["indikator"]["12"]["rekomendasi"][0]
    assert (rec["id"], rec["status"], rec["tindak_lanjut"]) == (
        "R2025-04",
        "selesai",
        "CSIRT terdaftar di BSSN",
    )
    recs["J5"] = "beres"
    book.save(forms / "diskominfo.xlsx")
    code, output = merged(tmp_path, forms)
    assert code == 3 and "sheet Recommendations cell J5: status 'beres' is unknown" in output


def test_text_is_never_a_formula_and_unshown_characters_come_back(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    tricky = '"=HYPERLINK(\\"http://x\\")"'
    bidi = '"Perbup\\u202e fdp.exe"'
    source.write_text(
        answer_file(
            2026,
            {str(n): "2" for n in range(1, 21)},
            {"1": "Bappeda", "2": "Bappeda"},
            entry_extra={"1": [f"penjelasan: {tricky}"], "2": [f"penjelasan: {bidi}"]},
        )
    )
    forms = split_xlsx(source, tmp_path / "f")
    ws = sheet(load_workbook(forms / "bappeda.xlsx"), "Form")
    cell = ws[f"{header_row(ws)['Explanation']}{row_of(ws, '1')}"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")' and cell.quotePrefix
    shown = ws[f"{header_row(ws)['Explanation']}{row_of(ws, '2')}"].value
    assert shown == xlsx_text("Perbup\u202e fdp.exe") == "Perbup\\u202e fdp.exe"
    code, output = merged(tmp_path, forms)
    assert code == 0, output
    entries = plain(tmp_path / "hasil.yaml")["indikator"]
    assert entries["1"]["penjelasan"] == '=HYPERLINK("http://x")'
    assert entries["2"]["penjelasan"] == "Perbup\u202e fdp.exe"  # as it was, not as shown


def test_an_emptied_level_with_other_entries_is_refused(tmp_path: Path) -> None:
    forms = split_xlsx(TEAM, tmp_path / "f")
    edit(forms / "bkd.xlsx", {("3", "Value", ""): None})
    code, output = merged(tmp_path, forms)
    assert code == 3 and "indicator 3 has entries but no level" in output


def test_a_conflict_with_a_workbook_names_sheet_and_cell(tmp_path: Path) -> None:
    xlsx = split_xlsx(TEAM, tmp_path / "x")
    assert run("split", TEAM, "-o", tmp_path / "y").exit_code == 0
    edit(xlsx / "bkd.xlsx", {("3", "Value", ""): 4})
    out = tmp_path / "hasil.yaml"
    result = run("merge", xlsx / "bkd.xlsx", tmp_path / "y" / "bkd.yaml", "-o", out)
    assert result.exit_code == 3 and not out.exists()
    assert f"{xlsx / 'bkd.xlsx'} (Form!A7)" in result.output
    assert f"{tmp_path / 'y' / 'bkd.yaml'}:" in result.output


def test_a_workbook_that_is_no_form(tmp_path: Path) -> None:
    other = tmp_path / "lain.xlsx"
    Workbook().save(other)
    result = run("merge", other, "-o", tmp_path / "x.yaml")
    assert result.exit_code == 3 and "not a form written by spbe split" in result.output
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    result = run("merge", broken, "-o", tmp_path / "x.yaml")
    assert result.exit_code == 3 and "not a readable xlsx workbook" in result.output


def test_source_scores_of_another_agency(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    levels = {str(n): "2" for n in range(1, 21)}
    source.write_text(
        answer_file(2026, levels, {"5": "Bappeda"}).replace(
            '  "5":\n    level: 2\n', '  "5":\n    sdi: 68.75\n'
        )
    )
    forms = split_xlsx(source, tmp_path / "f")
    ws = sheet(load_workbook(forms / "bappeda.xlsx"), "Form")
    columns = header_row(ws)
    assert ws[f"{columns['Source score']}{row_of(ws, '5')}"].value == 68.75
    code, output = merged(tmp_path, forms)
    assert code == 0, output
    assert plain(tmp_path / "hasil.yaml")["indikator"]["5"]["sdi"] == 68.75
    edit(forms / "bappeda.xlsx", {("5", "Source score", ""): 120})
    code, output = merged(tmp_path, forms)
    assert code == 3 and "score 120 is outside 0 to 100" in output


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_form_saved_by_a_real_spreadsheet_program_reads_back(tmp_path: Path) -> None:
    """Edited, then opened and saved again by LibreOffice (as an office would in Excel): the
    hidden sheet, the values typed and the text survive."""
    forms = split_xlsx(TEAM, tmp_path / "f")
    edit(forms / "bappeda.xlsx", {("4", "Value", ""): 3.75, ("6", "Value", ""): "7/6"})
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
    out = tmp_path / "hasil.yaml"
    result = run("merge", saved / "bappeda.xlsx", "-o", out)
    assert result.exit_code == 0, result.output
    levels = levels_of(out)
    assert (levels["4"], levels["6"], levels["7"]) == (
        Fraction("3.75"),
        Fraction(7, 6),
        Fraction("2.6"),
    )
    assert plain(out)["indikator"]["5"]["penjelasan"].startswith("Nilai evaluasi Satu Data")
