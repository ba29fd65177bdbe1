"""`spbe evidence` formats: each module's `render(checks, Options) -> str`; view.py holds what
they say the same way."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spbe_cli.evidence import EvidenceCheck
from spbe_cli.renderers import Formats, Renderer

FORMATS: Formats[Sequence[EvidenceCheck], str] = Formats(
    __name__, ("table", "json", "markdown", "portal")
)

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.evidence import json, markdown, portal, table

    _CHECKED: tuple[Renderer[Sequence[EvidenceCheck], str], ...] = (
        table.render,
        json.render,
        markdown.render,
        portal.render,
    )
