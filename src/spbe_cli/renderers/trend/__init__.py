"""`spbe trend` formats: each module's `render(histories, Options)`; `view.py` holds what they
say the same way. `FORMATS` are the stdout formats (text); `PAGES` the file written with
`-o OUT.html` (bytes), whose chart (`svg.py`) `spbe report --riwayat` also draws."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spbe_cli.renderers import Formats, Renderer
from spbe_cli.trend import History

FORMATS: Formats[Sequence[History], str] = Formats(__name__, ("table", "json", "markdown", "csv"))
PAGES: Formats[Sequence[History], bytes] = Formats(__name__, (".html",), {".html": "html"})

if TYPE_CHECKING:  # mypy holds every format to the registry's type
    from spbe_cli.renderers.trend import csv, json, markdown, table
    from spbe_cli.renderers.trend import html as page

    _CHECKED: tuple[Renderer[Sequence[History], str], ...] = (
        table.render,
        json.render,
        markdown.render,
        csv.render,
    )
    _PAGES: tuple[Renderer[Sequence[History], bytes], ...] = (page.render,)
