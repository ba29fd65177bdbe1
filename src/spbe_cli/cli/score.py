"""`spbe score`: the index, domain and aspect indices and predikat of answer files."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli.cli.common import (
    LanguageOption,
    WeightsOption,
    app,
    catalog,
    choice,
    emit,
    render_options,
    score_all,
    warn_frameworks,
)
from spbe_cli.renderers import SCORE_FORMATS, score_renderer


@app.command()
def score(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help="Answer files (YAML); - reads stdin.")
    ],
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            callback=choice(SCORE_FORMATS),
            help=f"Output format: {', '.join(SCORE_FORMATS)}.",
        ),
    ] = "table",
    detail: Annotated[bool, typer.Option("--detail", "-d", help="Show every indicator.")] = False,
    allow_incomplete: Annotated[
        bool,
        typer.Option("--allow-incomplete", help="Score a draft: missing indicators allowed."),
    ] = False,
    weights: WeightsOption = None,
    language: LanguageOption = "id",
) -> None:
    """Score answer files: indeks, domain and aspect indices, predikat."""
    tables = catalog(weights)
    scores = score_all(files, tables, allow_missing=allow_incomplete)
    warn_frameworks(scores)
    emit(score_renderer(output_format)(scores, render_options(detail, language)))
