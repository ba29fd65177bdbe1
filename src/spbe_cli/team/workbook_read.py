"""Reading a form workbook back (`spbe merge`): each cell's value exactly, or a problem naming
the sheet and cell.

Numbers are never taken through a float's arithmetic. A spreadsheet stores a typed number as
decimal text (3.75 as "3.75"); openpyxl hands it over as the nearest double, and `repr` of a
double is the shortest text that reads back as that double, which for any number of at most
15 significant digits is exactly the digits stored. So a level is `Decimal(repr(value))`: 3.75
stays 3.75, and a computed 1.1666666666666667 stays all its digits and is refused as having
more decimals than the kerangka allows (type 7/6 as text instead). A text cell is read with
the answer file's rules ("3,75" and "7/6" are exact); a date (Excel turns a typed 7/6 into 6
July), a formula or TRUE/FALSE is refused with the cell named.

Text cells come back as typed; a text a workbook could not show as written (controls, bidi
marks, shown as escapes by xlsx_text) comes back as it was when the cell was not edited.
Evidence items are read from their sheet (team/layout.py), row by row wherever the rows
stand, each cell checked on its own; a form of the old layout (evidence as YAML in a cell) is
refused with a message to split again.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from spbe_cli import levels, yamlsafe
from spbe_cli.answers import FOLLOW_UP_STATUSES
from spbe_cli.errors import InputError, Problem
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.i18n import t
from spbe_cli.renderers.text import xlsx_text
from spbe_cli.team import layout, workbook_meta, xlsx_limits
from spbe_cli.team.evidence_sheet import evidence_items
from spbe_cli.team.held import Held, Place
from spbe_cli.team.paths import origin_of

Value = int | Decimal | str


def read_number(value: Any) -> tuple[Value | None, str | None]:
    """A cell as a level, target or score: (the value as an answer file holds it, None), or
    (None, what is wrong); (None, None) for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return None, t("form.cell_boolean")
    if isinstance(value, int):
        return value, None
    if isinstance(value, float):
        exact = Decimal(repr(value))
        if not exact.is_finite():
            return None, t("level.not_number", value=value)
        return (int(exact) if exact == exact.to_integral_value() else exact), None
    if isinstance(value, datetime.date | datetime.time | datetime.timedelta):
        return None, t("form.cell_date")
    if isinstance(value, str):
        text = value.strip()
        if levels.fraction_text(text) is not None:
            return text, None
        typed = levels.decimal_text(text)
        if typed is not None:
            return (int(typed) if typed == typed.to_integral_value() else typed), None
        return None, t("level.not_number", value=text)
    return None, t("level.not_number", value=value)


def number_of(value: Value) -> int | Decimal | Fraction:
    if isinstance(value, str):
        found = levels.fraction_text(value)
        assert found is not None  # read_number only keeps a fraction's text
        return found
    return value


MAX_FILE = xlsx_limits.MAX_UNZIPPED  # bytes: a zip is hardly larger than the parts it holds


def _load(name: str) -> Workbook:
    """The workbook at `name`, read by openpyxl once it is known to stay within the bounds of
    `xlsx_limits` (InputError naming the workbook otherwise)."""
    try:
        with open(name, "rb") as handle:
            data = handle.read(MAX_FILE + 1)
    except OSError:
        raise InputError([Problem(name, 1, 1, t("form.not_a_workbook", file=name))]) from None
    if len(data) > MAX_FILE:
        message = t("form.limit_unzipped", limit=MAX_FILE)
        raise InputError([Problem(name, 1, 1, message)])
    xlsx_limits.check(data, name)
    try:
        return load_workbook(io.BytesIO(data), data_only=False)
    except Exception as error:  # openpyxl raises many types on a damaged file; all mean the same
        detail = " ".join(str(error).split())[:160] or "-"
        message = t("form.unreadable", file=name, kind=type(error).__name__, detail=detail)
        raise InputError([Problem(name, 1, 1, message)]) from None


class _Reader:
    def __init__(self, name: str, catalog: Catalog) -> None:
        self.name = name
        self.catalog = catalog
        self.problems: list[Problem] = []
        self.wb = _load(name)
        names = self.wb.sheetnames
        meta_sheet = self.wb[layout.META_SHEET] if layout.META_SHEET in names else None
        if not isinstance(meta_sheet, Worksheet):
            raise InputError([Problem(name, 1, 1, t("form.not_a_form", file=name))])
        self.meta = workbook_meta.read(workbook_meta.rows(meta_sheet), name)
        self.layout = self.meta.layout
        self.header = self.meta.header
        self.framework = self._framework()
        workbook_meta.check_ids(self.meta, self.framework, name)
        self.originals = dict(self.meta.originals)
        self.moved_originals = _by_shown_text(self.originals)
        self.cols = self.layout.columns()
        for sheet in (self.layout.form_sheet, self.layout.rec_sheet, self.layout.evidence_sheet):
            if sheet not in names or not isinstance(self.wb[sheet], Worksheet):
                raise InputError([Problem(name, 1, 1, t("form.not_a_form", file=name))])
        self.origin = origin_of(name, self.meta.origin)

    def _framework(self) -> Framework:
        named, year = self.header.get("kerangka"), self.header.get("tahun")
        found = self.catalog.get(named) if isinstance(named, str) else None
        if found is None and isinstance(year, int) and named is None:
            found = self.catalog.for_year(year)
        if found is None:
            raise InputError([Problem(self.name, 1, 1, t("form.not_a_form", file=self.name))])
        return found

    # ------------------------------------------------------------ cells

    def fail(self, ws: Worksheet, ref: str, message: str) -> None:
        cell = ws[ref]
        where = t("form.cell", sheet=ws.title, cell=ref)
        self.problems.append(Problem(self.name, cell.row, cell.column, f"{where}: {message}"))

    def text(self, ws: Worksheet, ref: str) -> str:
        cell = ws[ref]
        value = cell.value
        if cell.data_type == "f":
            self.fail(ws, ref, t("form.cell_formula"))
            return ""
        if value is None:
            return ""
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, float):
            return format(Decimal(repr(value)), "f")
        if isinstance(value, datetime.datetime):
            return value.date().isoformat() if value.time() == datetime.time() else str(value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        found = str(value)
        original = self.originals.get(f"{ws.title}!{ref}")
        if original is not None and xlsx_text(original) == found:
            return original
        return self.moved_originals.get((ws.title, found), found)

    def number(
        self, ws: Worksheet, ref: str, check: Callable[[int | Decimal | Fraction], str | None]
    ) -> Value | None:
        cell = ws[ref]
        if cell.data_type == "f":
            self.fail(ws, ref, t("form.cell_formula"))
            return None
        value, problem = read_number(cell.value)
        if problem is None and value is not None:
            problem = check(number_of(value))
        if problem is not None:
            self.fail(ws, ref, problem)
            return None
        return value

    def level_check(self, value: int | Decimal | Fraction) -> str | None:
        found = levels.problem(self.framework, value)
        if found is None:
            return None
        return f"{found}; " + t("set.allowed", allowed=levels.allowed(self.framework))

    # ------------------------------------------------------------ rows

    def indicators(self) -> tuple[dict[str, Any], dict[str, Place]]:
        ws = self.wb[self.layout.form_sheet]
        entries: dict[str, Any] = {}
        places: dict[str, Place] = {}
        evidence = self.evidence([indicator_id for indicator_id, _, _ in self.meta.indicators])
        for indicator_id, row, _ in self.meta.indicators:
            if str(ws[f"{self.cols['id']}{row}"].value) != indicator_id:
                self.fail(ws, f"{self.cols['id']}{row}", t("form.row_moved", id=indicator_id))
                continue
            entry = self.entry(ws, indicator_id, row, evidence.get(indicator_id))
            if entry is not None:
                entries[indicator_id] = entry
                places[indicator_id] = Place(self.name, row, 1, f"{ws.title}!A{row}")
        return entries, places

    def entry(self, ws: Worksheet, indicator_id: str, row: int, items: list[Any] | None) -> Any:
        cols = self.cols
        before = len(self.problems)
        stages = {}
        for stage in self.layout.levels:
            value = self.number(ws, f"{cols[f'level:{stage}']}{row}", self.level_check)
            if value is not None:
                stages[stage] = value
        entry: dict[str, Any] = {}
        if "" in stages:
            entry["level"] = stages.pop("")
            if stages:
                self.fail(ws, f"{cols['level:']}{row}", t("form.plain_and_stages"))
        if stages:
            entry["level"] = stages
        conversion = self.framework.by_id[indicator_id].conversion
        if self.layout.source and conversion is not None:
            score = self.number(
                ws, f"{cols['sumber']}{row}", _in_range(conversion.low, conversion.high)
            )
            if score is not None and "level" in entry:
                self.fail(ws, f"{cols['sumber']}{row}", t("conversion.both", key=conversion.source))
            elif score is not None:
                entry[conversion.source] = score
        failed = len(self.problems) > before  # a value that could not be read: said already
        rest = self.fields(ws, row)
        if items:
            rest["data_dukung"] = items
        if not entry:
            if rest and not failed:
                self.fail(
                    ws,
                    f"{cols[f'level:{self.layout.levels[0]}']}{row}",
                    t("form.no_level", id=indicator_id),
                )
            return None
        entry.update(rest)
        if list(entry) == ["level"] and not isinstance(entry["level"], dict):
            return entry["level"]
        return entry

    def fields(self, ws: Worksheet, row: int) -> dict[str, Any]:
        cols = self.cols
        found: dict[str, Any] = {}
        explanation = self.text(ws, f"{cols['penjelasan']}{row}")
        if explanation.strip():
            found["penjelasan"] = explanation
        owner = self.text(ws, f"{cols['pj']}{row}").strip()
        if owner:
            found["pj"] = owner
        target = self.number(ws, f"{cols['target']}{row}", self.level_check)
        if target is not None:
            found["target"] = target
        return found

    def evidence(self, ids: list[str]) -> dict[str, list[Any]]:
        """Each indicator's evidence items (team/evidence_sheet.py)."""
        return evidence_items(self, self.wb[self.layout.evidence_sheet], ids)

    def whole(self, ws: Worksheet, ref: str) -> tuple[int | None, str | None]:
        """A cell as a whole level (an evidence item's): (the number, None), (None, what is
        wrong), or (None, None) for an empty cell; a formula is said by `text`."""
        cell = ws[ref]
        value, problem = read_number(cell.value)
        if problem is None and value is not None and not isinstance(value, int):
            return None, t("form.not_whole", value=value)
        return (value if isinstance(value, int) else None), problem

    def recommendations(self, entries: dict[str, Any]) -> list[tuple[dict[str, Any], Place]]:
        ws = self.wb[self.layout.rec_sheet]
        top: list[tuple[dict[str, Any], Place]] = []
        for row, indicator_id, data, _ in self.meta.recommendations:
            rec = dict(data)
            follow_up = self.text(ws, f"I{row}")
            if follow_up.strip():
                rec["tindak_lanjut"] = follow_up
            else:
                rec.pop("tindak_lanjut", None)
            status = self.text(ws, f"J{row}").strip()
            if status not in FOLLOW_UP_STATUSES:
                allowed = ", ".join(FOLLOW_UP_STATUSES)
                self.fail(ws, f"J{row}", t("form.status", value=status, allowed=allowed))
            elif status != "belum" or "status" in rec:
                rec["status"] = status
            if indicator_id is None:
                top.append((rec, Place(self.name, row, 1, f"{ws.title}!A{row}")))
                continue
            entry = entries.get(indicator_id)
            if isinstance(entry, dict):
                entry.setdefault("rekomendasi", []).append(rec)
            elif entry is not None:
                entries[indicator_id] = {"level": entry, "rekomendasi": [rec]}
        return top


def _by_shown_text(originals: dict[str, str]) -> dict[tuple[str, str], str]:
    """(sheet, text shown) -> the text as it was, where one text only shows so: a cell whose
    row moved (rows added or deleted on the evidence sheet) still gives back its text."""
    found: dict[tuple[str, str], set[str]] = {}
    for ref, text in originals.items():
        found.setdefault((ref.rsplit("!", 1)[0], xlsx_text(text)), set()).add(text)
    return {key: next(iter(texts)) for key, texts in found.items() if len(texts) == 1}


def _in_range(low: Fraction, high: Fraction) -> Callable[[int | Decimal | Fraction], str | None]:
    def check(value: int | Decimal | Fraction) -> str | None:
        if isinstance(value, Fraction) and value.denominator != 1:
            return t("form.score_fraction")
        if low <= value <= high:
            return None
        return t("form.score_range", value=value, low=low, high=high)

    return check


def read_workbook(name: str, catalog: Catalog) -> tuple[Held, Framework]:
    """A form workbook's header, indicators and top-level recommendations (InputError naming
    every cell that cannot be read)."""
    reader = _Reader(name, catalog)
    entries, places = reader.indicators()
    top = reader.recommendations(entries)
    if reader.problems:
        raise InputError(reader.problems)
    title = Place(name, 1, 1, f"{reader.layout.form_sheet}!A1")
    held = Held(name, reader.header, entries, places, top, title, reader.origin)
    _check(held, reader.framework, catalog)
    return held, reader.framework


def _check(held: Held, framework: Framework, catalog: Catalog) -> None:
    """The form read as an answer file is (what the cells alone cannot tell: an evidence item's
    keys, a recommendation's fields); each problem placed at its indicator's row."""
    from spbe_cli.answers import ReadOptions, read_answers
    from spbe_cli.team.answertext import answer_text

    data = {**held.header, "indikator": held.entries}
    if held.top:
        data["rekomendasi"] = [rec for rec, _ in held.top]
    text = answer_text(framework, data, "id")
    try:
        read_answers(yamlsafe.parse(text, held.file), catalog, ReadOptions(allow_missing=True))
    except InputError as error:
        problems = []
        for problem in error.problems:
            place = held.places.get(problem.subject.removeprefix("indikator "), held.header_place)
            assert place is not None
            where = f"{place.cell}: " if place.cell else ""
            problems.append(
                Problem(
                    held.file, place.line, place.column, where + problem.message, problem.subject
                )
            )
        raise InputError(problems) from None
