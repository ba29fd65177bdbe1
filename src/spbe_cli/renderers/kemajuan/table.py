"""`spbe progress` (the default format): one row per owner, then targets against levels."""

from __future__ import annotations

import io

from rich import box
from rich.text import Text

from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.console import Table, make_console
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
    for n, name in enumerate(owner_columns(language)):
        owners.add_column(name, justify="left" if n == 0 else "right")
    for row in found.owners:
        owners.add_row(*owner_row(row, language), style="red" if row.late else "")
    console.print(owners)
    if found.targets:
        console.print(Text(tr(language, "progress_targets"), style="bold"))
        targets = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for n, name in enumerate(target_columns(language)):
            targets.add_column(name, justify="right" if n in (2, 3) else "left")
        for target in found.targets:
            targets.add_row(*target_row(target, language), style="" if target.reached else "yellow")
        console.print(targets)
    return buffer.getvalue()
