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
    "lhe.limit_all_glyphs": (
        "halaman-halaman PDF menggambar lebih dari {limit} glif seluruhnya (batas baca)",
        "the PDF's pages draw more than {limit} glyphs in all (the reading limit)",
    ),
    "lhe.limit_mappings": (
        "peta karakter fon PDF memuat lebih dari {limit} entri (batas baca)",
        "the PDF's font character maps hold more than {limit} entries (the reading limit)",
    ),
    # ---- form workbooks (team/xlsx_limits.py, team/workbook_read.py)
    "form.limit_parts": (
        "arsip zip memuat lebih dari {limit} bagian (batas baca); formulir spbe memuat belasan",
        "the zip holds more than {limit} parts (the reading limit); an spbe form holds about a dozen",
    ),
    "form.limit_unzipped": (
        "bagian-bagian buku kerja mengembang lebih dari {limit} bita setelah dekompresi (batas baca)",
        "the workbook's parts inflate to more than {limit} bytes (the reading limit)",
    ),
    "form.limit_declared": (
        "bagian {part} lebih besar daripada ukuran yang dinyatakan arsip zip",
        "part {part} is larger than the zip declares",
    ),
    "form.limit_cell": (
        "{where}: lebih dari {limit} karakter (batas Excel untuk satu sel)",
        "{where}: more than {limit} characters (Excel's limit for a cell)",
    ),
    "form.limit_ref": (
        "{where}: sel {ref} di luar batas Excel ({rows} baris, {columns} kolom)",
        "{where}: cell {ref} is outside Excel's limits ({rows} rows, {columns} columns)",
    ),
    "form.limit_elements": (
        "lebih dari {limit} elemen XML dan sel yang dicakup rentang gabungan atau tautan (batas baca); formulir spbe memuat beberapa ribu",
        "more than {limit} XML elements and cells covered by merged or hyperlink ranges (the reading limit); an spbe form holds a few thousand",
    ),
    "form.sheet": ("lembar {sheet}", "sheet {sheet}"),
    "form.shared_string": ("{part} teks bersama ke-{n}", "{part} shared string {n}"),
    "form.bad_style": (
        "{where}: indeks gaya {index} tidak ada (buku kerja punya {count})",
        "{where}: style index {index} does not exist (the workbook has {count})",
    ),
    "form.bad_string": (
        "{where}: indeks teks bersama {index} tidak ada (buku kerja punya {count})",
        "{where}: shared string index {index} does not exist (the workbook has {count})",
    ),
    "form.xml_forbidden": (
        "XML bagian {part} mendeklarasikan entitas atau merujuk berkas luar (XXE, bom entitas); buku kerja tidak memerlukannya",
        "the XML of part {part} declares entities or refers to outside files (XXE, entity bombs); a workbook never needs them",
    ),
    "form.xml_bad": (
        "bagian {part} rusak ({detail})",
        "part {part} is damaged ({detail})",
    ),
    "form.unreadable": (
        "{file} bukan buku kerja xlsx yang dapat dibaca ({kind}: {detail})",
        "{file} is not a readable xlsx workbook ({kind}: {detail})",
    ),
    "form.meta_json": (
        "bukan JSON yang ditulis spbe split; jangan ubah lembar ini",
        "not the JSON spbe split wrote; do not edit this sheet",
    ),
    "form.meta_shape": (
        "catatan '{kind}' harus memuat {fields}; jangan ubah lembar ini",
        "a '{kind}' record must hold {fields}; do not edit this sheet",
    ),
    "form.meta_unknown_id": (
        "indikator {id} tidak ada di {framework}",
        "indicator {id} is not in {framework}",
    ),
    "form.meta_twice": (
        "indikator {id} tercatat dua kali",
        "indicator {id} is recorded twice",
    ),
    "form.meta_header_key": (
        "kunci kepala '{key}' tidak dikenal; yang boleh: {allowed}",
        "unknown header key '{key}'; allowed: {allowed}",
    ),
    "form.meta_rows": (
        "lebih dari {limit} baris (batas baca); jangan ubah lembar ini",
        "more than {limit} rows (the reading limit); do not edit this sheet",
    ),
    # ---- report PDFs, continued
    "lhe.no_title_within": (
        "tidak ada judul '… SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN <tahun>' di {pages} halaman pertama: bukan laporan evaluasi SPBE KemenPANRB",
        "no title '… SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN <year>' in the first {pages} pages: not a KemenPANRB SPBE evaluation report",
    ),
}

LABELS: dict[str, tuple[str, str]] = {}
