"""`spbe evidence --fail-on-gap`: the readiness gate before the deadline. One line per reason,
in the run's language: a claim above the evidence ready, a local file that is not there, an
item expired on the day (empty: the gate passed)."""

from __future__ import annotations

from collections.abc import Iterable

from spbe_cli.answers import EvidenceItem
from spbe_cli.evidence.check import EvidenceCheck
from spbe_cli.i18n import t
from spbe_cli.levels import shown


def item_name(item: EvidenceItem) -> str:
    """How an item is named in a sentence: its portal code and file or link, as written."""
    return f"{item.code} {item.text}" if item.code else item.text


def gap_lines(checks: Iterable[EvidenceCheck]) -> list[str]:
    lines: list[str] = []
    for found in checks:
        for row in found.indicators:
            where = t("evidence.where", file=found.file, id=row.indicator.id)
            if row.gap and row.claim is not None:
                lines.append(
                    t(
                        "evidence.gate_claim",
                        where=where,
                        claim=shown(row.claim),
                        needed=row.needed,
                        ready=shown(row.ready),
                    )
                )
            lines += [t("evidence.gate_missing", where=where, path=p) for p in row.missing_files]
            lines += [
                t(
                    "evidence.gate_expired",
                    where=where,
                    level=item.level,
                    item=item_name(item),
                    until=item.valid_until.isoformat() if item.valid_until else "",
                    day=found.day.isoformat(),
                )
                for item in row.expired
            ]
    return lines
