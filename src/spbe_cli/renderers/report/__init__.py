"""`spbe report` formats, chosen by the output file's extension: each module's
`render(report, Options) -> bytes` gives the whole file; `model.py` is the report's view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spbe_cli.renderers import Formats, Renderer
from spbe_cli.renderers.report.model import Report

FORMATS: Formats[Report, bytes] = Formats(
    __name__, (".html", ".xlsx", ".md"), {".html": "html", ".xlsx": "xlsx", ".md": "markdown"}
)

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.report import html, markdown, xlsx

    _CHECKED: tuple[Renderer[Report, bytes], ...] = (html.render, xlsx.render, markdown.render)
