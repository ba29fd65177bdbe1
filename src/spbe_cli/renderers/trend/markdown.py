"""`spbe trend --format markdown`: per instansi, the years and, per kerangka, its domains (or
aspects) by year, as GitHub tables; the sentence at a kerangka change in italics."""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.i18n import tr
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import index_text
from spbe_cli.renderers.text import markdown as cell
from spbe_cli.renderers.trend.view import (
    Segment,
    boundary,
    change_of_index,
    changes_note,
    group_cell,
    group_heading,
    groups,
    predicate_text,
    segments,
    title,
)
from spbe_cli.trend import History


def _years(history: History, language: str) -> list[str]:
    head = " | ".join(tr(language, k) for k in ("year", "framework", "index", "delta", "predicate"))
    lines = [f"| {head} |", "|---|---|---:|---:|---|"]
    for year in history.years:
        score = year.score
        lines.append(
            f"| {score.year} | {score.framework.id} | {index_text(score)} | "
            f"{cell(change_of_index(year))} | {cell(predicate_text(score, language))} |"
        )
    return lines


def _groups(segment: Segment, language: str) -> list[str]:
    key = "domain" if segment.section == "domain" else "aspect"
    years = [str(y.score.year) for y in segment.years]
    lines = [
        f"**{cell(group_heading(segment, language))}**",
        "",
        f"| ID | {cell(tr(language, key))} | {' | '.join(years)} |",
        "|---|---|" + "---:|" * len(years),
    ]
    for position, group in enumerate(groups(segment.years[0].score)):
        values = [
            cell(group_cell(year, groups(year.score)[position], language)) for year in segment.years
        ]
        lines.append(f"| {cell(group.id)} | {cell(group.name)} | {' | '.join(values)} |")
    return lines


def _one(history: History, language: str) -> list[str]:
    lines = [f"### {cell(title(history, language))}", "", *_years(history, language), ""]
    notes = [note for note in (boundary(y, language) for y in history.years) if note]
    lines += [f"_{cell(note)}_\n" for note in notes]
    for segment in segments(history):
        lines += [*_groups(segment, language), ""]
    footnote = changes_note(history, language)
    if footnote:
        lines += [cell(footnote), ""]
    return lines


def render(histories: Sequence[History], options: Options) -> str:
    blocks = ["\n".join(_one(h, options.language)).rstrip("\n") for h in histories]
    return "\n\n".join(blocks) + "\n"
