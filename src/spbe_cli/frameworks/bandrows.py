"""The predikat bands of a table file as Bands with both edges (build.py makes them, checks.py
checks them for gaps and overlaps)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from spbe_cli.frameworks.model import Band


def bands(table: dict[str, Any]) -> tuple[Band, ...]:
    """The predikat bands with both edges, filled in where the table leaves them out: a band
    without `sampai` runs to the next band's `dari` (the last to the scale's top); its lower
    edge is in it unless `dari_termasuk: false`; its upper edge only when `sampai_termasuk:
    true` or it is the last band. (checks.py refuses gaps and overlaps.)"""
    rows = table["predikat"]
    top = Fraction(table["level"]["maks"])
    made = []
    for n, b in enumerate(rows):
        last = n == len(rows) - 1
        upper = b.get("sampai", top if last else rows[n + 1]["dari"])
        made.append(
            Band(
                b["nama"],
                b["dari"],
                upper,
                b.get("dari_termasuk", True),
                b.get("sampai_termasuk", last),
                b.get("nama_en", ""),
                b.get("tingkat", ""),
                b.get("level"),
            )
        )
    return tuple(made)
