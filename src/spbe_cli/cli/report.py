"""`spbe report`: a report file for leaders, HTML, Excel or Markdown by the output's extension."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.answers import ReadOptions
from spbe_cli.cli.common import (
    AllowIncompleteOption,
    FrameworkOption,
    GuessesOption,
    LanguageOption,
    StageOption,
    WeightsOption,
    catalog,
    command,
    emit_bytes,
    read_all,
    read_options,
    render_options,
    say,
    warn,
)
from spbe_cli.cli.common import (
    language as run_language,
)
from spbe_cli.cli.days import DayOption, chosen_day
from spbe_cli.errors import UsageError
from spbe_cli.frameworks import Catalog, weight_dirs
from spbe_cli.i18n import prefixed, t, t_count, tr
from spbe_cli.renderers.report import FORMATS
from spbe_cli.scoring import Score

if TYPE_CHECKING:
    from spbe_cli.trend import History

app, register = command("report", "help.report")


@register
def report(
    file: Annotated[str, typer.Argument(metavar="FILE", help="help.arg.file")],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="OUT", help="help.report.output", show_default=False
        ),
    ],
    baseline: Annotated[
        str | None,
        typer.Option("--banding", metavar="FILE", help="help.report.banding", show_default=False),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="html|xlsx|md",
            help="help.report.format",
            show_default=False,
        ),
    ] = None,
    history_files: Annotated[
        list[str] | None,
        typer.Option(
            "--riwayat", metavar="FILE|DIR", help="help.report.riwayat", show_default=False
        ),
    ] = None,
    guesses: GuessesOption = False,
    allow_incomplete: AllowIncompleteOption = False,
    force: Annotated[bool, typer.Option("--force", help="help.opt.force")] = False,
    day: DayOption = None,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.atomic import check_target, write_atomic  # only this command writes files
    from spbe_cli.evidence import check, local_files
    from spbe_cli.renderers.report.model import build, made_now
    from spbe_cli.scoring import score
    from spbe_cli.team.followup import follow_ups

    to_stdout = str(output) == "-"
    extension = output.suffix.lower() if output_format is None else f".{output_format.lower()}"
    if to_stdout and output_format is None:
        extension = ".md"
    if extension not in FORMATS:
        raise UsageError(
            t("report.type", path=output, suffix=extension, allowed=", ".join(FORMATS.names))
        )
    sources = [file] if baseline is None else [file, baseline]
    chosen = chosen_day(day)
    checked_on = chosen.day
    made = made_now()  # SOURCE_DATE_EPOCH checked before any file is read
    if not to_stdout:
        check_target(output, force=force, inputs=sources)
    tables = catalog(weights)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    answers = read_all(sources, tables, options)
    scores = [score(item) for item in answers]
    warn(scores)
    found = check(answers[0], checked_on, local_files(answers[0].file))
    old = scores[1] if len(scores) > 1 else None
    if old is not None and old.institution != scores[0].institution:
        say(
            prefixed(
                "warning",
                t("report.other_instansi", new=scores[0].institution, old=old.institution),
            )
        )
    history = _history(scores[0], history_files or [], tables, options, weights, guesses)
    follow = tuple(follow_ups(answers[0], checked_on))
    evidence = found if found.has_items else None  # claimed vs supported, side by side
    if follow or evidence is not None:  # what the day decides is in the report
        chosen.tell()
    content = build(
        scores[0],
        old,
        follow,
        checked_on.isoformat(),
        history,
        supported=evidence,
        made=made,
    )
    data = FORMATS.renderer(extension)(content, render_options())
    if to_stdout:
        emit_bytes(data)
        return
    write_atomic(output, data, force=force, inputs=sources)
    say(tr(run_language(), "written", path=output))


def _history(
    current: Score,
    files: list[str],
    tables: Catalog,
    options: ReadOptions,
    weights: list[Path] | None,
    guesses: bool,
) -> History | None:
    """`--riwayat`: the report's instansi over the years, from these files and the report's."""
    if not files:
        return None
    from spbe_cli.cli import many  # a folder of a whole province: read one file at a time
    from spbe_cli.trend import history_of, table_finder

    others = list(many.scores_or_problems(many.sources(files), tables, options))
    finder = table_finder(tables, weight_dirs(weights))
    # the chart shows the index and the domains: years compared without their indicators
    history, left_out = history_of(current, others, finder, guesses=guesses, indicators=False)
    warn([year.score for year in history.years if year.score is not current])
    if left_out:
        say(
            prefixed(
                "warning",
                t_count("report.riwayat_other", left_out, institution=current.institution),
            )
        )
    return history
