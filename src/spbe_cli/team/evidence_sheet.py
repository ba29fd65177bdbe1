"""The evidence sheet of a form workbook read back (`spbe merge`): one item per row, wherever
the rows stand (rows may be added), each cell checked on its own and named when it cannot be
read (team/layout.py says which column holds what).

A row's kind is the one chosen (berkas, tautan, teks), or the one the row shows when the cell
is left empty: a link (http:// or https://) is a tautan, a path with a level or another field
a berkas, a text alone a teks (a plain text, counting for no level). Texts come back exactly as
typed; list values (indicator, kind, status) without the spaces around them; dates from date
cells or as YYYY-MM-DD text.
"""

from __future__ import annotations

import datetime
from typing import Any, Protocol

from openpyxl.worksheet.worksheet import Worksheet

from spbe_cli.answers import EVIDENCE_STATUSES
from spbe_cli.days import parse_day
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t
from spbe_cli.team.layout import EVIDENCE_COLUMNS, EVIDENCE_KINDS, FIRST_EVIDENCE_ROW, Layout


class Cells(Protocol):
    """What the workbook reader gives: its kerangka and layout, a cell's text (a formula
    refused there), a whole number, and where a problem goes."""

    framework: Framework
    layout: Layout

    def text(self, ws: Worksheet, ref: str) -> str: ...

    def whole(self, ws: Worksheet, ref: str) -> tuple[int | None, str | None]: ...

    def fail(self, ws: Worksheet, ref: str, message: str) -> None: ...


def evidence_items(reader: Cells, ws: Worksheet, ids: list[str]) -> dict[str, list[Any]]:
    """Each indicator's items (of `ids`, the form's), in the order of their rows."""
    found: dict[str, list[Any]] = {}
    for row in _rows(ws, FIRST_EVIDENCE_ROW, len(EVIDENCE_COLUMNS)):
        read = _ItemRow(reader, ws, row, ids).read()
        if read is not None:
            found.setdefault(read[0], []).append(read[1])
    return found


def _rows(ws: Worksheet, first: int, width: int) -> list[int]:
    """The rows from `first` holding a cell in the first `width` columns, in order: only the
    cells the workbook holds are looked at, however far apart its rows are."""
    cells: dict[tuple[int, int], Any] = ws._cells  # no public way that creates no cells
    return sorted({r for r, c in cells if r >= first and c <= width})


class _ItemRow:
    """One row of the evidence sheet read: (indicator id, item), None for an empty row, each
    cell that cannot be read named (reader.problems)."""

    def __init__(self, reader: Cells, ws: Worksheet, row: int, ids: list[str]) -> None:
        self.reader, self.ws, self.row, self.ids = reader, ws, row, ids
        self.cols = reader.layout.evidence_columns()
        self.failed = False
        self.refused: set[str] = set()  # fields holding a formula (said by reader.text)

    def ref(self, field: str) -> str:
        return f"{self.cols[field]}{self.row}"

    def fail(self, field: str, message: str) -> None:
        self.reader.fail(self.ws, self.ref(field), message)
        self.failed = True

    def text(self, field: str, *, strip: bool = True) -> str:
        """A cell's text; a formula is refused by reader.text (which says so, and gives ""):
        the row fails, and nothing more is said about that cell (not "empty" as well)."""
        found = self.reader.text(self.ws, self.ref(field))
        if self.ws[self.ref(field)].data_type == "f":
            self.failed = True
            self.refused.add(field)
        return found.strip() if strip else found

    def read(self) -> tuple[str, Any] | None:
        # texts as typed (exact), the names of a list's values without spaces around them
        texts = {
            f: self.text(f, strip=f in ("indikator", "jenis", "status")) for f in EVIDENCE_COLUMNS
        }
        if not any(v.strip() for v in texts.values()):
            return None
        indicator = texts["indikator"]
        if "indikator" in self.refused:
            pass
        elif not indicator:
            column = self.cols["indikator"]
            self.fail("indikator", t("form.evidence_no_indicator", column=column))
        elif indicator not in self.ids:
            allowed = ", ".join(self.ids)
            self.fail("indikator", t("form.evidence_indicator", value=indicator, allowed=allowed))
        item = self.item(texts)
        return None if self.failed or item is None else (indicator, item)

    def kind(self, texts: dict[str, str]) -> str | None:
        """The kind chosen, or the one the row shows (a link, a file with its fields, a
        text)."""
        kind = texts["jenis"].lower()
        if "jenis" in self.refused:
            return None
        if kind:
            if kind in EVIDENCE_KINDS:
                return kind
            allowed = ", ".join(EVIDENCE_KINDS)
            self.fail("jenis", t("form.evidence_kind", value=texts["jenis"], allowed=allowed))
            return None
        if texts["isi"].strip().lower().startswith(("http://", "https://")):
            return "tautan"
        return "berkas" if any(texts[f] for f in EVIDENCE_COLUMNS[3:]) else "teks"

    def item(self, texts: dict[str, str]) -> Any:
        kind = self.kind(texts)
        content = texts["isi"]
        if not content.strip():
            if "isi" not in self.refused:
                self.fail("isi", t("form.evidence_empty", column=self.cols["isi"]))
            return None
        if kind is None:
            return None
        if kind == "teks":
            extra = [f for f in EVIDENCE_COLUMNS[3:] if texts[f].strip()]
            if extra:
                self.fail(extra[0], t("form.evidence_text_fields"))
            return content
        item: dict[str, Any] = {kind: content, "level": self.level(kind)}
        if texts["kode"].strip():
            item["kode"] = texts["kode"]
        if texts["status"]:
            item["status"] = self.status(texts["status"])
        for field in ("tanggal", "berlaku_sampai"):
            day = self.day(field)
            if day is not None:
                item[field] = day
        if texts["catatan"].strip():
            item["catatan"] = texts["catatan"]
        return item

    def level(self, kind: str) -> int | None:
        framework = self.reader.framework
        low, high = framework.level_min, framework.level_max
        if self.ws[self.ref("level")].data_type == "f":  # said when its text was read
            self.failed = True
            return None
        value, problem = self.reader.whole(self.ws, self.ref("level"))
        if problem is None and value is None:
            column = self.cols["level"]
            problem = t("form.evidence_no_level", kind=kind, low=low, high=high, column=column)
        elif problem is None and value is not None and not low <= value <= high:
            problem = t("form.evidence_level", value=value, low=low, high=high)
        if problem is not None:
            self.fail("level", problem)
        return value if problem is None else None

    def status(self, value: str) -> str | None:
        if value in EVIDENCE_STATUSES:
            return value
        allowed = ", ".join(EVIDENCE_STATUSES)
        self.fail("status", t("form.evidence_status", value=value, allowed=allowed))
        return None

    def day(self, field: str) -> str | None:
        """A date cell (or a text YYYY-MM-DD) as the answer file writes it."""
        cell = self.ws[self.ref(field)]
        value = cell.value
        if cell.data_type == "f":  # said when its text was read
            self.failed = True
            return None
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, datetime.datetime) and value.time() == datetime.time():
            return value.date().isoformat()
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()
        if isinstance(value, str) and parse_day(value) is not None:
            return value.strip()
        self.fail(field, t("form.not_a_day", value=self.reader.text(self.ws, self.ref(field))))
        return None
