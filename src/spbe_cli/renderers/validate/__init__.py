"""`spbe validate` formats: each module's `render(checks, Options) -> str`. The text format is
written to stderr (it is messages), JSON to stdout (it is data)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spbe_cli.renderers import Formats, Renderer
from spbe_cli.validation import FileCheck

FORMATS: Formats[Sequence[FileCheck], str] = Formats(__name__, ("text", "json"))

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.validate import json, text

    _CHECKED: tuple[Renderer[Sequence[FileCheck], str], ...] = (text.render, json.render)
