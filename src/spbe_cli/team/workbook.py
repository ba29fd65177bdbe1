"""`spbe split --format xlsx`: a form as a workbook, for people who never open YAML.

One row per indicator (team/layout.py): the values to fill in are the yellow cells, checked
by data validation with the kerangka's allowed values (a list for a whole-number scale, a
decimal range for pemdi-2026; a pemdi value kept as a fraction, such as 7/6, is written as the
text "7/6"); everything else is locked, and the workbook's structure is protected (without a
password: a guard against slips, not a lock). The evidence items have a sheet of their own,
one item per row, each field in its own column: kind, level and status from drop-down lists,
dates as date cells. Headers are titles in the run's language, not the answer file's keys.
Every text cell goes through renderers.text.xlsx_text and gets Excel's quote prefix when it
would read as a formula.

openpyxl is imported by this module only, which `spbe split` loads only for workbooks.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import PurePath
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from spbe_cli.answers import EVIDENCE_STATUSES, FOLLOW_UP_STATUSES, YEARS
from spbe_cli.days import parse_day
from spbe_cli.errors import UsageError
from spbe_cli.exact import display
from spbe_cli.frameworks import Framework, Indicator
from spbe_cli.i18n import t, tr
from spbe_cli.renderers.report.xlsx import number
from spbe_cli.renderers.text import needs_quote_prefix, xlsx_text
from spbe_cli.team import layout
from spbe_cli.team.form import Form
from spbe_cli.team.layout import (
    EVIDENCE_COLUMNS,
    EVIDENCE_KINDS,
    FIRST_EVIDENCE_ROW,
    FIRST_REC_ROW,
    FIRST_ROW,
    HEAD_ROW,
    REC_COLUMNS,
    Layout,
)

HEADER_FILL = "1F3A5F"
INPUT_FILL = "FFF2CC"
DATE_FORMAT = "yyyy-mm-dd"
FIRST_DAY, LAST_DAY = date(YEARS[0], 1, 1), date(YEARS[1], 12, 31)  # the dates allowed
EPOCH = date(1899, 12, 30)  # spreadsheet day 0 (the 1900 date system)
PAGE_WIDTH = 100  # column-width units across an A4 landscape page at 100%, within its margins
MAX_LIST = 255  # the longest list a data validation may hold written in its formula


def cell_number(value: Any) -> int | float | str | None:
    """A level, target or score as a cell holds it: a number (a Decimal written by its digits:
    openpyxl writes the shortest text that reads back as the same double, which for at most
    15 significant digits is the digits themselves), or the text of a fraction ("7/6")."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Fraction):
        return number(value) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    if isinstance(value, int | str):
        return value
    return None


class _Book:
    def __init__(self, form: Form, language: str) -> None:
        self.form = form
        self.lang = language
        self.framework: Framework = form.framework
        self.wb = Workbook()
        self.meta: list[tuple[str, str]] = [("format", layout.FORMAT)]
        self.originals: dict[str, str] = {}
        entries = dict(form.entries)
        criteria = tuple(range(self.framework.level_min, self.framework.level_max + 1))
        self.layout = Layout(
            layout.level_columns(entries),
            any(self.framework.by_id[i].conversion is not None for i in entries),
            tr(language, "form_sheet"),
            tr(language, "form_rec_sheet"),
            criteria,
            tr(language, "form_evidence_sheet"),
        )
        self.cols = self.layout.columns()
        self.evidence: list[tuple[str, Any]] = []  # (indicator id, item), in the form's order

    # ------------------------------------------------------------ cells

    def put(
        self, ws: Worksheet, ref: str, value: Any, *, editable: bool = False, wrap: bool = True
    ) -> None:
        """A cell: text always as text (quote prefix when it would read as a formula), numbers
        as numbers; editable cells unlocked and yellow."""
        cell = ws[ref]
        if isinstance(value, str):
            if len(value) > layout.MAX_CELL:
                raise UsageError(t("form.cell_too_long", cell=ref, limit=layout.MAX_CELL))
            shown = xlsx_text(value)
            if shown != value:
                self.originals[f"{ws.title}!{ref}"] = value
            cell.value = shown
            cell.data_type = "s"
            if needs_quote_prefix(shown):
                cell.quotePrefix = True
        else:
            cell.value = value
        cell.alignment = Alignment(vertical="top", wrap_text=wrap and isinstance(value, str))
        if editable:
            cell.protection = Protection(locked=False)
            cell.fill = PatternFill("solid", fgColor=INPUT_FILL)

    def heading(self, ws: Worksheet, ref: str, text: str) -> None:
        self.put(ws, ref, text)
        ws[ref].font = Font(bold=True, color="FFFFFF")
        ws[ref].fill = PatternFill("solid", fgColor=HEADER_FILL)

    def validation(self, ws: Worksheet, kind: Any, cells: list[str], **rule: Any) -> None:
        if not cells:
            return
        found = DataValidation(
            type=kind,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=tr(self.lang, "form_invalid_title"),
            **rule,
        )
        for ref in cells:
            found.add(ref)
        ws.add_data_validation(found)

    def level_rule(self) -> dict[str, Any]:
        f = self.framework
        allowed = t("level.allowed_whole", low=f.level_min, high=f.level_max)
        if f.scale.whole:
            values = ",".join(str(n) for n in range(f.level_min, f.level_max + 1))
            return {"kind": "list", "formula1": f'"{values}"', "error": allowed}
        error = t(
            "level.allowed_decimal", low=f.level_min, high=f.level_max, places=f.scale.decimals
        )
        return {
            "kind": "decimal",
            "operator": "between",
            "formula1": str(f.level_min),
            "formula2": str(f.level_max),
            "error": error,
        }

    # ------------------------------------------------------------ sheets

    def form_sheet(self) -> None:
        ws = self.wb.active
        assert ws is not None
        ws.title = self.layout.form_sheet
        form, lang = self.form, self.lang
        title = tr(
            lang,
            "form_title",
            index=self.framework.index_name(lang),
            year=form.header.get("tahun", ""),
            institution=form.header.get("instansi", ""),
        )
        self.put(ws, "A1", title, wrap=False)
        ws["A1"].font = Font(bold=True, size=14)
        self.put(ws, "A2", form.title(lang), wrap=False)
        ws["A2"].font = Font(bold=True)
        help_text = tr(
            lang, "form_help", allowed=self.level_rule()["error"], sheet=self.layout.evidence_sheet
        )
        self.put(ws, "A3", help_text)
        self.headers(ws)
        cells: list[str] = []
        for n, (indicator_id, entry) in enumerate(form.entries.items()):
            row = FIRST_ROW + n
            self.meta.append(layout.record("indikator", {"id": indicator_id, "baris": row}))
            self.row(ws, row, self.framework.by_id[indicator_id], entry, cells)
        level = self.level_rule()
        kind = level.pop("kind")
        self.validation(ws, kind, cells, **level)
        self.finish(ws)

    def headers(self, ws: Worksheet) -> None:
        lang, cols = self.lang, self.cols
        names = {
            "id": "ID",
            "nama": tr(lang, "indicator"),
            "aspek": tr(lang, "aspect"),
            "bobot": tr(lang, "weight_pct"),
            "sumber": tr(lang, "form_source_score"),
            "target": tr(lang, "form_col_target"),
            "pj": tr(lang, "form_col_pj"),
            "penjelasan": tr(lang, "form_col_explanation"),
        }
        for stage in self.layout.levels:
            names[f"level:{stage}"] = stage.capitalize() or tr(lang, "form_value")
        for level in self.layout.criteria:
            names[f"kriteria:{level}"] = f"level {level}"
        for field, letters in cols.items():
            self.heading(ws, f"{letters}{HEAD_ROW + 1}", names[field])
        first, last = (
            cols[f"level:{self.layout.levels[0]}"],
            cols[f"level:{self.layout.levels[-1]}"],
        )
        self.heading(ws, f"{first}{HEAD_ROW}", "Level")
        if first != last:
            ws.merge_cells(f"{first}{HEAD_ROW}:{last}{HEAD_ROW}")
        low, high = self.layout.criteria[0], self.layout.criteria[-1]
        first, last = cols[f"kriteria:{low}"], cols[f"kriteria:{high}"]
        self.heading(ws, f"{first}{HEAD_ROW}", tr(lang, "form_criteria"))
        ws.merge_cells(f"{first}{HEAD_ROW}:{last}{HEAD_ROW}")

    def row(
        self,
        ws: Worksheet,
        row: int,
        indicator: Indicator,
        entry: Any,
        cells: list[str],
    ) -> None:
        cols = self.cols
        self.put(ws, f"{cols['id']}{row}", indicator.id)
        self.put(ws, f"{cols['nama']}{row}", indicator.name)
        self.put(ws, f"{cols['aspek']}{row}", indicator.aspect)
        self.put(ws, f"{cols['bobot']}{row}", number(indicator.weight))
        ws[f"{cols['bobot']}{row}"].number_format = "0.00##"
        fields: Mapping[str, Any] = entry if isinstance(entry, Mapping) else {}
        value = entry if entry is not None and not isinstance(entry, Mapping) else None
        level = fields.get("level", value)
        for stage in self.layout.levels:
            given = (
                level.get(stage) if isinstance(level, Mapping) else (level if not stage else None)
            )
            ref = f"{cols[f'level:{stage}']}{row}"
            self.value_cell(ws, ref, given)
            cells.append(ref)
        if self.layout.source:
            self.source_cell(ws, f"{cols['sumber']}{row}", indicator, fields)
        self.value_cell(ws, f"{cols['target']}{row}", fields.get("target"))
        cells.append(f"{cols['target']}{row}")
        self.put(ws, f"{cols['pj']}{row}", fields.get("pj") or "", editable=True)
        self.put(ws, f"{cols['penjelasan']}{row}", fields.get("penjelasan") or "", editable=True)
        self.evidence += [(indicator.id, item) for item in fields.get("data_dukung") or ()]
        criteria = self.framework.criteria_of(indicator)
        for level_n in self.layout.criteria:
            title = self.framework.level_title(indicator, level_n)  # with its band (pemdi)
            text = ": ".join(p for p in (title, criteria.get(level_n, "")) if p)
            self.put(ws, f"{cols[f'kriteria:{level_n}']}{row}", text)

    def value_cell(self, ws: Worksheet, ref: str, value: Any) -> None:
        shown = cell_number(value)
        if isinstance(shown, str):
            self.put(ws, ref, shown, editable=True)
        else:
            self.put(ws, ref, shown, editable=True)
            ws[ref].number_format = "0" if self.framework.scale.whole else "General"
        ws[ref].alignment = Alignment(vertical="top", horizontal="right")

    def source_cell(
        self, ws: Worksheet, ref: str, indicator: Indicator, fields: Mapping[str, Any]
    ) -> None:
        """The score of another agency's index, for the indicators converted from one."""
        conversion = indicator.conversion
        if conversion is None:
            self.put(ws, ref, "")
            return
        self.value_cell(ws, ref, fields.get(conversion.source))
        ws[ref].number_format = "0.00##"
        low, high = display(conversion.low, 4), display(conversion.high, 4)
        error = t("conversion.scale", low=low, high=high, name=conversion.name)
        self.validation(
            ws, "decimal", [ref], operator="between", formula1=low, formula2=high, error=error
        )

    def finish(self, ws: Worksheet) -> None:
        widths = {"id": 6, "nama": 30, "aspek": 7, "bobot": 8, "sumber": 10, "target": 9}
        widths |= {"pj": 16, "penjelasan": 40}
        for field, letters in self.cols.items():
            default = 10 if field.startswith("level:") else 24
            ws.column_dimensions[letters].width = widths.get(field, default)
        spread(ws, 3, "A", self.cols["penjelasan"])
        fit_rows(ws, FIRST_ROW, FIRST_ROW + len(self.form.entries))
        ws.freeze_panes = f"C{FIRST_ROW}"
        protect(ws)
        # the answers on one page across, the criteria (after ID and name again) on the next
        first = ws[f"{self.cols[f'kriteria:{self.layout.criteria[0]}']}1"].column
        ws.col_breaks.append(Break(id=first - 1))
        ws.print_title_cols = f"A:{self.cols['nama']}"
        names = sum(widths[k] for k in ("id", "nama"))
        answers = sum(ws.column_dimensions[layout.column(n)].width for n in range(1, first))
        criteria = names + sum(
            ws.column_dimensions[self.cols[f"kriteria:{n}"]].width for n in self.layout.criteria
        )
        page(ws, f"{HEAD_ROW}:{HEAD_ROW + 1}", max(answers, criteria))

    def evidence_sheet(self) -> None:
        """One evidence item per row (what the form sheet's indicators hold, in their order),
        then empty rows to add items; every cell editable, rows may be added."""
        ws = self.wb.create_sheet(self.layout.evidence_sheet)
        lang = self.lang
        title = tr(lang, "form_evidence_title", title=self.form.title(lang))
        self.put(ws, "A1", title, wrap=False)
        ws["A1"].font = Font(bold=True, size=13)
        folder = PurePath(self.form.source).name or "-"
        self.put(ws, "A2", tr(lang, "form_evidence_help", file=folder))
        for n, field in enumerate(EVIDENCE_COLUMNS, start=1):
            header = _same_titles(lang).get(field) or tr(lang, f"form_evidence_{field}")
            self.heading(ws, f"{layout.column(n)}{FIRST_EVIDENCE_ROW - 1}", header)
        blank = min(max(10, 3 * len(self.form.entries)), 200)
        end = FIRST_EVIDENCE_ROW + len(self.evidence) + blank
        for n, (indicator_id, item) in enumerate(self.evidence):
            self._evidence_row(ws, FIRST_EVIDENCE_ROW + n, indicator_id, item)
        for row in range(FIRST_EVIDENCE_ROW + len(self.evidence), end):
            for n, field in enumerate(EVIDENCE_COLUMNS, start=1):
                self._evidence_cell(ws, f"{layout.column(n)}{row}", field, None)
        self._evidence_rules(ws, end - 1)
        widths = (10, 9, 44, 7, 14, 11, 12, 15, 36)
        for n, width in enumerate(widths, start=1):
            ws.column_dimensions[layout.column(n)].width = width
        spread(ws, 2, "A", layout.column(len(widths)))
        fit_rows(ws, FIRST_EVIDENCE_ROW, end)
        ws.freeze_panes = f"A{FIRST_EVIDENCE_ROW}"
        protect(ws, rows=True)
        page(ws, f"{FIRST_EVIDENCE_ROW - 1}:{FIRST_EVIDENCE_ROW - 1}")

    def _evidence_row(self, ws: Worksheet, row: int, indicator_id: str, item: Any) -> None:
        fields: dict[str, Any] = {"indikator": indicator_id}
        if isinstance(item, Mapping):
            kind = "berkas" if "berkas" in item else "tautan"
            fields |= {"jenis": kind, "isi": item.get(kind)}
            fields |= {k: item.get(k) for k in EVIDENCE_COLUMNS[3:]}
        else:
            fields |= {"jenis": "teks", "isi": item}
        for n, field in enumerate(EVIDENCE_COLUMNS, start=1):
            self._evidence_cell(ws, f"{layout.column(n)}{row}", field, fields.get(field))

    def _evidence_cell(self, ws: Worksheet, ref: str, field: str, value: Any) -> None:
        if field in ("tanggal", "berlaku_sampai"):
            day = parse_day(value) if isinstance(value, str) else None
            self.put(ws, ref, day if day is not None else value, editable=True)
            ws[ref].number_format = DATE_FORMAT
            ws[ref].alignment = Alignment(vertical="top", horizontal="right")
        elif field in ("indikator", "jenis", "level", "status"):  # values from a list
            self.put(ws, ref, "" if value is None and field != "level" else value, editable=True)
            ws[ref].alignment = Alignment(vertical="top", horizontal="center")
            ws[ref].number_format = "0" if field == "level" else "General"
        else:
            self.put(ws, ref, "" if value is None else value, editable=True)

    def _evidence_rules(self, ws: Worksheet, last: int) -> None:
        """Drop-down lists and date checks over the item rows, the empty ones too."""
        cols = self.layout.evidence_columns()
        first = FIRST_EVIDENCE_ROW

        def cells(field: str) -> list[str]:
            return [f"{cols[field]}{first}:{cols[field]}{last}"]

        f = self.framework
        ids = ",".join(self.form.entries)
        if len(ids) + 2 <= MAX_LIST:
            allowed = ", ".join(self.form.entries)
            self.validation(ws, "list", cells("indikator"), formula1=f'"{ids}"', error=allowed)
        kinds = ",".join(EVIDENCE_KINDS)
        self.validation(ws, "list", cells("jenis"), formula1=f'"{kinds}"', error=kinds)
        whole = ",".join(str(n) for n in range(f.level_min, f.level_max + 1))
        error = t("level.allowed_whole", low=f.level_min, high=f.level_max)
        self.validation(ws, "list", cells("level"), formula1=f'"{whole}"', error=error)
        statuses = ",".join(EVIDENCE_STATUSES)
        self.validation(ws, "list", cells("status"), formula1=f'"{statuses}"', error=statuses)
        days = cells("tanggal") + cells("berlaku_sampai")
        self.validation(
            ws,
            "date",
            days,
            operator="between",
            formula1=str((FIRST_DAY - EPOCH).days),
            formula2=str((LAST_DAY - EPOCH).days),
            error=tr(self.lang, "form_date_error", first=FIRST_DAY, last=LAST_DAY),
        )

    def recommendation_sheet(self) -> None:
        ws = self.wb.create_sheet(self.layout.rec_sheet)
        lang = self.lang
        self.put(ws, "A1", tr(lang, "form_rec_title", title=self.form.title(lang)), wrap=False)
        ws["A1"].font = Font(bold=True, size=13)
        for n, name in enumerate(REC_COLUMNS, start=1):
            header = _same_titles(lang).get(name) or tr(lang, f"form_rec_{name}")
            self.heading(ws, f"{layout.column(n)}{FIRST_REC_ROW - 1}", header)
        found = self._recommendations()
        statuses = [self._recommendation_row(ws, n, *item) for n, item in enumerate(found)]
        if not found:
            self.put(ws, f"A{FIRST_REC_ROW}", tr(lang, "form_no_recommendations"), wrap=False)
        allowed = ",".join(FOLLOW_UP_STATUSES)
        self.validation(ws, "list", statuses, formula1=f'"{allowed}"', error=allowed)
        for letters, width in zip(
            "ABCDEFGHIJ", (5, 10, 8, 12, 44, 11, 14, 12, 44, 10), strict=True
        ):
            ws.column_dimensions[letters].width = width
        fit_rows(ws, FIRST_REC_ROW, FIRST_REC_ROW + len(found))
        ws.freeze_panes = f"A{FIRST_REC_ROW}"
        protect(ws)
        page(ws, f"{FIRST_REC_ROW - 1}:{FIRST_REC_ROW - 1}")

    def _recommendations(self) -> list[tuple[str | None, Mapping[str, Any]]]:
        """The form's top-level recommendations, then each indicator's (with its id)."""
        found: list[tuple[str | None, Mapping[str, Any]]] = [(None, r) for r in self.form.top]
        for held_id, entry in self.form.entries.items():
            if isinstance(entry, Mapping):
                found += [(held_id, r) for r in entry.get("rekomendasi") or ()]
        return found

    def _recommendation_row(
        self, ws: Worksheet, n: int, indicator_id: str | None, rec: Mapping[str, Any]
    ) -> str:
        """Row `n` of the sheet: the recommendation read-only, its follow-up and status to
        fill in; the status cell's address (for its validation)."""
        row = FIRST_REC_ROW + n
        self.meta.append(
            layout.record("rekomendasi", {"baris": row, "indikator": indicator_id, "data": rec})
        )
        aspect = rec.get("aspek") or (
            self.framework.by_id[indicator_id].aspect if indicator_id else ""
        )
        values = [
            n + 1,
            indicator_id or rec.get("indikator") or "",
            aspect or "",
            rec.get("id") or "",
            rec.get("teks") or "",
            rec.get("sumber") or "",
            rec.get("pj") or "",
            _day(rec.get("tenggat")),
        ]
        for k, value in enumerate(values, start=1):
            self.put(ws, f"{layout.column(k)}{row}", value)
        if isinstance(values[-1], date):
            ws[f"H{row}"].number_format = DATE_FORMAT
        self.put(ws, f"I{row}", rec.get("tindak_lanjut") or "", editable=True)
        self.put(ws, f"J{row}", rec.get("status") or "belum", editable=True)
        return f"J{row}"

    def meta_sheet(self) -> None:
        ws = self.wb.create_sheet(layout.META_SHEET)
        rows = [
            *self.meta[:1],
            ("kepala", layout.header_text(self.form.header)),
            ("tata_letak", self.layout.to_json()),
            *([layout.record("berkas", dict(self.form.record))] if self.form.record else []),
            *self.meta[1:],
            *(layout.record("asli", {"sel": k, "teks": v}) for k, v in self.originals.items()),
        ]
        for n, (kind, value) in enumerate(rows, start=1):
            ws.cell(row=n, column=1).value = kind
            ws.cell(row=n, column=2).value = value
            ws.cell(row=n, column=2).data_type = "s"
        ws.sheet_state = "veryHidden"
        protect(ws)

    def save(self) -> bytes:
        from spbe_cli.renderers.workbook import finished

        self.wb.security = WorkbookProtection(lockStructure=True)
        return finished(self.wb)


def fit_rows(ws: Worksheet, first: int, end: int) -> None:
    """Row heights for wrapped text (a spreadsheet does not grow a row for text written by a
    program): about 15 points per line, lines counted from the column widths."""
    for row in range(first, end):
        lines = 1
        for cell in ws[row]:
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                width = ws.column_dimensions[cell.column_letter].width or 10
                per_line = max(int(width * 1.1), 1)
                count = sum(-(-max(len(part), 1) // per_line) for part in cell.value.split("\n"))
                lines = max(lines, count)
        ws.row_dimensions[row].height = min(15 * lines + 3, 409)


def _same_titles(language: str) -> dict[str, str]:
    """Column titles written alike in both languages."""
    return {"id": "ID", "level": "Level", "status": tr(language, "status").capitalize()}


def spread(ws: Worksheet, row: int, first: str, last: str) -> None:
    """The text of a row's first cell shown across columns `first` to `last`, wrapped, the
    row as tall as its lines."""
    ws.merge_cells(f"{first}{row}:{last}{row}")
    cell = ws[f"{first}{row}"]
    cell.alignment = Alignment(vertical="top", wrap_text=True)
    start, end = (ws[f"{c}1"].column for c in (first, last))
    width = sum(ws.column_dimensions[layout.column(n)].width or 10 for n in range(start, end + 1))
    lines = -(-len(str(cell.value or "")) // max(int(width * 1.05), 1))
    ws.row_dimensions[row].height = 15 * max(lines, 1) + 3


def _day(value: Any) -> Any:
    """A day written YYYY-MM-DD as a date cell's value; anything else as it is."""
    day = parse_day(value) if isinstance(value, str) else None
    return day if day is not None else (value or "")


def protect(ws: Worksheet, *, rows: bool = False) -> None:
    """Locked cells stay as written; unlocked ones take input; columns and rows may be
    resized (and, with `rows`, rows added and deleted)."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    if rows:
        ws.protection.insertRows = False
        ws.protection.deleteRows = False


def page(ws: Worksheet, titles: str, widest: float | None = None) -> None:
    """Printed on A4 across, the header rows on every page: as wide as the page, or (with
    the manual column breaks of a sheet printed over several pages across) at the scale at
    which the widest of those parts, `widest` column-width units, fits the page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.print_title_rows = titles
    if widest is None:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        return
    ws.page_setup.scale = max(10, min(100, int(PAGE_WIDTH * 100 // widest)))
    ws.page_setup.pageOrder = "overThenDown"


def workbook_form(form: Form, language: str) -> bytes:
    book = _Book(form, language)
    book.form_sheet()
    book.evidence_sheet()
    book.recommendation_sheet()
    book.meta_sheet()
    return book.save()
