"""`spbe plan`: the fewest level steps that bring an answer file to a target predikat or index."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.common import (
    EXIT_GATE,
    LanguageOption,
    WeightsOption,
    app,
    catalog,
    choice,
    emit,
    guard,
    render_options,
    say,
    warn_frameworks,
)
from spbe_cli.errors import UsageError
from spbe_cli.exact import display
from spbe_cli.renderers import PLAN_FORMATS, renderer_in

if TYPE_CHECKING:
    from spbe_cli.planning import Plan


def split_ids(values: list[str] | None) -> list[str]:
    """Ids from repeated options and comma lists: ["5,6", "7"] -> ["5", "6", "7"]."""
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


@app.command()
def plan(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="The answer file (YAML); - reads stdin.")
    ],
    target: Annotated[
        str,
        typer.Option(
            "--target",
            "-t",
            metavar="PREDIKAT|INDEKS",
            help='Predikat to reach (e.g. "Sangat Baik") or an index (e.g. 3.5).',
            show_default=False,
        ),
    ],
    max_level: Annotated[
        int | None,
        typer.Option(
            "--max-level",
            metavar="N",
            help="Plan no indicator above this level.",
            show_default=False,
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--kecuali",
            metavar="IDS",
            help="Indicators that cannot move (ids, comma-separated; repeatable).",
            show_default=False,
        ),
    ] = None,
    include_external: Annotated[
        bool,
        typer.Option(
            "--termasuk-eksternal",
            help="Also plan indicators whose value comes from another agency's index.",
        ),
    ] = False,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            callback=choice(PLAN_FORMATS),
            help=f"Output format: {', '.join(PLAN_FORMATS)}.",
        ),
    ] = "table",
    weights: WeightsOption = None,
    language: LanguageOption = "id",
) -> None:
    """Plan the fewest level steps that reach a target predikat or index.

    Exit 0 with the plan (empty when the target is already met), 1 when the target cannot be
    reached, 2 for a bad option, 3 for an invalid file.
    """
    from spbe_cli import planning  # here, not at the top: `spbe score` never pays for it

    tables = catalog(weights)
    answers = guard(lambda: api.read(file, tables))
    framework = answers.framework

    def checked() -> Plan:
        wanted = planning.parse_target(framework, target)
        held = planning.check_ids(framework, split_ids(exclude), "--kecuali")
        if max_level is not None and not framework.level_min <= max_level <= framework.level_max:
            raise UsageError(
                f"--max-level {max_level}: outside the scale "
                f"{framework.level_min}-{framework.level_max} of {framework.id}"
            )
        return planning.plan(
            answers, wanted, cap=max_level, exclude=held, include_external=include_external
        )

    result = guard(checked)
    warn_frameworks([result.current])
    emit(renderer_in(PLAN_FORMATS, output_format)(result, render_options(language=language)))
    if not result.reached:
        say(
            f"{file}: target cannot be reached: at most {display(result.best_index)} "
            f"({result.best_predicate}) with every allowed step"
        )
        raise typer.Exit(EXIT_GATE)
