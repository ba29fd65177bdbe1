"""`spbe schema`: the JSON Schema of the answer file, for editors and CI."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli.cli.common import (
    LanguageOption,
    WeightsOption,
    catalog,
    command,
    emit,
    named_framework,
    render_options,
)
from spbe_cli.renderers.jsontext import json_document

app, register = command("schema", "help.schema")


@register
def schema(
    framework_id: Annotated[
        str | None,
        typer.Option("--kerangka", metavar="KERANGKA", help="help.schema.kerangka"),
    ] = None,
    weights: WeightsOption = None,
    language: LanguageOption = None,
) -> None:
    from spbe_cli.answer_schema import schema as build_schema

    tables = catalog(weights)
    framework = named_framework(tables, framework_id) if framework_id is not None else None
    emit(json_document(build_schema(tables, framework), render_options().ascii))
