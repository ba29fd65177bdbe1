"""A misspelt key is one problem, said once, with the nearest allowed key: `{mandir: 3}` is not
also an indicator "belum ada", and `levl: 3` is not also a missing `level`."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import WriteAnswers

HEAD = "tahun: 2026\ninstansi: Uji\nindikator:\n"
REST = "".join(f"  {i}: 3\n" for i in range(2, 21))


def problems(runner: CliRunner, path: str, *options: str) -> list[str]:
    result = runner.invoke(app, ["score", path, *options])
    assert result.exit_code == 3 and result.stdout == ""
    return result.stderr.splitlines()


@pytest.mark.parametrize("options", [(), ("--tahap", "mandiri"), ("--allow-incomplete",)])
def test_misspelt_stage_is_one_line_with_the_nearest_stage(
    runner: CliRunner, write: WriteAnswers, options: tuple[str, ...]
) -> None:
    path = write(HEAD + "  1:\n    level: {mandir: 3}\n" + REST)
    assert problems(runner, str(path), *options) == [
        f"{path}:5:13: indikator 1: kunci 'mandir' tidak dikenal; boleh: mandiri, dokumen, "
        "interviu, visitasi, akhir; mungkin maksudnya mandiri?"
    ]
    english = problems(runner, str(path), *options, "--bahasa", "en")
    assert english == [
        f"{path}:5:13: indikator 1: unknown key 'mandir'; allowed: mandiri, dokumen, "
        "interviu, visitasi, akhir; did you mean mandiri?"
    ]


def test_misspelt_required_key_is_not_also_missing(runner: CliRunner, write: WriteAnswers) -> None:
    path = write(HEAD.replace("instansi", "instans") + "  1: {levl: 3}\n" + REST)
    found = problems(runner, str(path))
    assert len(found) == 2, found
    assert found[0].startswith(f"{path}:2:1: kunci 'instans' tidak dikenal; boleh: tahun, ")
    assert found[0].endswith("; mungkin maksudnya instansi?")
    assert found[1].startswith(f"{path}:4:7: indikator 1: kunci 'levl' tidak dikenal; boleh: ")
    assert found[1].endswith("; mungkin maksudnya level?")


def test_a_key_like_none_has_no_suggestion_and_missing_stays(
    runner: CliRunner, write: WriteAnswers
) -> None:
    path = write(HEAD + "  1: {xyz: 3}\n" + REST)
    found = problems(runner, str(path))
    assert found == [
        f"{path}:4:6: indikator 1: kunci wajib 'level' tidak ada",
        f"{path}:4:7: indikator 1: kunci 'xyz' tidak dikenal; boleh: level, penjelasan, "
        "data_dukung, pj, target, rekomendasi",
    ]
