"""`--tanggal YYYY-MM-DD`: the day a command judges dates against (default: today on this
machine's clock; CI passes the day, so a run gives the same answer whenever it runs)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

import typer

from spbe_cli.errors import UsageError
from spbe_cli.i18n import t

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

DayOption = Annotated[
    str | None,
    typer.Option("--tanggal", metavar="YYYY-MM-DD", help="help.team.tanggal", show_default=False),
]


def day_of(text: str | None) -> date:
    """The day given, or today (UsageError, exit 2, for anything but a real YYYY-MM-DD)."""
    if text is None:
        return date.today()
    if _DAY.fullmatch(text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise UsageError(t("team.tanggal", value=text))
