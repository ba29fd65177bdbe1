"""`spbe plan --format table` (the default): the steps as a rich table, then what each needs."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.console import RenderableType
from rich.text import Text

from spbe_cli.i18n import tr
from spbe_cli.planning import Plan
from spbe_cli.renderers import Options
from spbe_cli.renderers.console import Row, Table, band_style, fits, make_console, stacked
from spbe_cli.renderers.plan.view import (
    cap_text,
    columns,
    gains_note,
    heading,
    held_text,
    need_lines,
    row,
    summary,
)
from spbe_cli.renderers.text import one_line


def _steps(
    headers: Sequence[str],
    rows: list[list[str | Text]],
    left: set[int],
    shift: int,
    options: Options,
) -> RenderableType:
    """The steps: a table, or stacked rows on a narrow terminal."""
    ident, name = 1 + shift, 2 + shift  # the id and name columns
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for n, title in enumerate(headers):
        table.add_column(title, justify="left" if n in left else "right", no_wrap=n != name)
    for cells_ in rows:
        table.add_row(*cells_)
    if fits(table, options):
        return table
    others = [n for n in range(1, len(headers)) if n not in (ident, name)]
    numbers = [(headers[n], n not in left) for n in others]
    stacked_rows = [Row(f"{r[0]}. {r[ident]}", r[name], [r[n] for n in others]) for r in rows]
    return stacked(
        (f"# {headers[ident]}", headers[name]), numbers, stacked_rows, options.width or 100
    )


def render(plan: Plan, options: Options) -> str:
    buffer = io.StringIO()
    console = make_console(buffer, options)
    language = options.language
    console.print(Text(heading(plan, language), style="bold"))
    style = band_style(plan.current.framework, plan.predicate) if plan.reached else "bold red"
    console.print(Text(summary(plan, language), style=style))
    for note in (held_text(plan, language), cap_text(plan, language)):
        if note:
            console.print(Text(note, style="dim"))
    if not plan.moves:
        return buffer.getvalue()
    shift = 1 if plan.floor is not None else 0  # the "for" column before the id
    headers = ("#", *columns(language, plan.floor is not None))
    left = {1, 2 + shift, 8 + shift} | ({1 + shift} if shift else set())
    rows: list[list[str | Text]] = []
    for n, move in enumerate(plan.moves, start=1):
        *cells, reached = row(plan, move, language)
        style = band_style(plan.current.framework, move.predicate)
        rows.append([str(n), *cells, Text(reached, style=style)])
    table = _steps(headers, rows, left, shift, options)
    console.print(table)
    footnote = gains_note(plan, language)
    if footnote:
        console.print(Text(footnote, style="dim"))
    console.print(Text(tr(language, "plan_needs"), style="bold"))
    needs = Table.grid(padding=(0, 1))
    needs.add_column(no_wrap=True)
    needs.add_column()
    for move in plan.moves:
        ind = move.indicator
        needs.add_row(Text(ind.id, style="bold"), Text(one_line(ind.name), style="bold"))
        for line in need_lines(plan, move, language):
            needs.add_row("", line)
    console.print(needs)
    console.print(Text(tr(language, "plan_order"), style="dim"))
    return buffer.getvalue()
