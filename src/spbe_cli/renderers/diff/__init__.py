"""`spbe diff` and `spbe simulate` formats: each module's `render(comparison, Options) -> str`;
`view.py` holds what they all say the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spbe_cli.diff import Comparison
from spbe_cli.renderers import Formats, Renderer

FORMATS: Formats[Comparison, str] = Formats(__name__, ("table", "json", "markdown"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.diff import json, markdown, table

    _CHECKED: tuple[Renderer[Comparison, str], ...] = (table.render, json.render, markdown.render)
