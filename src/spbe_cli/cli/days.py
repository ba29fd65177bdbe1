"""`--tanggal YYYY-MM-DD`: the day a command judges dates against (default: today, counted
in the zone days.zone chooses and said on stderr; CI passes the day, so a run gives the same
answer whenever it runs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

import typer

from spbe_cli import days
from spbe_cli.cli.app import say
from spbe_cli.errors import UsageError
from spbe_cli.i18n import t

DayOption = Annotated[
    str | None,
    typer.Option("--tanggal", metavar="YYYY-MM-DD", help="help.opt.tanggal", show_default=False),
]


@dataclass(frozen=True)
class Chosen:
    """The day a run judges by, and the zone it was counted in (None: given with --tanggal)."""

    day: date
    zone: str | None

    def tell(self) -> None:
        """Say on stderr which day today was taken to be (nothing when it was given)."""
        if self.zone is not None:
            say(t("day.today", day=self.day.isoformat(), zone=self.zone))


def chosen_day(text: str | None) -> Chosen:
    """The day given, or today (UsageError, exit 2, for anything but a real YYYY-MM-DD, or a
    SPBE_ZONA the system does not know)."""
    if text is None:
        zone = days.zone()
        return Chosen(days.today(zone), zone.name)
    parsed = days.parse_day(text)
    if parsed is None:
        raise UsageError(t("option.tanggal", value=text))
    return Chosen(parsed, None)


def day_of(text: str | None) -> date:
    """chosen_day, said on stderr when it is today."""
    found = chosen_day(text)
    found.tell()
    return found.day
