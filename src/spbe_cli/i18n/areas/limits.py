"""Messages of one area of spbe (limits), Indonesian then English: bounds on the work of
reading hostile input (report PDFs for `spbe import`, form workbooks for `spbe merge`).

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- report PDFs (lhe/pdflimits.py): each names the bound passed
    "lhe.limit_pages": (
        "PDF lebih dari {limit} halaman (batas baca); laporan hasil evaluasi jauh lebih pendek",
        "the PDF has more than {limit} pages (the reading limit); an evaluation report is far shorter",
    ),
    "lhe.limit_lookups": (
        "PDF memerlukan lebih dari {limit} pencarian objek (batas baca), misalnya objek yang merujuk dirinya sendiri",
        "the PDF needs more than {limit} object look-ups (the reading limit), e.g. an object that refers to itself",
    ),
    "lhe.limit_decoded": (
        "aliran (stream) PDF mengembang lebih dari {limit} bita setelah dekompresi (batas baca)",
        "the PDF's streams inflate to more than {limit} bytes (the reading limit)",
    ),
    "lhe.limit_content": (
        "PDF menggambar lebih dari {limit} bita isi halaman (batas baca)",
        "the PDF draws more than {limit} bytes of page content (the reading limit)",
    ),
    "lhe.limit_depth": (
        "PDF menumpuk form di dalam form lebih dari {limit} tingkat (batas baca)",
        "the PDF nests forms inside forms more than {limit} deep (the reading limit)",
    ),
    "lhe.limit_glyphs": (
        "satu halaman PDF menggambar lebih dari {limit} glif (batas baca)",
        "a page of the PDF draws more than {limit} glyphs (the reading limit)",
    ),
    "lhe.limit_mappings": (
        "peta karakter fon PDF memuat lebih dari {limit} entri (batas baca)",
        "the PDF's font character maps hold more than {limit} entries (the reading limit)",
    ),
    "lhe.no_title_within": (
        "tidak ada judul '… SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN <tahun>' di {pages} halaman pertama: bukan laporan evaluasi SPBE KemenPANRB",
        "no title '… SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN <year>' in the first {pages} pages: not a KemenPANRB SPBE evaluation report",
    ),
}

LABELS: dict[str, tuple[str, str]] = {}
