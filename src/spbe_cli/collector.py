"""The cyclic garbage collector in a console-script run (console.py), a short-lived process.

Loading typer and a command's modules leaves some 30,000 objects for the collector to track
(containers: classes, functions, dicts, tuples), all of them living as long as the run. The
collector frees none of them, yet it looks them over every 700 new objects, and each look at
the oldest walks them all. So in a console-script run the collector is paused while
modules load, and what loaded is then frozen (left out of every later look): about 5% fewer
instructions at start-up, and as many again in scoring a batch.

A process that lives on (tests, a program that imports the command line or runs it through
typer's CliRunner) is left alone: its collector is never paused from here, and nothing of it
is frozen, so its garbage stays collectable (forked workers freeze what they inherit in their
own process: workers.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_run = {"short": False}


def console_run() -> bool:
    """Whether this is a console-script run (short_run() is active)."""
    return _run["short"]


@contextmanager
def short_run() -> Iterator[None]:
    """Inside: a console-script run, which loading() tunes the collector for."""
    _run["short"] = True
    try:
        yield
    finally:
        _run["short"] = False


@contextmanager
def loading() -> Iterator[None]:
    """In a console-script run, modules loaded inside with the collector paused, and then
    frozen; the collector left on or off as it was found. Anywhere else, nothing changes."""
    if not (_run["short"] and gc.isenabled()):
        yield
        return
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        gc.enable()
