"""The rich console every table renderer draws on, and the colours of the predicate bands."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich import table as rich_table
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.text import Text

from spbe_cli.renderers import Options
from spbe_cli.renderers.styles import BAND_STYLES, NARROW, band_style, is_narrow

__all__ = [
    "BAND_STYLES",
    "NARROW",
    "Table",
    "band_style",
    "fits",
    "fitted",
    "is_narrow",
    "make_console",
    "stacked",
]


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


class Table(rich_table.Table):
    """Every table spbe draws: a column too narrow for a word folds it onto the next line
    instead of cutting it with "…" (rich's default), so no table ever hides data; a column
    added with an `overflow` of its own keeps it. Renderers import this, never rich's."""

    def add_column(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("overflow", "fold")
        super().add_column(*args, **kwargs)


def fits(table: rich_table.Table, options: Options) -> bool:
    """Whether a table shows every word of every cell whole at the terminal's width (rich's
    minimum measure: each column as wide as its longest word). Where it does not, or on a
    narrow terminal, a renderer stacks its rows (`stacked`) instead of breaking words."""
    from rich.measure import Measurement

    width = options.width or 100
    if width < NARROW:
        return False
    for column in table.columns:  # rich would otherwise squeeze the widest column further
        texts = [column.header, *column.cells]
        plain = [t.plain if isinstance(t, Text) else t for t in texts if isinstance(t, str | Text)]
        longest = max((cell_len(word) for text in plain for word in text.split()), default=0)
        column.min_width = max(column.min_width or 0, longest)
    room = 10_000  # measured unclamped: rich caps a measure at the width it is given
    console = Console(file=io.StringIO(), width=room, legacy_windows=False)
    if Measurement.get(console, console.options, table).minimum > width:
        return False
    return _words_whole(table, width)


def _words_whole(table: rich_table.Table, width: int) -> bool:
    """Whether every word of every cell stands whole in the table drawn at `width` (rich may
    still fold one where its share of the width comes out narrower than the measure)."""
    out = io.StringIO()
    Console(file=out, width=width, legacy_windows=False, color_system=None).print(table)
    drawn = set(out.getvalue().split())
    for column in table.columns:
        for text in (column.header, *column.cells):
            plain = text.plain if isinstance(text, Text) else text
            if isinstance(plain, str) and any(w not in drawn for w in plain.split()):
                return False
    return True


Cell = str | Text


def fitted(table: rich_table.Table, options: Options, name: int = 1) -> RenderableType:
    """The table where it shows every word whole (`fits`), else its rows stacked: column 0
    as the id, column `name` as the name (wrapped under it), the other columns' cells on the
    line below, aligned as in the table."""
    if fits(table, options):
        return table
    columns = table.columns
    cells = [list(column.cells) for column in columns]
    others = [n for n in range(len(columns)) if n not in (0, name)]
    heads = (str(columns[0].header), str(columns[name].header))
    numbers = [(str(columns[n].header), columns[n].justify == "right") for n in others]
    rows = [
        Row(_cell(cells[0][r]), _cell(cells[name][r]), [_cell(cells[n][r]) for n in others])
        for r in range(table.row_count)
    ]
    return stacked(heads, numbers, rows, options.width or 100)


def _cell(value: object) -> Cell:
    return value if isinstance(value, str | Text) else str(value)


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
    indent = _indent(sizes, ident_width, width)
    heads_line = _cells_line([Text(h, style="bold") for h, _ in columns], columns, sizes, indent)
    if heads_line.cell_len > width:
        # the headers alone would wrap: listed in order instead, and the columns only as
        # wide as their values (so that a row's numbers stay on one line)
        heads_line = Text(" · ".join(h for h, _ in columns), style="bold")
        sizes = found
        indent = _indent(sizes, ident_width, width)
    gap = " " * max(1, ident_width + 1 - _len(heads[0]))
    parts: list[RenderableType] = [
        Text(f"{heads[0]}{gap}{heads[1]}", style="bold"),
        heads_line,
        Rule(style="dim", characters="─"),
    ]
    for row in rows:
        ident = row.ident if isinstance(row.ident, Text) else Text(row.ident, style=row.style)
        name = row.name if isinstance(row.name, Text) else Text(row.name, style=row.style)
        if ident.cell_len > ident_width:  # a long id on a line of its own, never folded
            parts.append(ident)
            ident = Text("")
        parts.append(_name_line(ident, name, ident_width))
        parts.append(_cells_line(row.cells, columns, sizes, indent))
    return Group(*parts)


def _indent(sizes: Sequence[int], ident_width: int, width: int) -> int:
    """Where a row's cells start: under the name, or further left when they need the room."""
    line_width = sum(sizes) + 2 * (len(sizes) - 1)
    return ident_width + 1 if ident_width + 1 + line_width <= width else max(0, width - line_width)


def _len(cell: Cell) -> int:
    return cell.cell_len if isinstance(cell, Text) else Text(cell).cell_len


def _name_line(ident: Text, name: Text, ident_width: int) -> rich_table.Table:
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
