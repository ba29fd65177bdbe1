"""`spbe split --format xlsx`: a form as a workbook, for people who never open YAML.

One row per indicator (team/layout.py): the values to fill in are the yellow cells, checked
by data validation with the kerangka's allowed values (a list for a whole-number scale, a
decimal range for pemdi-2026; a pemdi value kept as a fraction, such as 7/6, is written as the
text "7/6"); everything else is locked, and the workbook's structure is protected (without a
password: a guard against slips, not a lock). Every text cell goes through
renderers.text.xlsx_text and gets Excel's quote prefix when it would read as a formula.

openpyxl is imported by this module only, which `spbe split` loads only for workbooks.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from spbe_cli.errors import UsageError
from spbe_cli.exact import display
from spbe_cli.frameworks import Framework, Indicator
from spbe_cli.i18n import t, tr
from spbe_cli.renderers.report.xlsx import number
from spbe_cli.renderers.text import needs_quote_prefix, xlsx_text
from spbe_cli.team import layout
from spbe_cli.team.evidence_cell import cell_text
from spbe_cli.team.form import Form
from spbe_cli.team.layout import FIRST_REC_ROW, FIRST_ROW, HEAD_ROW, REC_COLUMNS, Layout

HEADER_FILL = "1F3A5F"
INPUT_FILL = "FFF2CC"


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
        )
        self.cols = self.layout.columns()

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
        self.put(ws, "A3", tr(lang, "form_help", allowed=self.level_rule()["error"]), wrap=False)
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
            "target": "target",
            "pj": "pj",
            "penjelasan": "penjelasan",
            "data_dukung": "data_dukung",
        }
        for stage in self.layout.levels:
            names[f"level:{stage}"] = stage or tr(lang, "form_value")
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
        evidence = cell_text(list(fields.get("data_dukung") or ()))
        self.put(ws, f"{cols['data_dukung']}{row}", evidence, editable=True)
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
        widths = {"id": 6, "nama": 36, "aspek": 7, "bobot": 8, "sumber": 10, "target": 9}
        widths |= {"pj": 18, "penjelasan": 48, "data_dukung": 40}
        for field, letters in self.cols.items():
            default = 10 if field.startswith("level:") else 34
            ws.column_dimensions[letters].width = widths.get(field, default)
        fit_rows(ws, FIRST_ROW, FIRST_ROW + len(self.form.entries))
        ws.freeze_panes = f"C{FIRST_ROW}"
        protect(ws)

    def recommendation_sheet(self) -> None:
        ws = self.wb.create_sheet(self.layout.rec_sheet)
        lang = self.lang
        self.put(ws, "A1", tr(lang, "form_rec_title", title=self.form.title(lang)), wrap=False)
        ws["A1"].font = Font(bold=True, size=13)
        for n, name in enumerate(REC_COLUMNS, start=1):
            self.heading(ws, f"{layout.column(n)}{FIRST_REC_ROW - 1}", name)
        found = self._recommendations()
        statuses = [self._recommendation_row(ws, n, *item) for n, item in enumerate(found)]
        if not found:
            self.put(ws, f"A{FIRST_REC_ROW}", tr(lang, "form_no_recommendations"))
        self.validation(
            ws, "list", statuses, formula1='"belum,proses,selesai"', error="belum, proses, selesai"
        )
        for letters, width in zip(
            "ABCDEFGHIJ", (5, 10, 8, 12, 48, 14, 16, 12, 48, 10), strict=True
        ):
            ws.column_dimensions[letters].width = width
        fit_rows(ws, FIRST_REC_ROW, FIRST_REC_ROW + len(found))
        ws.freeze_panes = f"A{FIRST_REC_ROW}"
        protect(ws)

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
            rec.get("tenggat") or "",
        ]
        for k, value in enumerate(values, start=1):
            self.put(ws, f"{layout.column(k)}{row}", value)
        self.put(ws, f"I{row}", rec.get("tindak_lanjut") or "", editable=True)
        self.put(ws, f"J{row}", rec.get("status") or "belum", editable=True)
        return f"J{row}"

    def meta_sheet(self) -> None:
        ws = self.wb.create_sheet(layout.META_SHEET)
        rows = [
            *self.meta[:1],
            ("kepala", layout.header_text(self.form.header)),
            ("tata_letak", self.layout.to_json()),
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


def protect(ws: Worksheet) -> None:
    """Locked cells stay as written; unlocked ones take input; columns and rows may be
    resized."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def workbook_form(form: Form, language: str) -> bytes:
    book = _Book(form, language)
    book.form_sheet()
    book.recommendation_sheet()
    book.meta_sheet()
    return book.save()
