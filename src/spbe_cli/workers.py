"""Worker processes for spbe_cli/batch.py, loaded only when a batch is large enough.

Workers are forked from the running process, so they start with its weight tables, language
and options already in memory and nothing is sent to them but an item's position. What comes
back is pickled, except the objects reachable from `shared` (the weight tables a score points
to, which do not pickle): both processes hold those at the same address since the fork, so a
result carries only their address and the parent puts its own object back in its place.
"""

from __future__ import annotations

import dataclasses
import io
import multiprocessing
import pickle
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")
_ATOMS = (str, int, float, bool, bytes, type(None))


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
    shared: Iterable[object],
    workers: int,
    chunk: int,
) -> Iterator[R]:
    """`work(item)` for every item on `workers` forked processes, in the items' order."""
    job = _Job(items, work, reachable(shared))
    _JOB.append(job)
    for stream in (sys.stdout, sys.stderr):  # a worker must not write what is buffered again
        stream.flush()
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start) as pool:
            for data in pool.imap(_run, range(len(items)), chunksize=chunk):
                yield cast(R, _Unpickler(io.BytesIO(data), job.shared).load())
    finally:
        _JOB.pop()
