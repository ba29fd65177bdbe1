"""The cascade: the level an indicator's evidence items support (issue 10).

Evidence items belong to a level and carry the assessors' status. A level is *met* when it
has at least one item and every item of that level counts (an item marked `diganti`,
replaced by a re-upload, is left out first); the lowest level of the scale is also met when it
has no items. The level the evidence supports is the highest level L such that every level
from the scale's lowest up to L is met, and never less than the scale's lowest level: a level
above a level not met is not looked at (the portal rejects it automatically).

Two readings of "counts" give the two levels `spbe evidence` shows:

* accepted (`level_bukti`): the item is `diterima` and not expired on the day;
* ready (`level_siap`): the item is `diterima` or `diunggah`, not expired, and, for a local
  file, the file is there.

An item is valid on its `berlaku_sampai` day itself and expired from the next day on.

The cap under bands. A claimed value needs the evidence of the level it is in
(Framework.level_of). Evidence accepted through level k supports any value up to the top of
level k: the upper edge of band k on a banded scale (pemdi-2026, PermenPANRB 8/2026 pp.
11-36: through level 3 supports up to 3,50, since 2,50 < x <= 3,50 is Berkembang), k itself on
a whole scale. A claim is counted in the index the evidence supports at most at that top
(3.75, in Melembaga, needs level 4; with the evidence of level 3 it counts 3.50, with that of
level 4, 3.75).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from fractions import Fraction

from spbe_cli.answers import EvidenceItem
from spbe_cli.frameworks import Framework

Counts = Callable[[EvidenceItem], bool]
"""Whether an item counts towards its level."""
ACCEPTED = ("diterima",)
READY = ("diterima", "diunggah")
TO_FIX = ("revisi", "ditolak")


def in_cascade(item: EvidenceItem) -> bool:
    """An item the cascade looks at: one for a level, not replaced by a re-upload."""
    return item.level is not None and item.status != "diganti"


def expired(item: EvidenceItem, day: date) -> bool:
    """No longer valid on `day`: its `berlaku_sampai` is before that day."""
    return item.valid_until is not None and item.valid_until < day


def accepted(day: date) -> Counts:
    """What the assessors accepted, valid on `day`."""
    return lambda item: item.status in ACCEPTED and not expired(item, day)


def ready(day: date, present: Callable[[EvidenceItem], bool]) -> Counts:
    """What is ready before the assessors look: accepted or uploaded, valid on `day`, and its
    local file there (`present`)."""
    return lambda item: item.status in READY and not expired(item, day) and present(item)


def supported_level(items: Iterable[EvidenceItem], low: int, high: int, counts: Counts) -> int:
    """The level the items support on the scale `low`..`high` (see the module's rule)."""
    by_level: dict[int, list[EvidenceItem]] = {}
    for item in items:
        if in_cascade(item):
            assert item.level is not None
            by_level.setdefault(item.level, []).append(item)
    reached = low
    for level in range(low, high + 1):
        found = by_level.get(level, [])
        met = all(counts(item) for item in found) if found else level == low
        if not met:
            break
        reached = level
    return reached


def counted_items(
    items: Iterable[EvidenceItem], low: int, high: int, counts: Counts
) -> list[EvidenceItem]:
    """The items that count towards the level the items support: those that count, of a level
    the cascade reaches (an accepted item above a level not met counts for nothing)."""
    listed = list(items)
    reached = supported_level(listed, low, high, counts)
    return [
        item
        for item in listed
        if in_cascade(item) and item.level is not None and item.level <= reached and counts(item)
    ]


def needed_level(framework: Framework, claim: Fraction) -> int:
    """The level whose evidence a claimed value needs: the level it is in (Framework.level_of:
    on pemdi-2026 the level of its band, 3.75 needs 4, 3.50 needs 3; on a whole scale the
    value itself)."""
    return framework.level_of(claim)


def supported_top(framework: Framework, level: int) -> Fraction:
    """The highest value that evidence accepted through `level` supports: the upper edge of
    level's band on a banded scale (through level 3: 3.50, 2,50 < x <= 3,50), the level itself
    on a whole scale."""
    band = framework.level_band(level)
    return Fraction(level) if band is None else band.upper


def counted_value(framework: Framework, claim: Fraction, level: int) -> Fraction:
    """The value counted in the index the evidence supports: the claim, at most the highest
    value the level supports (supported_top)."""
    return min(claim, supported_top(framework, level))
