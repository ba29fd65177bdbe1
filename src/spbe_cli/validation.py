"""Checking answer files without scoring them: every problem in every file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spbe_cli import api
from spbe_cli.answers import ReadOptions
from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.frameworks import Catalog


@dataclass(frozen=True)
class FileCheck:
    """The outcome for one file: its problems (none: valid), warnings, or why it was not read."""

    file: str
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()
    unreadable: str | None = None  # the file could not be read at all (missing, a folder, ...)
    framework: str | None = None  # the kerangka it was checked against, when valid

    @property
    def ok(self) -> bool:
        return not self.problems and self.unreadable is None


def check(source: str, catalog: Catalog, options: ReadOptions = ReadOptions()) -> FileCheck:
    """Read and validate one answer file ("-": standard input); never raises for bad input."""
    name = api.STDIN_NAME if source == api.STDIN else source
    try:
        answers = api.read(source, catalog, options)
    except InputError as error:
        return FileCheck(name, tuple(error.problems))
    except UsageError as error:
        return FileCheck(name, unreadable=str(error))
    return FileCheck(name, warnings=answers.warnings, framework=answers.framework.id)


def check_all(
    sources: Iterable[str], catalog: Catalog, options: ReadOptions = ReadOptions()
) -> list[FileCheck]:
    return [check(source, catalog, options) for source in sources]
