"""Many answer files in one run: each file's work done on every core, results in input order.

The work for one file (read, score, render its part of the output) is independent of the
others, so a large batch is spread over worker processes (spbe_cli/workers.py), and the
results come back in the order of the files whatever order they finish in: the output is byte
for byte what one process would write.

Small batches, systems without `fork`, standard input among the files (a worker cannot read
it) and SPBE_WORKERS=1 run in this process, without loading anything for workers (a single
file starts as fast as before).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

ENV = "SPBE_WORKERS"
PARALLEL_FROM = 64
"""Files from which a batch is worth the workers' start (a fork and a pipe: a few ms)."""
CHUNK = 8
"""Files a worker takes at a time: fewer round trips, still an even spread."""


def workers_for(count: int) -> int:
    """How many processes a batch of `count` files uses: every core for a large batch, one
    for a small one; SPBE_WORKERS sets the number (1: never fork)."""
    wanted = os.environ.get(ENV, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        workers = min(int(wanted), max(count, 1))
    elif count < PARALLEL_FROM:
        return 1
    else:
        workers = max(1, min(os.cpu_count() or 1, count // CHUNK))
    if workers > 1:
        import multiprocessing

        if "fork" not in multiprocessing.get_all_start_methods():
            return 1
    return workers


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
    from spbe_cli import workers as pool

    yield from pool.ordered(items, work, shared, workers, CHUNK)
