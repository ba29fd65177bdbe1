"""The table of national and per-category averages ("Rata-rata nilai": Nasional, Kementerian,
LPNK, Lembaga Lain, Provinsi, Kabupaten, Kota), printed in the 2020-2023 reports.

Rows are the bands of three or more numbers below the "Rata-rata" heading, columns are the
positions of the first row's numbers, column names are the header words above each column.
Values are printed with dots or commas (2022 mixes them): both are read exactly.
"""

from __future__ import annotations

from itertools import pairwise

from spbe_cli.i18n import t
from spbe_cli.lhe.errors import NotAReport
from spbe_cli.lhe.layouts import Layout
from spbe_cli.lhe.model import AverageRow
from spbe_cli.lhe.numbers import is_decimal, to_decimal
from spbe_cli.lhe.pdftext import Line, Page, Word, squeeze
from spbe_cli.lhe.tables import bands, row_labels

_MIN_COLUMNS = 3


def read_averages(pages: list[Page], layout: Layout) -> list[AverageRow]:
    for page in pages:
        for line in page.lines:
            heading = len(line.words) <= 4  # a heading, not prose mentioning averages
            if heading and any(w.text.lower().startswith("rata-rata") for w in line.words):
                rows = _rows(page, line)
                if rows:
                    return _table(page, line, rows, layout)
    return []


def _rows(page: Page, heading: Line) -> list[list[Word]]:
    size = heading.size
    numbers = [w for w in page.words if w.top > heading.bottom and is_decimal(w.text)]
    rows: list[list[Word]] = []
    last = heading.bottom
    for band in bands(numbers, tolerance=0.4 * size):
        gap = band[0].top - last
        if len(band) < _MIN_COLUMNS or gap > (6 if not rows else 3.5) * size:
            break
        rows.append(sorted(band, key=lambda w: w.x0))
        last = max(w.bottom for w in band)
    return rows


def _table(page: Page, heading: Line, rows: list[list[Word]], layout: Layout) -> list[AverageRow]:
    size = heading.size
    where = t("lhe.where_averages", page=page.number)
    centres = [w.cx for w in rows[0]]
    spacing = min(b - a for a, b in pairwise(centres))
    for number, row in enumerate(rows, 1):
        if len(row) != len(centres) or any(
            abs(w.cx - c) > spacing / 2 for w, c in zip(row, centres, strict=False)
        ):
            raise NotAReport(t("lhe.averages_columns", where=where, row=number))
    first = rows[0]
    columns = _column_names(page, heading, first, centres, spacing)
    left_of_numbers = min(w.x0 for w in first) - 0.3 * size
    label_words = [
        w
        for w in page.words
        if w.x1 <= left_of_numbers
        and w.bottom > first[0].top - 2.5 * size
        and w.top < rows[-1][0].bottom + 2.5 * size
    ]
    labels = row_labels(page, label_words, [row[0] for row in rows], reach=2.5 * size)
    ids: tuple[str | None, ...] = (
        layout.summary_ids if len(rows) == len(layout.summary_ids) else (None,) * len(rows)
    )
    return [
        AverageRow(
            id=row_id,
            label=label,
            values=tuple((name, to_decimal(w.text)) for name, w in zip(columns, row, strict=True)),
        )
        for row_id, label, row in zip(ids, labels, rows, strict=True)
    ]


def _column_names(
    page: Page, heading: Line, first: list[Word], centres: list[float], spacing: float
) -> list[str]:
    """The header words over each column, top to bottom ("Lembaga" over "Lain")."""
    header = [
        w
        for w in page.words
        if w.top >= heading.top - heading.size
        and w.bottom <= first[0].top
        and w not in heading.words
    ]
    names: list[list[Word]] = [[] for _ in centres]
    for word in header:
        position = min(range(len(centres)), key=lambda i: abs(word.cx - centres[i]))
        if abs(word.cx - centres[position]) <= spacing / 2:
            names[position].append(word)
    out = []
    for position, words in enumerate(names):
        text = squeeze(" ".join(w.text for w in sorted(words, key=lambda w: (w.top, w.x0))))
        out.append(text or f"kolom {position + 1}")
    return out
