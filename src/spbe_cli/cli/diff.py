"""`spbe diff`: what changed between two answer files (last year and this year, two drafts)."""

from __future__ import annotations

from typing import Annotated

import typer

from spbe_cli.cli.common import (
    EXIT_GATE,
    AllowIncompleteOption,
    DiffFormatOption,
    LanguageOption,
    WeightsOption,
    app,
    catalog,
    emit,
    guard,
    render_options,
    say,
    score_all,
    warn_drafts,
    warn_frameworks,
)
from spbe_cli.frameworks import weight_dirs
from spbe_cli.renderers import diff_renderer


@app.command()
def diff(
    old: Annotated[
        str, typer.Argument(metavar="OLD", help="The earlier answer file (YAML); - reads stdin.")
    ],
    new: Annotated[
        str, typer.Argument(metavar="NEW", help="The later answer file (YAML); - reads stdin.")
    ],
    output_format: DiffFormatOption = "table",
    exit_code: Annotated[
        bool,
        typer.Option("--exit-code", help="Exit 1 when any level differs (0 when none)."),
    ] = False,
    fail_on_regression: Annotated[
        bool,
        typer.Option("--fail-on-regression", help="Exit 1 when any indicator went down."),
    ] = False,
    allow_incomplete: AllowIncompleteOption = False,
    weights: WeightsOption = None,
    language: LanguageOption = "id",
) -> None:
    """Compare two answer files: indeks, predikat, domains, aspects and indicators.

    Same kerangka: every indicator whose level changed, with its share of the index change.
    Different kerangka: index and predikat, and the rest through the mapping table (pemetaan)
    between the two, when there is one. The output says which comparison was made.
    """
    from spbe_cli import crosswalk  # the comparison modules load only for this command
    from spbe_cli.diff import compare
    from spbe_cli.gates import diff_failures

    tables = catalog(weights)
    before, after = score_all([old, new], tables, allow_missing=allow_incomplete)
    warn_frameworks([before, after])
    warn_drafts([before, after])
    if before.year > after.year:
        say(f"warning: {old} ({before.year}) is later than {new} ({after.year}); read as OLD → NEW")
    table = None
    if before.framework.id != after.framework.id:
        old_id, new_id = before.framework.id, after.framework.id
        table = guard(lambda: crosswalk.find(tables, old_id, new_id, weight_dirs(weights)))
    comparison = compare(before, after, table)
    emit(diff_renderer(output_format)(comparison, render_options(language=language)))
    failures = diff_failures(comparison, any_change=exit_code, regression=fail_on_regression)
    for line in failures:
        say(line)
    if failures:
        raise typer.Exit(EXIT_GATE)
