"""`spbe progress`: per owner, indicators filled, at target, evidence accepted, and
recommendations open and late on a day; the index against the year's targets."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.common import (
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
from spbe_cli.cli.days import DayOption, day_of
from spbe_cli.renderers.kemajuan import FORMATS

app, register = command("progress", "help.progress")


@register
def progress(
    file: Annotated[str, typer.Argument(metavar="FILE", help="help.arg.file")],
    day: DayOption = None,
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.team.progress import progress as team_progress

    when = day_of(day)
    tables = catalog(weights)
    options = read_options(tables, allow_incomplete=True, draft_option=False, stage=stage)
    found = team_progress(api.read(file, tables, options), when)
    warn([found.score])
    emit(FORMATS.renderer(output_format)(found, render_options()))
