"""What every `spbe evidence` format says the same way: the problems of an indicator in
sentences, the index points its evidence does not support, and the line saying on which day
and how the evidence was checked."""

from __future__ import annotations

from fractions import Fraction

from spbe_cli.answers import EvidenceItem
from spbe_cli.evidence import EvidenceCheck, IndicatorEvidence, item_name
from spbe_cli.frameworks import HUNDRED
from spbe_cli.i18n import tr
from spbe_cli.renderers.common import level_text, signed
from spbe_cli.scoring import Score

POINT_PLACES = 4
"""Index points per indicator are small (a level on a 5 % indicator is 0.05): 4 decimals."""


def problems(row: IndicatorEvidence, language: str) -> list[str]:
    """`masalah`: one sentence per item to revise or rejected (with its note), and one for a
    claim above the evidence ready."""
    found = [_item_problem(item, language) for item in row.to_fix]
    if row.gap and row.claim is not None:
        found.append(
            tr(
                language,
                "evidence_claim_above",
                claim=level_text(row.claim),
                needed=row.needed,
                ready=level_text(row.ready),
                accepted=level_text(row.accepted),
            )
        )
    return found


def _item_problem(item: EvidenceItem, language: str) -> str:
    key = "evidence_revise" if item.status == "revisi" else "evidence_rejected"
    note = tr(language, "evidence_note", note=" ".join(item.note.split())) if item.note else ""
    return tr(language, key, level=item.level, item=item_name(item), note=note)


def notes(row: IndicatorEvidence, language: str) -> list[str]:
    """Everything to act on for one indicator: its problems, files not there, items expired."""
    missing = [tr(language, "evidence_missing", path=path) for path in row.missing_files]
    expired = [
        tr(
            language,
            "evidence_expired",
            level=item.level,
            item=item_name(item),
            until=item.valid_until.isoformat() if item.valid_until else "",
        )
        for item in row.expired
    ]
    return [*problems(row, language), *missing, *expired]


def points(row: IndicatorEvidence, level: Fraction) -> Fraction:
    """Index points between the claim and what the evidence at `level` supports (≤ 0)."""
    counted = row.counted(level)
    if row.claim is None or counted is None:
        return Fraction(0)
    return (counted - row.claim) * row.indicator.weight / HUNDRED


def points_text(value: Fraction) -> str:
    return signed(value, POINT_PLACES) if value else ""


def level_cell(value: Fraction | None) -> str:
    return level_text(value)


def worth_showing(row: IndicatorEvidence) -> bool:
    """An indicator with something to say: evidence short of the claim, or a problem."""
    return bool(points(row, row.accepted) or points(row, row.ready) or notes(row, "id") or row.gap)


def checked_line(found: EvidenceCheck, language: str) -> str:
    files = "evidence_files_checked" if found.files_checked else "evidence_files_skipped"
    return tr(language, "evidence_checked", day=found.day.isoformat(), files=tr(language, files))


def indices(found: EvidenceCheck) -> tuple[tuple[str, Score], ...]:
    """The three indices, each with its label key: claimed, accepted evidence, ready evidence."""
    return (
        ("evidence_claimed", found.claimed),
        ("evidence_accepted", found.supported),
        ("evidence_ready", found.ready),
    )
