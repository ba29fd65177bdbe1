"""`spbe init`: a new, complete and valid answer file to fill in."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spbe_cli.cli.common import WeightsOption, app, catalog, emit, guard, named_framework, say
from spbe_cli.errors import UsageError
from spbe_cli.frameworks import Catalog, Framework


def _framework(tables: Catalog, year: int, framework_id: str | None) -> Framework:
    if framework_id is not None:
        return named_framework(tables, framework_id)
    found = tables.for_year(year)
    if found is None:
        raise UsageError(
            f"--tahun {year}: no kerangka covers this year; known: {tables.describe_years()}"
        )
    return found


@app.command()
def init(
    year: Annotated[
        int, typer.Option("--tahun", metavar="TAHUN", help="Evaluation year, e.g. 2025.")
    ],
    framework_id: Annotated[
        str | None,
        typer.Option(
            "--kerangka", metavar="KERANGKA", help="Kerangka id (default: the one for --tahun)."
        ),
    ] = None,
    institution: Annotated[
        str | None, typer.Option("--instansi", metavar="NAMA", help="Institution name.")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to this file (default: stdout)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the --output file if it exists.")
    ] = False,
    weights: WeightsOption = None,
) -> None:
    """Write a complete answer file: every indicator at the lowest level, with its name,
    aspect, weight and level names in comments. An existing file is never overwritten
    without --force (exit 2, file untouched)."""
    from spbe_cli.atomic import write_atomic
    from spbe_cli.template import answer_file, schema_file

    tables = catalog(weights)
    framework = guard(lambda: _framework(tables, year, framework_id))
    if not framework.covers(year):
        usual = tables.for_year(year)
        say(
            f"warning: kerangka {framework.id} covers {framework.years}, not {year}"
            + (f" (the kerangka for {year} is {usual.id})" if usual else "")
        )
    text = guard(lambda: answer_file(framework, year, institution))
    if output is None:
        emit(text)
        return
    guard(lambda: write_atomic(output, text.encode("utf-8"), force=force))
    say(
        f"{output}: written ({len(framework.indicators)} indikator, kerangka {framework.id}); "
        f"editor schema: spbe schema --kerangka {framework.id} > {schema_file(framework)}"
    )
