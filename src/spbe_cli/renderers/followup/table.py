"""`spbe followup` (the default format): every recommendation in a table, late ones in red."""

from __future__ import annotations

import io

from rich import box
from rich.table import Table
from rich.text import Text

from spbe_cli.renderers import Options
from spbe_cli.renderers.console import make_console
from spbe_cli.renderers.followup import FollowUpList
from spbe_cli.renderers.followup.view import columns, row, summary


def render(found: FollowUpList, options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    language = options.language
    files = found.files > 1
    console.print(Text(summary(found, language), style="bold red" if found.late else "bold"))
    if not found.items:
        return buffer.getvalue()
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    heads = columns(language, files)
    short = len(heads) - 5  # pj, status, due: narrow; the texts take the room
    for n, name in enumerate(heads):
        if n >= short + 3:
            table.add_column(name, ratio=1)
        else:
            table.add_column(name, no_wrap=n == short + 2, max_width=16)
    for item in found.items:
        style = "red" if item.late else ("dim" if not item.open else "")
        table.add_row(*(Text(cell, style=style) for cell in row(item, language, files)))
    console.print(table)
    return buffer.getvalue()
