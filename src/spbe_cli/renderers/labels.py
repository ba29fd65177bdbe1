"""Shared display helpers: the exact values shown the same way by every renderer."""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from spbe_cli.answers import id_ranges
from spbe_cli.exact import display, round_half_up
from spbe_cli.scoring import Score


@lru_cache(maxsize=4096)
def num(value: Fraction) -> float:
    """A value for JSON: rounded half-up to 2 decimals (the float only carries those digits)."""
    return float(round_half_up(value, 2))


def level_text(level: Fraction | None) -> str:
    if level is None:
        return "-"
    if level.denominator == 1:
        return str(level.numerator)
    return display(level)


def index_name(score: Score) -> str:
    return "Indeks Pemdi" if score.framework.id.startswith("pemdi") else "Indeks SPBE"


def heading(score: Score) -> str:
    return f"{index_name(score)} {score.institution} — tahun {score.year} ({score.framework.id})"


def draft_line(score: Score) -> str | None:
    """For drafts: which indicators are missing and the range the index can still take."""
    if score.complete or score.index_max is None:
        return None
    return (
        f"Belum diisi {len(score.missing)} indikator ({id_ranges(score.missing)}); "
        f"indeks antara {display(score.index)} ({score.predicate}) dan "
        f"{display(score.index_max)} ({score.predicate_max})"
    )
