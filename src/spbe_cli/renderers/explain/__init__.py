"""`spbe explain` formats: each module's `render(explanation, Options) -> str`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spbe_cli.explaining import Explanation
from spbe_cli.renderers import Formats, Renderer

FORMATS: Formats[Explanation, str] = Formats(__name__, ("text", "json"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.explain import json, text

    _CHECKED: tuple[Renderer[Explanation, str], ...] = (text.render, json.render)
