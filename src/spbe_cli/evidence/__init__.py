"""Evidence items as the assessors judge them: the cascade (cascade.py), an answer file
checked against its items (check.py), and the readiness gate (gate.py)."""

from __future__ import annotations

from spbe_cli.evidence.cascade import needed_level, supported_level
from spbe_cli.evidence.check import (
    EvidenceCheck,
    IndicatorEvidence,
    check,
    local_files,
)
from spbe_cli.evidence.gate import gap_lines, gaps, item_name, passed

__all__ = [
    "EvidenceCheck",
    "IndicatorEvidence",
    "check",
    "gap_lines",
    "gaps",
    "item_name",
    "local_files",
    "needed_level",
    "passed",
    "supported_level",
]
