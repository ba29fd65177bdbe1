"""`spbe score`: the index, domain and aspect indices and predikat of answer files.

Each file's part of the output is rendered as soon as it is scored (on every core for a
large batch) and kept in a spool that moves to disk when large, so thousands of files take
little memory; the spool reaches stdout only when every file was valid.

No `from __future__ import annotations` here: typer reads the command's annotations at every
run, and annotations kept as text are parsed and evaluated each time (about 1 ms a run).
"""

from typing import Annotated, NamedTuple

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
    file_warnings,
    format_option,
    provisional_warning,
    read_options,
    render_options,
    say,
)
from spbe_cli.errors import GateFailed, InputError, Problem, UsageError
from spbe_cli.frameworks import Framework
from spbe_cli.renderers.score import FORMATS, ITEMS, Placed
from spbe_cli.scoring import Score

app, register = command("score", "help.score")


class Part(NamedTuple):
    """What `score` keeps of one file: its output, its warnings and its gate failures."""

    text: str
    framework: Framework
    warnings: tuple[str, ...]
    failures: tuple[str, ...]


@register
def score(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="help.arg.files")],
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    detail: Annotated[bool, typer.Option("--detail", "-d", help="help.score.detail")] = False,
    allow_incomplete: AllowIncompleteOption = False,
    fail_under: Annotated[
        str | None,
        typer.Option("--fail-under", metavar="INDEKS", help="help.score.fail_under"),
    ] = None,
    fail_below: Annotated[
        str | None,
        typer.Option("--fail-below", metavar="PREDIKAT", help="help.score.fail_below"),
    ] = None,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    tables = catalog(weights)
    gate = None
    if fail_under is not None or fail_below is not None:
        from spbe_cli import gates  # loaded only when a gate is asked for

        gate = gates.ScoreGate.parse(fail_under, fail_below, tables)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    sources = many.sources(files)
    item = ITEMS.renderer(output_format)
    view = render_options(detail)

    def keep(position: int, found: Score) -> Part:
        text = item(Placed(found, position, len(sources)), view)
        failures = gate.failures([found]) if gate is not None else []
        return Part(text, found.framework, tuple(file_warnings(found)), tuple(failures))

    problems: list[Problem] = []
    usage: list[str] = []
    warnings: list[str] = []
    failures: list[str] = []
    shown: set[str] = set()
    with many.Spool() as spool:
        for outcome in many.scored(sources, tables, options, keep):
            problems += outcome.problems
            usage += [outcome.usage] if outcome.usage is not None else []
            if outcome.value is not None and not (problems or usage):
                part = outcome.value
                spool.write(part.text)
                warnings += [*provisional_warning(part.framework, shown), *part.warnings]
                failures += part.failures
        if usage:
            raise UsageError(usage[0])
        if problems:
            raise InputError(problems)
        for line in warnings:
            say(line)
        emit(spool.chunks())
    if failures:
        raise GateFailed(failures)
