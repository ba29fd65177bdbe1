"""Many answer files in one command (`score`, `rank`): each file read, scored and turned into
what the command keeps of it, on every core for a large batch (spbe_cli/batch.py), in the
order the files were named. A file that cannot be used gives its problems instead, so one
bad file among thousands is reported with every other one's problems, not alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from spbe_cli import api, batch, scoring
from spbe_cli.answers import ReadOptions
from spbe_cli.cli.common import stdin_once
from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.frameworks import Catalog
from spbe_cli.scoring import Score

R = TypeVar("R")


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """One file's result: what the command kept of its score, or why there is none."""

    source: str
    value: R | None = None
    problems: tuple[Problem, ...] = field(default=())
    usage: str | None = None  # the file cannot be opened as named (a usage error)


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
