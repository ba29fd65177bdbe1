"""What the followup table and Markdown say the same way."""

from __future__ import annotations

from spbe_cli.i18n import tr
from spbe_cli.renderers.followup import FollowUpList
from spbe_cli.renderers.text import one_line
from spbe_cli.team.followup import FollowUp


def summary(found: FollowUpList, language: str) -> str:
    return tr(
        language,
        "followup_summary",
        day=found.day.isoformat(),
        count=len(found.items),
        open=len(found.open),
        late=len(found.late),
    )


def columns(language: str, files: bool) -> tuple[str, ...]:
    keys = ("owner", "status", "due", "followup_text", "followup_done")
    return (*((tr(language, "file"),) if files else ()), *(tr(language, k) for k in keys))


def where(item: FollowUp) -> str:
    """ "14", "A4", or "" for a recommendation about the whole file."""
    return item.indicator or item.aspect or ""


def row(item: FollowUp, language: str, files: bool) -> tuple[str, ...]:
    status = item.status + (f" ({tr(language, 'late')})" if item.late else "")
    label = " · ".join(p for p in (where(item), item.id) if p)
    text = one_line(f"{label}: {item.text}" if label else item.text)
    return (
        *((one_line(item.file),) if files else ()),
        one_line(item.owner or "-"),
        status,
        item.due.isoformat() if item.due else "-",
        text,
        one_line(item.follow_up or "-"),
    )
