"""The instansi's own summary table "Nama Indeks | Nilai": index, domain and aspect values.

It is found by its header "Nama Indeks" with "Nilai" to the right, never by its row labels:
the table of national averages has rows named alike ("SPBE", "Domain Kebijakan") and must
not be taken for it. Rows are anchored on the numbers of the "Nilai" column; their ids come
from their order (the layout's summary_ids).
"""

from __future__ import annotations

from spbe_cli.lhe.errors import NotAReport
from spbe_cli.lhe.layouts import INDEX_ID, Layout
from spbe_cli.lhe.model import PrintedValue
from spbe_cli.lhe.numbers import is_decimal, to_decimal
from spbe_cli.lhe.pdftext import Line, Page, Word
from spbe_cli.lhe.tables import row_labels


def read_summary(pages: list[Page], layout: Layout) -> list[PrintedValue]:
    for page in pages:
        for line in page.lines:
            header = _header(line)
            if header is not None:
                return _summary(page, line, header, layout)
    raise NotAReport("no summary table 'Nama Indeks | Nilai'")


def _header(line: Line) -> tuple[Word, Word] | None:
    """The words "Nama" and "Nilai" of a line "Nama Indeks … Nilai [year]"."""
    texts = [w.text.lower() for w in line.words]
    for i in range(len(texts) - 2):
        if texts[i] == "nama" and texts[i + 1] == "indeks" and "nilai" in texts[i + 2 :]:
            return line.words[i], line.words[texts.index("nilai", i + 2)]
    return None


def _summary(
    page: Page, header: Line, words: tuple[Word, Word], layout: Layout
) -> list[PrintedValue]:
    name, nilai = words
    where = f"page {page.number}, summary table 'Nama Indeks | Nilai'"
    values = _values(page, header, nilai, len(layout.summary_ids), where)
    labels = _labels(page, header, name, values, where)
    out: list[PrintedValue] = []
    rows = zip(layout.summary_ids, values, labels, strict=True)
    for position, (row_id, word, label) in enumerate(rows, 1):
        if not label:
            raise NotAReport(f"{where}: row {position} ({word.text}) has no label")
        if (row_id.startswith("D")) != label.lower().startswith("domain"):
            raise NotAReport(
                f"{where}: row {position} {label!r} is not where the rows of {layout.framework}"
                f" put {'the index' if row_id == INDEX_ID else row_id}"
            )
        out.append(PrintedValue(row_id, label, to_decimal(word.text), word.text))
    return out


def _values(page: Page, header: Line, nilai: Word, expected: int, where: str) -> list[Word]:
    """The numbers of the "Nilai" column, from the header down to the first wide gap."""
    size = header.size
    column = (nilai.x0 - 2 * size, header.x1 + 2 * size)
    below = sorted(
        (
            w
            for w in page.words
            if w.top > header.bottom - 1 and w.x1 > column[0] and w.x0 < column[1]
            if is_decimal(w.text)
        ),
        key=lambda w: w.top,
    )
    values: list[Word] = []
    for word in below:
        if values and word.top - values[-1].bottom > 4 * size:
            break
        values.append(word)
    if len(values) < expected:
        raise NotAReport(f"{where}: {len(values)} values, expected {expected}")
    return values[:expected]


def _labels(page: Page, header: Line, name: Word, values: list[Word], where: str) -> list[str]:
    """Each row's label: the words left of its number, wrapped lines included."""
    size = header.size
    left = _label_left(page, values[0])
    right = min(v.x0 for v in values) - 0.2 * size
    label_words = [
        w
        for w in page.words
        if w.top > header.bottom - 1
        and w.bottom < values[-1].bottom + 3 * size
        and w.x0 >= left - 0.5 * size
        and w.x1 <= right
        and w is not name
    ]
    if any(is_decimal(w.text) for w in label_words):
        raise NotAReport(f"{where}: more than one number per row")
    return row_labels(page, label_words, values, reach=2.5 * size)


def _label_left(page: Page, first: Word) -> float:
    """The left edge of the label column: the label of the first row and the words that
    run on from it leftwards (not a chart's text further left)."""
    same_row = sorted(
        (w for w in page.words if abs(w.cy - first.cy) <= 0.5 * first.size and w.x1 < first.x0),
        key=lambda w: w.x1,
        reverse=True,
    )
    if not same_row:
        raise NotAReport(f"page {page.number}: the first row of the summary table has no label")
    left = same_row[0].x0
    for word in same_row[1:]:
        if left - word.x1 > 2 * first.size:
            break
        left = word.x0
    return left
