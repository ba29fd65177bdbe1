"""Messages and labels of one area of spbe (history), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
History: `spbe import` (official report PDFs to answer files), `spbe trend` (one instansi over
the years), the mapping across the change to Indeks Pemdi, and the history chart of a report.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- shared options
    "help.opt.termasuk_dugaan": (
        "Lintas kerangka: bandingkan juga melalui tabel pemetaan yang semua padanan "
        "indikatornya dugaan (tanpa sumber); tanpa opsi ini hanya indeks dan predikat.",
        "Across frameworks: also compare through a mapping table whose indicator pairings are "
        "all presumed (no source); without it only the index and rating are compared.",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    # ---- spbe diff across a mapping table of guesses only
    "diff_guesses_withheld": (
        "Lintas kerangka {old} → {new}: hanya indeks dan predikat yang dibandingkan; tabel "
        "pemetaan {table} hanya memasangkan indikator dengan dugaan (tanpa sumber), jadi domain, "
        "aspek dan indikator tidak dibandingkan (--termasuk-dugaan untuk membandingkannya).{bands}",
        "Across frameworks {old} → {new}: only the index and rating are compared; the mapping "
        "table (pemetaan) {table} pairs indicators by presumption only (no source), so domains, "
        "aspects and indicators are not compared (--termasuk-dugaan compares them).{bands}",
    ),
    "diff_guesses_included": (
        " Setiap padanan indikator pada tabel ini dugaan (tanpa sumber), dibandingkan atas "
        "permintaan (--termasuk-dugaan): baca selisihnya sebagai petunjuk arah saja.",
        " Every indicator pairing in this table is presumed (no source), compared on request "
        "(--termasuk-dugaan): read its changes as a hint of direction only.",
    ),
}
