"""`spbe score` formats: each module's `render(scores, Options) -> str`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spbe_cli.renderers import Formats, Renderer
from spbe_cli.scoring import Score

FORMATS: Formats[Sequence[Score], str] = Formats(__name__, ("table", "json", "csv", "markdown"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.score import csv, json, markdown, table

    _CHECKED: tuple[Renderer[Sequence[Score], str], ...] = (
        table.render,
        json.render,
        csv.render,
        markdown.render,
    )
