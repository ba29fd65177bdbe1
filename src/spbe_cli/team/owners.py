"""`spbe init --pj NAMA=ID,ID-ID`: who owns which indicators, as a coordinator types it.

Each value names one owner and its indicators: ids separated by commas, and ranges `A-B`
(every indicator from A to B in the kerangka's order, so `34-36` takes 35.1 and 35.2 too).
The option may be repeated, once per owner; `--pj @FILE` reads such values from a file, one
per line (empty lines and lines starting with # skipped). An indicator given to two owners is
refused, and so is an id the kerangka does not have.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t
from spbe_cli.ids import id_ranges

MAX_FILE = 1 << 20  # a file of owners holds a line per owner: a megabyte is plenty


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


def _owner(value: str, framework: Framework) -> tuple[str, list[str]]:
    """One value: the owner and its indicators."""
    if "=" not in value:
        raise UsageError(t("init.pj_format", value=value))
    name_text, ids_text = value.rsplit("=", 1)
    return owner_name(name_text, value), _ids(ids_text, value, framework)


def _lines(value: str) -> list[tuple[str, int, str]]:
    """The values a `--pj` value stands for, each with where it was written: the value
    itself, or (`@FILE`) each line of the file that is not empty or a comment (#)."""
    if not value.startswith("@"):
        return [("", 0, value)]
    name = value[1:]
    try:
        with open(name, "rb") as handle:
            raw = handle.read(MAX_FILE + 1)
        text = raw[:MAX_FILE].decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise UsageError(t("init.pj_file", file=name)) from None
    if len(raw) > MAX_FILE:
        raise InputError([Problem(name, 1, 1, t("init.pj_file_size", limit=MAX_FILE))])
    found = []
    for n, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            found.append((name, n, stripped))
    return found


def owners(values: Iterable[str], framework: Framework) -> dict[str, str]:
    """Indicator id -> owner, from the values of `--pj` (UsageError naming the value that
    cannot be read; InputError naming each line of a file that cannot be)."""
    found: dict[str, str] = {}
    problems: list[Problem] = []
    for value in values:
        for file, line, text in _lines(value):
            try:
                name, ids = _owner(text, framework)
                for indicator_id in ids:
                    first = found.setdefault(indicator_id, name)
                    if first != name:
                        message = t("init.pj_twice", id=indicator_id, first=first, second=name)
                        raise UsageError(message)
            except UsageError as error:
                if not file:
                    raise
                problems.append(Problem(file, line, 1, str(error)))
    if problems:
        raise InputError(problems)
    return found
