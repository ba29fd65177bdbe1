"""Messages of one area of spbe (rules shared by many commands: which day today is),
Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "day.today": (
        "catatan: hari ini {day} menurut zona {zone} (tetapkan dengan --tanggal atau SPBE_ZONA)",
        "note: today is {day} in zone {zone} (set it with --tanggal or SPBE_ZONA)",
    ),
    "day.zone_unknown": (
        "SPBE_ZONA '{name}' bukan zona waktu yang dikenal; tulis nama IANA, misalnya "
        "Asia/Jakarta, Asia/Makassar atau Asia/Jayapura",
        "SPBE_ZONA '{name}' is not a known time zone; write an IANA name, e.g. Asia/Jakarta, "
        "Asia/Makassar or Asia/Jayapura",
    ),
    "answers.instansi_invisible": (
        "instansi hanya berisi karakter yang tak terlihat (spasi lebar nol, penanda arah); "
        "tulis nama instansi",
        "instansi holds only characters nobody can see (zero-width spaces, direction marks); "
        "write the instansi's name",
    ),
    "init.dari_instansi": (
        "instansi berisi karakter kendali atau penanda arah (mis. U+202E) yang tidak dibawa ke "
        "berkas baru; perbaiki namanya di berkas ini, atau beri --instansi",
        "instansi holds control or direction characters (e.g. U+202E), not carried into the "
        "new file; correct the name in this file, or give --instansi",
    ),
}
LABELS: dict[str, tuple[str, str]] = {}
