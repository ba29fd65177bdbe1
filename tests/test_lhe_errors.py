"""Input that is no report: NotAReport with a one-line reason, never another exception; and
the package stays out of the command line's start-up."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from spbe_cli.lhe import NotAReport, read_report
from tests.lhe_pdfs import Traits, encrypted_pdf, plain_pdf, synthetic_report

pytestmark = pytest.mark.usefixtures("english")  # these tests read what messages say

ROOT = Path(__file__).resolve().parent.parent

# A PDF with a catalogue and no page at all.
NO_PAGES = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n"
)


def reason(data: bytes) -> str:
    with pytest.raises(NotAReport) as caught:
        read_report(data, "masukan.pdf")
    text = caught.value.reason
    assert text == str(caught.value) and text and "\n" not in text
    return text


def test_not_a_pdf() -> None:
    assert "not a PDF" in reason(b"")
    assert "not a PDF" in reason(b"Laporan Hasil Evaluasi SPBE")
    assert "not a PDF" in reason(random.Random(7).randbytes(4096))


def test_a_damaged_pdf() -> None:
    assert "unreadable PDF" in reason(b"%PDF-1.7\n" + random.Random(8).randbytes(4096))
    assert "unreadable PDF" in reason(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")


def test_a_truncated_report() -> None:
    data = synthetic_report(Traits())
    assert "cut short" in reason(data[: len(data) // 3])
    assert "cut short" in reason(data[: len(data) // 2])
    assert "unreadable PDF" in reason(data[:-200])  # without its trailer


def test_an_empty_pdf() -> None:
    assert "no text" in reason(plain_pdf())
    assert re.search(r"no pages|unreadable PDF", reason(NO_PAGES))


def test_a_pdf_of_other_text() -> None:
    other = plain_pdf(["Laporan Keuangan Tahun 2023", "Neraca dan arus kas"], ["Lampiran"])
    assert "no title" in reason(other)


def test_a_title_and_nothing_else() -> None:
    title = plain_pdf(["EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2023"])
    assert "no header box" in reason(title)


def test_an_encrypted_pdf() -> None:
    assert "encrypted" in reason(encrypted_pdf())
    assert "password" in reason(encrypted_pdf())


def test_the_command_line_does_not_load_the_pdf_library() -> None:
    code = "import sys, spbe_cli.cli; print(sorted(m for m in sys.modules if 'pdfminer' in m))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"


def test_only_the_text_layer_imports_pdfminer() -> None:
    importers = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "src").rglob("*.py")
        if re.search(r"^\s*(from|import) pdfminer", path.read_text(encoding="utf-8"), re.M)
    )
    assert importers == ["src/spbe_cli/lhe/pdflimits.py", "src/spbe_cli/lhe/pdftext.py"]
