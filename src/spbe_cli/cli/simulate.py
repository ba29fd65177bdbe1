"""`spbe simulate`: score an answer file with some levels changed, shown like `spbe diff`."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli import api
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
    warn,
)
from spbe_cli.i18n import tr
from spbe_cli.renderers.diff import FORMATS
from spbe_cli.renderers.text import one_line

app, register = command("simulate", "help.simulate")


@register
def simulate(
    file: Annotated[str, typer.Argument(metavar="FILE", help="help.arg.file")],
    overrides: Annotated[
        list[str], typer.Option("--set", "-s", metavar="ID=LEVEL", help="help.simulate.set")
    ],
    output_format: Annotated[str, format_option(FORMATS.names)] = "table",
    allow_incomplete: AllowIncompleteOption = False,
    framework_id: FrameworkOption = None,
    stage: StageOption = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.diff import compare
    from spbe_cli.scoring import score
    from spbe_cli.simulation import apply, parse_overrides

    changes = parse_overrides(overrides)
    tables = catalog(weights)
    options = read_options(
        tables, allow_incomplete=allow_incomplete, framework_id=framework_id, stage=stage
    )
    answers = api.read(file, tables, options)
    before = score(answers)
    after = score(apply(answers, changes))
    warn([before])
    shown = render_options()
    listed = ", ".join(f"{key}={value}" for key, value in changes.items())
    title = tr(
        shown.language,
        "simulate_title",
        index=before.framework.index_name(shown.language),
        institution=one_line(before.institution),
        year=before.year,
        changes=one_line(listed),
        file=one_line(before.file),
    )
    sides = (tr(shown.language, "as_is"), tr(shown.language, "simulation"))
    emit(
        FORMATS.renderer(output_format)(
            compare(before, after), shown._replace(title=title, sides=sides)
        )
    )
