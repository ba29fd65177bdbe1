"""`spbe followup`: every recommendation with its owner, status, due date and whether it is
late; a CI gate on late ones."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli.cli.common import (
    LanguageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    format_option,
    read_all,
    render_options,
)
from spbe_cli.cli.days import DayOption, day_of
from spbe_cli.errors import GateFailed
from spbe_cli.i18n import t_count
from spbe_cli.renderers.followup import FORMATS, FollowUpList

app, register = command("followup", "help.followup")


@register
def followup(
    files: Annotated[list[str], typer.Argument(metavar="FILE|DIR...", help="help.arg.files")],
    day: DayOption = None,
    fail_on_overdue: Annotated[
        bool, typer.Option("--fail-on-overdue", help="help.followup.fail_on_overdue")
    ] = False,
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.answers import ReadOptions
    from spbe_cli.team.followup import follow_ups

    when = day_of(day)
    tables = catalog(weights)
    found = read_all(files, tables, ReadOptions(allow_missing=True, draft_option=False))
    items = [item for answers in found for item in follow_ups(answers, when)]
    listed = FollowUpList(when, items, len(found))
    emit(FORMATS.renderer(output_format)(listed, render_options()))
    late = listed.late
    if fail_on_overdue and late:
        several = len(found) > 1
        ids = ", ".join(
            f"{i.id or i.text[:40]}" + (f" ({i.file})" if several else "") for i in late
        )
        raise GateFailed([t_count("followup.late", len(late), day=when.isoformat(), ids=ids)])
