"""The cyclic collector in a run (cli/collector.py): paused while modules load, what loaded
frozen, and left as it was found. Checked by the collector's own counts, never by time."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from spbe_cli.cli import app, collector
from tests.conftest import SAMPLES

RUN = """
import gc, io, contextlib, sys
from spbe_cli.cli import main
frozen = gc.get_freeze_count()
sys.argv = ["spbe", "score", {sample!r}, "--format", "json"]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print(frozen, gc.get_freeze_count(), gc.isenabled())
"""


def test_start_up_is_frozen_and_a_console_run_freezes_what_its_command_loads() -> None:
    """Importing the command line leaves its objects frozen (typer's and spbe's: tens of
    thousands), the collector on; main() then freezes what the command loads too."""
    code = RUN.format(sample=str(SAMPLES[0]))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    frozen, after, enabled = done.stdout.split()
    assert int(frozen) > 20_000
    assert int(after) > int(frozen)  # the score command's modules, frozen as they loaded
    assert enabled == "True"


def test_a_command_run_in_process_freezes_nothing_and_leaves_the_collector_on() -> None:
    """A process that lives on (these tests, a program calling the CLI) keeps its garbage
    collectable: running a command pauses the collector only while the command loads."""
    before = gc.get_freeze_count()
    result = CliRunner().invoke(app, ["score", str(SAMPLES[0]), "--format", "json"])
    assert result.exit_code == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() <= before  # (frozen objects freed meanwhile lower it)


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with collector.loading():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(KeyError), collector.loading():
            raise KeyError("an import that fails")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
