"""`spbe progress` formats (the package is not called `progress`: renderers/progress.py is the
progress bar of long runs): each module's `render(Progress, Options) -> str`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spbe_cli.renderers import Formats, Renderer
from spbe_cli.team.progress import Progress

FORMATS: Formats[Progress, str] = Formats(__name__, ("table", "json", "markdown"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.kemajuan import json, markdown, table

    _CHECKED: tuple[Renderer[Progress, str], ...] = (table.render, json.render, markdown.render)
