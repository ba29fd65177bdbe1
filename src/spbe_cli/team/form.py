"""One form of a split answer file: what it holds, apart from how it is written."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spbe_cli.frameworks import Framework
from spbe_cli.i18n import tr
from spbe_cli.team.groups import By, Group


def group_title(by: By, group: Group, language: str) -> str:
    """ "pj Bappeda", "aspek A1 Tata Kelola", "tanpa pj"."""
    if group.key is None:
        return tr(language, f"form_none_{by}")
    return f"{by} {group.label}"


@dataclass(frozen=True)
class Form:
    """What one form holds: the group's indicators (None: not filled in yet) and top-level
    recommendations, with the file's header."""

    framework: Framework
    by: By
    group: Group
    header: Mapping[str, Any]  # tahun, instansi, kerangka, target_indeks, target_predikat
    entries: Mapping[str, Any]  # id -> raw entry (evidence paths moved), or None
    top: tuple[Mapping[str, Any], ...]
    source: str  # the file split
    record: Mapping[str, str | None] | None = None  # where its evidence paths start (paths.py)

    @property
    def filled(self) -> dict[str, Any]:
        return {k: v for k, v in self.entries.items() if v is not None}

    def title(self, language: str) -> str:
        return group_title(self.by, self.group, language)
