"""`spbe split`: one form per owner (pj), aspect or domain, in YAML or as a workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.common import (
    LanguageOption,
    WeightsOption,
    catalog,
    choice,
    command,
    say,
)
from spbe_cli.cli.common import language as run_language
from spbe_cli.errors import UsageError
from spbe_cli.i18n import prefixed, t, t_count, tr_count
from spbe_cli.team.groups import BY

app, register = command("split", "help.split")
FORMATS = ("yaml", "xlsx")


@register
def split(
    file: Annotated[str, typer.Argument(metavar="FILE", help="help.arg.file")],
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="DIR", help="help.split.output")
    ],
    by: Annotated[
        str,
        typer.Option("--by", metavar="|".join(BY), callback=choice(BY), help="help.split.by"),
    ] = "pj",
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="yaml|xlsx",
            callback=choice(FORMATS),
            help="help.split.format",
        ),
    ] = "yaml",
    force: Annotated[bool, typer.Option("--force", help="help.split.force")] = False,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.answers import read_answers
    from spbe_cli.atomic import write_files
    from spbe_cli.team import forms as splitting
    from spbe_cli.team.merging import READ

    tables = catalog(weights)
    doc = api.document(file)
    answers = read_answers(doc, tables, READ)
    if by == "domain" and not answers.framework.domains:
        raise UsageError(t("split.no_domains", framework=answers.framework.id))
    existing = splitting.existing_forms(output)
    if existing and not force:
        raise UsageError(t_count("split.folder_has_forms", len(existing), folder=output))
    made = splitting.split(answers.framework, doc.data, by, file, output, output_format)
    files = [
        (
            form.group.slug + splitting.SUFFIX[output_format],
            splitting.render(form, output_format, run_language()),
        )
        for form in made
    ]
    written = write_files(output, files, force=force, inputs=[file])  # all forms or none
    say(t_count("split.written", len(written), folder=output, by=by))
    for form, name in zip(made, written, strict=True):
        count = tr_count(run_language(), "n_indicators", len(form.entries))
        say(f"  {name.name}: {form.title(run_language())} ({count})")
    stale = sorted(set(existing) - {p.resolve() for p in written})
    if stale:
        names = ", ".join(p.name for p in stale)
        say(prefixed("warning", t("split.stale", folder=output, names=names)))
