"""The error the report reader raises for input it cannot read as a report: the project's
InputError (exit code 3 wherever it lands), with the reason kept as one line."""

from __future__ import annotations

from spbe_cli.errors import InputError, Problem


class NotAReport(InputError):
    """The input is not a readable KemenPANRB SPBE report; `reason` is one line for a person.
    The reader does not know the file's name: `name` is the one problem's file until the
    importer, which does, names it (`import.not_a_report`)."""

    def __init__(self, reason: str, name: str = "") -> None:
        self.reason = " ".join(reason.split())
        super().__init__([Problem(name, 1, 1, self.reason)])

    def __str__(self) -> str:
        return self.reason
