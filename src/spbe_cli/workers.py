"""Worker processes for spbe_cli/batch.py, loaded only when a batch is worth them.

The items are cut into chunks dealt out in turn: chunk 0 to this process, chunk 1 to the
first forked worker, and so on around. Each worker is forked from the running process, so it
starts with the weight tables, language and options already in memory, works through its own
chunks and writes each chunk's results to a pipe of its own, in order; this process works
through its chunks and reads the others' pipes when their turn comes. Nothing is sent to a
worker, no thread wakes up between results, and a worker that gets ahead waits on a full pipe,
so memory stays flat.

What comes back through a pipe is pickled, except the objects reachable from `shared` (the
weight tables a score points to, which do not pickle): both processes hold those at the same
address since the fork, so a result carries only their address and this process puts its own
object back in its place.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import io
import os
import pickle
import signal
import struct
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TypeVar, cast

from spbe_cli import collector

T = TypeVar("T")
R = TypeVar("R")
_ATOMS = (str, int, float, bool, bytes, type(None))
_HEADER = struct.Struct("<?Q")  # failed, length of the pickle that follows


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


def _pickled(value: object, shared: dict[int, object]) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, shared).dump(value)
    return buffer.getvalue()


def _serve(
    items: Sequence[T],
    work: Callable[[T], R],
    shared: dict[int, object],
    chunks: Sequence[range],
    out: IO[bytes],
) -> None:
    """A worker's life: each of its chunks' results, pickled, in order; an exception raised by
    `work` is sent instead, and ends the worker."""
    for chunk in chunks:
        try:
            data, failed = _pickled([work(items[n]) for n in chunk], shared), False
        except Exception as error:  # sent to the parent, which raises it
            try:
                data = _pickled(error, shared)
            except Exception:  # an exception that does not pickle: its words do
                data = _pickled(RuntimeError(f"{type(error).__name__}: {error}"), shared)
            failed = True
        out.write(_HEADER.pack(failed, len(data)) + data)
        out.flush()
        if failed:
            return


def _receive(stream: IO[bytes], shared: dict[int, object]) -> list[object]:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise RuntimeError("a worker process ended without its results")
    failed, size = _HEADER.unpack(header)
    found = _Unpickler(io.BytesIO(stream.read(size)), shared).load()
    if failed:
        raise cast(BaseException, found)
    return cast(list[object], found)


def _fork(
    items: Sequence[T],
    work: Callable[[T], R],
    shared: dict[int, object],
    chunks: Sequence[range],
    inherited: Sequence[IO[bytes]],
) -> tuple[int, IO[bytes]]:
    """A forked worker serving `chunks`: its process id and the pipe its results come by."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: it never returns into the caller's code
        gc.freeze()
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
            os.close(read_end)
            for stream in inherited:
                stream.close()
            with os.fdopen(write_end, "wb") as out:
                _serve(items, work, shared, chunks, out)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, os.fdopen(read_end, "rb")


def ordered(
    items: Sequence[T],
    work: Callable[[T], R],
    shared: Iterable[object],
    workers: int,
    chunk: int,
) -> Iterator[R]:
    """`work(item)` for every item, in the items' order, on this process and `workers` - 1
    forked ones."""
    known = reachable(shared)
    chunks = [range(start, min(start + chunk, len(items))) for start in range(0, len(items), chunk)]
    for stream in (sys.stdout, sys.stderr):  # a worker must not write what is buffered again
        stream.flush()
    children: list[tuple[int, IO[bytes]]] = []
    # What exists now is left out of cyclic collections, in each worker (as it starts) and in a
    # console-script run here too: a collection would otherwise write to, and so copy, every
    # page it scans. A process that lives on keeps its own objects collectable.
    if collector.console_run():
        gc.freeze()
    for k in range(1, workers):
        inherited = [stream for _, stream in children]
        children.append(_fork(items, work, known, chunks[k::workers], inherited))
    try:
        for number, part in enumerate(chunks):
            turn = number % workers
            if turn == 0:
                yield from (work(items[n]) for n in part)
            else:
                yield from cast(list[R], _receive(children[turn - 1][1], known))
    finally:
        for pid, stream in children:
            stream.close()  # a worker still writing stops on the closed pipe
            with contextlib.suppress(ProcessLookupError):  # already gone
                os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
