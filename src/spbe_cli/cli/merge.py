"""`spbe merge`: forms (YAML, workbooks or both) back into one answer file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spbe_cli.cli.common import (
    LanguageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    file_warnings,
    say,
)
from spbe_cli.cli.common import language as run_language
from spbe_cli.i18n import prefixed, t, tr_count

app, register = command("merge", "help.merge")


@register
def merge(
    forms: Annotated[list[str], typer.Argument(metavar="FORM...", help="help.merge.forms")],
    output: Annotated[str, typer.Option("--output", "-o", metavar="OUT", help="help.merge.output")],
    base: Annotated[
        str | None,
        typer.Option("--dasar", metavar="FILE", help="help.merge.dasar", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.opt.force")] = False,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.atomic import check_target, write_atomic
    from spbe_cli.scoring import score
    from spbe_cli.team import merging

    sources = merging.sources(forms, base)
    if output != "-":
        check_target(Path(output), force=force, inputs=[*sources, *([base] if base else [])])
    tables = catalog(weights)
    inputs = merging.read_inputs(sources, base, tables)
    merged = merging.merge(inputs.forms, inputs.base, inputs.framework, output)
    text = merging.text(merged, run_language(), sources, base)
    answers = merging.check_output(text, output, tables)
    if output == "-":
        emit(text)
    else:
        write_atomic(Path(output), text.encode("utf-8"), force=force, inputs=sources)
    result = score(answers)
    say(
        t(
            "merge.written",
            path=output,
            forms=tr_count(run_language(), "n_forms", merged.forms),
            indicators=tr_count(run_language(), "n_indicators", len(merged.replaced)),
            total=len(answers.levels),
        )
    )
    for line in merged.warnings:
        say(prefixed("warning", line))
    for line in file_warnings(result):
        say(line)
