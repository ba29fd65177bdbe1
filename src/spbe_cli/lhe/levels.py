"""The table "Perolehan Nilai Tingkat Kematangan Indikator": one level per indicator and year.

Found by its header row (a "No" left of an "Indikator"), then read by position only, never by
indicator names:
- the row numbers are the column of integers that counts on from the last row read
  (1, 2, 3, …); its position is found again on every page, since the table may run over
  pages without a repeated header and its columns move from page to page;
- a row's levels are the single digits in the row's band (the number and the levels are
  centred in the row; a wrapped name may stand above and below them) that lie in the level
  columns: the rightmost columns holding a digit on every row of the page. Digits inside
  names ("Layanan Publik Sektor 1") stand further left; clipped overflow text of a name
  stays in the name column;
- the header's years (2021, 2022) name the level columns, left to right; without years the
  one level column is the report's year;
- reading stops at the layout's last row, so a footer ("2024") after it is never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spbe_cli.i18n import t
from spbe_cli.lhe.errors import NotAReport
from spbe_cli.lhe.layouts import Layout
from spbe_cli.lhe.pdftext import Line, Page, Word

_YEAR = re.compile(r"^(19|20)[0-9]{2}$")
_INTEGER = re.compile(r"^[0-9]{1,3}$")
_DIGIT = re.compile(r"^[0-9]$")


@dataclass(frozen=True)
class Row:
    number: int
    page: int
    levels: tuple[int, ...]  # one per level column, left to right


def read_levels(
    pages: list[Page], layout: Layout, year: int
) -> tuple[dict[str, int], dict[int, dict[str, int]]]:
    """The levels of the report's year, and those of the other year columns."""
    start, header = _find_header(pages)
    rows, years = _read_rows(pages, start, header, layout)
    years = years or [year]  # one level column without a year: the report's
    if year not in years:
        raise NotAReport(t("lhe.level_years", years=", ".join(map(str, years)), year=year))
    by_year: dict[int, dict[str, int]] = {y: {} for y in years}
    for row in rows:
        row_id = layout.row_ids[row.number - 1]
        for column_year, level in zip(years, row.levels, strict=True):
            if not layout.level_min <= level <= layout.level_max:
                raise NotAReport(
                    t(
                        "lhe.level_range",
                        page=row.page,
                        row=row.number,
                        level=level,
                        year=column_year,
                        low=layout.level_min,
                        high=layout.level_max,
                    )
                )
            by_year[column_year][row_id] = level
    levels = by_year.pop(year)
    return levels, by_year


def _find_header(pages: list[Page]) -> tuple[int, Line]:
    for index, page in enumerate(pages):
        for line in page.lines:
            texts = [w.text.lower().rstrip(".") for w in line.words]
            if "no" in texts and "indikator" in texts[texts.index("no") + 1 :]:
                return index, line
    raise NotAReport(t("lhe.no_levels"))


def _read_rows(
    pages: list[Page], start: int, header: Line, layout: Layout
) -> tuple[list[Row], list[int]]:
    total = len(layout.row_ids)
    rows: list[Row] = []
    years: list[int] = []
    columns: int | None = None
    for index in range(start, len(pages)):
        page = pages[index]
        top = header.bottom if index == start else 0.0
        numbers = _row_numbers(page, top, len(rows) + 1, total)
        if not numbers:
            continue
        level_columns = _level_columns(page, numbers)
        if columns is None:  # the header's page, above the first row
            bottom = numbers[0].top if index == start else pages[start].height
            years = _header_years(pages[start], header, bottom)
            columns = len(years) or 1
        if len(level_columns) < columns:
            raise NotAReport(
                t(
                    "lhe.level_columns",
                    page=page.number,
                    first=numbers[0].text,
                    last=numbers[-1].text,
                    count=len(level_columns),
                    expected=columns,
                )
            )
        chosen = level_columns[-columns:]
        for number in numbers:
            levels = tuple(int(column[number.text].text) for column in chosen)
            rows.append(Row(int(number.text), page.number, levels))
        if len(rows) == total:
            return rows, years
    raise NotAReport(
        t(
            "lhe.level_rows",
            count=len(rows),
            expected=total,
            framework=layout.framework,
            missing=len(rows) + 1,
        )
    )


def _row_numbers(page: Page, top: float, first: int, last: int) -> list[Word]:
    """The column of integers counting first, first+1, … (top to bottom), each with a digit
    to its right in its band (a page number under the table has none); the longest such run
    among the columns of the page, the leftmost if two are as long."""
    digits = [w for w in page.words if _DIGIT.match(w.text)]
    integers = [
        w
        for w in page.words
        if w.top > top and _INTEGER.match(w.text) and any(_in_band(d, w) for d in digits)
    ]
    best: list[Word] = []
    for column in _columns(integers):
        run: list[Word] = []
        for word in sorted(column, key=lambda w: w.top):
            expected = first + len(run)
            if int(word.text) == expected and expected <= last:
                run.append(word)
            elif run:
                break
        if len(run) > len(best) or (len(run) == len(best) and run and run[0].x0 < best[0].x0):
            best = run
    return best


def _in_band(word: Word, number: Word) -> bool:
    """Whether `word` stands right of a row number, in the row's band."""
    return (
        word.x0 > number.x1 + 0.5 * number.size and abs(word.cy - number.cy) <= 0.45 * number.size
    )


def _columns(words: list[Word]) -> list[list[Word]]:
    """Words grouped by horizontal centre (a column of centred or left-aligned numbers)."""
    groups: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.cx):
        if groups and word.cx - groups[-1][-1].cx <= 0.8 * word.size:
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


def _level_columns(page: Page, numbers: list[Word]) -> list[dict[str, Word]]:
    """Columns of single digits, left to right, holding one digit in the band of every row:
    each as row number text -> digit."""
    digits = [
        (number.text, word)
        for number in numbers
        for word in page.words
        if _DIGIT.match(word.text) and _in_band(word, number)
    ]
    found: list[dict[str, Word]] = []
    for column in _columns([w for _, w in digits]):
        rows: dict[str, Word] = {}
        for row, word in digits:
            if any(word is w for w in column):
                rows.setdefault(row, word)
        if len(rows) == len(numbers) and len(column) == len(numbers):
            found.append(rows)
    return found


def _header_years(page: Page, header: Line, bottom: float) -> list[int]:
    """Years printed in the header band, right of the header's "Indikator", left to right."""
    indikator = next(w for w in header.words if w.text.lower() == "indikator")
    band = [
        w
        for w in page.words
        if header.top - 3 * header.size <= w.top
        and w.bottom <= min(bottom, header.bottom + 4 * header.size)
        and w.x0 > indikator.x1
        and _YEAR.match(w.text)
    ]
    return [int(w.text) for w in sorted(band, key=lambda w: w.x0)]
