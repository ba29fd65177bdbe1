"""Messages and labels of one area of spbe (output), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "yaml.escape_code": (
        "escape \\u dalam teks bertanda kutip tidak menunjuk satu karakter (separuh "
        "pasangan surrogate); tulis karakternya langsung",
        "a \\u escape in quoted text names no character (half of a surrogate pair); write "
        "the character itself",
    ),
    "output.stdout_closed": (
        "keluaran standar tertutup; arahkan ke berkas atau pipa (mis. > hasil.txt)",
        "standard output is closed; send it to a file or a pipe (e.g. > result.txt)",
    ),
}
LABELS: dict[str, tuple[str, str]] = {
    "report_made": ("Dibuat {when}", "Made {when}"),
    "made": ("Dibuat", "Made"),
    "provisional_short": (
        "Kerangka {framework} masih sementara.",
        "Framework {framework} is provisional.",
    ),
    "report_provisional": (
        "Tabel bobotnya belum semuanya dipastikan dari teks peraturan, sehingga indeks dan "
        "predikat dalam laporan ini dapat berubah. {note}",
        "Its weight table is not yet fully confirmed from the regulation's text, so the index "
        "and rating in this report may change. {note}",
    ),
    "rank_title_one": (
        "Peringkat tahun {year} ({frameworks}): {count} instansi",
        "Ranking for {year} ({frameworks}): {count} institution",
    ),
    "rank_title": (
        "Peringkat tahun {year} ({frameworks}): {count} instansi",
        "Ranking for {year} ({frameworks}): {count} institutions",
    ),
    "rank_mean": (
        "Rata-rata {mean} · median {median} (dari indeks tepat)",
        "Mean {mean} · median {median} (from the exact index)",
    ),
}
