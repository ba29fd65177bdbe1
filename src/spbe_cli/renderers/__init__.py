"""Output formats, chosen by name. Each renderer turns scores into the text written to stdout.

Modules are imported only when their format is asked for, so `--format json` never pays for
rich.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from spbe_cli.scoring import Score

if TYPE_CHECKING:
    from spbe_cli.diff import Comparison
    from spbe_cli.report import Report


@dataclass(frozen=True)
class Options:
    detail: bool = False
    color: bool = False
    width: int | None = None
    language: str = "id"  # labels and text only (spbe_cli.i18n); JSON/CSV keys stay Indonesian
    title: str | None = None  # replaces a renderer's own title line (e.g. `spbe simulate`)
    sides: tuple[str, str] | None = None  # names of the two sides compared (default: years)


Renderer = Callable[[Sequence[Score], Options], str]

SCORE_FORMATS: dict[str, str] = {
    "table": "spbe_cli.renderers.table",
    "json": "spbe_cli.renderers.jsonout",
    "csv": "spbe_cli.renderers.csvout",
    "markdown": "spbe_cli.renderers.markdown",
}


def score_renderer(name: str) -> Renderer:
    """The score renderer registered under `name` (KeyError for an unknown one)."""
    renderer: Renderer = renderer_in(SCORE_FORMATS, name)
    return renderer


# `spbe report`: one module per file type, chosen by the output file's extension. Each has
# `render(report: spbe_cli.report.Report, options: Options) -> bytes` (the whole file).
REPORT_FORMATS: dict[str, str] = {
    ".html": "spbe_cli.renderers.report_html",
    ".xlsx": "spbe_cli.renderers.report_xlsx",
    ".md": "spbe_cli.renderers.report_md",
}


def report_renderer(extension: str) -> Callable[[Report, Options], bytes]:
    """The report renderer for a file extension such as ".html" (KeyError for an unknown one)."""
    renderer: Callable[[Report, Options], bytes] = import_module(REPORT_FORMATS[extension]).render
    return renderer


DiffRenderer = Callable[["Comparison", Options], str]

DIFF_FORMATS: dict[str, str] = {
    "table": "spbe_cli.renderers.difftable",
    "json": "spbe_cli.renderers.diffjson",
    "markdown": "spbe_cli.renderers.diffmarkdown",
}
"""`spbe diff` formats: each module's `render(comparison, Options) -> str`."""


def diff_renderer(name: str) -> DiffRenderer:
    """The comparison renderer registered under `name` (KeyError for an unknown one)."""
    renderer: DiffRenderer = renderer_in(DIFF_FORMATS, name)
    return renderer


# Formats of the commands whose input is not a list of scores; each module's
# `render(value, Options) -> str` takes what its command computes.
PLAN_FORMATS: dict[str, str] = {
    "table": "spbe_cli.renderers.plan_table",
    "json": "spbe_cli.renderers.plan_json",
    "markdown": "spbe_cli.renderers.plan_markdown",
}
EXPLAIN_FORMATS: dict[str, str] = {
    "text": "spbe_cli.renderers.explain_text",
    "json": "spbe_cli.renderers.explain_json",
}
RANK_FORMATS: dict[str, str] = {
    "table": "spbe_cli.renderers.rank_table",
    "json": "spbe_cli.renderers.rank_json",
    "csv": "spbe_cli.renderers.rank_csv",
}


def renderer_in(registry: Mapping[str, str], name: str) -> Callable[[Any, Options], str]:
    """The `render` function of the module registered under `name` in `registry`: the one
    lookup behind every format option (modules are imported only when asked for)."""
    render: Callable[[Any, Options], str] = import_module(registry[name]).render
    return render
