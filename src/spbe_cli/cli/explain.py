"""`spbe explain`: one indicator, its weight, its levels and what each requires."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.common import (
    AllowIncompleteOption,
    LanguageOption,
    WeightsOption,
    app,
    catalog,
    choice,
    emit,
    guard,
    named_framework,
    render_options,
    warn_drafts,
    warn_frameworks,
)
from spbe_cli.errors import UsageError
from spbe_cli.renderers import EXPLAIN_FORMATS, renderer_in
from spbe_cli.scoring import score

if TYPE_CHECKING:
    from spbe_cli.answers import Answers
    from spbe_cli.frameworks import Catalog, Framework


def chosen_framework(
    tables: Catalog, year: int | None, framework_id: str | None, answers: Answers | None
) -> Framework:
    """The kerangka from --tahun or --kerangka, or from the answer file (which must agree)."""
    if year is not None and framework_id is not None:
        raise UsageError("give --tahun or --kerangka, not both")
    if answers is not None:
        found = answers.framework
        if framework_id is not None and framework_id != found.id:
            raise UsageError(f"{answers.file} uses kerangka {found.id}, not {framework_id}")
        if year is not None and year != answers.year:
            raise UsageError(f"{answers.file} is for tahun {answers.year}, not {year}")
        return found
    if framework_id is not None:
        return named_framework(tables, framework_id)
    if year is not None:
        framework = tables.for_year(year)
        if framework is None:
            raise UsageError(f"no kerangka covers tahun {year}; known: {tables.describe_years()}")
        return framework
    raise UsageError("give --tahun or --kerangka (or an answer file)")


@app.command()
def explain(
    indicator_id: Annotated[str, typer.Argument(metavar="ID", help="Indicator id, e.g. 14.")],
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="[FILE]", help="Answer file: add its level and what the next one adds."
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--tahun", metavar="TAHUN", help="Year (picks its kerangka).", show_default=False
        ),
    ] = None,
    framework_id: Annotated[
        str | None,
        typer.Option(
            "--kerangka",
            metavar="KERANGKA",
            help="Kerangka id, e.g. spbe-2020.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            callback=choice(EXPLAIN_FORMATS),
            help=f"Output format: {', '.join(EXPLAIN_FORMATS)}.",
        ),
    ] = "text",
    allow_incomplete: AllowIncompleteOption = False,
    weights: WeightsOption = None,
    language: LanguageOption = "id",
) -> None:
    """Explain an indicator: weight, share of the index, level names and criteria."""
    from spbe_cli.explaining import explain as explain_indicator  # only this command needs it

    tables = catalog(weights)
    answers = (
        None
        if file is None
        else guard(lambda: api.read(file, tables, allow_missing=allow_incomplete))
    )
    framework = guard(lambda: chosen_framework(tables, year, framework_id, answers))
    result = guard(lambda: explain_indicator(framework, indicator_id, answers))
    if answers is not None:
        scored = score(answers)
        warn_frameworks([scored])
        warn_drafts([scored])
    emit(renderer_in(EXPLAIN_FORMATS, output_format)(result, render_options(language=language)))
