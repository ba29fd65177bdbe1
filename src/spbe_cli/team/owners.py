"""`spbe init --pj NAMA=ID,ID-ID`: who owns which indicators, as a coordinator types it.

Each value names one owner and its indicators: ids separated by commas, and ranges `A-B`
(every indicator from A to B in the kerangka's order, so `34-36` takes 35.1 and 35.2 too).
The option may be repeated, once per owner; an indicator given to two owners is refused, and
so is an id the kerangka does not have.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from spbe_cli.errors import UsageError
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t
from spbe_cli.ids import id_ranges


def owner_name(text: str, value: str) -> str:
    """The owner as one line of text (whitespace collapsed, no control characters)."""
    name = " ".join(text.split())
    if not name or any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise UsageError(t("init.pj_format", value=value))
    return name


def _ids(text: str, value: str, framework: Framework) -> list[str]:
    order = [i.id for i in framework.indicators]
    found: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        ends = [e.strip() for e in part.split("-")] if "-" in part else [part]
        if len(ends) > 2 or not all(ends):
            raise UsageError(t("init.pj_format", value=value))
        for end in ends:
            if end not in framework.by_id:
                allowed = id_ranges(order)
                raise UsageError(
                    t(
                        "init.pj_unknown",
                        value=value,
                        id=end,
                        framework=framework.id,
                        allowed=allowed,
                    )
                )
        low, high = order.index(ends[0]), order.index(ends[-1])
        found += order[min(low, high) : max(low, high) + 1]
    return found


def owners(values: Iterable[str], framework: Framework) -> dict[str, str]:
    """Indicator id -> owner, from the values of `--pj` (UsageError naming the value that
    cannot be read)."""
    found: dict[str, str] = {}
    for value in values:
        if "=" not in value:
            raise UsageError(t("init.pj_format", value=value))
        name_text, ids_text = value.rsplit("=", 1)
        name = owner_name(name_text, value)
        for indicator_id in _ids(ids_text, value, framework):
            first = found.setdefault(indicator_id, name)
            if first != name:
                raise UsageError(t("init.pj_twice", id=indicator_id, first=first, second=name))
    return found
