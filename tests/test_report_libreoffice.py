"""The workbook recalculates in a real spreadsheet program: LibreOffice (headless) opens it
after a level was changed, computes every formula and writes the simulation sheet as CSV, whose
shown values must equal the core's numbers for the changed levels.

Skipped only where LibreOffice is not installed (.ci/run installs it)."""

from __future__ import annotations

import csv
import io
import random
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook

from spbe_cli.exact import display
from spbe_cli.renderers import Options
from spbe_cli.renderers.report import FORMATS as REPORT_FORMATS
from spbe_cli.renderers.report.model import build
from spbe_cli.scoring import predicate
from tests.report_support import SAMPLES, score_file, score_levels
from tests.test_report_xlsx import SIM, level_cells, on_bound, random_levels

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

# comma-separated, UTF-8 (76), shown values as formatted, every sheet to its own file (-1)
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def recalculated(books: dict[str, bytes], tmp_path: Path) -> dict[str, list[list[str]]]:
    """Each workbook's simulation sheet as LibreOffice computes and shows it."""
    for name, data in books.items():
        (tmp_path / f"{name}.xlsx").write_bytes(data)
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(tmp_path / "out"),
            *(str(tmp_path / f"{name}.xlsx") for name in books),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return {
        name: list(csv.reader(io.StringIO((tmp_path / "out" / f"{name}-{SIM}.csv").read_text())))
        for name in books
    }


def test_libreoffice_recalculates_changed_levels(tmp_path: Path) -> None:
    rng = random.Random(5)
    cases = []
    for sample in SAMPLES:
        score = score_file(sample)
        variants = [random_levels(score.framework, rng) for _ in range(2)]
        band = score.framework.bands[2]
        variants += list(on_bound(score.framework, band.lower))  # exactly on a bound
        cases += [(sample, score, levels) for levels in variants]
    books: dict[str, bytes] = {}
    for n, (_, score, levels) in enumerate(cases):
        data = REPORT_FORMATS.renderer(".xlsx")(build(score), Options())
        book = load_workbook(io.BytesIO(data))
        cells = level_cells(book)
        for ident, level in levels.items():
            book[SIM][cells[ident]] = level.numerator if level.denominator == 1 else float(level)
        out = io.BytesIO()
        book.save(out)  # the file as a user leaves it after typing new levels
        books[f"case{n}"] = out.getvalue()
    sheets = recalculated(books, tmp_path)
    for n, (sample, score, levels) in enumerate(cases):
        expected = score_levels(score, levels)
        rows = sheets[f"case{n}"]
        assert rows[3][1] == display(expected.index), (sample.name, levels)
        assert rows[4][1].split(" (")[0] == expected.predicate, (sample.name, levels)
        shown = {
            row[9]: (row[12], row[13].split(" (")[0])
            for row in rows[9:]
            if len(row) > 13 and row[12]
        }
        for g in (*expected.domains, *expected.aspects):
            name = predicate(expected.framework, expected.year, g.index)
            assert shown[g.id] == (display(g.index), name), (sample.name, g.id)


def test_libreoffice_names_each_pemdi_edge_as_page_38_does(tmp_path: Path) -> None:
    """Every indicator at 1.50, 2.50, 3.50, 4.00 (and just above): the recalculated workbook
    says Kurang, Cukup, Baik, Sangat Baik (and the band above), as Tabel 4 prints them."""
    expected = {
        "1.5": "Kurang (Merintis)",
        "2.5": "Cukup (Membangun)",
        "3.5": "Baik (Berkembang)",
        "4": "Sangat Baik (Melembaga)",
        "1.5001": "Cukup (Membangun)",
        "2.5001": "Baik (Berkembang)",
        "3.5001": "Sangat Baik (Melembaga)",
        "4.0001": "Memuaskan (Unggul)",
    }
    base = score_file(next(p for p in SAMPLES if p.name == "provinsi-contoh-2026.yaml"))
    books: dict[str, bytes] = {}
    for n, value in enumerate(expected):
        levels = {i.id: Fraction(value) for i in base.framework.indicators}
        data = REPORT_FORMATS.renderer(".xlsx")(build(base), Options())
        book = load_workbook(io.BytesIO(data))
        cells = level_cells(book)
        for ident, level in levels.items():
            book[SIM][cells[ident]] = float(level)
        out = io.BytesIO()
        book.save(out)
        books[f"edge{n}"] = out.getvalue()
    sheets = recalculated(books, tmp_path)
    for n, (value, label) in enumerate(expected.items()):
        rows = sheets[f"edge{n}"]
        assert rows[4][1] == label, value
        aspects = [row[13] for row in rows[9:] if len(row) > 13 and row[12]]
        assert aspects and all(shown == label for shown in aspects), value
