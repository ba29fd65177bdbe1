"""`spbe report`: a report file for leaders, HTML, Excel or Markdown by the output's extension."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spbe_cli.cli.common import (
    EXIT_USAGE,
    LanguageOption,
    WeightsOption,
    app,
    catalog,
    guard,
    render_options,
    say,
    score_all,
    warn_frameworks,
)
from spbe_cli.i18n import tr
from spbe_cli.renderers import REPORT_FORMATS, report_renderer


@app.command()
def report(
    file: Annotated[str, typer.Argument(help="Answer file (YAML); - reads stdin.")],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help=f"Report file; its extension picks the format: {', '.join(REPORT_FORMATS)}.",
            show_default=False,
        ),
    ],
    baseline: Annotated[
        str | None,
        typer.Option(
            "--banding",
            help="Earlier answer file to compare with (changes per indicator, aspect, domain).",
            show_default=False,
        ),
    ] = None,
    language: LanguageOption = "id",
    force: Annotated[
        bool, typer.Option("--force", help="Replace the report file if it exists.")
    ] = False,
    weights: WeightsOption = None,
) -> None:
    """Write a report: HTML with charts, an Excel workbook that computes, or Markdown."""
    from spbe_cli.atomic import write_atomic  # only this command writes files
    from spbe_cli.report import build

    extension = output.suffix.lower()
    if extension not in REPORT_FORMATS:
        say(
            f"error: {output}: unknown report type '{output.suffix}'; "
            f"use one of: {', '.join(REPORT_FORMATS)}"
        )
        raise typer.Exit(EXIT_USAGE)
    if output.exists() and not force:
        say(f"error: {output} exists; use --force to replace it")
        raise typer.Exit(EXIT_USAGE)
    tables = catalog(weights)
    sources = [file] if baseline is None else [file, baseline]
    scores = score_all(sources, tables)
    warn_frameworks(scores)
    old = scores[1] if len(scores) > 1 else None
    if old is not None and old.institution != scores[0].institution:
        say(f"warning: comparing {scores[0].institution} with {old.institution}")
    data = report_renderer(extension)(build(scores[0], old), render_options(language=language))
    guard(lambda: write_atomic(output, data, force=force))
    say(tr(language, "written", path=output))
