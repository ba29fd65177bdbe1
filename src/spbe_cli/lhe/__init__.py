"""Reading the official KemenPANRB SPBE reports (PDF): what they print, as exact data.

    from spbe_cli.lhe import read_report, NotAReport
    reading = read_report(path.read_bytes(), path.name)

Import this package lazily: importing it loads pdfminer.six (0.12-0.18 s). Reading one of
the five real reports takes 0.4-0.6 s on the shared 2-core machine (best of three:
bandarlampung-2021 0.49 s, -2022 0.44 s, -2023 0.56 s, -2024 0.42 s, kabmadiun-2020 0.48 s),
nearly all of it pdfminer's interpreter; the tables themselves take a few milliseconds.
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
