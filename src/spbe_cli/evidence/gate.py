"""`spbe evidence --fail-on-gap`: the readiness gate before the deadline, written once. The
gate fails for each claim above the evidence ready, each local file that is not there and each
item expired on the day (`gaps`); `passed` and the lines `spbe evidence` prints (`gap_lines`,
in the run's language) are both read from that one list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spbe_cli.answers import EvidenceItem
from spbe_cli.evidence.check import EvidenceCheck, IndicatorEvidence
from spbe_cli.i18n import t
from spbe_cli.levels import shown


def item_name(item: EvidenceItem) -> str:
    """How an item is named in a sentence: its portal code and file or link, as written."""
    return f"{item.code} {item.text}" if item.code else item.text


@dataclass(frozen=True)
class Gap:
    """One reason the gate fails: a claim above its ready evidence (`item` and `path` None),
    a local file not there (`path`), or an item expired on the day (`item`)."""

    check: EvidenceCheck
    row: IndicatorEvidence
    path: str | None = None
    item: EvidenceItem | None = None


def gaps(found: EvidenceCheck) -> list[Gap]:
    """Every reason one checked file fails the gate (empty: it passes)."""
    reasons: list[Gap] = []
    for row in found.indicators:
        if row.gap:
            reasons.append(Gap(found, row))
        reasons += [Gap(found, row, path=path) for path in row.missing_files]
        reasons += [Gap(found, row, item=item) for item in row.expired]
    return reasons


def passed(checks: Iterable[EvidenceCheck]) -> bool:
    """The gate: no file with a reason to fail."""
    return not any(gaps(found) for found in checks)


def _line(gap: Gap) -> str:
    where = t("evidence.where", file=gap.check.file, id=gap.row.indicator.id)
    if gap.path is not None:
        return t("evidence.gate_missing", where=where, path=gap.path)
    if gap.item is not None:
        until = gap.item.valid_until
        return t(
            "evidence.gate_expired",
            where=where,
            level=gap.item.level,
            item=item_name(gap.item),
            until=until.isoformat() if until else "",
            day=gap.check.day.isoformat(),
        )
    claim = gap.row.claim
    return t(
        "evidence.gate_claim",
        where=where,
        claim=shown(claim) if claim is not None else "",
        needed=gap.row.needed,
        ready=shown(gap.row.ready),
    )


def gap_lines(checks: Iterable[EvidenceCheck]) -> list[str]:
    """One line per reason the gate fails, in the run's language (empty: it passed)."""
    return [_line(gap) for found in checks for gap in gaps(found)]
