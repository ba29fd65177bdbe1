"""Writes that do not lie, and outputs that appear whole or not at all (issue 16, §3 and §4).

The installed `spbe` runs in a subprocess where only a real process shows the behaviour: a
file size limit (RLIMIT_FSIZE: a write past it fails with EFBIG, as on a full disk, since
Python ignores SIGXFSZ), a pipe whose reader goes away, a closed standard input, SIGKILL in
the middle of a write. Nothing here waits for a time: a child that must be stopped
mid-write tells the test through a pipe and blocks until it is killed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app
from tests.conftest import ROOT

SPBE = str(Path(sys.executable).parent / "spbe")
SAMPLE = str(ROOT / "samples" / "kabupaten-contoh-2024.yaml")


def _env(**changed: str | None) -> dict[str, str]:
    """The environment of a run: Indonesian, as a user gets it, with `changed` set (None:
    removed)."""
    environment = {k: v for k, v in os.environ.items() if k != "SPBE_BAHASA"}
    for key, value in changed.items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return environment


# ---------------------------------------------------------------- standard input closed


@pytest.mark.parametrize(
    ("redirect", "says"),
    [
        ("<&-", "- (input standar) tertutup"),
        ("0>{tmp}/w", "- (input standar) tidak dapat dibaca (Bad file descriptor)"),
    ],
)
@pytest.mark.parametrize(
    "args", [["score", "-"], ["score", "-", SAMPLE], ["validate", "-"], ["diff", "-", SAMPLE]]
)
def test_a_closed_or_unreadable_stdin_is_a_usage_error(
    tmp_path: Path, redirect: str, says: str, args: list[str]
) -> None:
    """`-` names standard input; when there is none to read, the command line names an input
    that is not there: exit 2 (as for a file that does not exist), one line, nothing out."""
    command = " ".join([SPBE, *args, redirect.format(tmp=tmp_path)])
    done = subprocess.run(
        ["bash", "-c", f"exec {command}"], capture_output=True, cwd=ROOT, env=_env(), timeout=60
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == b""
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("galat: " + says), lines
    assert "input.stdin" not in lines[0]  # the key has words in the catalog


# ---------------------------------------------------------------- SOURCE_DATE_EPOCH


@pytest.mark.parametrize(
    "value", ["253402300800", "99999999999999999999999", "-1", "1.5", "abc", " 5", "²", "１２"]
)
def test_a_source_date_epoch_out_of_range_or_not_digits_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, value: str
) -> None:
    target = tmp_path / "laporan.html"
    for language, words in (("id", "SOURCE_DATE_EPOCH="), ("en", "SOURCE_DATE_EPOCH=")):
        result = runner.invoke(
            app,
            ["report", SAMPLE, "-o", str(target), "--bahasa", language],
            env={"SOURCE_DATE_EPOCH": value},
        )
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and words in lines[0], lines
        assert "253402300799" in lines[0]  # what is allowed
        assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # never a write


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("253402300799", "9999-12-31 23:59 UTC"),  # the last second a date holds
        ("0", "1970-01-01 00:00 UTC"),
        ("1777900000", "2026-05-04 13:06 UTC"),
    ],
)
def test_a_source_date_epoch_in_range_is_when_the_report_was_made(
    runner: CliRunner, value: str, shown: str
) -> None:
    result = runner.invoke(
        app, ["report", SAMPLE, "-o", "-", "--bahasa", "en"], env={"SOURCE_DATE_EPOCH": value}
    )
    assert result.exit_code == 0, result.output
    assert f"- **Made:** {shown}\n" in result.stdout


def test_an_empty_source_date_epoch_is_now(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["report", SAMPLE, "-o", "-", "--bahasa", "en"], env={"SOURCE_DATE_EPOCH": ""}
    )
    assert result.exit_code == 0, result.output
    assert "- **Made:** " in result.stdout and "- **Made:** 1970" not in result.stdout
