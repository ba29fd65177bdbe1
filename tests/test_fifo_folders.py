"""What is not a regular file in a folder spbe reads is skipped (one rule, `folders.py`): a FIFO
at the top of a weights folder (`--weights`, SPBE_WEIGHTS) or in its `pemetaan/` used to hang
every command, as opening it waits for a writer. A FIFO named on the command line is read.

Each FIFO here has a feeder: a thread that, once some reader opens the FIFO, writes text
that is no YAML table. The old code, which opened the FIFO, then failed on that text (rather
than hang the suite); the code now never opens it, and the feeder is stopped afterwards.
"""

from __future__ import annotations

import errno
import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spbe_cli import crosswalk
from spbe_cli.cli import app
from spbe_cli.frameworks import load_catalog
from spbe_cli.team.merging import expand as form_files
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "kabupaten-contoh-2024.yaml"
OLD_FRAMEWORK = ROOT / "samples" / "kota-contoh-2019.yaml"  # spbe-2018
GARBAGE = b"kerangka: [this is no table\n"

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


@contextmanager
def fifo(path: Path, data: bytes = GARBAGE) -> Iterator[list[bool]]:
    """A FIFO at `path`; whoever opens it for reading gets `data`. Yields a list that holds
    True once a reader has opened it."""
    os.mkfifo(path)
    stop = threading.Event()
    opened: list[bool] = []

    def feed() -> None:
        while not stop.is_set():
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as error:  # ENXIO: no reader yet
                assert error.errno == errno.ENXIO
                stop.wait(0.01)
                continue
            opened.append(True)
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
            try:
                os.write(fd, data)
            except BrokenPipeError:
                pass
            finally:
                os.close(fd)
            return

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    try:
        yield opened
    finally:
        stop.set()
        thread.join()


def test_a_fifo_at_the_top_of_a_weights_folder_is_skipped(
    tmp_path: Path, runner: CliRunner
) -> None:
    with fifo(tmp_path / "zz-pipa.yaml") as opened:
        result = runner.invoke(app, ["score", str(SAMPLE), "--weights", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert not opened


def test_a_fifo_in_spbe_weights_is_skipped(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPBE_WEIGHTS", str(tmp_path))
    with fifo(tmp_path / "spbe-2020.yaml") as opened:
        result = runner.invoke(app, ["validate", str(SAMPLE)])
    assert result.exit_code == 0, result.stderr
    assert not opened


def test_a_fifo_in_a_weights_folders_pemetaan_is_skipped(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "pemetaan").mkdir()
    with fifo(tmp_path / "pemetaan" / "spbe-2018_spbe-2020.yaml") as opened:
        found = crosswalk.find(load_catalog(), "spbe-2018", "spbe-2020", [tmp_path])
        result = runner.invoke(
            app,
            ["diff", str(OLD_FRAMEWORK), str(SAMPLE), "--weights", str(tmp_path), "-f", "json"],
        )
    assert found is not None and found.origin == "bawaan"  # the shipped table, not the FIFO
    assert result.exit_code == 0, result.stderr
    assert '"pemetaan"' in result.stdout
    assert not opened


def test_a_fifo_in_an_answer_or_form_folder_is_skipped(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "a.yaml").write_bytes(SAMPLE.read_bytes())
    with fifo(tmp_path / "b.yaml") as opened:
        result = runner.invoke(app, ["validate", str(tmp_path)])
        forms = form_files([str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert forms == [str(tmp_path / "a.yaml")]
    assert not opened


def test_a_fifo_named_on_the_command_line_is_read(tmp_path: Path, runner: CliRunner) -> None:
    with fifo(tmp_path / "jawaban.yaml", SAMPLE.read_bytes()) as opened:
        result = runner.invoke(app, ["score", str(tmp_path / "jawaban.yaml"), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert opened and '"indeks"' in result.stdout


def test_a_fifo_named_as_a_weights_table_is_still_not_a_folder(
    tmp_path: Path, runner: CliRunner
) -> None:
    os.mkfifo(tmp_path / "bobot")
    result = runner.invoke(app, ["score", str(SAMPLE), "--weights", str(tmp_path / "bobot")])
    assert result.exit_code == 2, result.stderr
