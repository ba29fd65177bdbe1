"""`spbe evidence`: every indicator's claim beside the levels its evidence items support (what
the assessors accepted, what is ready), the index the evidence supports, and a readiness gate
for CI before the deadline."""

from __future__ import annotations

from typing import Annotated

import typer

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
    read_all,
    read_options,
    render_options,
    say,
    warn,
)
from spbe_cli.cli.days import DayOption, day_of
from spbe_cli.errors import GateFailed
from spbe_cli.i18n import prefixed, t
from spbe_cli.renderers.evidence import FORMATS

app, register = command("evidence", "help.evidence")


@register
def evidence(
    files: Annotated[list[str], typer.Argument(metavar="FILE|DIR...", help="help.arg.files")],
    day: DayOption = None,
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    fail_on_gap: Annotated[
        bool, typer.Option("--fail-on-gap", help="help.evidence.fail_on_gap")
    ] = False,
    skip_files: Annotated[
        bool, typer.Option("--tanpa-berkas", help="help.evidence.tanpa_berkas")
    ] = False,
    allow_incomplete: AllowIncompleteOption = False,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.evidence import check, gap_lines, local_files

    checked_on = day_of(day)
    tables = catalog(weights)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    found = [
        check(answers, checked_on, None if skip_files else local_files(answers.file))
        for answers in read_all(files, tables, options)
    ]
    warn([item.claimed for item in found])
    for item in found:
        if not item.has_items:
            say(prefixed("warning", t("evidence.no_items", file=item.file)))
    emit(FORMATS.renderer(output_format)(found, render_options()))
    if fail_on_gap:
        lines = gap_lines(found)
        if lines:
            raise GateFailed(lines)
