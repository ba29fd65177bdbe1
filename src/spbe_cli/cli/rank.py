"""`spbe rank`: many answer files ranked by exact index, one ranking per year."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli.cli import many
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
    say,
    warn,
)
from spbe_cli.errors import Reported
from spbe_cli.i18n import prefixed, t
from spbe_cli.renderers.rank import FORMATS
from spbe_cli.scoring import Score

app, register = command("rank", "help.rank")


@register
def rank(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="help.arg.files")],
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    allow_incomplete: AllowIncompleteOption = False,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.ranking import rank as rank_scores  # only this command needs these
    from spbe_cli.renderers.progress import progress

    files = many.sources(files)
    tables = catalog(weights)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    scores: list[Score] = []
    lines: list[str] = []
    invalid = unusable = False
    with progress(len(files), t("rank.progress")) as advance:
        for outcome in many.scored(files, tables, options, many.slim):
            if outcome.value is not None:
                scores.append(outcome.value)
            if outcome.problems:
                lines += [str(p) for p in outcome.problems]
                invalid = True
            if outcome.usage is not None:
                lines.append(prefixed("error", outcome.usage))
                unusable = True
            advance()
    for line in lines:
        say(line)
    warn(scores)
    if scores:
        emit(FORMATS.renderer(output_format)(rank_scores(scores), render_options()))
    if invalid or unusable:
        left = t("rank.left_out", count=len(files) - len(scores), total=len(files))
        raise Reported(invalid=invalid, note=prefixed("warning", left))
