"""`spbe explain`: one indicator, its weight, its levels and what each requires."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli import api
from spbe_cli.answers import Answers
from spbe_cli.cli.common import (
    AllowIncompleteOption,
    LanguageOption,
    StageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    format_option,
    named_framework,
    read_options,
    render_options,
    warn,
)
from spbe_cli.errors import UsageError
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.i18n import t
from spbe_cli.renderers.explain import FORMATS

app, register = command("explain", "help.explain")


def chosen_framework(
    tables: Catalog, year: int | None, framework_id: str | None, answers: Answers | None
) -> Framework:
    """The kerangka from --tahun or --kerangka, or from the answer file (which must agree)."""
    if year is not None and framework_id is not None:
        raise UsageError(t("explain.both"))
    if answers is not None:
        found = answers.framework
        if framework_id is not None and framework_id != found.id:
            raise UsageError(
                t("explain.other_kerangka", file=answers.file, found=found.id, named=framework_id)
            )
        if year is not None and year != answers.year:
            raise UsageError(
                t("explain.other_year", file=answers.file, found=answers.year, named=year)
            )
        return found
    if framework_id is not None:
        return named_framework(tables, framework_id)
    if year is not None:
        framework = tables.for_year(year)
        if framework is None:
            raise UsageError(t("explain.no_kerangka", year=year, known=tables.describe_years()))
        return framework
    raise UsageError(t("explain.need_framework"))


@register
def explain(
    indicator_id: Annotated[str, typer.Argument(metavar="ID", help="help.explain.id")],
    file: Annotated[str | None, typer.Argument(metavar="[FILE]", help="help.explain.file")] = None,
    year: Annotated[
        int | None,
        typer.Option("--tahun", metavar="TAHUN", help="help.explain.tahun", show_default=False),
    ] = None,
    framework_id: Annotated[
        str | None,
        typer.Option(
            "--kerangka", metavar="KERANGKA", help="help.explain.kerangka", show_default=False
        ),
    ] = None,
    output_format: Annotated[str, format_option(FORMATS.names)] = "text",
    allow_incomplete: AllowIncompleteOption = False,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.explaining import explain as explain_indicator  # only this command needs it
    from spbe_cli.scoring import score

    tables = catalog(weights)
    answers = None
    if file is not None:
        options = read_options(
            tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
        )
        answers = api.read(file, tables, options)
    framework = chosen_framework(tables, year, framework_id, answers)
    result = explain_indicator(framework, indicator_id, answers)
    if answers is not None:
        warn([score(answers)])
    emit(FORMATS.renderer(output_format)(result, render_options()))
