"""`spbe merge` refuses what would lose or blur an answer, and says which field differs: a
value equal only when rounded, a form or base of another instansi, tahun or kerangka, an
evidence item's status against the same item accepted, a recommendation matched as `diff`
matches it (case and spacing do not matter) but closed in one form and open in the other.
Excel's lock files in a forms folder are skipped. Every refusal: exit 3, nothing written."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest

from tests.tables import table_text
from tests.team_support import levels_of, plain, run

pytestmark = pytest.mark.usefixtures("english")


def form(folder: Path, name: str, body: str, head: str = "") -> Path:
    path = folder / name
    path.write_text(f"tahun: 2026\ninstansi: Instansi Uji\n{head}{body}", encoding="utf-8")
    return path


def refused(tmp_path: Path, *args: str | Path) -> str:
    """Merge, expecting a refusal: exit 3, no output file, nothing on stdout; the message."""
    out = tmp_path / "hasil.yaml"
    result = run("merge", *args, "-o", out)
    assert result.exit_code == 3, result.output
    assert not out.exists()
    assert result.stdout == ""
    return result.stderr


def conflict_keys(message: str) -> str:
    """The fields a conflict names (`... differ (level, pj); ...`)."""
    found = re.search(r"conflict .* differ \(([^)]*)\)", message)
    assert found is not None, message
    return found.group(1)


def test_a_value_equal_only_to_two_decimals_is_a_conflict(tmp_path: Path) -> None:
    one = form(tmp_path, "a.yaml", 'indikator:\n  "5":\n    level: 3.75\n')
    two = form(tmp_path, "b.yaml", 'indikator:\n  "5":\n    level: 3.7525\n')
    message = refused(tmp_path, one, two)
    assert "indikator 5" in message
    assert conflict_keys(message) == "level"
    same = form(tmp_path, "c.yaml", 'indikator:\n  "5":\n    level: 3.7500\n')
    assert run("merge", one, same, "-o", tmp_path / "ok.yaml").exit_code == 0


@pytest.mark.parametrize(
    ("key", "other"), [("instansi", "Instansi Lain"), ("tahun", "2027")], ids=["instansi", "tahun"]
)
@pytest.mark.parametrize("as_base", [False, True], ids=["form", "dasar"])
def test_a_form_or_base_of_another_instansi_or_year_is_refused(
    tmp_path: Path, key: str, other: str, as_base: bool
) -> None:
    one = form(tmp_path, "a.yaml", 'indikator:\n  "1":\n    level: 2\n')
    two = form(tmp_path, "b.yaml", 'indikator:\n  "2":\n    level: 3\n')
    text = two.read_text(encoding="utf-8")
    original = "Instansi Uji" if key == "instansi" else "2026"
    two.write_text(text.replace(original, other, 1), encoding="utf-8")
    args = (one, "--dasar", two) if as_base else (one, two)
    message = refused(tmp_path, *args)
    assert "the file header" in message
    assert conflict_keys(message) == key


@pytest.mark.parametrize("as_base", [False, True], ids=["form", "dasar"])
def test_a_form_or_base_of_another_kerangka_is_refused(tmp_path: Path, as_base: bool) -> None:
    """Two weight tables in force in 2031, each file naming its own: same ids, same year, same
    instansi, still not one file."""
    weights = tmp_path / "tabel"
    weights.mkdir()
    text = table_text(["50", "50"])
    (weights / "uji.yaml").write_text(text, encoding="utf-8")
    later = text.replace("kerangka: uji", "kerangka: uji-b").replace("mulai: 2030", "mulai: 2031")
    (weights / "uji-b.yaml").write_text(later, encoding="utf-8")
    one, two = (tmp_path / f"{n}.yaml" for n in ("a", "b"))
    one.write_text('tahun: 2031\ninstansi: X\nkerangka: uji\nindikator:\n  "1": 2\n')
    two.write_text('tahun: 2031\ninstansi: X\nkerangka: uji-b\nindikator:\n  "2": 3\n')
    args = (one, "--dasar", two) if as_base else (one, two)
    message = refused(tmp_path, *args, "--weights", weights)
    assert conflict_keys(message) == "kerangka"
    same = two.read_text().replace("uji-b", "uji")
    two.write_text(same)
    assert run("merge", *args, "-o", tmp_path / "ok.yaml", "--weights", weights).exit_code == 0


def test_an_evidence_status_against_the_same_item_accepted_is_a_conflict(tmp_path: Path) -> None:
    item = "    data_dukung:\n      - {berkas: bukti/a.pdf, level: 1%s}\n"
    body = 'indikator:\n  "1":\n    level: 1\n' + item
    accepted = form(tmp_path, "a.yaml", body % ", status: diterima")
    for status in ("", ", status: diunggah", ", status: ditolak"):
        (tmp_path / "b.yaml").unlink(missing_ok=True)
        other = form(tmp_path, "b.yaml", body % status)
        message = refused(tmp_path, accepted, other)
        assert conflict_keys(message) == "data_dukung", status


def test_excel_lock_files_in_a_forms_folder_are_skipped(tmp_path: Path) -> None:
    forms = tmp_path / "f"
    forms.mkdir()
    form(forms, "a.yaml", 'indikator:\n  "1":\n    level: 2\n')
    (forms / "~$a.xlsx").write_bytes(b"\x00 not a workbook: the owner's name, Excel's lock\n")
    (forms / "~$b.yaml").write_text("not: [a form\n")
    out = tmp_path / "hasil.yaml"
    result = run("merge", forms, "-o", out)
    assert result.exit_code == 0, result.output
    assert levels_of(out) == {"1": Fraction(2)}


def test_one_recommendation_open_in_a_form_and_closed_in_another_is_a_conflict(
    tmp_path: Path,
) -> None:
    """Matched by text as `diff` matches it: case and spacing do not matter."""
    open_one = "rekomendasi:\n  - {teks: Susun peta jalan keamanan, status: belum}\n"
    closed = "rekomendasi:\n  - {teks: 'susun  PETA jalan keamanan', status: selesai}\n"
    one = form(tmp_path, "a.yaml", 'indikator:\n  "1": 2\n', head=open_one)
    two = form(tmp_path, "b.yaml", 'indikator:\n  "2": 3\n', head=closed)
    message = refused(tmp_path, one, two)
    assert "recommendation" in message
    assert conflict_keys(message) == "status"
    reopened = closed.replace("selesai", "belum")
    same = form(tmp_path, "c.yaml", 'indikator:\n  "3": 3\n', head=reopened)
    out = tmp_path / "ok.yaml"
    assert run("merge", one, same, "-o", out).exit_code == 0
    assert [r["teks"] for r in plain(out)["rekomendasi"]] == ["Susun peta jalan keamanan"]


def test_a_conflict_names_only_the_fields_that_differ(tmp_path: Path) -> None:
    rec = "rekomendasi:\n  - {id: R1, teks: Susun peta jalan, status: %s%s}\n"
    one = form(tmp_path, "a.yaml", 'indikator:\n  "1": 2\n', head=rec % ("proses", ""))
    two = form(tmp_path, "b.yaml", 'indikator:\n  "2": 3\n', head=rec % ("selesai", ""))
    assert conflict_keys(refused(tmp_path, one, two)) == "status"
    two.unlink()
    due = ", tenggat: 2026-06-30"
    two = form(tmp_path, "b.yaml", 'indikator:\n  "2": 3\n', head=rec % ("selesai", due))
    assert conflict_keys(refused(tmp_path, one, two)) == "status, tenggat"
