"""A validated answer file, as the rest of spbe uses it.

Beside each indicator's value, a file may carry its evidence items (data dukung, per level,
with the assessors' status), the value per evaluation stage, the office that owns it (pj),
a target, and recommendations to follow up; at the top, recommendations that are about no
single indicator and the year's target index or predikat.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from fractions import Fraction
from typing import Literal, NamedTuple

from spbe_cli.conversions import Source
from spbe_cli.frameworks import Framework

STAGES = ("mandiri", "dokumen", "interviu", "visitasi", "akhir")
"""The stages of an evaluation, in order: self-assessment, document, interview, visit, final."""
EVIDENCE_STATUSES = ("draf", "diunggah", "diterima", "revisi", "ditolak", "diganti")
"""An evidence item's status in the portal: draft, uploaded, accepted, to revise, rejected,
replaced by a re-upload (ignored)."""
FOLLOW_UP_STATUSES = ("belum", "proses", "selesai")
"""A recommendation's follow-up: not started, in progress, done."""
EvidenceStatus = Literal["draf", "diunggah", "diterima", "revisi", "ditolak", "diganti"]
FollowUpStatus = Literal["belum", "proses", "selesai"]


class EvidenceItem(NamedTuple):
    """One item of data dukung: a plain text as before, or a file or link for a level."""

    text: str  # the plain text, or the file path / link as written
    kind: Literal["teks", "berkas", "tautan"] = "teks"
    level: int | None = None  # the level it supports (None: a plain text, counting for none)
    code: str | None = None  # the portal's item code
    status: EvidenceStatus = "draf"
    dated: date | None = None  # `tanggal`: the document's date
    valid_until: date | None = None  # `berlaku_sampai`: no longer valid after this day
    note: str | None = None  # `catatan`: the assessor's note

    @property
    def structured(self) -> bool:
        return self.kind != "teks"


class Recommendation(NamedTuple):
    """A recommendation to follow up (from the last report, or the assessors)."""

    text: str  # teks
    id: str | None = None
    source: str | None = None  # sumber, e.g. "LHE 2024"
    follow_up: str | None = None  # tindak_lanjut
    status: FollowUpStatus = "belum"
    due: date | None = None  # tenggat
    indicator: str | None = None  # the indicator it is about (set for an indicator's own)
    aspect: str | None = None  # or the aspect (top-level ones only)
    owner: str | None = None  # pj: who follows it up (default: the indicator's pj)


_NO_STAGES: Mapping[str, Fraction] = {}
"""The default `stages`: one empty mapping, never changed (read only through `Mapping`; a
dict, so that an Answer pickles and copies)."""


class Answer(NamedTuple):
    """One indicator's entry (a NamedTuple: a batch makes thousands, and a frozen dataclass
    costs about a millisecond to define at start-up)."""

    level: Fraction  # the value scored: the stage asked for, or the latest present
    explanation: str | None = None
    evidence: tuple[EvidenceItem, ...] = ()
    source: Source | None = None  # the level was converted from this score
    stages: Mapping[str, Fraction] = _NO_STAGES  # the value per stage given
    stage: str | None = None  # the stage `level` comes from (None: a plain value)
    owner: str | None = None  # pj
    target: Fraction | None = None
    recommendations: tuple[Recommendation, ...] = ()


class Answers(NamedTuple):
    """A validated answer file, ready to score."""

    file: str
    institution: str
    year: int
    framework: Framework
    levels: Mapping[str, Answer]  # in the kerangka's order; missing ones left out
    missing: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()  # the top-level ones
    target_index: Fraction | None = None
    target_predicate: str | None = None


class ReadOptions(NamedTuple):
    """How a command reads answer files."""

    allow_missing: bool = False  # a draft: indicators not filled in yet count at the lowest level
    framework: Framework | None = None  # --kerangka: score with this table whatever the file says
    draft_option: bool = True  # the command has --allow-incomplete (messages suggest it)
    stage: str | None = None  # --tahap: each indicator's value at this stage (or the last before)
