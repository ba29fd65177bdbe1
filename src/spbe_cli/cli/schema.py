"""`spbe schema`: the JSON Schema of the answer file, for editors and CI."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli.cli.common import WeightsOption, app, catalog, emit, named_framework


@app.command()
def schema(
    framework_id: Annotated[
        str | None,
        typer.Option(
            "--kerangka",
            metavar="KERANGKA",
            help="List this kerangka's indicator ids and levels in the schema.",
        ),
    ] = None,
    weights: WeightsOption = None,
) -> None:
    """Print the JSON Schema (2020-12) of the answer file.

    Save it beside the answer files, e.g. `spbe schema --kerangka spbe-2020 >
    spbe-2020.schema.json`: the first line of a file from `spbe init` points editors
    (yaml-language-server) at it.
    """
    import json

    from spbe_cli.answer_schema import schema as build_schema

    tables = catalog(weights)
    framework = named_framework(tables, framework_id) if framework_id is not None else None
    emit(json.dumps(build_schema(tables, framework), ensure_ascii=False, indent=2) + "\n")
