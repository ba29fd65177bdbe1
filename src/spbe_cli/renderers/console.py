"""The rich console every table renderer draws on, and the colours of the predicate bands."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from spbe_cli.renderers import Options
from spbe_cli.renderers.styles import BAND_STYLES, NARROW, band_style, is_narrow

__all__ = ["BAND_STYLES", "NARROW", "band_style", "is_narrow", "make_console", "stacked"]


def make_console(buffer: io.StringIO, options: Options) -> Console:
    """A rich console writing into `buffer`, coloured only when the options say so; plain
    ASCII boxes when the output cannot encode more."""
    return Console(
        file=buffer,
        width=options.width or 100,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        markup=False,
        color_system="auto" if options.color else None,
        legacy_windows=False,
        safe_box=options.ascii,
    )


Cell = str | Text


@dataclass(frozen=True)
class Row:
    """A table row: its id (may be indented), its name, and the other cells in order."""

    ident: Cell
    name: Cell
    cells: Sequence[Cell]
    style: str = ""  # for the id and the name ("bold" for a domain)


def stacked(
    heads: tuple[str, str],
    columns: Sequence[tuple[str, bool]],
    rows: Sequence[Row],
    width: int,
) -> Group:
    """A table for a narrow terminal: `heads` are the id and name headers; `columns` the
    other headers, each right-aligned or not. Each row is the id and its name (wrapped under
    itself), then the row's other cells on a line of their own, aligned with the headers."""
    ident_width = min(max([_len(r.ident) for r in rows] or [_len(heads[0])]), max(4, width // 3))
    found = [max([_len(r.cells[n]) for r in rows] or [0]) for n in range(len(columns))]
    sizes = [max(_len(head), size) for (head, _), size in zip(columns, found, strict=True)]
    if columns and not columns[-1][1]:  # a last column aligned left needs no room for its header
        sizes[-1] = found[-1]
    line_width = sum(sizes) + 2 * (len(sizes) - 1)
    fits = ident_width + 1 + line_width <= width
    indent = ident_width + 1 if fits else max(0, width - line_width)
    gap = " " * max(1, ident_width + 1 - _len(heads[0]))
    heads_line = _cells_line([Text(h, style="bold") for h, _ in columns], columns, sizes, indent)
    if heads_line.cell_len > width:  # the headers alone would wrap: listed in order instead
        heads_line = Text(" · ".join(h for h, _ in columns), style="bold")
    parts: list[RenderableType] = [
        Text(f"{heads[0]}{gap}{heads[1]}", style="bold"),
        heads_line,
        Rule(style="dim", characters="─"),
    ]
    for row in rows:
        ident = row.ident if isinstance(row.ident, Text) else Text(row.ident, style=row.style)
        name = row.name if isinstance(row.name, Text) else Text(row.name, style=row.style)
        parts.append(_name_line(ident, name, ident_width))
        parts.append(_cells_line(row.cells, columns, sizes, indent))
    return Group(*parts)


def _len(cell: Cell) -> int:
    return cell.cell_len if isinstance(cell, Text) else Text(cell).cell_len


def _name_line(ident: Text, name: Text, ident_width: int) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(min_width=ident_width, max_width=ident_width, overflow="fold")
    grid.add_column(overflow="fold")
    grid.add_row(ident, name)
    return grid


def _cells_line(
    cells: Sequence[Cell], columns: Sequence[tuple[str, bool]], sizes: Sequence[int], indent: int
) -> Text:
    line = Text(" " * indent, no_wrap=False)
    for n, (cell, (_, right), size) in enumerate(zip(cells, columns, sizes, strict=True)):
        text = cell if isinstance(cell, Text) else Text(cell)
        pad = " " * max(0, size - text.cell_len)
        if n:
            line.append("  ")
        line.append_text(Text(pad) + text if right else text + Text(pad))
    line.rstrip()
    return line
