"""The collector in a console-script run (collector.py, console.py): paused while modules
load and what loaded frozen; a process that lives on is left alone. Checked by the
collector's own counts and by garbage freed, never by time."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest

from spbe_cli import collector
from tests.conftest import SAMPLES, python_output


def run(code: str, env: dict[str, str] | None = None) -> list[str]:
    return python_output(code, env).split()


CONSOLE = """
import gc, os, sys
start = gc.get_freeze_count()  # what the interpreter froze itself (Python 3.12: a few hundred)
from spbe_cli.console import main
before = gc.get_freeze_count() - start
sys.argv = ["spbe", "score", {sample!r}, "--format", "json"]
real, sys.stdout = sys.stdout, open(os.devnull, "w")
try:
    main()
except SystemExit as done:
    code = done.code
sys.stdout = real
print(code, before, gc.get_freeze_count() - start, gc.isenabled())
"""


def test_a_console_run_freezes_what_loaded_and_leaves_the_collector_on() -> None:
    """Nothing is frozen before the run; after it, typer's and spbe's modules are (tens of
    thousands of objects), and the collector is on."""
    code, before, after, enabled = run(CONSOLE.format(sample=str(SAMPLES[0])))
    assert code == "0"
    assert before == "0"
    assert int(after) > 20_000
    assert enabled == "True"


LIVES_ON = """
import gc, weakref
start = gc.get_freeze_count()  # what the interpreter froze itself (Python 3.12: a few hundred)

class Node:
    pass

def garbage():
    node = Node()
    node.itself = node  # a cycle: only the collector frees it
    return weakref.ref(node)

old = garbage()
from spbe_cli.cli import app
from typer.testing import CliRunner
new = garbage()
result = CliRunner().invoke(app, ["score", *{samples!r}, "--format", "json"])
gc.collect()
frozen_since = gc.get_freeze_count() > start
print(result.exit_code, old() is None, new() is None, frozen_since, gc.isenabled())
"""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_process_that_imports_the_command_line_keeps_its_garbage_collectable(
    workers: str,
) -> None:
    """Importing the command line and running a command through CliRunner freezes nothing,
    with forked workers too (each freezes what it inherits in its own process): cyclic
    garbage made before and after is freed by the next collection."""
    code = LIVES_ON.format(samples=[str(SAMPLES[0]), str(SAMPLES[1])])
    found = run(code, {"SPBE_WORKERS": workers})
    assert found == ["0", "True", "True", "False", "True"]


@pytest.fixture
def freezes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """gc.freeze replaced by a counter (this test process is never frozen)."""
    calls: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    return calls


def collecting(enabled: bool) -> Callable[[], None]:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    return gc.enable if was else gc.disable


@pytest.mark.parametrize("short", [True, False])
@pytest.mark.parametrize("enabled", [True, False])
def test_loading_pauses_and_freezes_only_in_a_console_run(
    freezes: list[int], monkeypatch: pytest.MonkeyPatch, short: bool, enabled: bool
) -> None:
    monkeypatch.setitem(collector._run, "short", short)
    restore = collecting(enabled)
    try:
        with collector.loading():
            assert gc.isenabled() is (enabled and not short)
        assert gc.isenabled() is enabled
        assert freezes == ([1] if short and enabled else [])
        with pytest.raises(KeyError), collector.loading():
            raise KeyError("an import that fails: nothing frozen")
        assert gc.isenabled() is enabled
        assert len(freezes) == (1 if short and enabled else 0)
    finally:
        restore()
