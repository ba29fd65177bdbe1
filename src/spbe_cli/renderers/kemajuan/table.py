"""`spbe progress` (the default format): one row per owner, then targets against levels."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.text import Text

from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.console import Row, Table, fits, make_console, stacked
from spbe_cli.renderers.kemajuan.view import (
    index_text,
    owner_columns,
    owner_row,
    target_columns,
    target_row,
    title,
)
from spbe_cli.team.progress import Progress


def render(found: Progress, options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    language = options.language
    console.print(Text(title(found, language), style="bold"))
    reached = found.index is None or found.index.reached
    console.print(Text(index_text(found, language), style="bold" if reached else "bold red"))
    owners = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    heads = owner_columns(language)
    for n, name in enumerate(heads):
        owners.add_column(name, justify="left" if n == 0 else "right")
    rows = [(owner_row(row, language), "red" if row.late else "") for row in found.owners]
    for cells, style in rows:
        owners.add_row(*cells, style=style)
    if fits(owners, options):
        console.print(owners)
    else:  # the pj on its own line, its counts under it
        columns = [(name, True) for name in heads[1:]]
        stacked_rows = [Row("", Text(c[0], style=s), c[1:], style=s) for c, s in rows]
        console.print(stacked(("", heads[0]), columns, stacked_rows, options.width or 100))
    if found.targets:
        console.print(Text(tr(language, "progress_targets"), style="bold"))
        _targets(console, found, options)
    return buffer.getvalue()


def _targets(console: Console, found: Progress, options: Options) -> None:
    """Each indicator's level against its target: a table, or stacked where it cannot show
    every word whole."""
    language = options.language
    heads = target_columns(language)
    targets = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for n, name in enumerate(heads):
        targets.add_column(name, justify="right" if n in (2, 3) else "left")
    rows = [
        (target_row(target, language), "" if target.reached else "yellow")
        for target in found.targets
    ]
    for cells, style in rows:
        targets.add_row(*cells, style=style)
    if fits(targets, options):
        console.print(targets)
        return
    columns = [(name, n in (2, 3)) for n, name in enumerate(heads) if n]
    stacked_rows = [Row("", Text(c[0], style=s), c[1:], style=s) for c, s in rows]
    console.print(stacked(("", heads[0]), columns, stacked_rows, options.width or 100))
