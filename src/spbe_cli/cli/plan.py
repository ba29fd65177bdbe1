"""`spbe plan`: the fewest level steps that lift every indicator to a minimum level and/or bring
an answer file to a target predikat or index."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.common import (
    AllowIncompleteOption,
    FrameworkOption,
    LanguageOption,
    StageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    format_option,
    read_options,
    render_options,
    warn,
)
from spbe_cli.errors import GateFailed
from spbe_cli.exact import display
from spbe_cli.i18n import t
from spbe_cli.renderers.plan import FORMATS

app, register = command("plan", "help.plan")


def split_ids(values: list[str] | None) -> list[str]:
    """Ids from repeated options and comma lists: ["5,6", "7"] -> ["5", "6", "7"]."""
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


@register
def plan(
    file: Annotated[str, typer.Argument(metavar="FILE", help="help.arg.file")],
    target: Annotated[
        str | None,
        typer.Option(
            "--target", "-t", metavar="PREDIKAT|INDEKS", help="help.plan.target", show_default=False
        ),
    ] = None,
    floor: Annotated[
        int | None,
        typer.Option("--min-level", metavar="N", help="help.plan.min_level", show_default=False),
    ] = None,
    max_level: Annotated[
        int | None,
        typer.Option("--max-level", metavar="N", help="help.plan.max_level", show_default=False),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--kecuali", metavar="IDS", help="help.plan.kecuali", show_default=False),
    ] = None,
    include_external: Annotated[
        bool, typer.Option("--termasuk-eksternal", help="help.plan.eksternal")
    ] = False,
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    allow_incomplete: AllowIncompleteOption = False,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli import planning  # here, not at the top: `spbe score` never pays for it

    tables = catalog(weights)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    answers = api.read(file, tables, options)
    request = planning.Request.parse(
        answers.framework, target, max_level, split_ids(exclude), include_external, floor
    )
    result = planning.plan(
        answers,
        request.target,
        cap=request.cap,
        exclude=request.exclude,
        include_external=request.include_external,
        floor=request.floor,
    )
    warn([result.current])
    emit(FORMATS.renderer(output_format)(result, render_options()))
    if not result.reached:
        best = display(result.best_index)
        raise GateFailed(
            [t("plan.unreachable", file=file, best=best, predicate=result.best_predicate)],
        )
