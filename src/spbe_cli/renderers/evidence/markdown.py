"""`spbe evidence --format markdown`: for a pull-request comment or a job summary. The three
indices in a small table, then only the indicators with something to say (evidence short of
the claim, or a problem), then what to act on as a list."""

from __future__ import annotations

from collections.abc import Sequence

from spbe_cli.evidence import EvidenceCheck, IndicatorEvidence
from spbe_cli.i18n import tr, tr_count
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import draft_line, heading, index_text, predicate_label
from spbe_cli.renderers.evidence.view import (
    checked_line,
    indices,
    level_cell,
    notes,
    points,
    points_text,
    worth_showing,
)
from spbe_cli.renderers.text import markdown as md


def indices_table(found: EvidenceCheck, language: str) -> list[str]:
    """The claimed, accepted and ready indices with their predikat (also in reports)."""
    lines = [
        f"| | {md(tr(language, 'index'))} | {md(tr(language, 'predicate'))} |",
        "|---|---:|---|",
    ]
    for key, score in indices(found):
        label = predicate_label(score.framework, score.predicate, language)
        lines.append(f"| {md(tr(language, key))} | {index_text(score)} | {md(label)} |")
    return lines


def indicator_table(rows: Sequence[IndicatorEvidence], language: str) -> list[str]:
    """Each row's claim beside the levels its accepted and its ready evidence support, and
    the index points the difference costs (also in reports)."""
    heads = ("evidence_col_claim", "evidence_col_accepted", "evidence_col_ready")
    lines = [
        f"| ID | {md(tr(language, 'indicator'))} | "
        + " | ".join(md(tr(language, k)) for k in heads)
        + f" | {md(tr(language, 'evidence_col_points'))} |",
        "|---|---|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {md(row.indicator.id)} | {md(row.indicator.name)} | {level_cell(row.claim)} | "
        f"{level_cell(row.accepted)} | {level_cell(row.ready)} | "
        f"{points_text(points(row, row.accepted))} |"
        for row in rows
    ]
    return lines


def _summary(found: EvidenceCheck, language: str) -> list[str]:
    lines = [
        f"### {md(tr(language, 'evidence_title', heading=heading(found.claimed, language)))}",
        "",
        *indices_table(found, language),
    ]
    lines += ["", f"_{md(checked_line(found, language))}_", ""]
    draft = draft_line(found.claimed, language)
    return lines + ([f"> {md(draft)}", ""] if draft else [])


def _table(found: EvidenceCheck, language: str) -> list[str]:
    """The indicators with something to say, and how many others there are."""
    shown = [row for row in found.indicators if worth_showing(row)]
    if not shown:
        return []
    lines = indicator_table(shown, language)
    rest = len(found.indicators) - len(shown)
    if rest:
        lines += ["", md(tr_count(language, "evidence_rest", rest))]
    return [*lines, ""]


def _acts(found: EvidenceCheck, language: str) -> list[str]:
    """What to act on, indicator by indicator."""
    lines: list[str] = []
    for row in found.indicators:
        sentences = notes(row, language)
        if sentences:
            lines.append(f"- **{md(row.indicator.id)}** {md(row.indicator.name)}")
            lines += [f"  - {md(sentence)}" for sentence in sentences]
    if not lines:
        return [md(tr(language, "evidence_nothing"))]
    return [f"**{md(tr(language, 'evidence_to_act'))}**", "", *lines]


def _one(found: EvidenceCheck, language: str) -> list[str]:
    return [*_summary(found, language), *_table(found, language), *_acts(found, language)]


def render(checks: Sequence[EvidenceCheck], options: Options) -> str:
    blocks = ["\n".join(_one(found, options.language)) for found in checks]
    return "\n\n".join(blocks) + "\n"
