"""`spbe validate`: check answer files without scoring them, reporting every problem."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.app import write_err
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
    stdin_once,
)
from spbe_cli.errors import Reported
from spbe_cli.renderers.validate import FORMATS

app, register = command("validate", "help.validate")


@register
def validate(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="help.arg.files")],
    output_format: Annotated[str, format_option(FORMATS.names)] = "text",
    allow_incomplete: AllowIncompleteOption = False,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.validation import check_all

    files = api.expand(files)
    stdin_once(files)
    tables = catalog(weights)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    results = check_all(files, tables, options)
    text = FORMATS.renderer(output_format)(results, render_options())
    if output_format == "json":
        emit(text)
    else:
        write_err(text)
    if not all(r.ok for r in results):
        raise Reported(invalid=any(r.problems for r in results))
