"""`spbe simulate`: score an answer file with some levels changed, shown like `spbe diff`."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

import typer

from spbe_cli import api
from spbe_cli.cli.common import (
    AllowIncompleteOption,
    DiffFormatOption,
    LanguageOption,
    WeightsOption,
    app,
    catalog,
    emit,
    guard,
    render_options,
    warn_drafts,
    warn_frameworks,
)
from spbe_cli.i18n import tr
from spbe_cli.renderers import diff_renderer
from spbe_cli.renderers.labels import index_name


@app.command()
def simulate(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="The answer file (YAML); - reads stdin.")
    ],
    overrides: Annotated[
        list[str],
        typer.Option(
            "--set",
            "-s",
            metavar="ID=LEVEL",
            help="Change one indicator's level, e.g. --set 14=4 (repeatable).",
        ),
    ],
    output_format: DiffFormatOption = "table",
    allow_incomplete: AllowIncompleteOption = False,
    weights: WeightsOption = None,
    language: LanguageOption = "id",
) -> None:
    """What if: score FILE with levels changed by --set, and show the change against the file
    as it stands (the same output as `spbe diff`). The file itself is not modified."""
    from spbe_cli.diff import compare
    from spbe_cli.scoring import score
    from spbe_cli.simulation import apply, parse_overrides

    changes = guard(lambda: parse_overrides(overrides))
    tables = catalog(weights)
    answers = guard(lambda: api.read(file, tables, allow_missing=allow_incomplete))
    before = score(answers)
    after = score(guard(lambda: apply(answers, changes)))
    warn_frameworks([before])
    warn_drafts([after])
    listed = ", ".join(f"{key}={value}" for key, value in changes.items())
    title = tr(
        language,
        "simulate_title",
        index=index_name(before, language),
        institution=before.institution,
        year=before.year,
        changes=listed,
        file=before.file,
    )
    sides = (tr(language, "as_is"), tr(language, "simulation"))
    options = replace(render_options(language=language), title=title, sides=sides)
    emit(diff_renderer(output_format)(compare(before, after), options))
