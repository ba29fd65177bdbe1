"""`spbe rank`: many answer files ranked by exact index, one ranking per year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.common import (
    EXIT_INPUT,
    EXIT_USAGE,
    WeightsOption,
    app,
    catalog,
    choice,
    emit,
    render_options,
    say,
    stdin_once,
    warn_frameworks,
)
from spbe_cli.errors import InputError, UsageError
from spbe_cli.renderers import RANK_FORMATS, renderer_in

if TYPE_CHECKING:
    from spbe_cli.scoring import Score


@app.command()
def rank(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help="Answer files (YAML); - reads stdin.")
    ],
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            callback=choice(RANK_FORMATS),
            help=f"Output format: {', '.join(RANK_FORMATS)}.",
        ),
    ] = "table",
    weights: WeightsOption = None,
) -> None:
    """Rank instansi by exact index, per year, with counts per predikat, mean and median.

    A file that cannot be scored is reported on stderr and left out; the others are still
    ranked, and the exit code is then 3 (2 when a file could not be opened at all).
    """
    from spbe_cli.ranking import rank as rank_scores  # only this command needs these
    from spbe_cli.renderers.progress import progress

    stdin_once(files)
    tables = catalog(weights)
    scores: list[Score] = []
    lines: list[str] = []
    code = 0
    with progress(len(files), "Menghitung") as advance:
        for source in files:
            try:
                scores.append(api.score_source(source, tables))
            except InputError as error:
                lines += [str(p) for p in error.problems]
                code = EXIT_INPUT
            except UsageError as error:
                lines.append(f"error: {error}")
                code = code or EXIT_USAGE
            advance()
    for line in lines:
        say(line)
    warn_frameworks(scores)
    if scores:
        emit(renderer_in(RANK_FORMATS, output_format)(rank_scores(scores), render_options()))
    if code:
        raise typer.Exit(code)
