"""Many answer files in one run: each file's work done on every core, results in input order.

The work for one file (read, score, render its part of the output) is independent of the
others, so a large batch is spread over worker processes, and the results come back in the
order of the files whatever order they finish in: the output is byte for byte what one
process would write. Workers are forked from the running process, so they start with its
weight tables, language and options already in memory and nothing is sent to them but a
file's position. What comes back is pickled, except the objects named `shared` (the weight
tables a score points to): both processes hold those at the same address since the fork, so
a result carries only their address and the parent puts its own object back in its place.

Small batches, systems without `fork`, standard input among the files (a worker cannot read
it) and SPBE_WORKERS=1 run in this process.
"""

from __future__ import annotations

import dataclasses
import io
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

ENV = "SPBE_WORKERS"
PARALLEL_FROM = 64
"""Files from which a batch is worth the workers' start (a fork and a pipe: a few ms)."""
CHUNK = 8
"""Files a worker takes at a time: fewer round trips, still an even spread."""
_ATOMS = (str, int, float, bool, bytes, type(None))


def workers_for(count: int) -> int:
    """How many processes a batch of `count` files uses: every core for a large batch, one
    for a small one; SPBE_WORKERS sets the number (1: never fork)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    wanted = os.environ.get(ENV, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return min(int(wanted), max(count, 1))
    if count < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, count // CHUNK))


def reachable(roots: Iterable[object]) -> dict[int, object]:
    """Every object reachable from `roots` through dataclass fields, tuples, lists, sets and
    mappings (plain strings and numbers left out: they travel by value), by address."""
    found: dict[int, object] = {}
    stack = list(roots)
    while stack:
        item = stack.pop()
        if isinstance(item, _ATOMS) or id(item) in found:
            continue
        found[id(item)] = item
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))
        elif isinstance(item, (tuple, list, set, frozenset)):
            stack.extend(item)
        elif hasattr(item, "items") and callable(item.items):
            for key, value in item.items():
                stack += (key, value)
    return found


class _Job(Generic[T, R]):
    def __init__(
        self, items: Sequence[T], work: Callable[[T], R], shared: dict[int, object]
    ) -> None:
        self.items = items
        self.work = work
        self.shared = shared


_JOB: list[_Job[Any, Any]] = []  # the batch a forked worker serves (set before forking)


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shared: dict[int, object]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared = shared

    def persistent_id(self, obj: object) -> int | None:
        return id(obj) if id(obj) in self.shared else None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shared: dict[int, object]) -> None:
        super().__init__(file)
        self.shared = shared

    def persistent_load(self, pid: object) -> object:
        return self.shared[cast(int, pid)]


def _start() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run(position: int) -> bytes:
    job = _JOB[-1]
    buffer = io.BytesIO()
    _Pickler(buffer, job.shared).dump(job.work(job.items[position]))
    return buffer.getvalue()


def ordered(
    items: Sequence[T],
    work: Callable[[T], R],
    *,
    shared: Iterable[object] = (),
    parallel: bool = True,
) -> Iterator[R]:
    """`work(item)` for every item, in the items' order, on as many processes as the batch
    is worth (one when `parallel` is false). Results may point into `shared` objects, which
    are returned as the very objects. An exception raised by `work` is raised here."""
    workers = workers_for(len(items)) if parallel else 1
    if workers <= 1:
        yield from (work(item) for item in items)
        return
    job = _Job(items, work, reachable(shared))
    _JOB.append(job)
    for stream in (sys.stdout, sys.stderr):  # a worker must not write what is buffered again
        stream.flush()
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start) as pool:
            for data in pool.imap(_run, range(len(items)), chunksize=CHUNK):
                yield cast(R, _Unpickler(io.BytesIO(data), job.shared).load())
    finally:
        _JOB.pop()
