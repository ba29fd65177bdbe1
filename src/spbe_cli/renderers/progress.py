"""A progress bar on stderr for long runs on a terminal; nothing at all otherwise."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

LONG_RUN = 20
"""Files from which a run counts as long enough for a bar."""


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """Yields `advance()`, to call once per item done. The bar is drawn only when stderr is
    a terminal and the run is long; it disappears when done (stdout is never touched). It
    is redrawn by `advance` at most ten times a second, with no thread of its own (a batch
    may fork worker processes while it is shown)."""
    if total < LONG_RUN or not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task(label, total=total)
        shown = [0.0]

        def advance() -> None:
            bar.advance(task)
            now = time.monotonic()
            if now - shown[0] >= 0.1:
                shown[0] = now
                bar.refresh()

        yield advance
