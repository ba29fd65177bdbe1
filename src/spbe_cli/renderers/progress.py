"""A progress bar on stderr for long runs on a terminal; nothing at all otherwise."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

LONG_RUN = 20
"""Files from which a run counts as long enough for a bar."""


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """Yields `advance()`, to call once per item done. The bar is drawn only when stderr is
    a terminal and the run is long; it disappears when done (stdout is never touched)."""
    if total < LONG_RUN or not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)
