"""Reading the official KemenPANRB SPBE reports (PDF): what they print, as exact data.

    from spbe_cli.lhe import read_report, NotAReport
    reading = read_report(path.read_bytes(), path.name)

Import this package lazily: it loads pdfminer.six. Reading one report takes 0.3-0.8 s on
one core of the 2-core reference machine (bandarlampung-2021 0.7 s, -2022 0.3 s, -2023 0.7 s,
-2024 0.5 s, kabmadiun-2020 0.4 s).
"""

from __future__ import annotations

from spbe_cli.lhe.errors import NotAReport
from spbe_cli.lhe.model import (
    AspectFinding,
    AverageRow,
    Kind,
    PrintedValue,
    Reading,
    Recommendation,
    Target,
)
from spbe_cli.lhe.reader import read_report

__all__ = [
    "AspectFinding",
    "AverageRow",
    "Kind",
    "NotAReport",
    "PrintedValue",
    "Reading",
    "Recommendation",
    "Target",
    "read_report",
]
