"""`spbe report OUT.xlsx`: a workbook that computes.

* Summary (Ringkasan): the reported result, as values.
* Indicators (Indikator): every indicator with weight, level, penjelasan and data_dukung.
* Simulation (Simulasi): the level cells are inputs; the index, every domain and aspect index
  and every predikat are live formulas over them, so changing a level in Excel or LibreOffice
  shows the new index and predikat:
    aspect/domain index = SUMPRODUCT(levels, weights) / SUM(weights) over its rows
    index               = SUMPRODUCT(levels, weights) / 100
    predikat            = LOOKUP(ROUND(index, k), band keys, band names)
  where a band's key is the smallest k-decimal value in it: its lower edge when the band holds
  that edge (spbe-2018/2020), the edge plus 10^-k when it does not (pemdi-2026: 2,50 is
  Cukup, Baik starts above it). The same bands, edge for edge, as Framework.band_of.
  Indicator rows are grouped by domain and aspect, so each group is one contiguous range.
  Weights that are no finite decimal (20/6) are written as formulas (=10/3), never rounded.

Spreadsheets compute in binary floating point: 3 × (10/3) may come out a hair below 10. The
predikat therefore compares the index rounded to k decimals, with k chosen per kerangka so that
no exact index other than a band's bound itself can round onto that bound (see _snap_places).

openpyxl is imported here only, when an .xlsx report is asked for.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from spbe_cli.exact import exact_text, round_half_up
from spbe_cli.i18n import tr
from spbe_cli.levels import allowed as allowed_levels
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import (
    MARK,
    Shown,
    comparison_line,
    exact_signed,
    groups_label,
    index_text,
    predicate_label,
    provisional_line,
)
from spbe_cli.renderers.evidence.view import checked_line, indices, points
from spbe_cli.renderers.report.changes import (
    compared_labels,
    draft_text,
    group_change,
    groups_note,
    index_change,
)
from spbe_cli.renderers.report.model import BandRow, GroupRow, IndicatorRow, Report, made_text
from spbe_cli.renderers.text import needs_quote_prefix, xlsx_text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SUMMARY_WIDTH = {"E": 22 + 58 + 11 + 10 + 22, "G": 22 + 58 + 11 + 10 + 22 + 10 + 11}
"""Characters across the summary sheet's columns A to E (or G, with a baseline's columns)."""
FIRST_ROW = 10  # the simulation's first indicator row; rows 1-9 stay in view (frozen)
HEADER_FILL = "1F3A5F"
INPUT_FILL = "FFF2CC"


def number(value: Fraction) -> int | float | str:
    """A cell value holding `value` as exactly as a spreadsheet can: an int, a finite decimal,
    or a formula "=p/q" (the spreadsheet divides at full precision; nothing is rounded here)."""
    if value.denominator == 1:
        return value.numerator
    text = exact_text(value)
    if "/" in text:
        return f"={value.numerator}/{value.denominator}"
    return float(Decimal(text))


def shown(value: Fraction) -> float:
    """A reported number as the report shows it (rounded half-up to 2 decimals)."""
    return float(round_half_up(value, 2))


def banded(text: str) -> tuple[float | str, str]:
    """A value shown beside its predikat (banded_text: "3.57", or "3.50004" where 2 decimals
    would read as another band) as a cell: the number with a format keeping every decimal
    the text has, or the text itself when it is a fraction ("p/q")."""
    if "/" in text:
        return text, "@"
    places = len(text.partition(".")[2])
    return float(Decimal(text)), "0." + "0" * places if places else "0"


def row_height(*cells: tuple[str, float]) -> float:
    """Points a row needs for its wrapped cells (text, column width): spreadsheets keep the
    default height of a row written by a program, and wrapped lines would overprint."""
    import textwrap

    lines = max(
        sum(len(textwrap.wrap(part, int(width * 1.1)) or [""]) for part in text.split("\n"))
        for text, width in cells
    )
    return 15.0 * max(1, lines)


CHANGE_FORMAT = "+0.00;-0.00;0.00"
"""A change beside two shown values: 2 decimals, as the values (renderers.common.Shown)."""
MARKED_CHANGE_FORMAT = f'+0.00"{MARK}";-0.00"{MARK}";0.00"{MARK}"'
"""A change that is not the exact one: marked, as the footnote under its table explains."""
PROVISIONAL_INK = "B85C00"


def change(shown: Shown) -> tuple[float, str]:
    """A change's cell value (the difference of the shown values, exactly representable to
    2 decimals) and its number format (marked where the exact change differs)."""
    return float(round_half_up(shown.value, 2)), (
        MARKED_CHANGE_FORMAT if shown.differs else CHANGE_FORMAT
    )


def band_key(band: BandRow, places: int) -> tuple[Fraction, str]:
    """The smallest value with `places` decimals that is in the band, and its cell format:
    the lower edge where the band holds it, else the edge plus one unit of the last place."""
    if band.lower_in:
        return band.lower, "0.00"
    return band.lower + Fraction(1, 10**places), "0." + "0" * places


def _snap_places(report: Report) -> int:
    """Decimals to round an index to before comparing it with the band bounds.

    Every exact index is a multiple of 1/D (D = 10^decimals × weight_scale × 100, for levels
    typed with the scale's decimals) and every
    bound a multiple of 1/B, so an index that is not on a bound is at least 1/(D·B) away from
    it. Rounding to k decimals moves a value by at most 10^-k / 2, plus the float noise
    (~1e-15): with 10^k > D·B nothing crosses a bound, and an index on a bound lands on it.
    """
    f = report.framework
    denominator = 10**f.scale.decimals * f.weight_scale * 100
    bound = math.lcm(*(edge.denominator for b in f.bands for edge in (b.lower, b.upper)))
    places = len(str(denominator * bound))
    if places > 12:  # beyond what a double carries: refuse rather than lie
        raise ValueError(f"kerangka {f.id}: weights too fine for an exact spreadsheet predicate")
    return places


@dataclass(frozen=True)
class _Block:
    """A group's rows in the simulation: first and last row of its indicators."""

    group: GroupRow
    first: int
    last: int


class _Book:
    def __init__(self, report: Report, language: str) -> None:
        from openpyxl import Workbook

        self.r = report
        self.lang = language
        self.name = report.framework.index_name(language)
        self.groups = groups_label(report.framework, language)
        self.wb = Workbook()

    def t(self, key: str, **fields: object) -> str:
        return tr(self.lang, key, **fields)

    def pred(self, name: str) -> str:
        return predicate_label(self.r.framework, name, self.lang)

    # ------------------------------------------------------------ cells

    def put(
        self,
        ws: Worksheet,
        ref: str,
        value: _Formula | str | int | float | None,
        *,
        bold: bool = False,
        fmt: str | None = None,
        size: float | None = None,
    ) -> None:
        """Write a cell. Text is always text: a user string starting with "=" never becomes a
        formula, not even once edited (Excel's quote prefix), and characters a workbook cannot
        hold are shown as visible escapes."""
        from openpyxl.styles import Font

        cell = ws[ref]
        if isinstance(value, _Formula):
            cell.value = value.text
        elif isinstance(value, str):
            cell.value = xlsx_text(value)
            cell.data_type = "s"
            if needs_quote_prefix(value):
                cell.quotePrefix = True
        else:
            cell.value = value
        if bold or size:
            cell.font = Font(bold=bold, size=size)
        if fmt:
            cell.number_format = fmt

    def header(self, ws: Worksheet, row: int, col: int, names: Sequence[str]) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        for n, text in enumerate(names):
            cell = ws[f"{get_column_letter(col + n)}{row}"]
            cell.value = text
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(vertical="center", wrap_text=True)

    @staticmethod
    def widths(ws: Worksheet, widths: dict[str, float]) -> None:
        for column, width in widths.items():
            ws.column_dimensions[column].width = width

    def banner(self, ws: Worksheet, cells: str, text: str) -> None:
        """A notice across `cells` (merged), wrapped, in the colour of a warning."""
        from openpyxl.styles import Alignment, Font

        first = cells.split(":")[0]
        self.put(ws, first, text)
        ws.merge_cells(cells)
        ws[first].font = Font(bold=True, color=PROVISIONAL_INK)
        ws[first].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[int(first[1:])].height = 15 * (1 + len(text) // 110)

    def note(self, ws: Worksheet, cells: str, text: str, width: float) -> None:
        """A sentence across `cells` (merged, `width` characters wide), wrapped, its row as
        tall as its lines: never clipped at the edge of its first cell."""
        from openpyxl.styles import Alignment

        first = cells.split(":")[0]
        self.put(ws, first, text)
        ws.merge_cells(cells)
        ws[first].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[int(first[1:])].height = row_height((text, width))

    @staticmethod
    def printed(ws: Worksheet, area: str, heads: str | None, *, landscape: bool) -> None:
        """Printing: only `area`, the header rows `heads` repeated on every page, in landscape
        or portrait (A4, fitted to the width: renderers.workbook.finished, for every sheet)."""
        ws.print_area = area
        if heads:
            ws.print_title_rows = heads
        ws.page_setup.orientation = "landscape" if landscape else "portrait"

    # ------------------------------------------------------------ sheets

    def facts(self) -> list[tuple[str, str | int | float, str | None]]:
        """The summary's label and value pairs (with a number format), each figure labelled
        with its own kerangka's index: a spbe-2020 baseline is an Indeks SPBE in a Pemdi
        report."""
        r = self.r
        facts: list[tuple[str, str | int | float, str | None]] = [
            (self.t("institution"), r.institution, None),
            (self.t("year"), r.year, None),
            (self.t("framework"), r.framework.id, None),
            (self.t("regulation"), r.framework.regulation, None),
            (self.name, *banded(r.index_shown)),
            (self.t("exact_index"), exact_text(r.index), None),
            (self.t("predicate"), self.pred(r.predicate), None),
        ]
        draft = draft_text(r, self.lang)
        if draft:
            facts.append((self.t("report_draft"), draft, None))
        if r.made is not None:
            facts.append((self.t("made"), made_text(r.made), None))
        b = r.baseline
        moved = index_change(r)
        if b is not None and moved is not None:
            old_name = b.index_name(self.lang)
            facts += [
                (f"{old_name} {compared_labels(r, self.lang)[1]}", *banded(b.index_shown)),
                (
                    self.t("predicate_of_year", year=compared_labels(r, self.lang)[1]),
                    self.pred(b.predicate),
                    None,
                ),
                (self.t("change"), *change(moved)),
            ]
            if moved.differs:
                facts.append((self.t("exact_change"), exact_signed(moved.exact), None))
        return facts

    def summary(self) -> None:
        from openpyxl.styles import Alignment

        r = self.r
        ws = self.wb.active
        assert ws is not None
        ws.title = self.t("summary")
        self.put(ws, "A1", self.t("report_title", index=self.name, year=r.year), bold=True, size=14)
        facts = self.facts()
        for n, (label, value, fmt) in enumerate(facts, start=3):
            self.put(ws, f"A{n}", label, bold=True)
            self.put(ws, f"B{n}", value, fmt=fmt, bold=label in (self.name, self.t("predicate")))
            ws[f"B{n}"].alignment = Alignment(horizontal="left")
        row = len(facts) + 4
        b = r.baseline
        last_column = "G" if r.compared and b is not None else "E"
        provisional = provisional_line(r.framework, self.lang)
        if provisional:
            self.banner(ws, f"A2:{last_column}2", " ".join(provisional))
        if b is not None:
            note = comparison_line(b, r.framework.id, self.lang)
            self.note(ws, f"A{row}:{last_column}{row}", note, SUMMARY_WIDTH[last_column])
            row += 2
        heads = ["ID", self.groups, self.t("weight_pct"), self.t("index")]
        heads.append(self.t("predicate"))
        if r.compared and b is not None:
            heads += [compared_labels(r, self.lang)[1], self.t("change")]
        self.header(ws, row, 1, heads)
        groups: list[GroupRow] = []
        for d in r.domains:
            groups.append(d)
            groups += [a for a in r.aspects if a.domain == d.id]
        if not r.domains:
            groups = list(r.aspects)
        for n, g in enumerate(groups, start=row + 1):
            bold = g in r.domains
            self.put(ws, f"A{n}", g.id, bold=bold)
            self.put(ws, f"B{n}", g.name, bold=bold)
            self.put(ws, f"C{n}", shown(g.weight), fmt="0.00")
            value, fmt = banded(r.shown(g.index))
            self.put(ws, f"D{n}", value, fmt=fmt, bold=bold)
            self.put(ws, f"E{n}", self.pred(g.predicate))
            ws[f"E{n}"].alignment = Alignment(
                horizontal="left", indent=1
            )  # never "2.90Baik" beside the index
            moved = group_change(g)
            if r.compared and g.old is not None and moved is not None:
                value, fmt = change(moved)
                old, old_fmt = banded(r.old_shown(g.old))
                self.put(ws, f"F{n}", old, fmt=old_fmt)
                self.put(ws, f"G{n}", value, fmt=fmt)
        bottom = row + len(groups)
        footnote = groups_note(r, self.lang)
        if footnote:
            bottom += 2
            self.note(ws, f"A{bottom}:{last_column}{bottom}", footnote, SUMMARY_WIDTH[last_column])
        self.widths(ws, {"A": 22, "B": 58, "C": 11, "D": 10, "E": 22, "F": 10, "G": 11})
        self.printed(ws, f"A1:{last_column}{bottom}", None, landscape=False)

    def indicators(self) -> None:
        from openpyxl.styles import Alignment

        r = self.r
        ws = self.wb.create_sheet(self.t("indicators"))
        heads = [
            "ID",
            self.t("indicator"),
            self.t("domain"),
            self.t("aspect"),
            self.t("weight_pct"),
            self.t("level"),
            self.t("level_name"),
            self.t("explanation"),
            self.t("evidence"),
        ]
        if r.compared and r.baseline is not None:
            heads += [compared_labels(r, self.lang)[1], self.t("change")]
        self.header(ws, 1, 1, heads)
        level_fmt = "0" if r.framework.scale.whole else "0.00"
        for n, i in enumerate(r.indicators, start=2):
            self.put(ws, f"A{n}", i.id)
            self.put(ws, f"B{n}", i.name)
            self.put(ws, f"C{n}", i.domain or "")
            self.put(ws, f"D{n}", i.aspect)
            self.put(ws, f"E{n}", _Formula.of(number(i.weight)), fmt="0.00")
            if i.missing:
                self.put(ws, f"F{n}", "-")
            else:
                self.put(ws, f"F{n}", _Formula.of(number(i.level)), fmt=level_fmt)
            self.put(ws, f"G{n}", i.level_name)
            self.put(ws, f"H{n}", i.explanation or "")
            self.put(ws, f"I{n}", "\n".join(e.text for e in i.evidence))
            if r.compared and i.old is not None and i.change is not None:
                self.put(ws, f"J{n}", _Formula.of(number(i.old)), fmt=level_fmt)
                if not i.missing:
                    self.put(ws, f"K{n}", _Formula(f"=F{n}-J{n}"), fmt=level_fmt)
            for cell in ws[n]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[n].height = row_height(
                (i.name, 50), (i.explanation or "", 60), ("\n".join(e.text for e in i.evidence), 40)
            )
        ws.freeze_panes = "C2"
        area = f"A1:{'K' if r.compared else 'I'}{len(r.indicators) + 1}"
        ws.auto_filter.ref = area
        self.widths(
            ws,
            {"A": 7, "B": 50, "C": 8, "D": 8, "E": 10, "F": 8, "G": 16, "H": 60, "I": 40}
            | {"J": 8.0, "K": 11.0},
        )
        self.printed(ws, area, "1:1", landscape=True)

    def simulation(self) -> None:
        from openpyxl.styles import Alignment, PatternFill
        from openpyxl.worksheet.datavalidation import DataValidation

        r = self.r
        f = r.framework
        ws = self.wb.create_sheet(self.t("simulation"))
        rows = self.ordered()
        last = FIRST_ROW + len(rows) - 1
        places = _snap_places(r)

        self.put(
            ws,
            "A1",
            f"{self.t('simulation')} {self.name} - {r.institution} {r.year}",
            bold=True,
            size=14,
        )
        self.put(ws, "A2", self.t("simulation_help"))
        basis = self.t("basis_exact" if r.basis == "tepat" else "basis_rounded")
        self.put(ws, "A7", self.t("simulation_basis", basis=basis, places=places))

        # band table (right block, below the groups): names and lower bounds
        blocks_d = self.blocks(rows, r.domains, lambda i: i.domain)
        blocks_a = self.blocks(rows, r.aspects, lambda i: i.aspect)
        band_row = FIRST_ROW + len(blocks_d) + len(blocks_a) + (4 if blocks_d else 2)
        heads = [self.t("predicate"), self.t("band_key"), self.t("band_range")]
        self.header(ws, band_row - 1, 10, heads)
        for n, band in enumerate(r.bands, start=band_row):
            self.put(ws, f"J{n}", self.pred(band.name))
            key, fmt = band_key(band, places)
            self.put(ws, f"K{n}", _Formula.of(number(key)), fmt=fmt)
            self.put(ws, f"L{n}", band.span)
        band_last = band_row + len(r.bands) - 1
        names, lowers = f"$J${band_row}:$J${band_last}", f"$K${band_row}:$K${band_last}"

        def predicate_formula(cell: str) -> _Formula:
            value = f"ROUND({cell},{places})"
            if r.basis == "dibulatkan":
                value = f"ROUND({value},2)"
            return _Formula(f"=LOOKUP({value},{lowers},{names})")

        # headline: index and predikat, and what the report said
        self.put(ws, "A4", self.name, bold=True, size=13)
        self.put(
            ws,
            "B4",
            _Formula(f"=SUMPRODUCT(F{FIRST_ROW}:F{last},E{FIRST_ROW}:E{last})/100"),
            fmt="0.00",
            bold=True,
            size=13,
        )
        self.put(ws, "A5", self.t("predicate"), bold=True, size=13)
        self.put(ws, "B5", predicate_formula("B4"), bold=True, size=13)
        reported = f"{r.index_shown} {self.pred(r.predicate)}"
        self.put(ws, "A6", self.t("reported"))
        self.put(ws, "B6", reported)
        for ref in ("B4", "B5"):
            ws[ref].alignment = Alignment(horizontal="left")

        # indicator rows: A ID, B name, C aspek, D domain, E bobot, F level (input), G reported
        self.header(
            ws,
            FIRST_ROW - 1,
            1,
            [
                "ID",
                self.t("indicator"),
                self.t("aspect"),
                self.t("domain"),
                self.t("weight_pct"),
                self.t("level"),
                self.t("initial_level"),
            ],
        )
        level_fmt = "0" if f.scale.whole else "0.00"
        fill = PatternFill("solid", fgColor=INPUT_FILL)
        for n, i in enumerate(rows, start=FIRST_ROW):
            self.put(ws, f"A{n}", i.id)
            self.put(ws, f"B{n}", i.name)
            self.put(ws, f"C{n}", i.aspect)
            self.put(ws, f"D{n}", i.domain or "")
            self.put(ws, f"E{n}", _Formula.of(number(i.weight)), fmt="0.00")
            self.put(ws, f"F{n}", _Formula.of(number(i.level)), fmt=level_fmt, bold=True)
            ws[f"F{n}"].fill = fill
            if i.missing:  # the input counts at the lowest level, as the draft's index does
                self.put(ws, f"G{n}", "-")
            else:
                self.put(ws, f"G{n}", _Formula.of(number(i.level)), fmt=level_fmt)
        kind: Literal["whole", "decimal"] = "whole" if f.scale.whole else "decimal"
        rule = DataValidation(
            type=kind,
            operator="between",
            formula1=str(f.level_min),
            formula2=str(f.level_max),
            allow_blank=False,
            showErrorMessage=True,
            errorTitle=self.t("level"),
            error=allowed_levels(f),
        )
        rule.add(f"F{FIRST_ROW}:F{last}")
        ws.add_data_validation(rule)

        # right block: domains, aspects (each a live formula over its rows)
        heads = ["ID", self.groups, self.t("weight_pct"), self.t("index")]
        self.header(ws, FIRST_ROW - 1, 10, [*heads, self.t("predicate")])
        at = FIRST_ROW
        for group_blocks in (blocks_d, blocks_a):
            for block in group_blocks:
                levels = f"F{block.first}:F{block.last}"
                weights = f"E{block.first}:E{block.last}"
                self.put(ws, f"J{at}", block.group.id, bold=group_blocks is blocks_d)
                self.put(ws, f"K{at}", block.group.name, bold=group_blocks is blocks_d)
                self.put(ws, f"L{at}", _Formula(f"=SUM({weights})"), fmt="0.00")
                self.put(
                    ws,
                    f"M{at}",
                    _Formula(f"=SUMPRODUCT({levels},{weights})/SUM({weights})"),
                    fmt="0.00",
                    bold=True,
                )
                self.put(ws, f"N{at}", predicate_formula(f"M{at}"))
                at += 1
            at += 1
        for n, i in enumerate(rows, start=FIRST_ROW):
            ws[f"B{n}"].alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[n].height = row_height((i.name, 56))
        ws.freeze_panes = f"A{FIRST_ROW}"
        bottom = max(last, band_last)
        self.printed(ws, f"A1:N{bottom}", f"{FIRST_ROW - 1}:{FIRST_ROW - 1}", landscape=True)
        self.widths(
            ws,
            {
                "A": 16,
                "B": 56,
                "C": 8,
                "D": 8,
                "E": 10,
                "F": 8,
                "G": 10,
                "H": 3,
                "I": 3,
                "J": 16,
                "K": 44,
                "L": 10,
                "M": 10,
                "N": 22,
            },
        )

    def ordered(self) -> list[IndicatorRow]:
        """Indicators grouped by domain, then aspect (so each group is one range of rows)."""
        domain_at = {d.id: n for n, d in enumerate(self.r.domains)}
        aspect_at = {a.id: n for n, a in enumerate(self.r.aspects)}
        return sorted(
            self.r.indicators,
            key=lambda i: (domain_at.get(i.domain or "", 0), aspect_at[i.aspect]),
        )

    @staticmethod
    def blocks(
        rows: Sequence[IndicatorRow],
        groups: Sequence[GroupRow],
        key: Callable[[IndicatorRow], str | None],
    ) -> list[_Block]:
        found: list[_Block] = []
        for g in groups:
            at = [FIRST_ROW + n for n, i in enumerate(rows) if key(i) == g.id]
            assert at == list(range(at[0], at[-1] + 1)), "groups are contiguous by construction"
            found.append(_Block(g, at[0], at[-1]))
        return found

    def team(self) -> None:
        """Targets and open recommendations (report/team.py), when the file has any: every
        cell wrapped within its column, each row as tall as its longest cell."""
        from spbe_cli.renderers.report.team import sections

        found = sections(self.r, self.lang)
        if not found:
            return
        ws = self.wb.create_sheet(self.t("report_team_sheet"))
        widths: dict[str, float] = {"A": 10, "B": 40, "C": 18, "D": 13, "E": 44, "F": 34}
        across = sum(widths.values())
        row = 1
        for section in found:
            self.put(ws, f"A{row}", section.title, bold=True, size=13)
            if section.note:
                self.note(ws, f"A{row + 1}:F{row + 1}", section.note, across)
            row += 3
            if section.rows:
                self.header(ws, row, 1, section.heads)
                ws.row_dimensions[row].height = row_height(
                    *((h, widths[chr(65 + n)]) for n, h in enumerate(section.heads))
                )
                for row_cells in section.rows:
                    row += 1
                    self.wrapped_row(ws, row, row_cells, widths)
            row += 2
        self.widths(ws, widths)
        self.printed(ws, f"A1:F{row}", None, landscape=True)

    def wrapped_row(
        self, ws: Worksheet, row: int, cells: Sequence[str], widths: dict[str, float]
    ) -> None:
        """A row of text cells, each wrapped within its column, the row as tall as needed."""
        from openpyxl.styles import Alignment

        for n, text in enumerate(cells):
            ref = f"{chr(65 + n)}{row}"
            self.put(ws, ref, text)
            ws[ref].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = row_height(
            *((text, widths[chr(65 + n)]) for n, text in enumerate(cells))
        )

    def supported(self) -> None:
        """Claimed vs supported (when the file has evidence items): the three indices, then
        every indicator's claim, the levels its accepted and ready evidence support, and the
        index points the accepted evidence does not cover, as values."""
        found = self.r.evidence
        if found is None:
            return
        from openpyxl.styles import Alignment

        ws = self.wb.create_sheet(self.t("evidence_report_heading"))
        self.note(ws, "A1:F1", checked_line(found, self.lang), 18 + 58 + 10 + 10 + 10 + 13)
        self.header(ws, 3, 1, ["", self.t("index"), self.t("predicate")])
        for n, (key, score) in enumerate(indices(found), start=4):
            self.put(ws, f"A{n}", self.t(key), bold=True)
            shown_index, index_fmt = banded(index_text(score))
            self.put(ws, f"B{n}", shown_index, fmt=index_fmt)
            self.put(ws, f"C{n}", self.pred(score.predicate))
            ws[f"C{n}"].alignment = Alignment(
                horizontal="left", indent=1
            )  # never "2.57Baik" beside the index
        heads = ["ID", self.t("indicator")]
        heads += [
            self.t(key)
            for key in (
                "evidence_col_claim",
                "evidence_col_accepted",
                "evidence_col_ready",
                "evidence_col_points",
            )
        ]
        self.header(ws, 8, 1, heads)
        level_fmt = "0" if self.r.framework.scale.whole else "0.00"
        for n, row in enumerate(found.indicators, start=9):
            self.put(ws, f"A{n}", row.indicator.id)
            self.put(ws, f"B{n}", row.indicator.name)
            ws.row_dimensions[n].height = row_height((row.indicator.name, 58))
            for col, value in zip("CDE", (row.claim, row.accepted, row.ready), strict=True):
                if value is not None:
                    self.put(ws, f"{col}{n}", _Formula.of(number(value)), fmt=level_fmt)
            lost = points(row, row.accepted)
            self.put(ws, f"F{n}", _Formula.of(number(lost)), fmt="+0.0000;-0.0000;0")
            for cell in ws[n]:
                cell.alignment = Alignment(wrap_text=cell.column == 2, vertical="top")
        self.widths(ws, {"A": 18, "B": 58, "C": 10, "D": 10, "E": 10, "F": 13})
        for cell in ws[8]:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[8].height = 30.0  # the header's two-line titles
        self.printed(ws, f"A1:F{8 + len(found.indicators)}", "8:8", landscape=False)

    def history(self) -> None:
        """`--riwayat`: the instansi's years as `spbe trend` gives them (index, change from the
        year before as shown, predikat), each kerangka's domains (or aspects) by year, the
        sentence at a kerangka change and the exact changes where a shown one differs."""
        from openpyxl.styles import Alignment

        from spbe_cli.renderers.trend import view

        history = self.r.history
        if history is None:
            return
        ws = self.wb.create_sheet(self.t("report_history"))
        widths: dict[str, float] = {"A": 10, "B": 40, "C": 19, "D": 19, "E": 19, "F": 19}
        across = sum(widths.values())
        self.put(ws, "A1", view.title(history, self.lang), bold=True, size=13)
        keys = ("year", "framework", "index", "delta", "predicate")
        self.header(ws, 3, 1, [self.t(k) for k in keys])
        row = 3
        for year in history.years:
            row += 1
            score = year.score
            moved = view.index_shown(year)
            self.put(ws, f"A{row}", str(score.year))
            self.put(ws, f"B{row}", score.framework.id)
            value, fmt = banded(index_text(score))
            self.put(ws, f"C{row}", value, fmt=fmt)
            if moved is not None:
                value, fmt = change(moved)
                self.put(ws, f"D{row}", value, fmt=fmt)
            self.put(ws, f"E{row}", view.predicate_text(score, self.lang))
            ws[f"E{row}"].alignment = Alignment(horizontal="left", indent=1)
        for year in history.years:
            sentence = view.boundary(year, self.lang)
            if sentence:
                row += 2
                self.note(ws, f"A{row}:F{row}", sentence, across)
        row = self.history_groups(ws, row + 2, widths)
        footnote = view.changes_note(history, self.lang)
        if footnote:
            self.note(ws, f"A{row}:F{row}", footnote, across)
        self.widths(ws, widths)
        self.printed(ws, f"A1:F{row}", None, landscape=False)

    def history_groups(self, ws: Worksheet, row: int, widths: dict[str, float]) -> int:
        """Each kerangka's domains (or aspects) by year, "2.90 (+0.30)"; the next free row."""
        from spbe_cli.renderers.trend import view

        history = self.r.history
        assert history is not None
        for segment in view.segments(history):
            self.put(ws, f"A{row}", view.group_heading(segment, self.lang), bold=True)
            years = segment.years[-4:]  # the latest four years fit the page's width
            heads = ["ID", self.t(segment.section if segment.section == "domain" else "aspect")]
            self.header(ws, row + 1, 1, [*heads, *(str(y.score.year) for y in years)])
            row += 1
            for position, group in enumerate(view.groups(years[0].score)):
                row += 1
                cells = [group.id, group.name]
                cells += [
                    view.group_cell(y, view.groups(y.score)[position], self.lang) for y in years
                ]
                self.wrapped_row(ws, row, cells, widths)
            row += 2
        return row

    def save(self) -> bytes:
        from spbe_cli.renderers.workbook import finished

        return finished(self.wb)


@dataclass(frozen=True)
class _Formula:
    """A cell formula written by spbe (user text is never one)."""

    text: str

    @staticmethod
    def of(value: int | float | str) -> _Formula | int | float:
        return _Formula(value) if isinstance(value, str) else value


def render(report: Report, options: Options) -> bytes:
    book = _Book(report, options.language)
    book.summary()
    book.indicators()
    book.simulation()
    book.team()
    book.supported()
    book.history()
    return book.save()
