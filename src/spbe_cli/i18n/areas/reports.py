"""Messages and labels of one area of spbe (reports: shown differences and their exact
values, drafts and history in reports, print and chart words), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
LABELS: dict[str, tuple[str, str]] = {
    "comparison_index": ("Dibandingkan dengan {index} {year}", "Compared with {index} {year}"),
    "predicate_of_year": ("Predikat {year}", "Rating {year}"),
    "exact_change": ("Perubahan tepat", "Exact change"),
    "indicator_id": ("Indikator {id}", "Indicator {id}"),
    "report_draft": ("Draf", "Draft"),
    "exact_note": (
        "{mark} Selisih dari nilai yang ditampilkan (dibulatkan ke 2 desimal), beda dari "
        "selisih tepat: {exact}.",
        "{mark} Difference of the values as shown (rounded to 2 decimals), not the exact "
        "difference: {exact}.",
    ),
    "exact_aside": ("(tepat {exact})", "(exactly {exact})"),
    "exact_aside_of": (
        "(tepat {exact} = {first} − {second})",
        "(exactly {exact} = {first} − {second})",
    ),
}
