"""`spbe report` with evidence items: claimed vs supported side by side in HTML, xlsx and
Markdown, the same numbers as `spbe evidence`; nothing added for a file without items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "samples" / "provinsi-draf-2026.yaml"
PLAIN = ROOT / "samples" / "kabupaten-contoh-2024.yaml"
DAY = "2026-09-01"
runner = CliRunner()


def evidence() -> dict[str, Any]:
    result = runner.invoke(app, ["evidence", str(DRAFT), "--tanggal", DAY, "-f", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def report(tmp_path: Path, sample: Path, extension: str) -> Path:
    out = tmp_path / f"laporan{extension}"
    result = runner.invoke(app, ["report", str(sample), "-o", str(out), "--tanggal", DAY])
    assert result.exit_code == 0, result.output
    return out


def shown(value: float | int) -> str:
    return str(value) if isinstance(value, int) else f"{value:.2f}"


def test_markdown_has_the_columns_of_spbe_evidence(tmp_path: Path) -> None:
    text = report(tmp_path, DRAFT, ".md").read_text("utf-8")
    data = evidence()
    section = text.split("## Klaim dan bukti")[1].split("## Data dukung")[0]
    assert "_Diperiksa pada 2026-09-01; berkas lokal diperiksa._" in section
    supported = f"| Bukti diterima | {data['indeks_bukti']:.2f} | {data['predikat_bukti']} ("
    assert supported in section  # "Cukup (Membangun)": the predikat with its tingkat
    for row in data["indikator"]:
        cells = f"| {row['id']} | {row['nama']} | {shown(row['level'])} | "
        cells += f"{shown(row['level_bukti'])} | {shown(row['level_siap'])} |"
        assert cells in section


def test_html_has_the_section(tmp_path: Path) -> None:
    html = report(tmp_path, DRAFT, ".html").read_text("utf-8")
    data = evidence()
    section = html.split("<h2>Klaim dan bukti</h2>")[1].split("<h2>")[0]
    assert f'<td>Bukti siap</td><td class="n">{data["indeks_siap"]:.2f}</td>' in section
    fourteen = next(r for r in data["indikator"] if r["id"] == "14")
    assert (
        f'<tr><td>14</td><td>{fourteen["nama"]}</td><td class="n">{fourteen["level"]}</td>'
        f'<td class="n">{fourteen["level_bukti"]}</td>' in section
    )


def test_xlsx_has_a_sheet_with_the_values(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(report(tmp_path, DRAFT, ".xlsx"))
    sheet = book["Klaim dan bukti"]
    data = evidence()
    assert sheet["B5"].value == data["indeks_bukti"]
    found = {
        str(r[0]): r[2:5] for r in sheet.iter_rows(min_row=9, values_only=True) if r[0] is not None
    }
    assert found == {
        r["id"]: (r["level"], r["level_bukti"], r["level_siap"]) for r in data["indikator"]
    }


@pytest.mark.parametrize("extension", [".md", ".html", ".xlsx"])
def test_nothing_is_added_without_evidence_items(tmp_path: Path, extension: str) -> None:
    out = report(tmp_path, PLAIN, extension)
    if extension == ".xlsx":
        assert "Klaim dan bukti" not in openpyxl.load_workbook(out).sheetnames
    else:
        assert "Klaim dan bukti" not in out.read_text("utf-8")


def test_a_bad_day_is_a_usage_error_before_anything_is_written(tmp_path: Path) -> None:
    out = tmp_path / "laporan.md"
    result = runner.invoke(app, ["report", str(DRAFT), "-o", str(out), "--tanggal", "besok"])
    assert result.exit_code == 2 and not out.exists()
