"""Every workbook spbe writes leaves through `finished`: each of its sheets, whoever made it
and whenever it was added, prints on A4 as wide as the page (as many pages down as needed),
with narrow margins; a sheet that set no print area prints what it holds, in landscape when
its columns are wider than a portrait page. A sheet's own choices (print area, orientation,
header rows, a scale with its own column breaks: a form's criteria on a page of their own) are
kept; hidden sheets are not printed.

openpyxl is imported by the caller; this module only touches the workbook it is given.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

PORTRAIT_CHARACTERS = 120.0
"""Column widths (in characters) that still print readably across a portrait A4 page."""
DEFAULT_WIDTH = 13.0
"""A column without a width of its own, as spreadsheets draw it (8.43 characters + padding)."""


def finished(workbook: Workbook) -> bytes:
    """The workbook's bytes, every sheet set up to print on A4 within its width."""
    for sheet in workbook.worksheets:
        if sheet.sheet_state == "visible":  # a hidden sheet (a form's record) is not printed
            print_on_a4(sheet)
    out = _Buffer()
    workbook.save(out)
    return out.getvalue()


class _Buffer(io.BytesIO):
    """The workbook's bytes. openpyxl writes each sheet through a temporary file first; when
    that write fails (a full disk, a file size limit) the error leaves openpyxl's zip archive
    open, and as it is collected it closes into this buffer: closing the buffer first (as the
    collector may) would print "Exception ignored ... I/O operation on closed file" after the
    one-line message. The buffer stays open until it is freed."""

    def close(self) -> None:
        return None


def width_of(sheet: Worksheet) -> float:
    """The width, in characters, of the columns a sheet holds."""
    from openpyxl.utils import get_column_letter

    total = 0.0
    for n in range(1, sheet.max_column + 1):
        found = sheet.column_dimensions.get(get_column_letter(n))
        total += found.width if found is not None and found.width else DEFAULT_WIDTH
    return total


def print_on_a4(sheet: Worksheet) -> None:
    """One sheet on A4, fitted to the page's width; what the sheet set itself is kept."""
    from openpyxl.worksheet.properties import PageSetupProperties

    if not sheet.print_area:
        sheet.print_area = sheet.calculate_dimension()
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    if setup.orientation not in ("landscape", "portrait"):
        wide = width_of(sheet) > PORTRAIT_CHARACTERS
        setup.orientation = "landscape" if wide else "portrait"
    properties = sheet.sheet_properties
    if properties.pageSetUpPr is None:
        properties.pageSetUpPr = PageSetupProperties()
    if not (setup.scale and sheet.col_breaks.brk):  # not a sheet cut across pages by itself
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.5
