"""`spbe rank` formats: each module's `render(rankings, Options) -> str`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spbe_cli.ranking import YearRanking
from spbe_cli.renderers import Formats, Renderer

FORMATS: Formats[Sequence[YearRanking], str] = Formats(__name__, ("table", "json", "csv"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.rank import csv, json, table

    _CHECKED: tuple[Renderer[Sequence[YearRanking], str], ...] = (
        table.render,
        json.render,
        csv.render,
    )
