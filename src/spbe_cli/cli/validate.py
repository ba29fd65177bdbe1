"""`spbe validate`: check answer files without scoring them, reporting every problem."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from spbe_cli.cli.common import (
    EXIT_INPUT,
    EXIT_USAGE,
    AllowIncompleteOption,
    WeightsOption,
    app,
    catalog,
    choice,
    emit,
    say,
    stdin_once,
)
from spbe_cli.errors import Problem

if TYPE_CHECKING:
    from spbe_cli.validation import FileCheck

FORMATS = ("text", "json")
INDICATOR = "indikator "


def _problem(problem: Problem) -> dict[str, Any]:
    subject = problem.subject
    where: dict[str, Any] = (
        {"indikator": subject[len(INDICATOR) :]}
        if subject.startswith(INDICATOR)
        else {"kunci": subject or None}
    )
    return {
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        **where,
        "pesan": problem.message,
    }


def _status(result: FileCheck) -> str:
    if result.unreadable is not None:
        return "tidak_terbaca"
    return "ok" if result.ok else "tidak_valid"


def _json(result: FileCheck) -> dict[str, Any]:
    entry: dict[str, Any] = {"berkas": result.file, "status": _status(result)}
    if result.framework is not None:
        entry["kerangka"] = result.framework
    entry["masalah"] = [_problem(p) for p in result.problems]
    if result.unreadable is not None:
        entry["masalah"].append(
            {
                "file": result.file,
                "line": None,
                "column": None,
                "kunci": None,
                "pesan": result.unreadable,
            }
        )
    entry["peringatan"] = list(result.warnings)
    return entry


def _text(result: FileCheck) -> None:
    for warning in result.warnings:
        say(f"warning: {warning}")
    if result.unreadable is not None:
        say(f"error: {result.unreadable}")
    for problem in result.problems:
        say(str(problem))
    if result.ok:
        say(f"{result.file}: ok ({result.framework})")


@app.command()
def validate(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help="Answer files (YAML); - reads stdin.")
    ],
    output_format: Annotated[
        str,
        typer.Option("--format", "-f", callback=choice(FORMATS), help="Output format: text, json."),
    ] = "text",
    allow_incomplete: AllowIncompleteOption = False,
    weights: WeightsOption = None,
) -> None:
    """Check answer files: every problem in every file (exit 0 all valid, 3 otherwise).

    Text: problems and an ok line per valid file, on stderr. JSON: a list on stdout with each
    file's status and problems (file, line, column, indikator or kunci, pesan).
    """
    import json

    from spbe_cli.validation import check_all

    stdin_once(files)
    tables = catalog(weights)
    results = check_all(files, tables, allow_missing=allow_incomplete)
    if output_format == "json":
        emit(json.dumps([_json(r) for r in results], ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            _text(result)
    if any(r.unreadable is not None for r in results):
        raise typer.Exit(EXIT_USAGE)
    if not all(r.ok for r in results):
        raise typer.Exit(EXIT_INPUT)
