"""Hostile PDFs are refused by a bound on work (`lhe/pdflimits.py`): each bound passed is named
in a one-line reason, `spbe import` exits 3, and a bomb never takes the process to 300 MB.

The PDFs are written here byte by byte (`pdf()` numbers the objects and writes a correct cross
reference table), or with fpdf2 where ordinary pages are enough. Memory is measured in a child
process, which reports its own peak resident size (getrusage) after the command ends."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from fpdf import FPDF
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.lhe import NotAReport, pdftext, read_report
from spbe_cli.lhe.header import TITLE_WITHIN
from spbe_cli.lhe.pdflimits import (
    ALL_GLYPHS,
    CONTENT,
    DECODED,
    DEPTH,
    GLYPHS,
    LIMITS,
    LOOKUPS,
    MAPPINGS,
    PAGES,
    BoundedInterpreter,
)
from tests.lhe_pdfs import plain_pdf
from tests.peak_support import MB, PEAK, peak_run

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

TITLE = "EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2023"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf(*objects: bytes) -> bytes:
    """A PDF of `objects`, numbered from 1; object 1 is the catalogue."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        start,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def one_page(
    content: bytes, *more: bytes, resources: bytes = b"<< /Font << /F1 4 0 R >> >>"
) -> bytes:
    """Catalogue 1, pages 2, page 3 (resources as given), font 4, content 5, then `more`."""
    return pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents 5 0 R >>"
        % resources,
        FONT,
        content,
        *more,
    )


def text(words: bytes = b"Hello") -> bytes:
    return stream(b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % words)


def deflated(size: int, levels: int = 1) -> bytes:
    """`size` zero bytes, deflated `levels` times over."""
    packer = zlib.compressobj(9)
    chunk = bytes(MB)
    data = b"".join(packer.compress(chunk) for _ in range(size // MB)) + packer.flush()
    for _ in range(levels - 1):
        data = zlib.compress(data, 9)
    return data


def reason(data: bytes) -> str:
    with pytest.raises(NotAReport) as caught:
        read_report(data, "masukan.pdf")
    return caught.value.reason


def limit_text(what: str) -> str:
    return f"more than {LIMITS[what]} "


def import_peak(tmp_path: Path, data: bytes) -> tuple[int, str, int]:
    """`spbe import` of `data` in a child process: exit code, stderr, peak RSS in bytes."""
    source = tmp_path / "bom.pdf"
    source.write_bytes(data)
    return peak_run("import", str(source), cwd=tmp_path)


# ---------------------------------------------------------------- references that never end


@pytest.mark.parametrize(
    "looped",
    [
        one_page(text(), b"6 0 R", resources=b"6 0 R"),  # like the 491 bytes that hung
        one_page(text(), b"7 0 R", b"6 0 R", resources=b"6 0 R"),  # a circle of two
    ],
    ids=["itself", "circle"],
)
def test_references_that_never_end(tmp_path: Path, looped: bytes) -> None:
    """`spbe import` hung at 100 % CPU on these; run in a child process, so that a
    regression fails here (a guard on the child) rather than hang the suite."""
    assert len(looped) < 1024
    code, err, _ = import_peak(tmp_path, looped)
    assert code == 3, err
    assert limit_text(LOOKUPS) in err and "object look-ups" in err


def test_a_page_tree_nested_too_deep() -> None:
    """Pages inside pages, 5,000 deep: refused as nesting, not a crash."""
    depth = 5_000
    tree = [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (n + 3) for n in range(depth)]
    deep = pdf(b"<< /Type /Catalog /Pages 2 0 R >>", *tree, b"<< /Type /Page >>")
    assert "nest" in reason(deep)


def test_forms_nested_deeper_than_the_limit() -> None:
    depth = LIMITS[DEPTH] + 4
    forms = [
        stream(
            b"/X%d Do" % (n + 1) if n + 1 < depth else b"BT /F1 12 Tf (x) Tj ET",
            b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> /XObject << /X%d %d 0 R >> >>" % (n + 1, 7 + n),
        )
        for n in range(depth)
    ]
    nested = one_page(stream(b"/X0 Do"), *forms, resources=b"<< /XObject << /X0 6 0 R >> >>")
    assert limit_text(DEPTH) in reason(nested)
    assert "nests forms" in reason(nested)


# ---------------------------------------------------------------- bombs


def test_a_deflate_bomb_is_refused_under_300_mb(tmp_path: Path) -> None:
    bomb = one_page(stream(deflated(256 * MB), b"/Filter /FlateDecode"))
    assert len(bomb) < 1 * MB
    code, err, peak = import_peak(tmp_path, bomb)
    assert code == 3, err
    assert limit_text(DECODED) in err and "bom.pdf:1:1:" in err
    assert "Traceback" not in err
    assert peak < PEAK, peak


def test_a_bomb_deflated_twice_is_refused_under_300_mb(tmp_path: Path) -> None:
    bomb = one_page(stream(deflated(256 * MB, levels=2), b"/Filter [/FlateDecode /FlateDecode]"))
    assert len(bomb) < 64 * 1024
    code, err, peak = import_peak(tmp_path, bomb)
    assert code == 3 and limit_text(DECODED) in err, err
    assert peak < PEAK, peak


def test_a_bomb_with_a_broken_checksum_is_refused_under_300_mb(tmp_path: Path) -> None:
    """pdfminer inflates a stream whose checksum is wrong byte by byte, joining as it goes:
    quadratic, so the old code never ended."""
    data = bytearray(deflated(128 * MB))
    data[-2] ^= 0xFF  # the Adler-32 checksum
    bomb = one_page(stream(bytes(data), b"/Filter /FlateDecode"))
    code, err, peak = import_peak(tmp_path, bomb)
    assert code == 3 and limit_text(DECODED) in err, err
    assert peak < PEAK, peak


def test_a_character_map_of_four_billion_codes_is_refused_under_300_mb(tmp_path: Path) -> None:
    cmap = b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n" + (
        b"1 beginbfrange <00000000> <FFFFFFFF> <00000041> endbfrange"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    bomb = pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        font,
        text(),
        stream(cmap),
    )
    code, err, peak = import_peak(tmp_path, bomb)
    assert code == 3 and limit_text(MAPPINGS) in err, err
    assert peak < PEAK, peak


def test_run_length_bomb() -> None:
    runs = b"\x81\x00" * (LIMITS[DECODED] // 128 + 1024)  # each pair: 128 zero bytes
    bomb = one_page(stream(runs, b"/Filter /RunLengthDecode"))
    assert limit_text(DECODED) in reason(bomb)


def test_lzw_bomb() -> None:
    bomb = one_page(stream(_lzw(LIMITS[DECODED] + MB), b"/Filter /LZWDecode"))
    assert limit_text(DECODED) in reason(bomb)


def _lzw(size: int) -> bytes:
    """At least `size` zero bytes in LZW (PDF 32000-1, 7.4.4, early change), made as the
    decoder reads them: after a clear, code 0 (one zero), then each next code is the one the
    table is about to get (one zero more than the last), until the table is nearly full."""
    bits: list[tuple[int, int]] = []  # (code, width)
    written = 0
    while written < size:
        width = 9
        bits += [(256, width), (0, width)]
        written += 1
        table = 258
        while table < 4000 and written < size:
            bits.append((table, width))
            written += table - 256
            table += 1
            width = {511: 10, 1023: 11, 2047: 12}.get(table, width)
        bits.append((256, width))
    number = 0
    count = 0
    for code, width in bits:
        number = (number << width) | code
        count += width
    pad = -count % 8
    return (number << pad).to_bytes((count + pad) // 8, "big")


def test_the_lzw_maker_makes_zeros() -> None:
    from pdfminer.lzw import LZWDecoder  # the decoder itself, unbounded: a small input

    made = b"".join(LZWDecoder(io.BytesIO(_lzw(100_000))).run())
    assert len(made) >= 100_000 and not made.strip(b"\0")


# ---------------------------------------------------------------- work without a bomb


def test_too_much_content_to_interpret() -> None:
    drawn = stream(b"0 0 m\n" * (LIMITS[CONTENT] // 6 + 1024))
    assert limit_text(CONTENT) in reason(one_page(drawn))


def test_a_form_drawn_many_times_counts_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, CONTENT, 300_000)  # small, for speed: the count is tested
    form = stream(b"0 0 m\n" * 10_000, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842]")
    draws = LIMITS[CONTENT] // (6 * 10_000) + 2
    many = one_page(stream(b"/X Do\n" * draws), form, resources=b"<< /XObject << /X 6 0 R >> >>")
    assert limit_text(CONTENT) in reason(many)
    monkeypatch.setitem(LIMITS, CONTENT, 6 * 10_000 * draws + 1_000)  # every draw counted
    assert limit_text(CONTENT) not in reason(many)


def test_too_many_glyphs_on_a_page() -> None:
    crowded = one_page(text(b"x" * (LIMITS[GLYPHS] + 1)))
    assert limit_text(GLYPHS) in reason(crowded)


def test_too_many_glyphs_on_all_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page within its bound, all of them together not: the words of every page are
    kept until the report is read. (Small limits, for speed: the count is what is tested.)"""
    monkeypatch.setitem(LIMITS, GLYPHS, 1_000)
    monkeypatch.setitem(LIMITS, ALL_GLYPHS, 3_000)
    pages = 4
    body = stream(b"BT /F1 12 Tf 72 720 Td (%s %s) Tj ET" % (TITLE.encode(), b"x " * 400))
    many = pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (5 + n) for n in range(pages)), pages),
        FONT,
        body,
        *[
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
        ]
        * pages,
    )
    assert limit_text(ALL_GLYPHS) in reason(many)
    monkeypatch.setitem(LIMITS, ALL_GLYPHS, 4_000)  # four pages of 860 glyphs: within both
    assert limit_text(ALL_GLYPHS) not in reason(many)


def _titled_pages(count: int, title_on: int = 1) -> bytes:
    document = FPDF(format="A4")
    document.set_font("helvetica", size=11)
    for number in range(1, count + 1):
        document.add_page()
        document.cell(text=TITLE if number == title_on else f"Halaman {number}")
    return bytes(document.output())


def test_more_pages_than_a_report_has() -> None:
    assert limit_text(PAGES) in reason(_titled_pages(LIMITS[PAGES] + 1))


def test_a_long_document_without_a_title_is_refused_from_its_first_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    processed: list[int] = []
    original = BoundedInterpreter.process_page

    def counted(self: BoundedInterpreter, page: object) -> None:
        processed.append(1)
        original(self, page)  # type: ignore[arg-type]

    monkeypatch.setattr(BoundedInterpreter, "process_page", counted)
    long = plain_pdf(*[[f"Bab {n}", "Ketentuan umum"] for n in range(40)])
    found = reason(long)
    assert f"in the first {TITLE_WITHIN} pages" in found
    assert len(processed) == TITLE_WITHIN


def test_a_title_on_a_later_first_page_is_still_found() -> None:
    """The early refusal looks at every one of the first pages, not only the first."""
    late = _titled_pages(TITLE_WITHIN + 4, title_on=TITLE_WITHIN)
    assert "in the first" not in reason(late)
    assert "no header box" in reason(late)


def test_the_command_names_the_limit_and_exits_3(tmp_path: Path, runner: CliRunner) -> None:
    looped = tmp_path / "lingkar.pdf"
    looped.write_bytes(one_page(text(), b"6 0 R", resources=b"6 0 R"))
    result = runner.invoke(app, ["import", str(looped)])
    assert result.exit_code == 3
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{looped}:1:1:")
    assert "object look-ups" in lines[0] and f"{LIMITS[LOOKUPS]}" in lines[0]


def test_the_budget_is_per_document() -> None:
    """A limit passed by one PDF leaves the next one's reading untouched."""
    assert "object look-ups" in reason(one_page(text(), b"6 0 R", resources=b"6 0 R"))
    assert "no title" in reason(one_page(text()))
    assert pdftext.read_pages(one_page(text()))[0].text == "Hello"
