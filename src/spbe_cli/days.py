"""Days: as people write them in answer files and on command lines (YYYY-MM-DD, nothing
else), and which day "today" is.

Today is counted in one zone, chosen once (`zone`): a zone named explicitly wins
(`SPBE_ZONA`, else `TZ`); a machine whose own zone is not UTC keeps it (an office in WITA or
WIT counts its own days); a machine on UTC, as CI runners are, counts days in Asia/Jakarta
(WIB), so that from 00:00 to 06:59 WIB a late recommendation is already late there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo

from spbe_cli.errors import UsageError
from spbe_cli.i18n import t

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
JAKARTA = "Asia/Jakarta"
_WIB = timezone(timedelta(hours=7), "WIB")  # Asia/Jakarta has kept UTC+7 since 1964
_UTC_NAMES = frozenset({"utc", "uct", "universal", "zulu", "coordinated universal time"})


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


@dataclass(frozen=True)
class Zone:
    """The zone today is counted in, and what it is called in the note on stderr."""

    name: str
    tz: tzinfo


def _named(name: str) -> tzinfo | None:
    """An IANA zone by name (None when unknown); Asia/Jakarta even without a database."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return _WIB if name == JAKARTA else None


def zone(environ: Mapping[str, str] | None = None, local: datetime | None = None) -> Zone:
    """The zone of the rule in the module doc. `environ` defaults to the process's, `local`
    (an aware time in the machine's own zone) to now; UsageError (exit 2) for a `SPBE_ZONA`
    the system does not know."""
    env = os.environ if environ is None else environ
    chosen = env.get("SPBE_ZONA", "").strip()
    if chosen:
        found = _named(chosen)
        if found is None:
            raise UsageError(t("day.zone_unknown", name=chosen))
        return Zone(chosen, found)
    mine = local if local is not None else datetime.now().astimezone()
    assert mine.tzinfo is not None
    explicit = env.get("TZ", "").strip().removeprefix(":")
    if explicit:  # a POSIX rule such as WIB-7 is no IANA name: the clock reads it
        return Zone(explicit, _named(explicit) or mine.tzinfo)
    name = mine.tzname() or ""
    if mine.utcoffset() == timedelta(0) and name.casefold() in _UTC_NAMES:
        return Zone(JAKARTA, _named(JAKARTA) or _WIB)
    return Zone(name, mine.tzinfo)


def today(found: Zone, now: datetime | None = None) -> date:
    """Today's date in `found` (`now`, an aware time, defaults to the clock)."""
    moment = now if now is not None else datetime.now(timezone.utc)
    return moment.astimezone(found.tz).date()
