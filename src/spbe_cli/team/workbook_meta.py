"""The very hidden `spbe` sheet of a form workbook, read back (`spbe merge`): what `spbe split`
wrote there, every row checked, so that an edit of it (a missing or bad `baris`, text that is
no JSON, an unknown indicator, a header key no form has) is a problem naming the workbook and
the cell, never a crash, and nothing the sheet should not hold reaches the merged file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from spbe_cli.errors import InputError, Problem
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t
from spbe_cli.team import layout
from spbe_cli.team.answertext import HEADER_KEYS
from spbe_cli.team.layout import Layout
from spbe_cli.team.paths import valid_record

FORM_HEADER_KEYS = tuple(k for k in HEADER_KEYS if k != "rekomendasi")  # what a form carries
_LAST_ROW = 1_048_576  # Excel's


@dataclass(frozen=True)
class Row:
    number: int
    kind: Any
    value: Any


@dataclass(frozen=True)
class Meta:
    header: dict[str, Any]
    layout: Layout
    indicators: tuple[tuple[str, int, int], ...]  # (id, row of the form sheet, row here)
    # (row of the recommendations sheet, indicator id or None, data, row here)
    recommendations: tuple[tuple[int, str | None, dict[str, Any], int], ...]
    originals: Mapping[str, str]  # "sheet!cell" -> the text written
    origin: dict[str, str | None] | None = None  # where evidence paths start (paths.base_record)


def rows(ws: Worksheet) -> list[Row]:
    """Columns A and B of the rows that hold something. openpyxl's stored cells are read as they
    are: `iter_rows` would make a cell for every empty place up to the last row used."""
    found: dict[int, list[Any]] = {}
    for (row, column), cell in ws._cells.items():
        if column <= 2:
            found.setdefault(row, [None, None])[column - 1] = cell.value
    return [Row(n, *found[n]) for n in sorted(found)]


class _Check:
    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def fail(self, row: int, message: str) -> None:
        where = t("form.cell", sheet=layout.META_SHEET, cell=f"B{row}")
        self.problems.append(Problem(self.name, row, 2, f"{where}: {message}"))

    def json(self, row: Row) -> Any:
        try:
            return json.loads(row.value) if isinstance(row.value, str) else None
        except (ValueError, RecursionError):
            return None


def _row_number(value: Any, first: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and first <= value <= _LAST_ROW


# What each kind of record holds: its fields as a message names them, and the check.
_SHAPES: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "indikator": (
        "id, baris",
        lambda d: isinstance(d.get("id"), str) and _row_number(d.get("baris"), layout.FIRST_ROW),
    ),
    "rekomendasi": (
        "baris, indikator, data",
        lambda d: (
            _row_number(d.get("baris"), layout.FIRST_REC_ROW)
            and isinstance(d.get("indikator", ""), str | None)
            and isinstance(d.get("data"), dict)
        ),
    ),
    "asli": (
        "sel, teks",
        lambda d: isinstance(d.get("sel"), str) and isinstance(d.get("teks"), str),
    ),
    "berkas": ("asal, dasar, ke_asal, ke_dasar, jawaban", lambda d: valid_record(d) is not None),
}


def _records(found: list[Row], check: _Check) -> Iterator[tuple[Row, dict[str, Any]]]:
    """Each record row with its JSON, of the shape its kind has (others are problems)."""
    for row in found:
        if row.kind not in _SHAPES:
            continue
        data = check.json(row)
        fields, valid = _SHAPES[row.kind]
        if data is None:
            check.fail(row.number, t("form.meta_json"))
        elif not isinstance(data, dict) or not valid(data):
            check.fail(row.number, t("form.meta_shape", kind=row.kind, fields=fields))
        else:
            yield row, data


def read(found: list[Row], name: str) -> Meta:
    """The sheet's content (InputError naming each cell that spbe split did not write so)."""
    not_a_form = InputError([Problem(name, 1, 1, t("form.not_a_form", file=name))])
    if found and found[0].kind == "format" and found[0].value in layout.OLD_FORMATS:
        message = t("form.old_format", file=name, format=found[0].value)
        raise InputError([Problem(name, 1, 1, message)])
    if not found or (found[0].number, found[0].kind, found[0].value) != (
        1,
        "format",
        layout.FORMAT,
    ):
        raise not_a_form
    check = _Check(name)
    by_kind: dict[Any, Row] = {}
    for row in found:
        by_kind.setdefault(row.kind, row)
    if "kepala" not in by_kind or "tata_letak" not in by_kind:
        raise not_a_form
    try:
        form_layout = Layout.from_json(str(by_kind["tata_letak"].value))
    except (KeyError, ValueError, TypeError, RecursionError):
        check.fail(by_kind["tata_letak"].number, t("form.meta_json"))
        raise InputError(check.problems) from None
    header_row = by_kind["kepala"]
    header = layout.header_of(str(header_row.value or ""), f"{name} ({layout.META_SHEET})")
    for key in header:
        if key not in FORM_HEADER_KEYS:
            allowed = ", ".join(FORM_HEADER_KEYS)
            check.fail(header_row.number, t("form.meta_header_key", key=key, allowed=allowed))
    indicators: list[tuple[str, int, int]] = []
    recommendations: list[tuple[int, str | None, dict[str, Any], int]] = []
    originals: dict[str, str] = {}
    origin = None
    for row, data in _records(found, check):
        if row.kind == "indikator":
            indicators.append((data["id"], data["baris"], row.number))
        elif row.kind == "rekomendasi":
            recommendations.append((data["baris"], data.get("indikator"), data["data"], row.number))
        elif row.kind == "berkas":
            origin = valid_record(data)
        else:
            originals[data["sel"]] = data["teks"]
    if check.problems:
        raise InputError(check.problems)
    return Meta(header, form_layout, tuple(indicators), tuple(recommendations), originals, origin)


def check_ids(meta: Meta, framework: Framework, name: str) -> None:
    """Every indicator the sheet names is the kerangka's, and has one row."""
    check = _Check(name)
    known = {i.id for i in framework.indicators}
    seen: set[str] = set()
    named = [(i, row) for i, _, row in meta.indicators]
    named += [(i, row) for _, i, _, row in meta.recommendations if i is not None]
    for indicator_id, row in named:
        if indicator_id not in known:
            message = t("form.meta_unknown_id", id=indicator_id, framework=framework.id)
            check.fail(row, message)
    for indicator_id, _, row in meta.indicators:
        if indicator_id in seen:
            check.fail(row, t("form.meta_twice", id=indicator_id))
        seen.add(indicator_id)
    if check.problems:
        raise InputError(check.problems)
