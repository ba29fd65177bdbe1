"""`spbe diff --format table` (the default): the year at a glance. The index and predikat on
top, then the indicators that went up (green) and down (red), biggest contribution first,
then the domains and aspects, and a last line saying which comparison was made."""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction

from rich import box
from rich.console import Group, JustifyMethod, RenderableType
from rich.panel import Panel
from rich.text import Text

from spbe_cli.diff import Change, Comparison
from spbe_cli.exact import display
from spbe_cli.i18n import term_label, tr
from spbe_cli.ids import id_ranges
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import index_text, predicate_label
from spbe_cli.renderers.console import (
    Cell,
    Row,
    Table,
    band_style,
    fits,
    make_console,
    stacked,
)
from spbe_cli.renderers.diff.closed import closed_lines
from spbe_cli.renderers.diff.view import (
    Section,
    contribution_text,
    describe,
    draft_notes,
    files,
    group_delta_text,
    group_value_text,
    groups_note,
    ids_text,
    index_delta_text,
    level_delta_text,
    level_value_text,
    move_text,
    name_of,
    old_name,
    row_name,
    sections,
    title,
)

STYLES = {"naik": "bold green", "turun": "bold red", "belum_diisi": "bold yellow"}
COMPACT = ("hanya_lama", "hanya_baru")  # rows without a counterpart: listed by id only


def _tone(delta: Fraction | None) -> str:
    if delta is None:
        return ""
    if delta == 0:
        return "dim"
    return "green" if delta > 0 else "red"


def _summary(comparison: Comparison, language: str) -> Panel:
    old, new = comparison.old, comparison.new
    delta = comparison.index_delta
    tone = "bold " + (_tone(delta) if delta else "")
    text = Text.assemble(
        (f"{name_of(comparison, language)}  ", "bold"),
        (index_text(old), band_style(old.framework, old.predicate)),
        " → ",
        (index_text(new), band_style(new.framework, new.predicate)),
        "  ",
        (index_delta_text(comparison), tone.strip()),
        (f"    {tr(language, 'predicate')}  ", "bold"),
        (
            predicate_label(old.framework, old.predicate, language),
            band_style(old.framework, old.predicate),
        ),
        " → ",
        (
            predicate_label(new.framework, new.predicate, language),
            band_style(new.framework, new.predicate),
        ),
        (f"  ({move_text(comparison, language)})", "dim"),
    )
    return Panel(text, expand=False, border_style=tone.strip() or "bold")


def _table(columns: Sequence[tuple[str, int]]) -> Table:
    """A full-width table whose columns have fixed widths except the name (width 0), which
    takes the rest, so the tables of all sections line up. Id columns come before the name."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    named = False
    for header, width in columns:
        if width == 0:
            table.add_column(header, ratio=1)
            named = True
        else:
            justify: JustifyMethod = "right" if named else "left"
            table.add_column(header, justify=justify, no_wrap=True, min_width=width)
    return table


def _width(values: Sequence[str], header: str) -> int:
    return max([len(header), *(len(v) for v in values)])


def _numbers(language: str) -> list[tuple[str, int]]:
    """The old, new and change columns, at least as wide as their Indonesian headers."""
    return [(tr(language, "old"), 4), (tr(language, "new"), 4), (tr(language, "delta"), 7)]


def _indicator_tables(
    comparison: Comparison, found: Sequence[Section], options: Options
) -> list[RenderableType]:
    language = options.language
    same = comparison.kind == "kerangka_sama"
    rows = [c for section in found if section.key not in COMPACT for c in section.rows]
    if same:
        ids = [("ID", _width([c.id for c in rows], "ID"))]
        last = (tr(language, "contribution"), 10)
    else:
        old_id, new_id = comparison.old.framework.id, comparison.new.framework.id
        ids = [
            (old_id, _width([ids_text(c.old_ids) for c in rows], old_id)),
            (new_id, _width([ids_text(c.new_ids) for c in rows], new_id)),
        ]
        header = tr(language, "confidence")
        sure = [term_label(c.confidence, language) for c in rows if c.confidence]
        last = (header, max(9, _width(sure, header)))
    weight = [(tr(language, "weight"), 5)] if same else []
    columns = [*ids, (tr(language, "indicator"), 0), *weight, *_numbers(language), last]
    parts: list[RenderableType] = []
    for section in found:
        parts += [Text(""), Text(section.heading, style=STYLES.get(section.key, "bold"))]
        if section.key in COMPACT:
            ids_shown = [c.old_ids[0] if c.old_ids else c.new_ids[0] for c in section.rows]
            parts.append(Text(f"  {id_ranges(ids_shown)}", style="dim"))
            continue
        cells = [_cells(c, same, language) for c in section.rows]
        parts.append(_layout(columns, len(ids), cells, options))
    return parts


def _layout(
    columns: Sequence[tuple[str, int]],
    id_count: int,
    rows: Sequence[Sequence[Cell]],
    options: Options,
) -> RenderableType:
    """The rows as a full-width table, or stacked (name on its own lines) on a narrow
    terminal. Each row holds `id_count` id cells, the name, then the numbers."""
    table = _table(columns)
    for row in rows:
        table.add_row(*row)
    if not fits(table, options):
        heads = (" → ".join(h for h, _ in columns[:id_count]), columns[id_count][0])
        numbers = [(h, True) for h, _ in columns[id_count + 1 :]]
        stacked_rows = [
            Row(
                " → ".join(str(c) for c in row[:id_count]),
                _text(row[id_count]),
                row[id_count + 1 :],
            )
            for row in rows
        ]
        return stacked(heads, numbers, stacked_rows, options.width or 100)
    return table


def _text(cell: Cell) -> Text:
    return cell if isinstance(cell, Text) else Text(cell)


def _cells(c: Change, same: bool, language: str) -> list[Cell]:
    tone = _tone(c.delta)
    name = Text(row_name(c))
    before = old_name(c)
    if before:
        name.append(f"\n← {before}", style="dim")
    cells: list[Cell] = [c.id] if same else [ids_text(c.old_ids), ids_text(c.new_ids)]
    cells.append(name)
    if same:
        cells.append(display(c.weight) if c.weight is not None else "")
    cells += [
        level_value_text(c.old),
        level_value_text(c.new),
        Text(level_delta_text(c), style=tone),
        Text(contribution_text(c), style=tone)
        if same
        else Text(term_label(c.confidence or "", language), style="dim"),
    ]
    return cells


def _groups(label: str, rows: Sequence[Change], same: bool, options: Options) -> RenderableType:
    idents = [c.id if same else f"{ids_text(c.old_ids)} → {ids_text(c.new_ids)}" for c in rows]
    cells: list[Sequence[Cell]] = []
    for ident, c in zip(idents, rows, strict=True):
        name = Text(row_name(c))
        before = old_name(c)
        if before:
            name.append(f" ← {before}", style="dim")
        cells.append(
            (
                ident,
                name,
                group_value_text(c.old),
                group_value_text(c.new),
                Text(group_delta_text(c), style=_tone(c.delta)),
            )
        )
    columns = [("ID", _width(idents, "ID")), (label, 0), *_numbers(options.language)]
    return _layout(columns, 1, cells, options)


def render(comparison: Comparison, options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    same = comparison.kind == "kerangka_sama"
    language = options.language
    heading = options.title or title(comparison, language)
    parts: list[RenderableType] = [Text(heading, style="bold"), _summary(comparison, language)]
    parts.append(Text(describe(comparison, language), style="dim"))
    parts += [Text(note, style="yellow") for note in draft_notes(comparison, language)]
    found = sections(comparison, language)
    if same and not found:
        parts.append(Text(tr(language, "no_level_changed"), style="dim"))
    parts += _indicator_tables(comparison, found, options)
    groups = (("domains", "domain", comparison.domains), ("aspects", "aspect", comparison.aspects))
    for plural, singular, rows in groups:
        if rows:
            label = tr(language, singular)
            table = _groups(label, rows, same, options)
            parts += [Text(""), Text(tr(language, plural), style="bold"), table]
    footnote = groups_note(comparison, language)
    if footnote:
        parts += [Text(""), Text(footnote, style="dim")]
    closed = closed_lines(comparison, language)
    if closed:
        parts += [Text(""), Text(closed[0], style="bold"), *(Text(line) for line in closed[1:])]
    parts += [Text(""), Text(files(comparison, language), style="dim")]
    console.print(Group(*parts))
    return buffer.getvalue()
