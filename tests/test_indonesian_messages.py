"""No English inside Indonesian messages (and no Indonesian inside English ones): pydantic's
lists of allowed values, the operating system's errors, and the wording of the catalog."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli import i18n
from spbe_cli.cli import app
from spbe_cli.i18n.oserror import KNOWN, reason
from tests.conftest import ROOT, WriteAnswers

TEAM = str(ROOT / "samples" / "provinsi-contoh-2026-tim.yaml")
STATUSES = "tahun: 2026\ninstansi: Uji\nindikator:\n  1:\n    level: 3\n    data_dukung:\n" + (
    "      - {berkas: a.pdf, level: 1, status: oke}\n    rekomendasi: [{teks: x, status: beres}]\n"
)


def test_allowed_values_are_joined_in_the_run_language(
    runner: CliRunner, write: WriteAnswers
) -> None:
    path = str(write(STATUSES))
    indonesian = runner.invoke(app, ["score", path, "--allow-incomplete"]).stderr.splitlines()
    assert indonesian == [
        f"{path}:7:43: indikator 1: data_dukung 1 status: harus salah satu dari 'draf', "
        "'diunggah', 'diterima', 'revisi', 'ditolak' atau 'diganti'",
        f"{path}:8:37: indikator 1: rekomendasi 1 status: harus salah satu dari 'belum', "
        "'proses' atau 'selesai'",
    ]
    english = runner.invoke(app, ["score", path, "--allow-incomplete", "--bahasa", "en"])
    assert english.stderr.splitlines()[1].endswith("must be one of 'belum', 'proses' or 'selesai'")


CASES = {  # errno: (Indonesian, English)
    errno.ENOENT: "berkas atau folder tidak ada, ENOENT",
    errno.EACCES: "izin ditolak, EACCES",
    errno.ENOSPC: "ruang disk habis, ENOSPC",
    errno.EROFS: "sistem berkas hanya-baca, EROFS",
    errno.EISDIR: "berupa folder, EISDIR",
    errno.ENOTDIR: "bagian jalurnya bukan folder, ENOTDIR",
    errno.EEXIST: "sudah ada, EEXIST",
    errno.EPERM: "tindakan tidak diizinkan, EPERM",
    errno.EFBIG: "berkas terlalu besar, EFBIG",
}


@pytest.mark.parametrize("number", CASES, ids=lambda n: errno.errorcode[n])
def test_common_os_errors_are_translated_with_their_name(number: int) -> None:
    error = OSError(number, "the system's English text")
    assert reason(error) == CASES[number]
    i18n.use("en")
    english = reason(error)
    assert english.endswith(f", {errno.errorcode[number]}") and english != CASES[number]
    assert "the system's" not in english


def test_every_known_name_is_an_errno_with_a_text() -> None:
    from spbe_cli.i18n.messages import MESSAGES

    for name in KNOWN:
        assert f"os.{name}" in MESSAGES
    assert {errno.errorcode[n] for n in CASES} <= set(KNOWN)


def test_other_os_errors_keep_the_system_text_and_the_name() -> None:
    assert reason(OSError(errno.ECONNRESET, "Connection reset by peer")) == (
        "Connection reset by peer, ECONNRESET"
    )
    assert reason(OSError("no errno at all")) == "no errno at all"


def test_a_folder_that_cannot_be_made_is_one_translated_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "berkas").write_text("x", encoding="utf-8")
    target = tmp_path / "berkas" / "formulir"
    result = runner.invoke(app, ["split", TEAM, "-o", str(target)])
    assert result.exit_code == 74 and result.stdout == ""
    assert result.stderr == (
        f"galat: folder {target} tidak dapat dibuat (bagian jalurnya bukan folder, ENOTDIR); "
        "tidak ada berkas yang ditulis\n"
    )


def test_a_target_gap_does_not_read_as_the_predikat_kurang(runner: CliRunner) -> None:
    result = runner.invoke(app, ["progress", TEAM], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "belum tercapai, perlu naik 0.43" in result.stdout
    assert re.search(r"\s2\s+3\s+perlu > 2\.50\b", result.stdout), result.stdout
    assert not re.search(r"kurang \d", result.stdout)
    english = runner.invoke(app, ["progress", TEAM, "--bahasa", "en"], env={"COLUMNS": "160"})
    assert "not reached, short by 0.43" in english.stdout


def test_diff_exit_code_counts_indicators_not_levels(runner: CliRunner) -> None:
    old, new = (str(ROOT / "samples" / f"kabupaten-contoh-{y}.yaml") for y in (2023, 2024))
    result = runner.invoke(app, ["diff", old, new, "--exit-code"])
    assert result.exit_code == 1
    assert re.search(r": \d+ indikator berbeda levelnya dari ", result.stderr), result.stderr
    assert "level " not in result.stderr.split(": ", 1)[1].split(" dari ")[0]


def test_merged_file_says_what_it_was_merged_into(runner: CliRunner, tmp_path: Path) -> None:
    forms = tmp_path / "formulir"
    assert runner.invoke(app, ["split", TEAM, "-o", str(forms)]).exit_code == 0
    out = tmp_path / "gabungan.yaml"
    result = runner.invoke(app, ["merge", str(forms), "--dasar", TEAM, "-o", str(out)])
    assert result.exit_code == 0, result.output
    head = out.read_text(encoding="utf-8").split("\n\n")[0]
    assert " ke berkas dasar provinsi-contoh-2026-tim.yaml dengan spbe merge." in " ".join(
        head.replace("#", " ").split()
    ), head
    assert "di atas" not in head
    assert result.stderr.splitlines()[0].endswith(
        ": 6 formulir digabung, 20 indikator dari formulir, 20 terisi"
    )


def test_plural_agreement_in_english(english: None) -> None:
    from spbe_cli.i18n import t_count, tr_count

    one = t_count("report.riwayat_other", 1, institution="Kota")
    assert one == "--riwayat: 1 file is not of Kota, left out"
    assert t_count("report.riwayat_other", 2, institution="Kota").startswith(
        "--riwayat: 2 files are"
    )
    assert "1 form (per pj) written" in t_count("split.written", 1, by="pj", folder="f")
    assert "holds 1 form (" in t_count("split.folder_has_forms", 1, folder="f")
    draft = tr_count(
        "en", "draft", 1, ids="4", low="1", low_predicate="a", high="2", high_predicate="b"
    )
    assert draft.startswith("1 indicator not filled in (4)")


def test_an_import_error_says_its_reason_once(runner: CliRunner, tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Bukan laporan")
    path = tmp_path / "lain.pdf"
    pdf.output(str(path))
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.count("laporan") == 1, result.stderr
    assert result.stderr.rstrip().endswith("SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN <tahun>'")


def test_no_gerbang_in_the_indonesian_catalog() -> None:
    from spbe_cli.i18n.labels import LABELS
    from spbe_cli.i18n.messages import MESSAGES

    for table in (MESSAGES, LABELS):
        assert [key for key, (text, _) in table.items() if "gerbang" in text.casefold()] == []
