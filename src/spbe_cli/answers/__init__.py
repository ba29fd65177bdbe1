"""The answer file: what it may hold (schema.py), how it is read and checked against its
kerangka (read.py), and what comes out (model.py)."""

from __future__ import annotations

from spbe_cli.answers.keys import TOP_KEYS, YEARS
from spbe_cli.answers.model import (
    EVIDENCE_STATUSES,
    FOLLOW_UP_STATUSES,
    STAGES,
    Answer,
    Answers,
    EvidenceItem,
    ReadOptions,
    Recommendation,
)
from spbe_cli.answers.read import read_answers

__all__ = [
    "EVIDENCE_STATUSES",
    "FOLLOW_UP_STATUSES",
    "STAGES",
    "TOP_KEYS",
    "YEARS",
    "Answer",
    "Answers",
    "EvidenceItem",
    "ReadOptions",
    "Recommendation",
    "read_answers",
]
