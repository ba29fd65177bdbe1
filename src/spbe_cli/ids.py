"""Indicator ids written compactly, the way people read them in messages and tables."""

from __future__ import annotations

from collections.abc import Iterable


def id_ranges(ids: Iterable[str]) -> str:
    """Compact list of ids: "1-34, 35.1, 35.2, 35.3" (runs of three or more whole numbers
    become a range)."""
    parts: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            parts.append(f"{run[0]}-{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
            run.clear()

    for text in ids:
        if text.isdigit() and (not run or int(text) == run[-1] + 1):
            run.append(int(text))
            continue
        flush()
        if text.isdigit():
            run.append(int(text))
        else:
            parts.append(text)
    flush()
    return ", ".join(parts)
