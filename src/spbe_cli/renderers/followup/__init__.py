"""`spbe followup` formats: each module's `render(FollowUpList, Options) -> str`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from spbe_cli.renderers import Formats, Renderer
from spbe_cli.team.followup import FollowUp


@dataclass(frozen=True)
class FollowUpList:
    day: date
    items: Sequence[FollowUp]
    files: int = 1

    @property
    def late(self) -> list[FollowUp]:
        return [f for f in self.items if f.late]

    @property
    def open(self) -> list[FollowUp]:
        return [f for f in self.items if f.open]


FORMATS: Formats[FollowUpList, str] = Formats(__name__, ("table", "json", "markdown", "csv"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.followup import csv, json, markdown, table

    _CHECKED: tuple[Renderer[FollowUpList, str], ...] = (
        table.render,
        json.render,
        markdown.render,
        csv.render,
    )
