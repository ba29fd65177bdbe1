"""`spbe report` on the command line: formats by extension, exit codes, never overwriting
without --force, atomic writes, nothing written on bad input."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from spbe_cli.atomic import write_atomic
from spbe_cli.cli import app
from spbe_cli.errors import UsageError
from tests.report_support import SAMPLES

runner = CliRunner()
SAMPLE = str(next(p for p in SAMPLES if "2024" in p.name))


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["report", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("extension", [".html", ".xlsx", ".md", ".HTML"])
def test_each_format_by_extension(tmp_path: Path, extension: str) -> None:
    out = tmp_path / f"laporan{extension}"
    code, stdout, stderr = run(SAMPLE, "-o", str(out))
    assert code == 0, stderr
    assert stdout == ""  # data goes to the file, the message to stderr
    assert str(out) in stderr
    data = out.read_bytes()
    if extension.lower() == ".html":
        assert data.startswith(b"<!DOCTYPE html>")
    elif extension == ".xlsx":
        assert load_workbook(io.BytesIO(data)).sheetnames == ["Ringkasan", "Indikator", "Simulasi"]
    else:
        assert data.startswith(b"# Laporan Indeks SPBE 2024")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_unknown_extension_is_a_usage_error_listing_the_types(tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    code, stdout, stderr = run(SAMPLE, "-o", str(out))
    assert code == 2 and stdout == ""
    assert ".html" in stderr and ".xlsx" in stderr and ".md" in stderr
    assert not out.exists()


def test_existing_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "laporan.html"
    out.write_text("penting")
    code, _, stderr = run(SAMPLE, "-o", str(out))
    assert code == 2 and "--force" in stderr
    assert out.read_text() == "penting"
    code, _, _ = run(SAMPLE, "-o", str(out), "--force")
    assert code == 0
    assert out.read_bytes().startswith(b"<!DOCTYPE html>")


def test_bad_input_exits_3_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.yaml"
    bad.write_text("tahun: 2024\ninstansi: X\nindikator:\n  1: 9\n")
    out = tmp_path / "laporan.html"
    code, stdout, stderr = run(str(bad), "-o", str(out))
    assert code == 3 and stdout == ""
    assert "rusak.yaml:4:" in stderr and "Traceback" not in stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rusak.yaml"]


def test_bad_baseline_exits_3_and_leaves_the_old_report(tmp_path: Path) -> None:
    bad = tmp_path / "lama.yaml"
    bad.write_text("tahun: 2023\ninstansi: X\n")
    out = tmp_path / "laporan.md"
    out.write_text("lama")
    code, _, stderr = run(SAMPLE, "--banding", str(bad), "-o", str(out), "--force")
    assert code == 3 and "lama.yaml" in stderr
    assert out.read_text() == "lama"


@pytest.mark.usefixtures("english")
def test_missing_folder_and_bad_language_are_usage_errors(tmp_path: Path) -> None:
    code, _, stderr = run(SAMPLE, "-o", str(tmp_path / "tidak-ada" / "laporan.html"))
    assert code == 2 and "does not exist" in stderr
    code, _, _ = run(SAMPLE, "-o", str(tmp_path / "laporan.html"), "--bahasa", "jv")
    assert code == 2
    assert list(tmp_path.iterdir()) == []


def test_banding_and_english(tmp_path: Path) -> None:
    old = tmp_path / "2023.yaml"
    old.write_text(Path(SAMPLE).read_text().replace("tahun: 2024", "tahun: 2023"))
    out = tmp_path / "laporan.html"
    code, _, stderr = run(SAMPLE, "--banding", str(old), "-o", str(out), "--bahasa", "en")
    assert code == 0, stderr
    text = out.read_text()
    assert 'lang="en"' in text and "Compared with SPBE Index 2023" in text
    assert 'class="old"' in text


def test_banding_other_institution_warns(tmp_path: Path) -> None:
    other = str(next(p for p in SAMPLES if "2019" in p.name))
    out = tmp_path / "laporan.md"
    code, _, stderr = run(SAMPLE, "--banding", other, "-o", str(out))
    assert code == 0
    assert "peringatan: membandingkan" in stderr
    assert "hanya indeks dan predikat" in out.read_text()


def test_stdin_input(tmp_path: Path) -> None:
    out = tmp_path / "laporan.md"
    result = runner.invoke(app, ["report", "-", "-o", str(out)], input=Path(SAMPLE).read_text())
    assert result.exit_code == 0
    assert "&lt;stdin>" in out.read_text()  # escaped, like every name


def test_write_atomic_never_replaces_without_force(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    write_atomic(target, b"satu")
    with pytest.raises(UsageError):
        write_atomic(target, b"dua")
    assert target.read_bytes() == b"satu"
    write_atomic(target, b"tiga", force=True)
    assert target.read_bytes() == b"tiga"
    assert os.stat(target).st_mode & 0o777 == 0o666 & ~_umask()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
