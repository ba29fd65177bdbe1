"""Hostile form workbooks in `spbe merge`: bombs refused by bounds on work (team/xlsx_limits.py)
under 300 MB, XML with entities refused (defusedxml), bad style and shared-string indices and
edits of the very hidden `spbe` sheet (team/workbook_meta.py) named with workbook, sheet and
cell: exit 3, one line per problem, nothing written, never exit 70.

Each hostile workbook is a real form (`spbe split --format xlsx`) with one part replaced in
its zip, or its `spbe` sheet edited with openpyxl as a person with a script might."""

from __future__ import annotations

import importlib.metadata
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from spbe_cli.team import layout
from spbe_cli.team.xlsx_limits import MAX_ELEMENTS, MAX_UNZIPPED
from tests.peak_support import MB, PEAK, peak_run
from tests.team_support import TEAM, run

pytestmark = pytest.mark.usefixtures("english")

SHEET = "xl/worksheets/sheet1.xml"  # the form sheet, "Form" in English
NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Diskominfo's form workbook of the team sample, as `spbe split` writes it."""
    folder = tmp_path_factory.mktemp("forms")
    result = run("split", TEAM, "-o", folder / "f", "--format", "xlsx", "--bahasa", "en")
    assert result.exit_code == 0, result.output
    return (folder / "f" / "diskominfo.xlsx").read_bytes()


def rezip(data: bytes, parts: dict[str, bytes]) -> bytes:
    """The workbook with `parts` replaced (or added)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info, source.read(info.filename))
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


def sheet_xml(data: bytes, cells: bytes, extra: bytes = b"") -> bytes:
    """The form sheet's XML with `cells` (row elements) in its sheetData, `extra` after it."""
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet '
        + NS
        + b"><sheetData>"
        + cells
        + b"</sheetData>"
        + extra
        + b"</worksheet>"
    )


def merged(tmp_path: Path, data: bytes, name: str = "diskominfo.xlsx") -> tuple[int, str, Path]:
    source = tmp_path / name
    source.write_bytes(data)
    out = tmp_path / "hasil.yaml"
    result = run("merge", source, "-o", out)
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr, out


def refused(tmp_path: Path, data: bytes, *expected: str) -> str:
    """Merged, it exits 3 naming the workbook and every `expected` text; nothing written."""
    code, err, out = merged(tmp_path, data)
    assert code == 3, err
    assert not out.exists()
    assert err.startswith(f"{tmp_path / 'diskominfo.xlsx'}:"), err
    for text in expected:
        assert text in err, (text, err)
    return err


def test_the_real_form_merges(tmp_path: Path, form: bytes) -> None:
    code, err, out = merged(tmp_path, form)
    assert code == 0, err
    assert out.exists()


# ---------------------------------------------------------------- XML with entities


XXE = (
    b"""<?xml version="1.0"?>
<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>
</sheetData></worksheet>"""
    % NS
)

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>\n<worksheet "
    + NS
    + b'><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    + b"</sheetData></worksheet>"
)

QUADRATIC = (
    b'<?xml version="1.0"?>\n<!DOCTYPE w [<!ENTITY a "'
    + b"a" * 50_000
    + b'">]>\n<worksheet '
    + NS
    + b'><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
    + b"&a;" * 50_000
    + b"</t></is></c></row></sheetData></worksheet>"
)


@pytest.mark.parametrize("xml", [XXE, LAUGHS, QUADRATIC], ids=["xxe", "laughs", "quadratic"])
@pytest.mark.parametrize("part", [SHEET, "xl/workbook.xml", "xl/sharedStrings.xml"])
def test_xml_entities_are_refused(tmp_path: Path, form: bytes, xml: bytes, part: str) -> None:
    err = refused(tmp_path, rezip(form, {part: xml}), f"part {part}", "declares entities")
    assert len(err.splitlines()) == 1
    assert ("(sheet Form)" in err) == (part == SHEET)


def test_openpyxl_parses_with_defusedxml() -> None:
    """openpyxl uses defusedxml when it can import it: a runtime dependency of spbe."""
    assert openpyxl.DEFUSEDXML is True
    required = importlib.metadata.requires("spbe") or []
    assert any(re.match(r"defusedxml\s*>=", r) for r in required), required


# ---------------------------------------------------------------- bombs and Excel's limits


def test_one_256_mib_cell_is_refused_under_300_mb(tmp_path: Path, form: bytes) -> None:
    """A 265 KB workbook whose one cell holds 256 MiB: the old code wrote a 268 MB file."""
    cell = (
        b'<row r="7"><c r="H7" t="inlineStr"><is><t>' + b"x" * (256 * MB) + b"</t></is></c></row>"
    )
    bomb = rezip(form, {SHEET: sheet_xml(form, cell)})
    assert len(bomb) < 1 * MB
    source = tmp_path / "diskominfo.xlsx"
    source.write_bytes(bomb)
    code, err, peak = peak_run(
        "merge", str(source), "-o", str(tmp_path / "hasil.yaml"), cwd=tmp_path
    )
    assert code == 3, err
    assert f"more than {MAX_UNZIPPED} bytes" in err and str(source) in err
    assert not (tmp_path / "hasil.yaml").exists()
    assert peak < PEAK, peak


def test_a_million_empty_cells_are_refused_under_300_mb(tmp_path: Path, form: bytes) -> None:
    """Each cell costs openpyxl about 560 bytes, whatever it holds: 4 bytes of XML each."""
    bomb = rezip(form, {SHEET: sheet_xml(form, b"<row>" + b"<c/>" * 1_000_000 + b"</row>")})
    source = tmp_path / "diskominfo.xlsx"
    source.write_bytes(bomb)
    code, err, peak = peak_run(
        "merge", str(source), "-o", str(tmp_path / "hasil.yaml"), cwd=tmp_path
    )
    assert code == 3, err
    assert f"more than {MAX_ELEMENTS} XML elements" in err
    assert peak < PEAK, peak


def test_a_merged_range_of_the_whole_sheet_is_refused_under_300_mb(
    tmp_path: Path, form: bytes
) -> None:
    """openpyxl makes an object for every cell a merged range covers."""
    whole = b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    bomb = rezip(form, {SHEET: sheet_xml(form, b'<row r="1"><c r="A1"/></row>', whole)})
    source = tmp_path / "diskominfo.xlsx"
    source.write_bytes(bomb)
    code, err, peak = peak_run(
        "merge", str(source), "-o", str(tmp_path / "hasil.yaml"), cwd=tmp_path
    )
    assert code == 3, err
    assert "merged or hyperlink ranges" in err
    assert peak < PEAK, peak


def test_a_hyperlink_range_counts_its_cells(tmp_path: Path, form: bytes) -> None:
    links = b'<hyperlinks><hyperlink ref="A1:Z100000" location="Form!A1"/></hyperlinks>'
    bomb = rezip(form, {SHEET: sheet_xml(form, b"", links)})
    refused(tmp_path, bomb, "merged or hyperlink ranges")


def test_a_part_larger_than_all_a_workbook_may_hold(tmp_path: Path, form: bytes) -> None:
    padding = b" " * (MAX_UNZIPPED + 1)
    refused(tmp_path, rezip(form, {"xl/media/pad.bin": padding}), f"more than {MAX_UNZIPPED} bytes")


def test_a_file_larger_than_its_parts_may_be_is_not_read_whole(tmp_path: Path) -> None:
    big = b"PK\x03\x04" + bytes(MAX_UNZIPPED + 1024)
    refused(tmp_path, big, f"more than {MAX_UNZIPPED} bytes")


def test_a_part_whose_size_the_zip_understates(tmp_path: Path, form: bytes) -> None:
    """The zip's directory says fewer bytes than the part holds: never more is read."""
    data = bytearray(rezip(form, {"xl/media/pad.bin": b"z" * 100_000}))
    entry = data.rindex(b"PK\x01\x02", 0, data.rindex(b"xl/media/pad.bin"))
    data[entry + 24 : entry + 28] = (10).to_bytes(4, "little")  # uncompressed size
    refused(tmp_path, bytes(data), "xl/media/pad.bin")


def test_a_cell_longer_than_excel_allows(tmp_path: Path, form: bytes) -> None:
    text = b"x" * (layout.MAX_CELL + 1)
    cell = b'<row r="9"><c r="H9" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"
    err = refused(tmp_path, rezip(form, {SHEET: sheet_xml(form, cell)}), "sheet Form cell H9")
    assert f"more than {layout.MAX_CELL} characters" in err
    assert ":9:8:" in err  # the cell's row and column


def test_rich_text_runs_count_together(tmp_path: Path, form: bytes) -> None:
    half = b"<r><t>" + b"x" * (layout.MAX_CELL // 2 + 1) + b"</t></r>"
    cell = b'<row r="9"><c r="H9" t="inlineStr"><is>' + half * 2 + b"</is></c></row>"
    err = refused(tmp_path, rezip(form, {SHEET: sheet_xml(form, cell)}), "sheet Form cell H9")
    assert f"more than {layout.MAX_CELL} characters" in err


def test_a_cell_as_long_as_excel_allows_is_read(tmp_path: Path, form: bytes) -> None:
    """Typed in a real row's penjelasan: the longest text a cell holds is merged."""
    book = load_workbook(io.BytesIO(form))
    ws = book["Form"]
    assert isinstance(ws, Worksheet)
    column = next(c.column_letter for c in ws[6] if c.value in ("Penjelasan", "Explanation"))
    row = next(int(c.row) for c in ws["A"] if isinstance(c.value, str) and c.row >= 7)
    ws[f"{column}{row}"] = "p" * layout.MAX_CELL
    out = io.BytesIO()
    book.save(out)
    code, err, merged_file = merged(tmp_path, out.getvalue())
    assert code == 0, err
    assert "p" * layout.MAX_CELL in merged_file.read_text(encoding="utf-8")


def test_a_shared_string_longer_than_excel_allows(tmp_path: Path, form: bytes) -> None:
    strings = b"<sst " + NS + b"><si><t>" + b"y" * (layout.MAX_CELL + 1) + b"</t></si></sst>"
    refused(
        tmp_path,
        rezip(form, {"xl/sharedStrings.xml": strings}),
        f"more than {layout.MAX_CELL} characters",
        "shared string 0",
    )


@pytest.mark.parametrize(
    ("cells", "ref"),
    [
        (b'<row r="1048577"><c r="A1048577"><v>1</v></c></row>', "A1048577"),
        (b'<row r="1"><c r="XFE1"><v>1</v></c></row>', "XFE1"),
        (b'<row r="1"><c r="1A"><v>1</v></c></row>', "1A"),
    ],
)
def test_a_cell_outside_excels_grid(tmp_path: Path, form: bytes, cells: bytes, ref: str) -> None:
    refused(
        tmp_path,
        rezip(form, {SHEET: sheet_xml(form, cells)}),
        f"sheet Form: cell {ref} is outside Excel's limits (1048576 rows, 16384 columns)",
    )


# ---------------------------------------------------------------- bad indices (IndexError)


def test_a_bad_style_index_names_the_cell(tmp_path: Path, form: bytes) -> None:
    cells = b'<row r="8"><c r="C8" s="9999"><v>1</v></c></row>'
    err = refused(tmp_path, rezip(form, {SHEET: sheet_xml(form, cells)}), "sheet Form cell C8")
    assert "style index 9999 does not exist" in err and ":8:3:" in err


def test_a_bad_row_style_index_names_the_row(tmp_path: Path, form: bytes) -> None:
    cells = b'<row r="12" s="777" customFormat="1"><c r="A12"><v>1</v></c></row>'
    refused(tmp_path, rezip(form, {SHEET: sheet_xml(form, cells)}), "sheet Form cell A12", "777")


def test_a_bad_shared_string_index_names_the_cell(tmp_path: Path, form: bytes) -> None:
    cells = b'<row r="10"><c r="E10" t="s"><v>123456</v></c></row>'
    err = refused(tmp_path, rezip(form, {SHEET: sheet_xml(form, cells)}), "sheet Form cell E10")
    assert "shared string index 123456 does not exist" in err


# ---------------------------------------------------------------- the very hidden sheet


def edit_meta(form: bytes, change: Callable[[Worksheet], None]) -> bytes:
    book = load_workbook(io.BytesIO(form))
    meta = book[layout.META_SHEET]
    assert isinstance(meta, Worksheet)
    change(meta)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def first_row(meta: Worksheet, kind: str) -> int:
    return next(int(c.row) for c in meta["A"] if c.value == kind)


def set_record(
    kind: str, value: str, rewrite: Callable[[dict[str, object]], object] | None = None
) -> Callable[[Worksheet], None]:
    def change(meta: Worksheet) -> None:
        row = first_row(meta, kind)
        if rewrite is None:
            meta[f"B{row}"] = value
        else:
            meta[f"B{row}"] = json.dumps(rewrite(json.loads(str(meta[f"B{row}"].value))))

    return change


def _without_baris(record: dict[str, object]) -> object:
    return {k: v for k, v in record.items() if k != "baris"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (set_record("indikator", "{not json"), "not the JSON spbe split wrote"),
        (set_record("indikator", "", _without_baris), "a 'indikator' record must hold id, baris"),
        (set_record("indikator", "", lambda r: {**r, "baris": "x"}), "must hold id, baris"),
        (set_record("indikator", "", lambda r: {**r, "baris": True}), "must hold id, baris"),
        (set_record("indikator", "", lambda r: {**r, "baris": 0}), "must hold id, baris"),
        (set_record("indikator", "", lambda r: {**r, "baris": 2**40}), "must hold id, baris"),
        (set_record("indikator", "", lambda r: [r]), "must hold id, baris"),
        (set_record("indikator", "", lambda r: {**r, "id": "99"}), "indicator 99 is not in"),
        (set_record("indikator", "", lambda r: {**r, "id": 5}), "must hold id, baris"),
        (set_record("rekomendasi", "[[[["), "not the JSON spbe split wrote"),
        (set_record("rekomendasi", "", _without_baris), "must hold baris, indikator, data"),
        (set_record("rekomendasi", "", lambda r: {**r, "data": "teks"}), "must hold baris"),
        (set_record("rekomendasi", "", lambda r: {**r, "indikator": "99"}), "indicator 99"),
        (set_record("rekomendasi", "", lambda r: {**r, "indikator": 7}), "must hold baris"),
        (set_record("tata_letak", "{}"), "not the JSON spbe split wrote"),
        (set_record("tata_letak", "[" * 100_00), "not the JSON spbe split wrote"),
    ],
)
def test_an_edited_spbe_sheet_names_the_cell(
    tmp_path: Path, form: bytes, change: Callable[[Worksheet], None], expected: str
) -> None:
    err = refused(tmp_path, edit_meta(form, change), "sheet spbe cell B", expected)
    assert len(err.splitlines()) == 1, err


def test_an_indicator_recorded_twice(tmp_path: Path, form: bytes) -> None:
    def twice(meta: Worksheet) -> None:
        row = first_row(meta, "indikator")
        meta.append(["indikator", meta[f"B{row}"].value])

    refused(tmp_path, edit_meta(form, twice), "sheet spbe cell B", "is recorded twice")


def test_an_asli_record_of_the_wrong_shape(tmp_path: Path, form: bytes) -> None:
    def add(meta: Worksheet) -> None:
        meta.append(["asli", json.dumps({"sel": 3, "teks": None})])

    refused(tmp_path, edit_meta(form, add), "sheet spbe cell B", "must hold sel, teks")


def test_extra_header_keys_never_reach_the_merged_file(tmp_path: Path, form: bytes) -> None:
    def extra(meta: Worksheet) -> None:
        row = first_row(meta, "kepala")
        meta[f"B{row}"] = str(meta[f"B{row}"].value) + "catatan: rahasia\nindikator: {}\n"

    err = refused(tmp_path, edit_meta(form, extra), "sheet spbe cell B2")
    assert "unknown header key 'catatan'" in err and "unknown header key 'indikator'" in err
    assert "tahun, instansi, kerangka, target_indeks, target_predikat" in err


def test_a_layout_naming_a_chart_sheet_is_refused(tmp_path: Path, form: bytes) -> None:
    """openpyxl cannot read back the empty chart sheet it writes: exit 3 all the same."""

    def chart(meta: Worksheet) -> None:
        book = meta.parent
        assert book is not None
        book.create_chartsheet("Grafik")
        row = first_row(meta, "tata_letak")
        found = json.loads(str(meta[f"B{row}"].value))
        found["lembar"][0] = "Grafik"
        meta[f"B{row}"] = json.dumps(found)

    refused(tmp_path, edit_meta(form, chart), "diskominfo.xlsx")


def test_a_spbe_sheet_without_its_format_row_is_no_form(tmp_path: Path, form: bytes) -> None:
    def cleared(meta: Worksheet) -> None:
        meta["A1"] = None

    refused(tmp_path, edit_meta(form, cleared), "not a form written by spbe split")


def test_a_spbe_sheet_filled_far_down_is_read_without_making_every_cell(
    tmp_path: Path, form: bytes
) -> None:
    """iter_rows would make two cells for each of a million empty rows."""

    def far(meta: Worksheet) -> None:
        meta["C1048576"] = "x"

    code, err, _ = merged(tmp_path, edit_meta(form, far))
    assert code == 0, err


def test_a_workbook_that_is_no_zip_or_damaged(tmp_path: Path, form: bytes) -> None:
    refused(tmp_path, b"PK\x03\x04 not really", "not a readable xlsx workbook")
    damaged = rezip(form, {"xl/workbook.xml": b"<workbook><sheets>"})
    refused(tmp_path, damaged, "part xl/workbook.xml is damaged")
    no_styles_link = rezip(form, {"[Content_Types].xml": b"<Types/>"})
    code, err, _ = merged(tmp_path, no_styles_link)
    assert code == 3 and "diskominfo.xlsx" in err, err
