"""The one exception the report reader raises for input it cannot read as a report."""

from __future__ import annotations


class NotAReport(Exception):
    """The input is not a readable KemenPANRB SPBE report; `reason` is one line for a person."""

    def __init__(self, reason: str) -> None:
        self.reason = " ".join(reason.split())
        super().__init__(self.reason)
