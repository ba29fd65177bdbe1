"""What a report prints, as frozen data: the result of `read_report`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Kind = Literal["evaluasi", "pemantauan"]


@dataclass(frozen=True)
class PrintedValue:
    """One row of the summary "Nama Indeks | Nilai": the index, a domain or an aspect."""

    id: str  # "indeks", "D1", "A3"
    label: str  # as printed, lines joined: "Domain Kebijakan SPBE"
    value: Decimal
    text: str  # the number as printed: "2,98"


@dataclass(frozen=True)
class AverageRow:
    """One row of the table of national and per-category averages ("Rata-rata nilai")."""

    id: str | None  # "indeks", "D1", "A1" by position; None when the row count is unexpected
    label: str  # as printed: "Domain Kebijakan"
    values: tuple[tuple[str, Decimal], ...]  # (column as printed, value): ("Nasional", 2.24)


@dataclass(frozen=True)
class AspectFinding:
    """One block of "Kekuatan dan Kelemahan": what an aspect meets, its strengths, weaknesses."""

    aspect: str | None  # "A1" from the block's letter (A. -> A1); None past the last aspect
    label: str  # as printed after the letter: "Kebijakan Internal Tata Kelola SPBE"
    summary: str
    strengths: str  # Kekuatan
    weaknesses: str  # Kelemahan


@dataclass(frozen=True)
class Recommendation:
    """One paragraph of "Rekomendasi", under its printed sub-heading if any ("SARAN PERBAIKAN")."""

    heading: str | None
    text: str


@dataclass(frozen=True)
class Target:
    """Targets the report states; None where it states none."""

    predicate: str | None = None  # "*) Target penilaian: Predikat Baik"
    index_minimum: Decimal | None = None  # "(indeks minimal 2,6)"
    indicator_level: int | None = None  # "Target nilai tingkat kematangan ... adalah 3 (tiga)"
    indicator_level_is_minimum: bool = False  # "... adalah minimal 3 (tiga)"
    texts: tuple[str, ...] = ()  # the sentences as printed


@dataclass(frozen=True)
class Reading:
    """Everything read from one report. Levels and printed values are as printed, unchecked
    against each other: recomputing the printed values from the levels is the caller's check."""

    source_name: str
    sha256: str
    pages: int
    year: int  # the evaluation year ("... TAHUN 2024")
    kind: Kind
    framework: str  # "spbe-2020" (2021-2025) or "spbe-2018" (2018-2020)
    institution: str  # as the running text writes it: "Pemerintah Kota Bandar Lampung"
    institution_printed: str  # as the header box prints it: "PEMERINTAH KOTA BANDAR LAMPUNG"
    index: PrintedValue
    predicate: str  # "Baik"
    domains: Mapping[str, PrintedValue]  # "D1" -> value
    aspects: Mapping[str, PrintedValue]  # "A1" -> value
    levels: Mapping[str, int]  # indicator id -> level of the report's year
    other_years: Mapping[int, Mapping[str, int]]  # earlier level columns: year -> levels
    averages: tuple[AverageRow, ...]
    findings: tuple[AspectFinding, ...]
    recommendations: tuple[Recommendation, ...]
    target: Target
