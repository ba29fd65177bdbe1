"""Many answer files in one run: each file's work done on the cores that are free, results in
input order.

The work for one file (read, score, render its part of the output) is independent of the
others, so a large batch may be shared with forked worker processes (spbe_cli/workers.py),
and the results come back in the order of the files whatever order they finish in: the
output is byte for byte what one process writes.

Workers are used only where they cannot lose:
- on Linux only: elsewhere (macOS, Windows) a fork is unsafe or missing, and starting fresh
  interpreters costs more than it gains, so the batch runs in this process;
- only when another core is free (the cores this process may use, less the machine's load):
  on a busy machine a second process only adds work;
- never with a thread running (a fork copies a lock another thread may hold);
- not for small batches, nor with standard input among the files (a worker cannot read it).

SPBE_WORKERS=N asks for N processes whatever the load (1: never fork); it must be a whole
number of at least 1.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from spbe_cli.errors import UsageError
from spbe_cli.i18n import t

T = TypeVar("T")
R = TypeVar("R")

ENV = "SPBE_WORKERS"
PARALLEL_FROM = 64
"""Files from which a batch is worth a worker's start (a fork and a pipe: a few ms)."""
CHUNK = 8
"""Files a process takes at a time: few messages, still an even spread."""


def requested() -> int | None:
    """The number of processes SPBE_WORKERS asks for, None when unset or empty; a UsageError
    for anything but a whole number of at least 1."""
    wanted = os.environ.get(ENV, "").strip()
    if not wanted:
        return None
    if not (wanted.isascii() and wanted.isdigit()) or int(wanted) < 1:
        raise UsageError(t("workers.env", name=ENV, value=wanted))
    return int(wanted)


def can_fork() -> bool:
    """Whether this process may fork workers: on Linux, with no other thread running."""
    return (
        sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1
    )


def free_cores() -> int:
    """The cores this process may run on that the machine's load leaves free, ours included
    (at least 1)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - no affinity on this system
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # pragma: no cover - no load average on this system
        return 1
    return max(1, min(cores, int(cores - load + 0.5)))


def workers_for(count: int) -> int:
    """How many processes a batch of `count` files uses (this one included)."""
    wanted = requested()
    if wanted is not None:
        workers = min(wanted, max(count, 1))
    elif count < PARALLEL_FROM:
        return 1
    else:
        workers = min(free_cores(), count // CHUNK)
    return workers if workers > 1 and can_fork() else 1


def ordered(
    items: Sequence[T],
    work: Callable[[T], R],
    *,
    shared: Iterable[object] = (),
    parallel: bool = True,
) -> Iterator[R]:
    """`work(item)` for every item, in the items' order, on as many processes as the batch
    is worth (one when `parallel` is false). Results may point into `shared` objects (the
    weight tables a score refers to), which come back as the very objects. An exception
    raised by `work` is raised here."""
    workers = workers_for(len(items)) if parallel else 1
    if workers <= 1:
        yield from (work(item) for item in items)
        return
    from spbe_cli import workers as forked

    yield from forked.ordered(items, work, shared, workers, CHUNK)
