"""`--format markdown`: the summary table, for pull-request comments, job summaries and memos."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from spbe_cli.exact import display
from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import (
    draft_line,
    groups_label,
    heading,
    index_name,
    index_text,
    level_text,
    predicate_label,
)
from spbe_cli.renderers.score import Placed, joined
from spbe_cli.renderers.text import markdown as _cell
from spbe_cli.scoring import GroupScore, Score


def _one(score: Score, detail: bool, language: str = "id") -> list[str]:
    name = index_name(score, language)
    lines = [
        f"### {_cell(heading(score, language))}",
        "",
        f"**{_cell(name)}: {index_text(score)} — "
        f"{_cell(predicate_label(score.framework, score.predicate, language))}**",
        "",
    ]
    draft = draft_line(score, language)
    if draft:
        lines += [f"> {_cell(draft)}", ""]
    head = (
        groups_label(score.framework, language),
        *(tr(language, k) for k in ("weight_pct", "index")),
    )
    lines += ["| | {} | {} | {} |".format(*map(_cell, head)), "|---|---|---:|---:|"]

    def aspect_rows(aspect: GroupScore) -> list[str]:
        rows = [
            f"| {_cell(aspect.id)} | {_cell(aspect.name)} | {display(aspect.weight)} | "
            f"{index_text(score, aspect.index)} |"
        ]
        if detail:
            for item in score.indicators:
                if item.indicator.aspect == aspect.id:
                    ind = item.indicator
                    rows.append(
                        f"| {_cell(ind.id)} | &nbsp;&nbsp;{_cell(ind.name)} | "
                        f"{display(ind.weight)} | level {level_text(item.level)} |"
                    )
        return rows

    if score.domains:
        for domain in score.domains:
            lines.append(
                f"| **{_cell(domain.id)}** | **{_cell(domain.name)}** | "
                f"**{display(domain.weight)}** | **{index_text(score, domain.index)}** |"
            )
            for aspect in score.aspects:
                if aspect.domain == domain.id:
                    lines += aspect_rows(aspect)
    else:
        for aspect in score.aspects:
            lines += aspect_rows(aspect)
    weight = display(sum((a.weight for a in score.aspects), Fraction(0)))
    lines.append(f"| | **{_cell(name)}** | **{weight}** | **{index_text(score)}** |")
    return lines


def item(placed: Placed, options: Options) -> str:
    """One file's block, a blank line between files."""
    block = "\n".join(_one(placed.score, options.detail, options.language))
    return block + ("\n" if placed.last else "\n\n")


def render(scores: Sequence[Score], options: Options) -> str:
    return joined(item, scores, options)
