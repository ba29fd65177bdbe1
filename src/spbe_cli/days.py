"""Days as people write them in answer files and on command lines: YYYY-MM-DD, nothing else."""

from __future__ import annotations

import re
from datetime import date

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_day(text: str) -> date | None:
    """The day `text` names ("2026-06-30", spaces around allowed), or None when it is not one
    (another format, or a day the calendar does not have such as 2026-02-30)."""
    cleaned = text.strip()
    if not _DAY.fullmatch(cleaned):
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        return None
