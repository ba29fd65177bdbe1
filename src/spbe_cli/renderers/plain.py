"""Terminal text drawn without rich's layout engine, for the output a batch writes thousands of
times (`spbe score` as a table): words wrapped to a width, a table of aligned columns with one
column that wraps, a box around a line, styles as ANSI codes when colour is on. Building rich
renderables costs about 10 ms a file; this costs well under one.

Only character widths come from rich (`cell_len`: wide CJK characters take two cells). Text
from files arrives escaped (renderers/text.py `one_line`): no control characters, one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from rich.cells import cell_len as rich_cell_len
from rich.cells import get_character_cell_size

_SGR = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "underline": "4",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
}
GAP = "   "  # between two columns
UNICODE_BOX = "╭─╮│╰╯"
ASCII_BOX = "+-+|++"


class Span(NamedTuple):
    """Text in one style (a rich-like style name: "bold", "dim", "bold red"; "" for none)."""

    text: str
    style: str = ""


class Column(NamedTuple):
    header: str
    right: bool = False  # numbers: aligned right
    wraps: bool = False  # the one column whose text wraps (names)


class Look(NamedTuple):
    """Where the text goes: its width in cells, colour on or off, ASCII only or not."""

    width: int
    color: bool = False
    ascii: bool = False


def cell_len(text: str) -> int:
    """The cells `text` takes on a terminal: one per character for printable ASCII (what most
    cells hold, decided without a call into rich), else as rich counts them."""
    return len(text) if text.isascii() and text.isprintable() else rich_cell_len(text)


def paint(text: str, style: str, look: Look) -> str:
    """`text` in `style` as ANSI codes, when colour is on."""
    if not look.color or not style or not text:
        return text
    codes = ";".join(_SGR[word] for word in style.split() if word in _SGR)
    return f"\x1b[{codes}m{text}\x1b[0m" if codes else text


def wrap(text: str, width: int) -> list[str]:
    """Words on lines of at most `width` cells; a word longer than a line is cut across lines
    (nothing is left out). Always at least one line."""
    return list(_wrapped(text, width))


@lru_cache(maxsize=4096)
def _wrapped(text: str, width: int) -> tuple[str, ...]:
    """wrap(), once per text and width: a batch wraps the same names in every file."""
    return tuple(_wrap(text, width))


def _wrap(text: str, width: int) -> list[str]:
    width = max(width, 1)
    if cell_len(text) <= width and "  " not in text and text.strip(" ") == text:
        return [text]  # one line already, each space between two words: what the loop gives
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if not word:
            continue
        candidate = f"{line} {word}" if line else word
        if cell_len(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        pieces = _fold(word, width)
        lines += pieces[:-1]
        line = pieces[-1]
    lines.append(line)
    return lines


def _fold(word: str, width: int) -> list[str]:
    pieces = [""]
    used = 0
    for char in word:
        size = get_character_cell_size(char)
        if used + size > width and pieces[-1]:
            pieces.append("")
            used = 0
        pieces[-1] += char
        used += size
    return pieces


def paragraph(span: Span, look: Look) -> list[str]:
    """A line of text wrapped to the width, in its style."""
    return [paint(line, span.style, look) for line in wrap(span.text, look.width)]


def boxed(spans: Sequence[Span], style: str, look: Look) -> list[str]:
    """One line of spans in a rounded box (ASCII corners when needed), the border in `style`;
    spans wrap inside the box when the line is wider than the width."""
    chars = ASCII_BOX if look.ascii else UNICODE_BOX
    corner_l, edge, corner_r, side, foot_l, foot_r = (chars[n] for n in range(6))
    plain = "".join(s.text for s in spans)
    inner = min(cell_len(plain), max(look.width - 4, 1))
    if cell_len(plain) <= inner:
        body = ["".join(paint(s.text, s.style, look) for s in spans)]
        widths = [cell_len(plain)]
    else:
        body = wrap(plain, inner)
        widths = [cell_len(line) for line in body]
    border = edge * (inner + 2)
    lines = [paint(corner_l + border + corner_r, style, look)]
    for text, used in zip(body, widths, strict=True):
        pad = " " * (inner - used)
        lines.append(f"{paint(side, style, look)} {text}{pad} {paint(side, style, look)}")
    lines.append(paint(foot_l + border + foot_r, style, look))
    return lines


def table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Span]],
    look: Look,
    widths: Sequence[int] | None = None,
) -> list[str]:
    """Bold headers, a rule under them, then the rows; columns `GAP` apart, each as wide as
    its widest cell. When that is wider than the look, the other columns' headers first wrap
    at their spaces ("Indeks /" over "Level"), so that those columns are only as wide as their
    values; then the wrapping column gives way (down to ten cells); its cells wrap and a row
    takes several lines (a long name on two lines at 100 columns, not three). `widths`: as
    `fitted` gave them for these columns, rows and width."""
    if widths is None:
        widths = _widths(columns, rows, look.width)
    total = sum(widths) + len(GAP) * (len(columns) - 1)
    heads = [Span(column.header, "bold") for column in columns]
    lines = _row(columns, widths, heads, look, every=True)
    lines.append(paint(("-" if look.ascii else "─") * total, "", look))
    for row in rows:
        lines += _row(columns, widths, row, look)
    return lines


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[Span]], width: int) -> list[int]:
    """Each column's width in `table` (see there) for a look `width` cells wide: the other
    columns' headers wrap only when the wrapping column would otherwise be narrower than
    0.6 of its longest cell (that cell on three lines or more)."""
    cells = [[cell_len(row[n].text) for row in rows] for n in range(len(columns))]
    natural = [max([cell_len(column.header), *cells[n]]) for n, column in enumerate(columns)]
    widths = _give_way(columns, natural, width)
    squeezed = any(
        column.wraps and widths[n] < 0.6 * max(cells[n], default=0)
        for n, column in enumerate(columns)
    )
    if squeezed:
        tight = [
            natural[n]
            if column.wraps
            else max([cell_len(word) for word in _words(column.header)] + cells[n])
            for n, column in enumerate(columns)
        ]
        widths = _give_way(columns, tight, width)
    return widths


def _give_way(columns: Sequence[Column], widths: Sequence[int], width: int) -> list[int]:
    """The wrapping column narrowed (down to ten cells) until the columns fit `width`."""
    found = list(widths)
    total = sum(found) + len(GAP) * (len(columns) - 1)
    for n, column in enumerate(columns):
        if column.wraps and total > width:
            found[n] = max(10, found[n] - (total - width))
            total = sum(found) + len(GAP) * (len(columns) - 1)
    return found


def fitted(
    columns: Sequence[Column], rows: Sequence[Sequence[Span]], width: int
) -> list[int] | None:
    """The columns' widths in `table` when it shows every word whole within `width` cells
    (the wrapping column holds its longest word and nothing is wider than the width), else
    None (the caller stacks)."""
    widths = _widths(columns, rows, width)
    if sum(widths) + len(GAP) * (len(columns) - 1) > width:
        return None
    for n, column in enumerate(columns):
        if column.wraps:
            longest = max((cell_len(w) for row in rows for w in row[n].text.split()), default=0)
            if longest > widths[n]:
                return None
    return widths


def _words(header: str) -> list[str]:
    """A header's words as it may wrap: a lone "/" stays with the word before it."""
    words: list[str] = []
    for word in header.split():
        if word == "/" and words:
            words[-1] += " /"
        else:
            words.append(word)
    return words


def _row(
    columns: Sequence[Column],
    widths: Sequence[int],
    cells: Sequence[Span],
    look: Look,
    *,
    every: bool = False,
) -> list[str]:
    """A row's lines: the wrapping column's cell wrapped to its width (`every`: each cell
    wrapped, for the headers)."""
    wrapped = [
        wrap(cell.text, width) if column.wraps or every else [cell.text]
        for column, width, cell in zip(columns, widths, cells, strict=True)
    ]
    lines = []
    for number in range(max(len(parts) for parts in wrapped)):
        out = []
        for column, width, cell, parts in zip(columns, widths, cells, wrapped, strict=True):
            text = parts[number] if number < len(parts) else ""
            pad = " " * max(0, width - cell_len(text))
            shown = paint(text, cell.style, look)
            out.append(pad + shown if column.right else shown + pad)
        lines.append(GAP.join(out).rstrip())
    return lines
