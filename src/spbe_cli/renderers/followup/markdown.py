"""`spbe followup --format markdown`: the table for a pull-request comment or a memo."""

from __future__ import annotations

from spbe_cli.renderers import Options
from spbe_cli.renderers.followup import FollowUpList
from spbe_cli.renderers.followup.view import columns, row, summary
from spbe_cli.renderers.text import markdown as cell


def render(found: FollowUpList, options: Options) -> str:
    language = options.language
    files = found.files > 1
    lines = [f"**{cell(summary(found, language))}**", ""]
    if found.items:
        heads = columns(language, files)
        lines.append("| " + " | ".join(cell(h) for h in heads) + " |")
        lines.append("|" + "---|" * len(heads))
        for item in found.items:
            cells = [cell(c) for c in row(item, language, files)]
            if item.late:
                cells = [f"**{c}**" for c in cells]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
