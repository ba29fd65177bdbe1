"""`spbe trend`: one instansi over the years, from its answer files (or folders of them)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spbe_cli.cli import many
from spbe_cli.cli.common import (
    GuessesOption,
    LanguageOption,
    StageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    format_option,
    read_options,
    render_options,
    say,
    warn,
)
from spbe_cli.cli.common import language as run_language
from spbe_cli.errors import UsageError
from spbe_cli.frameworks import weight_dirs
from spbe_cli.i18n import t, tr
from spbe_cli.renderers.trend import FORMATS, PAGES

app, register = command("trend", "help.trend")


@register
def trend(
    files: Annotated[list[str], typer.Argument(metavar="FILE|DIR...", help="help.arg.files")],
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="OUT.html", help="help.trend.output", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.opt.force")] = False,
    with_groups: Annotated[
        bool, typer.Option("--domain", help="help.trend.domain", show_default=False)
    ] = False,
    guesses: GuessesOption = False,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.trend import histories, table_finder  # loaded only for this command

    if output is not None and output.suffix.lower() not in PAGES:
        raise UsageError(t("trend.output_type", path=output, allowed=", ".join(PAGES.names)))
    tables = catalog(weights)
    options = read_options(tables, stage=stage, draft_option=False)
    scores = list(many.scores_or_problems(many.sources(files), tables, options))
    warn(scores)
    finder = table_finder(tables, weight_dirs(weights))
    found = histories(scores, finder, guesses=guesses, indicators=False)
    if output is None:
        emit(FORMATS.renderer(output_format)(found, render_options()))
        return
    from spbe_cli.atomic import write_atomic

    shown = render_options(detail=with_groups)
    write_atomic(output, PAGES.renderer(".html")(found, shown), force=force, inputs=files)
    say(tr(run_language(), "trend_written", path=output, count=len(found)))
