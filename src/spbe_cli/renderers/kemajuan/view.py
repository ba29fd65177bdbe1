"""What the progress table and Markdown say the same way."""

from __future__ import annotations

from spbe_cli.i18n import tr
from spbe_cli.renderers.common import heading, level_text, predicate_label
from spbe_cli.renderers.common import index_text as shown_index
from spbe_cli.renderers.targets import index_line, indicator_status
from spbe_cli.renderers.text import one_line
from spbe_cli.team.progress import OwnerProgress, Progress
from spbe_cli.team.targets import IndicatorTarget

OWNER_KEYS = (
    "owner",
    "progress_indicators",
    "progress_filled",
    "progress_at_target",
    "progress_evidence",
    "progress_open",
    "late",
)
TARGET_KEYS = ("indicator", "owner", "level", "target_level", "progress_status")


def title(found: Progress, language: str) -> str:
    return tr(
        language,
        "progress_heading",
        heading=heading(found.score, language),
        day=found.day.isoformat(),
    )


def index_text(found: Progress, language: str) -> str:
    score = found.score
    if found.index is not None:
        return index_line(found.index, score.framework, language)
    return tr(
        language,
        "progress_index",
        index=shown_index(score),
        predicate=predicate_label(score.framework, score.predicate, language),
    )


def owner_row(row: OwnerProgress, language: str) -> tuple[str, ...]:
    return (
        one_line(row.owner) if row.owner is not None else tr(language, "form_none_pj"),
        str(len(row.indicators)),
        f"{row.filled}/{len(row.indicators)}",
        f"{row.at_target}/{row.with_target}" if row.with_target else "-",
        f"{row.accepted}/{row.evidence}" if row.evidence else "-",
        str(row.open),
        str(row.late),
    )


def target_row(target: IndicatorTarget, language: str) -> tuple[str, ...]:
    return (
        f"{target.indicator.id} {one_line(target.indicator.name)}",
        one_line(target.owner or "-"),
        level_text(target.level),
        level_text(target.target),
        indicator_status(target, language),
    )


def owner_columns(language: str) -> tuple[str, ...]:
    return tuple(tr(language, k) for k in OWNER_KEYS)


def target_columns(language: str) -> tuple[str, ...]:
    return tuple(tr(language, k) for k in TARGET_KEYS)
