"""Errors the core raises; the CLI turns them into exit codes and one line per problem."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spbe_cli.renderers.text import one_line


class Problem(NamedTuple):
    """One thing wrong with an input file, at a 1-based line and column (sorted by file,
    line, column, then message)."""

    file: str
    line: int
    column: int
    message: str
    subject: str = ""  # the key or indicator named, for machine-readable output

    def __str__(self) -> str:
        """`file:line:column: message` on exactly one line: a line break that text from a
        cell, key or file name brought in is a space, and control characters are visible
        escapes (renderers.text.one_line)."""
        return one_line(f"{self.file}:{self.line}:{self.column}: {self.message}")


class SpbeError(Exception):
    """Base of every error the core raises on purpose."""


class InputError(SpbeError):
    """An input file is invalid (exit code 3). Carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = sorted(problems)


class UsageError(SpbeError):
    """The command line names something that cannot be used (exit code 2)."""


class OutputError(SpbeError):
    """An output cannot be written: stdout closed or full, a report file's folder read-only
    (exit code 74)."""


class Reported(SpbeError):
    """Inputs refused while the others went on (`rank`, `validate`, `import` of several
    reports), each already reported on its own line: the run ends as the worst of them, an
    invalid input (exit code 3) before a name that cannot be used (exit code 2). `note`, when
    given, is said last."""

    def __init__(self, *, invalid: bool, note: str = "") -> None:
        super().__init__(note)
        self.invalid = invalid
        self.note = note


class GateFailed(SpbeError):
    """A gate the command line asked for failed (`--fail-under`, `--fail-on-gap`, ...), the
    output written all the same: exit code 1, one line per reason."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = tuple(lines)
