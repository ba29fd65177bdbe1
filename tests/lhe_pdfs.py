"""Synthetic KemenPANRB SPBE report PDFs for the tests of spbe_cli.lhe (written with fpdf2).

Invented institutions, values and levels, laid out like the real reports and carrying their
traits on request: clipped overflow text drawn among the next row's glyphs, names wrapped
above and below a centred row number and level, summary labels wrapped over lines, tables
split over pages without a repeated header and with columns moving per page, a footer year
right after the last row, two level columns, comma and dot decimals, the national table of
averages whose rows are named like the summary, an en dash in the header box, justified text
with long runs of spaces.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from fpdf import FPDF

A4_WIDTH = 595.28
FONT = "Helvetica"

SUMMARY_2020 = (
    ("indeks", "SPBE"),
    ("D1", "Domain Kebijakan SPBE"),
    ("A1", "Kebijakan Internal Tata Kelola SPBE"),
    ("D2", "Domain Tata Kelola SPBE"),
    ("A2", "Perencanaan Strategis SPBE"),
    ("A3", "Teknologi Informasi dan Komunikasi"),
    ("A4", "Penyelenggara SPBE"),
    ("D3", "Domain Manajemen SPBE"),
    ("A5", "Penerapan Manajemen SPBE"),
    ("A6", "Pelaksanaan Audit TIK"),
    ("D4", "Domain Layanan SPBE"),
    ("A7", "Layanan Administrasi Pemerintahan Berbasis Elektronik"),
    ("A8", "Layanan Publik Berbasis Elektronik"),
)
SUMMARY_2018 = (
    ("indeks", "SPBE"),
    ("D1", "Domain Kebijakan Internal SPBE"),
    ("A1", "Kebijakan Internal Tata Kelola SPBE"),
    ("A2", "Kebijakan Internal Layanan SPBE"),
    ("D2", "Domain Tata Kelola SPBE"),
    ("A3", "Kelembagaan"),
    ("A4", "Strategi dan Perencanaan"),
    ("A5", "Teknologi Informasi dan Komunikasi"),
    ("D3", "Domain Layanan SPBE"),
    ("A6", "Layanan Administrasi Pemerintahan Berbasis Elektronik"),
    ("A7", "Layanan Publik Berbasis Elektronik"),
)
AVERAGE_COLUMNS = (
    "Nasional",
    "Kementerian",
    "LPNK",
    "Lembaga Lain",
    "Provinsi",
    "Kabupaten",
    "Kota",
)


def row_ids(framework: str) -> tuple[str, ...]:
    if framework == "spbe-2018":
        return (*(str(n) for n in range(1, 35)), "35.1", "35.2", "35.3")
    return tuple(str(n) for n in range(1, 48))


def summary_rows(framework: str) -> tuple[tuple[str, str], ...]:
    return SUMMARY_2018 if framework == "spbe-2018" else SUMMARY_2020


def invented_levels(framework: str, seed: int) -> dict[str, int]:
    low = 0 if framework == "spbe-2018" else 1
    return {rid: low + (n * 7 + seed * 3) % (6 - low) for n, rid in enumerate(row_ids(framework))}


def invented_summary(framework: str, seed: int) -> tuple[str, ...]:
    """Distinct printed values, comma decimals: 1,07 2,14 …"""
    count = len(summary_rows(framework))
    return tuple(
        f"{1 + (n * 37 + seed) % 4},{(n * 17 + seed * 5 + 7) % 100:02d}" for n in range(count)
    )


def invented_averages(
    framework: str, separator: Literal["dot", "comma", "mixed"]
) -> list[list[str]]:
    rows = []
    for r in range(len(summary_rows(framework))):
        row = []
        for c in range(len(AVERAGE_COLUMNS)):
            sep = "." if separator == "dot" or (separator == "mixed" and (r, c) == (11, 0)) else ","
            row.append(f"{1 + (r + c) % 3}{sep}{(r * 13 + c * 7 + 3) % 100:02d}")
        rows.append(row)
    return rows


def average_value(text: str) -> str:
    return text.replace(",", ".")


@dataclass(frozen=True)
class Traits:
    framework: Literal["spbe-2020", "spbe-2018"] = "spbe-2020"
    year: int = 2023
    kind: Literal["EVALUASI", "PEMANTAUAN"] = "EVALUASI"
    institution: str = "PEMERINTAH KABUPATEN SUKAMAJU"  # the header box, capitals
    running_name: str | None = "Pemerintah Kabupaten Sukamaju"  # None: the prose never names it
    box_name_wraps: bool = False
    dash: str = "–"
    index_text: str = "2,47"
    predicate: str = "Cukup"
    summary: tuple[str, ...] | None = None  # printed values, in the summary's order
    summary_index: str | None = None  # the summary's SPBE row, when it differs from the box
    summary_wrapped: bool = False  # labels over two or three lines, value centred
    levels: Mapping[int, Mapping[str, int]] = field(default_factory=dict)  # year -> levels
    header_years: bool = True  # the header names the year of each level column
    clipped_overflow: bool = False
    tall_rows: bool = False  # 2024 style: names wrapped above and below a centred number
    justified: bool = False  # runs of spaces inside names and prose
    rows_per_page: tuple[int, ...] = ()  # rows on each table page; () = all on one page
    column_shift: float = 0.0  # points the table moves right on each continuation page
    footer_year: bool = False  # "2024" right under the last row
    averages: Literal["none", "dot", "comma", "mixed"] = "comma"
    national_above_summary: bool = False  # the look-alike table on the summary's page, above
    rules: bool = True  # drawn borders between table rows
    findings: bool = True
    recommendations: Literal["none", "plain", "headed"] = "plain"
    target_note: bool = True
    missing_rows: frozenset[int] = frozenset()  # printed row numbers left out of the table

    def with_levels(self, *years: int) -> Traits:
        return replace(
            self,
            levels={y: invented_levels(self.framework, y) for y in years or (self.year,)},
        )

    @property
    def level_columns(self) -> dict[int, Mapping[str, int]]:
        if self.levels:
            return dict(sorted(self.levels.items()))
        return {self.year: invented_levels(self.framework, self.year)}

    @property
    def summary_values(self) -> tuple[str, ...]:
        values = self.summary or invented_summary(self.framework, self.year)
        return (self.summary_index or self.index_text, *values[1:])


def synthetic_report(traits: Traits) -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # en dash, bullets
    pdf.set_auto_page_break(False)
    _cover(pdf, traits)
    _introduction(pdf, traits)
    _summary_page(pdf, traits)
    if traits.findings:
        _findings(pdf, traits)
    if traits.recommendations != "none":
        _recommendations(pdf, traits)
    _level_table(pdf, traits)
    return bytes(pdf.output())


def plain_pdf(*pages: list[str]) -> bytes:
    """A PDF of ordinary text lines, one list per page (no page: a blank page)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font(FONT, size=11)
    for lines in pages or ([],):
        pdf.add_page()
        for n, line in enumerate(lines):
            pdf.text(60, 80 + 16 * n, line)
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_encryption(owner_password="pemilik", user_password="rahasia")
    pdf.add_page()
    pdf.set_font(FONT, size=11)
    pdf.text(60, 80, "EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2023")
    return bytes(pdf.output())


# --- pages ---------------------------------------------------------------------------------


def _cover(pdf: FPDF, t: Traits) -> None:
    pdf.add_page()
    pdf.set_font(FONT, style="B", size=22)
    pdf.text(60, 120, f"LAPORAN HASIL {t.kind}")
    pdf.set_font(FONT, size=16)
    pdf.text(60, 150, "Sistem Pemerintahan Berbasis Elektronik")
    pdf.set_font(FONT, style="B", size=18)
    pdf.text(250, 320, "INDEKS SPBE")
    pdf.text(250, 344, f"TAHUN {t.year}")
    pdf.text(200, 380, t.institution)


def _introduction(pdf: FPDF, t: Traits) -> None:
    pdf.add_page()
    pdf.set_font(FONT, style="B", size=14)
    # The title over two lines, as the 2022 and 2023 reports print it.
    pdf.text(200, 50, t.kind)
    pdf.text(80, 68, f"SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN {t.year}")
    pdf.set_font(FONT, size=10)
    prose = (
        "Evaluasi SPBE mengukur kemajuan penerapan SPBE pada Instansi Pusat dan Pemerintah "
        f"Daerah. Laporan ini memuat hasil {t.kind.lower()} tahun {t.year}"
        + (f" untuk {t.running_name} beserta" if t.running_name else " beserta")
        + " nilai indeks, domain, aspek dan tingkat kematangan setiap indikator."
    )
    y = _paragraph(pdf, prose, 50, 100, 490, justified=t.justified)
    # Left: a weight table; right: the predicate note, whose second line sits beside a row.
    pdf.set_font(FONT, size=8)
    for n, text in enumerate(["Domain 1 - Kebijakan SPBE   13%", "Aspek 8 - Layanan Publik   18%"]):
        pdf.text(50, y + 30 + 12 * n, text)
    if t.target_note:
        pdf.text(360, y + 22, "*) Target penilaian: Predikat Baik")
        pdf.text(366, y + 46, "(indeks minimal 2,6)")
    if t.averages != "none" and not t.national_above_summary:
        pdf.set_font(FONT, size=9)
        pdf.text(50, y + 72, "Tabel berikut memuat nilai rata-rata nasional dan per kategori.")
        _averages_table(pdf, t, y + 80)


def _summary_page(pdf: FPDF, t: Traits) -> None:
    pdf.add_page()
    _header_box(pdf, t)
    y = 130.0
    if t.averages != "none" and t.national_above_summary:
        y = _averages_table(pdf, t, y) + 30
    _summary_table(pdf, t, y)


def _header_box(pdf: FPDF, t: Traits) -> None:
    pdf.set_fill_color(20, 40, 90)
    pdf.rect(40, 36, 400, 60, style="F")
    pdf.rect(455, 36, 100, 60, style="F")
    pdf.set_font(FONT, style="B", size=13)
    title = f"INDEKS SPBE {t.dash} {t.institution}"
    if t.box_name_wraps:
        words = title.split()
        pdf.text(46, 62, " ".join(words[:-2]))
        pdf.text(46, 78, " ".join(words[-2:]))
    else:
        pdf.text(46, 70, title)
    pdf.set_font(FONT, style="B", size=12)
    pdf.text(505 - pdf.get_string_width(t.index_text) / 2, 58, t.index_text)
    pdf.set_font(FONT, size=11)
    predicate = f"({t.predicate})"
    pdf.text(505 - pdf.get_string_width(predicate) / 2, 80, predicate)


def _summary_table(pdf: FPDF, t: Traits, top: float) -> None:
    left, split, right = 300.0, 470.0, 555.0
    pdf.set_font(FONT, style="B", size=14)
    pdf.text(200, top - 14, "Nilai Indeks SPBE, Domain, dan Aspek")
    pdf.set_font(FONT, size=11)
    pdf.text(350, top + 12, "Nama Indeks")
    pdf.text(490, top + 12, f"Nilai {t.year}")
    y = top + 18
    _rule(pdf, t, left, y, right)
    for (row_id, label), value in zip(summary_rows(t.framework), t.summary_values, strict=True):
        lines = _wrap(pdf, label, 160 if not t.summary_wrapped else 110)
        if row_id.startswith("A"):
            lines[0] = "    " + lines[0]
        height = 6 + 13.4 * len(lines)
        for n, line in enumerate(lines):
            pdf.text(left + 2, y + 13 + 13.4 * n, line)
        pdf.text(split + 20, y + height / 2 + 4, value)
        y += height
        _rule(pdf, t, left, y, right)


def _averages_table(pdf: FPDF, t: Traits, top: float) -> float:
    """The look-alike table: rows named like the summary, seven numbers each. Returns its bottom."""
    pdf.set_font(FONT, size=9)
    first, spacing = 215.0, 50.0
    pdf.text(110, top + 18, "Indeks")
    pdf.text(350, top + 8, "Rata-rata nilai")
    for c, name in enumerate(AVERAGE_COLUMNS):
        x = first + spacing * c
        if name == "Lembaga Lain":
            pdf.text(x - 2, top + 18, "Lembaga")
            pdf.text(x + 4, top + 28, "Lain")
        else:
            pdf.text(x + 12 - pdf.get_string_width(name) / 2, top + 22, name)
    y = top + 32
    _rule(pdf, t, 50, y, 560)
    labels = [
        label.replace(" SPBE", "") if rid != "indeks" else label
        for rid, label in summary_rows(t.framework)
    ]
    for label, values in zip(labels, invented_averages(t.framework, _sep(t)), strict=True):
        wrapped = _wrap(pdf, label, 150)
        height = 3 + 12 * len(wrapped)
        for n, line in enumerate(wrapped):
            pdf.text(54, y + 10 + 12 * n, line)
        for c, value in enumerate(values):
            pdf.text(first + spacing * c + 4, y + 10, value)  # on the first line, like 2023
        y += height
        _rule(pdf, t, 50, y, 560)
    return y


def _sep(t: Traits) -> Literal["dot", "comma", "mixed"]:
    return "comma" if t.averages == "none" else t.averages


def _findings(pdf: FPDF, t: Traits) -> None:
    pdf.add_page()
    pdf.set_font(FONT, style="B", size=14)
    pdf.text(220, 50, "Kekuatan dan Kelemahan")
    pdf.set_font(FONT, size=10)
    y = 74.0
    aspects = [label for rid, label in summary_rows(t.framework) if rid.startswith("A")]
    for n, label in enumerate(aspects):
        if y > 720:
            pdf.add_page()
            pdf.set_font(FONT, size=10)
            y = 50.0
        pdf.text(46, y, f"{chr(ord('A') + n)}.   {label}")
        who = t.running_name.lower() if t.running_name else "instansi contoh"  # lower case
        y = _paragraph(pdf, f"Ringkasan aspek {n + 1} untuk {who}.", 70, y + 14, 470, t.justified)
        pdf.text(70, y + 2, "\u2022")
        pdf.text(84, y + 2, "Kekuatan")
        y = _paragraph(
            pdf, f"Kekuatan aspek {n + 1}: layanan uji berjalan.", 84, y + 16, 460, t.justified
        )
        pdf.text(84, y + 2, "Kelemahan")
        y = _paragraph(
            pdf, f"Kelemahan aspek {n + 1}: dokumen belum lengkap.", 84, y + 16, 460, t.justified
        )
        y += 10


def _recommendations(pdf: FPDF, t: Traits) -> None:
    pdf.add_page()
    pdf.set_font(FONT, style="B", size=14)
    pdf.text(250, 50, "Rekomendasi")
    pdf.set_font(FONT, size=10)
    long = (
        "Instansi contoh perlu menetapkan kebijakan internal, menyusun arsitektur dan peta "
        "rencana, lalu memantau penerapannya setiap tahun agar tingkat kematangan naik."
    )
    y = 80.0
    if t.recommendations == "headed":
        for heading in ("RINGKASAN:", "SARAN PERBAIKAN:"):
            pdf.text(60, y, heading)
            y = _paragraph(pdf, long, 50, y + 16, 490, t.justified) + 12
    else:
        y = _paragraph(pdf, long, 50, y, 490, t.justified)
        _paragraph(pdf, "Paragraf kedua: " + long, 50, y + 14, 490, t.justified)


def _level_table(pdf: FPDF, t: Traits) -> None:
    columns = t.level_columns
    ids = row_ids(t.framework)
    per_page = list(t.rows_per_page) or [len(ids)]
    pdf.add_page()
    pdf.set_font(FONT, style="B", size=13)
    pdf.text(150, 50, "Perolehan Nilai Tingkat Kematangan Indikator")
    pdf.set_font(FONT, size=11)
    pdf.text(
        68, 70, "Target nilai tingkat kematangan untuk setiap indikator adalah minimal 3 (tiga)"
    )
    names_right = 440.0 - 66 * (len(columns) - 1)
    y = _level_header(pdf, t, columns, names_right)
    shift = 0.0
    page_rows = per_page.pop(0)
    hidden: _Hidden | None = None  # a clipped second line, drawn among the next row's glyphs
    for position, rid in enumerate(ids):
        if position + 1 in t.missing_rows:
            continue
        height = 38.0 if t.tall_rows else 14.6
        if page_rows == 0 or y + height > 790:
            _draw_hidden(pdf, hidden)
            hidden = None
            # A page number in the row-number column that reads as the next row's number.
            pdf.text(52 + shift + 8, 800, str(position + 1))
            pdf.add_page()
            pdf.set_font(FONT, size=11)
            shift += t.column_shift
            y = 50.0
            page_rows = per_page.pop(0) if per_page else len(ids)
        page_rows -= 1
        number = str(position + 1)
        name = _indicator_name(position + 1, rid, t.justified)
        x_no, x_name = 52 + shift, 84 + shift
        lines = _wrap(pdf, name, names_right - x_name - 6)
        if t.tall_rows:
            baseline = y + height / 2 + 4
            first = baseline - 8 * (len(lines) - 1)
            for n, line in enumerate(lines):
                pdf.text(x_name, first + 16 * n, line)
            pdf.text(x_no + 12 - pdf.get_string_width(number) / 2, baseline, number)
        else:
            baseline = y + 11
            pdf.text(x_no + 12 - pdf.get_string_width(number) / 2, baseline, number)
            pdf.text(x_name, baseline, lines[0])
            _draw_hidden(pdf, hidden)
            hidden = None
            if len(lines) > 1 and t.clipped_overflow:
                clip = (x_name, y, names_right - x_name, height)
                hidden = _Hidden(" ".join(lines[1:]), x_name, baseline + 12, clip)
        for c, levels in enumerate(columns.values()):
            pdf.text(names_right + 30 + 66 * c + shift, baseline, str(levels[rid]))
        y += height
        _rule(pdf, t, 50 + shift, y, names_right + 66 * len(columns) + shift)
    _draw_hidden(pdf, hidden)
    if t.footer_year:
        pdf.set_font(FONT, size=12)
        pdf.text(52 + shift + 2, y + 20, str(t.year + 1))
        pdf.text(230, y + 40, "Deputi Bidang Kelembagaan dan Tata Laksana")


@dataclass(frozen=True)
class _Hidden:
    text: str
    x: float
    baseline: float
    clip: tuple[float, float, float, float]  # the row's own cell: the line falls outside it


def _draw_hidden(pdf: FPDF, hidden: _Hidden | None) -> None:
    if hidden is not None:
        with pdf.rect_clip(*hidden.clip):
            pdf.text(hidden.x, hidden.baseline, hidden.text)


def _level_header(
    pdf: FPDF, t: Traits, columns: Mapping[int, Mapping[str, int]], names_right: float
) -> float:
    top = 84.0
    pdf.set_font(FONT, style="B", size=11)
    pdf.text(56, top + 26, "No")
    pdf.text(220, top + 26, "Indikator")
    for c, year in enumerate(columns):
        x = names_right + 8 + 66 * c
        pdf.text(x, top + 12, "Nilai Tingkat")
        pdf.text(x, top + 26, "Kematangan")
        if t.header_years:
            pdf.text(x + 14, top + 40, str(year))
    pdf.set_font(FONT, size=11)
    y = top + 46
    _rule(pdf, t, 50, y, names_right + 66 * len(columns))
    return y


def _indicator_name(number: int, rid: str, justified: bool) -> str:
    """Invented names: some long enough to wrap, some ending with a digit, as real ones do."""
    gap = "        " if justified else " "
    if number % 3 == 1:
        return (
            f"Tingkat Kematangan Contoh{gap}Kebijakan Uji Coba Nomor {rid} Instansi"
            " Pusat/Pemerintah Daerah Tahap 2"
        )
    if number % 3 == 2:
        return f"Tingkat Kematangan Layanan Contoh Sektor {number % 4}"
    return f"Tingkat Kematangan Penerapan{gap}Contoh Manajemen {rid}"


# --- drawing helpers -----------------------------------------------------------------------


def _rule(pdf: FPDF, t: Traits, x0: float, y: float, x1: float) -> None:
    if t.rules:
        pdf.set_line_width(0.5)
        pdf.line(x0, y, x1, y)


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and pdf.get_string_width(candidate.strip()) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def _paragraph(pdf: FPDF, text: str, x: float, y: float, width: float, justified: bool) -> float:
    """Draw a paragraph word by word (as LibreOffice does); justified lines spread their words.
    Returns the baseline of the next line."""
    lines = _wrap(pdf, " ".join(text.split()), width)
    for n, line in enumerate(lines):
        words = line.split(" ")
        last = n == len(lines) - 1
        if justified and not last and len(words) > 1:
            free = width - sum(pdf.get_string_width(w) for w in words)
            step = free / (len(words) - 1)
            cursor = x
            for word in words:
                pdf.text(cursor, y + 13 * n, word)
                cursor += pdf.get_string_width(word) + step
        else:
            pdf.text(x, y + 13 * n, line)
    return y + 13 * len(lines)
