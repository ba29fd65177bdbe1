"""`spbe report`: a report file for leaders, HTML, Excel or Markdown by the output's extension."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spbe_cli.cli.common import (
    FrameworkOption,
    LanguageOption,
    StageOption,
    WeightsOption,
    catalog,
    command,
    emit_bytes,
    read_options,
    render_options,
    say,
    score_all,
    warn,
)
from spbe_cli.cli.common import (
    language as run_language,
)
from spbe_cli.errors import UsageError
from spbe_cli.i18n import prefixed, t, tr
from spbe_cli.renderers.report import FORMATS

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
    force: Annotated[bool, typer.Option("--force", help="help.opt.force")] = False,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.atomic import check_target, write_atomic  # only this command writes files
    from spbe_cli.renderers.report.model import build, made_now

    to_stdout = str(output) == "-"
    extension = output.suffix.lower() if output_format is None else f".{output_format.lower()}"
    if to_stdout and output_format is None:
        extension = ".md"
    if extension not in FORMATS:
        raise UsageError(
            t("report.type", path=output, suffix=extension, allowed=", ".join(FORMATS.names))
        )
    sources = [file] if baseline is None else [file, baseline]
    if not to_stdout:
        check_target(output, force=force, inputs=sources)
    tables = catalog(weights)
    options = read_options(tables, framework_id=framework_id, draft_option=False, stage=stage)
    scores = score_all(sources, tables, options)
    warn(scores)
    old = scores[1] if len(scores) > 1 else None
    if old is not None and old.institution != scores[0].institution:
        say(
            prefixed(
                "warning",
                t("report.other_instansi", new=scores[0].institution, old=old.institution),
            )
        )
    data = FORMATS.renderer(extension)(build(scores[0], old, made_now()), render_options())
    if to_stdout:
        emit_bytes(data)
        return
    write_atomic(output, data, force=force, inputs=sources)
    say(tr(run_language(), "written", path=output))
