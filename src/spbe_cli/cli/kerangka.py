"""`spbe kerangka`: the weight tables spbe knows, their years, status and sources."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli.cli.common import (
    LanguageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    format_option,
    named_framework,
    render_options,
)
from spbe_cli.renderers.kerangka import FORMATS

app, register = command("kerangka", "help.kerangka")


@register
def kerangka(
    framework_id: Annotated[
        str | None, typer.Argument(metavar="[KERANGKA]", help="help.kerangka.id")
    ] = None,
    output_format: Annotated[str, format_option(FORMATS.names)] = "text",
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    tables = catalog(weights)
    chosen = tables.ordered()
    if framework_id is not None:
        chosen = [named_framework(tables, framework_id)]
    # detail: one table asked for by id is the object itself in JSON, not a list of one
    options = render_options()._replace(detail=framework_id is not None)
    emit(FORMATS.renderer(output_format)(chosen, options))
