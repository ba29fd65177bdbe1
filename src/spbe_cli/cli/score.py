"""`spbe score`: the index, domain and aspect indices and predikat of answer files."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated

import typer

from spbe_cli.cli.common import (
    EXIT_GATE,
    AllowIncompleteOption,
    LanguageOption,
    WeightsOption,
    app,
    catalog,
    choice,
    emit,
    guard,
    render_options,
    say,
    score_all,
    warn_drafts,
    warn_frameworks,
)
from spbe_cli.frameworks import Catalog
from spbe_cli.renderers import SCORE_FORMATS, score_renderer
from spbe_cli.scoring import Score


def _gate(
    fail_under: str | None, fail_below: str | None, tables: Catalog
) -> Callable[[Sequence[Score]], list[str]] | None:
    """The --fail-under / --fail-below check (usage errors now, before scoring), or None."""
    if fail_under is None and fail_below is None:
        return None
    from spbe_cli import gates  # loaded only when a gate is asked for

    under = guard(lambda: gates.threshold(fail_under)) if fail_under is not None else None
    below = (
        guard(lambda: gates.predicate_name(fail_below, tables)) if fail_below is not None else None
    )
    return lambda scores: guard(lambda: gates.score_failures(scores, under=under, below=below))


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
    allow_incomplete: AllowIncompleteOption = False,
    fail_under: Annotated[
        str | None,
        typer.Option(
            "--fail-under",
            metavar="INDEKS",
            help="Exit 1 when the index is below this (on the basis the year rates predikat).",
        ),
    ] = None,
    fail_below: Annotated[
        str | None,
        typer.Option(
            "--fail-below",
            metavar="PREDIKAT",
            help='Exit 1 when the predikat is lower, e.g. Baik or "Sangat Baik".',
        ),
    ] = None,
    weights: WeightsOption = None,
    language: LanguageOption = "id",
) -> None:
    """Score answer files: indeks, domain and aspect indices, predikat."""
    tables = catalog(weights)
    gate = _gate(fail_under, fail_below, tables)
    scores = score_all(files, tables, allow_missing=allow_incomplete)
    warn_frameworks(scores)
    warn_drafts(scores)
    failures = gate(scores) if gate is not None else []
    emit(score_renderer(output_format)(scores, render_options(detail, language)))
    for line in failures:
        say(line)
    if failures:
        raise typer.Exit(EXIT_GATE)
