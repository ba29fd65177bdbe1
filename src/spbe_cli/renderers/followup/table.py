"""`spbe followup` (the default format): every recommendation in a table, late ones in red;
on a terminal too narrow for the table to give its texts room, one block per recommendation
(its place and id, pj, status and due date on the first line, the recommendation and its
follow-up wrapped under it): no text is ever cut."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from spbe_cli.renderers import Options
from spbe_cli.renderers.console import Table, make_console
from spbe_cli.renderers.followup import FollowUpList
from spbe_cli.renderers.followup.view import columns, row, summary

TEXT_ROOM = 28
"""Cells a recommendation's and a follow-up's text each need for the table to be worth it."""


def _fits(heads: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> bool:
    """Whether the short columns at their widest, plus room for the two texts, fit."""
    short = len(heads) - 2
    widths = [max(len(r[n]) for r in [heads, *rows]) for n in range(short)]
    return sum(widths) + 2 * TEXT_ROOM + 3 * (len(heads) - 1) <= width


def _table(console: Console, heads: Sequence[str], items: list[tuple[list[str], str]]) -> None:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    short = len(heads) - 2  # file, pj, status, due: as wide as they are; the texts share
    for n, name in enumerate(heads):
        if n >= short:
            table.add_column(name, ratio=1)
        else:
            table.add_column(name, no_wrap=True)
    for cells, style in items:
        table.add_row(*(Text(cell, style=style) for cell in cells))
    console.print(table)


def _blocks(console: Console, heads: Sequence[str], items: list[tuple[list[str], str]]) -> None:
    """One block per recommendation: the short cells on one line, the texts under them."""
    short = len(heads) - 2
    for cells, style in items:
        first = Text(" · ".join(c for c in cells[:short] if c), style=style or "bold")
        console.print(first)
        console.print(Padding(Text(cells[short], style=style), (0, 0, 0, 2)))
        done = Text(f"{heads[short + 1]}: {cells[short + 1]}", style=style or "dim")
        console.print(Padding(done, (0, 0, 0, 2)))


def render(found: FollowUpList, options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    language = options.language
    files = found.files > 1
    console.print(Text(summary(found, language), style="bold red" if found.late else "bold"))
    if not found.items:
        return buffer.getvalue()
    heads = columns(language, files)
    items = [
        (list(row(item, language, files)), "red" if item.late else ("dim" if not item.open else ""))
        for item in found.items
    ]
    if _fits(heads, [cells for cells, _ in items], options.width or 100):
        _table(console, heads, items)
    else:
        _blocks(console, heads, items)
    return buffer.getvalue()
