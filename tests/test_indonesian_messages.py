"""No English inside Indonesian messages (and no Indonesian inside English ones): pydantic's
lists of allowed values, the operating system's errors, and the wording of the catalog."""

from __future__ import annotations

import errno
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
        f"galat: {target}: folder tidak dapat dibuat (bagian jalurnya bukan folder, ENOTDIR)\n"
    )
