"""`spbe score`: the index, domain and aspect indices and predikat of answer files."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli.cli.common import (
    EXIT_GATE,
    AllowIncompleteOption,
    FrameworkOption,
    LanguageOption,
    StageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    fail,
    format_option,
    read_options,
    render_options,
    score_all,
    warn,
)
from spbe_cli.renderers.score import FORMATS

app, register = command("score", "help.score")


@register
def score(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="help.arg.files")],
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    detail: Annotated[bool, typer.Option("--detail", "-d", help="help.score.detail")] = False,
    allow_incomplete: AllowIncompleteOption = False,
    fail_under: Annotated[
        str | None,
        typer.Option("--fail-under", metavar="INDEKS", help="help.score.fail_under"),
    ] = None,
    fail_below: Annotated[
        str | None,
        typer.Option("--fail-below", metavar="PREDIKAT", help="help.score.fail_below"),
    ] = None,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    tables = catalog(weights)
    gate = None
    if fail_under is not None or fail_below is not None:
        from spbe_cli import gates  # loaded only when a gate is asked for

        gate = gates.ScoreGate.parse(fail_under, fail_below, tables)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    scores = score_all(files, tables, options)
    warn(scores)
    failures = gate.failures(scores) if gate is not None else []
    emit(FORMATS.renderer(output_format)(scores, render_options(detail)))
    if failures:
        fail(EXIT_GATE, failures)
