"""`spbe kerangka` formats: each module's `render(frameworks, Options) -> str`. With one id
the list holds that table alone (JSON then gives the object itself, not a list)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spbe_cli.frameworks import Framework
from spbe_cli.renderers import Formats, Renderer

FORMATS: Formats[Sequence[Framework], str] = Formats(__name__, ("text", "json"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.kerangka import json, text

    _CHECKED: tuple[Renderer[Sequence[Framework], str], ...] = (text.render, json.render)
