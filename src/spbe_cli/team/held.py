"""What one input of `spbe merge` holds (a form, YAML or workbook, or the base file), with
where each part stands in it, so that a conflict names both places."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spbe_cli.team.paths import Origin


@dataclass(frozen=True)
class Place:
    """Where something stands: a line and column in a YAML file, a sheet and cell in a
    workbook (line = row, column = column number there)."""

    file: str
    line: int
    column: int
    cell: str = ""  # "Formulir!A7" in a workbook

    def __str__(self) -> str:
        if self.cell:
            return f"{self.file} ({self.cell})"
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Held:
    """An input's header (tahun, instansi, kerangka, targets), indicators (raw entries, as an
    answer file writes them) and top-level recommendations, each with its place."""

    file: str
    header: dict[str, Any]
    entries: dict[str, Any]
    places: dict[str, Place]
    top: list[tuple[dict[str, Any], Place]] = field(default_factory=list)
    header_place: Place | None = None
    origin: Origin | None = None  # where its relative evidence paths start (None: its folder)
