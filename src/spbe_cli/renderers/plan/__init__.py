"""`spbe plan` formats: each module's `render(plan, Options) -> str`; `view.py` holds the
pieces they share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spbe_cli.planning import Plan
from spbe_cli.renderers import Formats, Renderer

FORMATS: Formats[Plan, str] = Formats(__name__, ("table", "json", "markdown"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.plan import json, markdown, table

    _CHECKED: tuple[Renderer[Plan, str], ...] = (table.render, json.render, markdown.render)
