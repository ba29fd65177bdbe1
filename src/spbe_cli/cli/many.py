"""Many answer files in one command (`score`, `rank`): each file read, scored and turned into
what the command keeps of it, on every core for a large batch (spbe_cli/batch.py), in the
order the files were named. A file that cannot be used gives its problems instead, so one
bad file among thousands is reported with every other one's problems, not alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from types import TracebackType
from typing import IO, Generic, TypeVar

from spbe_cli import api, batch, scoring
from spbe_cli.answers import ReadOptions
from spbe_cli.cli.common import stdin_once
from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.frameworks import Catalog
from spbe_cli.scoring import Score

R = TypeVar("R")


class Outcome(Generic[R]):
    """One file's result: what the command kept of its score, or why there is none."""

    __slots__ = ("problems", "source", "usage", "value")

    def __init__(
        self,
        source: str,
        value: R | None = None,
        problems: tuple[Problem, ...] = (),
        usage: str | None = None,  # the file cannot be opened as named (a usage error)
    ) -> None:
        self.source = source
        self.value = value
        self.problems = problems
        self.usage = usage


def slim(position: int, found: Score) -> Score:
    """What a ranking or a trend keeps of a score: not its indicators (thousands of files stay
    small)."""
    return found._replace(indicators=())


def scores_or_problems(
    files: Sequence[str], tables: Catalog, options: ReadOptions
) -> Iterator[Score]:
    """Each file's slim score, in order; after the last file, a UsageError for the first file
    that cannot be opened, else an InputError with every problem of every file."""
    problems: list[Problem] = []
    usage: list[str] = []
    for outcome in scored(files, tables, options, slim):
        problems += outcome.problems
        usage += [outcome.usage] if outcome.usage is not None else []
        if outcome.value is not None:
            yield outcome.value
    if usage:
        raise UsageError(usage[0])
    if problems:
        raise InputError(problems)


def sources(files: Sequence[str]) -> list[str]:
    """The answer files named (a folder: its answer files); `-` at most once."""
    found = api.expand(files)
    stdin_once(found)
    return found


def scored(
    files: Sequence[str],
    tables: Catalog,
    options: ReadOptions,
    keep: Callable[[int, Score], R],
) -> Iterator[Outcome[R]]:
    """For each file in order, `keep(position, score)` or the file's problems. `keep` runs
    where the file is scored (maybe a worker process): it should return only what the
    command needs (rendered text, a slimmed score), which must pickle."""

    def work(position: int) -> Outcome[R]:
        source = files[position]
        try:
            found = scoring.score(api.read(source, tables, options))
        except InputError as error:
            return Outcome(source, problems=tuple(error.problems))
        except UsageError as error:
            return Outcome(source, usage=str(error))
        return Outcome(source, keep(position, found))

    yield from batch.ordered(
        range(len(files)),
        work,
        shared=tables.frameworks.values(),
        parallel=api.STDIN not in files,
    )


class Spool:
    """Output held back until every file is known to be valid: in memory up to `limit`
    characters, then in a temporary file (deleted when closed)."""

    def __init__(self, limit: int = 8 * 1024 * 1024) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.size = 0
        self.file: IO[str] | None = None

    def write(self, text: str) -> None:
        if self.file is not None:
            self.file.write(text)
            return
        self.parts.append(text)
        self.size += len(text)
        if self.size > self.limit:
            import tempfile  # only for output larger than memory should hold

            self.file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115 (closed by __exit__)
            self.file.writelines(self.parts)
            self.parts = []

    def chunks(self, size: int = 64 * 1024) -> Iterator[str]:
        """What was written, in order, in pieces of about `size` characters: each piece is
        joined, encoded and written in the memory the one before freed, where one piece of
        megabytes would take fresh memory three times (write them with one encoder:
        cli/app.py write_out)."""
        if self.file is None:
            start = length = 0
            for end, part in enumerate(self.parts, 1):
                length += len(part)
                if length >= size:
                    yield "".join(self.parts[start:end])
                    start, length = end, 0
            if start < len(self.parts) or not self.parts:
                yield "".join(self.parts[start:])
            return
        self.file.seek(0)
        while chunk := self.file.read(size):
            yield chunk

    def __enter__(self) -> Spool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.file is not None:
            self.file.close()
