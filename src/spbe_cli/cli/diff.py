"""`spbe diff`: what changed between two answer files (last year and this year, two drafts)."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

import typer

from spbe_cli.cli.common import (
    AllowIncompleteOption,
    FrameworkOption,
    GuessesOption,
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
from spbe_cli.errors import GateFailed
from spbe_cli.frameworks import weight_dirs
from spbe_cli.i18n import prefixed, t
from spbe_cli.renderers.diff import FORMATS

app, register = command("diff", "help.diff")


@register
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="help.evidence.diff_old")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="help.evidence.diff_new")],
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    exit_code: Annotated[bool, typer.Option("--exit-code", help="help.diff.exit_code")] = False,
    fail_on_regression: Annotated[
        bool, typer.Option("--fail-on-regression", help="help.diff.fail_on_regression")
    ] = False,
    guesses: GuessesOption = False,
    allow_incomplete: AllowIncompleteOption = False,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli import crosswalk  # the comparison modules load only for this command
    from spbe_cli.answers.stages import stage_ref
    from spbe_cli.diff import compare
    from spbe_cli.gates import diff_failures
    from spbe_cli.renderers.diff.stages import staged
    from spbe_cli.scoring import score
    from spbe_cli.team.followup import closed_between

    tables = catalog(weights)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    (old, old_stage), (new, new_stage) = stage_ref(old), stage_ref(new)
    read = read_all([old, new], tables, options, [old_stage, new_stage])
    before, after = (score(answers) for answers in read)
    warn([before, after])
    if before.year > after.year:
        order = t("diff.order", old=old, old_year=before.year, new=new, new_year=after.year)
        say(prefixed("warning", order))
    table = None
    if before.framework.id != after.framework.id:
        old_id, new_id = before.framework.id, after.framework.id
        table = crosswalk.find(tables, old_id, new_id, weight_dirs(weights))
    closed = tuple(closed_between(read[0], read[1]))
    comparison = replace(compare(before, after, table, guesses=guesses), closed=closed)
    shown = render_options()
    if old_stage or new_stage:  # FILE@TAHAP: each side named by its stage
        comparison, shown = staged(comparison, shown, (old_stage, new_stage), stage)
    emit(FORMATS.renderer(output_format)(comparison, shown))
    failures = diff_failures(comparison, any_change=exit_code, regression=fail_on_regression)
    if failures:
        raise GateFailed(failures)
