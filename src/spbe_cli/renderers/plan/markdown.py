"""`spbe plan --format markdown`: the plan as a table and a list of what each step needs."""

from __future__ import annotations

from spbe_cli.i18n import tr
from spbe_cli.planning import Plan
from spbe_cli.renderers import Options
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
from spbe_cli.renderers.text import markdown as _cell


def render(plan: Plan, options: Options) -> str:
    language = options.language
    lines = [
        f"### {_cell(heading(plan, language))}",
        "",
        f"**{_cell(summary(plan, language))}**",
        "",
    ]
    notes = [n for n in (held_text(plan, language), cap_text(plan, language)) if n]
    lines += [f"> {_cell(n)}" for n in notes] + ([""] if notes else [])
    if plan.moves:
        floor = plan.floor is not None
        lines.append("| # | " + " | ".join(columns(language, floor)) + " |")
        lines.append("|---:|" + ("---|" if floor else "") + "---|---|---:|---:|---:|---:|---:|---|")
        for n, move in enumerate(plan.moves, start=1):
            cells = " | ".join(_cell(c) for c in row(plan, move, language))
            lines.append(f"| {n} | {cells} |")
        footnote = gains_note(plan, language)
        if footnote:
            lines += ["", _cell(footnote)]
        lines += ["", f"**{tr(language, 'plan_needs')}**", ""]
        for move in plan.moves:
            lines.append(f"- **{_cell(move.indicator.id)}** {_cell(move.indicator.name)}")
            lines += [f"  - {_cell(text)}" for text in need_lines(plan, move, language)]
        lines += ["", f"_{tr(language, 'plan_order')}_"]
    return "\n".join(lines) + "\n"
