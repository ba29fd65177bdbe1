"""`spbe progress --format markdown`: the same tables, for a pull-request comment or a memo."""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.kemajuan.view import (
    index_text,
    owner_columns,
    owner_row,
    target_columns,
    target_row,
    title,
)
from spbe_cli.renderers.text import markdown as cell
from spbe_cli.team.progress import Progress


def _table(heads: Sequence[str], rows: Sequence[Sequence[str]], right: int) -> list[str]:
    rule = "|" + "".join("---|" if n < right else "---:|" for n in range(len(heads)))
    lines = ["| " + " | ".join(cell(h) for h in heads) + " |", rule]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines


def render(found: Progress, options: Options) -> str:
    language = options.language
    lines = [
        f"### {cell(title(found, language))}",
        "",
        f"**{cell(index_text(found, language))}**",
        "",
    ]
    lines += _table(owner_columns(language), [owner_row(r, language) for r in found.owners], 1)
    if found.targets:
        lines += ["", f"**{cell(tr(language, 'progress_targets'))}**", ""]
        rows = [target_row(t, language) for t in found.targets]
        lines += _table(target_columns(language), rows, 2)
    return "\n".join(lines) + "\n"
