"""Output formats, chosen by name. Each renderer turns scores into the text written to stdout.

Modules are imported only when their format is asked for, so `--format json` never pays for
rich.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module

from spbe_cli.scoring import Score


@dataclass(frozen=True)
class Options:
    detail: bool = False
    color: bool = False
    width: int | None = None
    language: str = "id"  # labels and text only (spbe_cli.i18n); JSON/CSV keys stay Indonesian


Renderer = Callable[[Sequence[Score], Options], str]

SCORE_FORMATS: dict[str, str] = {
    "table": "spbe_cli.renderers.table",
    "json": "spbe_cli.renderers.jsonout",
    "csv": "spbe_cli.renderers.csvout",
    "markdown": "spbe_cli.renderers.markdown",
}


def score_renderer(name: str) -> Renderer:
    """The renderer registered under `name` (KeyError for an unknown one)."""
    module = import_module(SCORE_FORMATS[name])
    renderer: Renderer = module.render
    return renderer
