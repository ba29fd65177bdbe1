"""`--tanggal YYYY-MM-DD`: the day a command judges dates against (default: today on this
machine's clock; CI passes the day, so a run gives the same answer whenever it runs)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from spbe_cli.days import parse_day
from spbe_cli.errors import UsageError
from spbe_cli.i18n import t

DayOption = Annotated[
    str | None,
    typer.Option("--tanggal", metavar="YYYY-MM-DD", help="help.opt.tanggal", show_default=False),
]


def day_of(text: str | None) -> date:
    """The day given, or today (UsageError, exit 2, for anything but a real YYYY-MM-DD)."""
    if text is None:
        return date.today()
    found = parse_day(text)
    if found is None:
        raise UsageError(t("option.tanggal", value=text))
    return found
