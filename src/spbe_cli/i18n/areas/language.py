"""Messages of one area of spbe (the language of the command line: metavars, numbers typed
with a decimal comma, operating-system errors), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- metavars in --help and usage errors: one word per placeholder, in the run's language
    "help.metavar.file": ("BERKAS", "FILE"),
    "help.metavar.dir": ("FOLDER", "DIR"),
    "help.metavar.old": ("LAMA", "OLD"),
    "help.metavar.new": ("BARU", "NEW"),
    "help.metavar.out": ("HASIL", "OUT"),
    "help.metavar.form": ("FORMULIR", "FORM"),
    "help.metavar.report": ("LAPORAN", "REPORT"),
    "help.metavar.year": ("TAHUN", "YEAR"),
    "help.metavar.name": ("NAMA", "NAME"),
    "help.metavar.framework": ("KERANGKA", "FRAMEWORK"),
    "help.metavar.index": ("INDEKS", "INDEX"),
    "help.metavar.predicate": ("PREDIKAT", "RATING"),
    "help.metavar.ids": ("ID", "IDS"),
    # ---- decimal commas: text in YAML, a number on the command line and in workbook cells
    "level.decimal_comma": (
        "'{value}' memakai koma desimal, yang dalam YAML berarti teks; tulis {fixed}",
        "'{value}' has a decimal comma, which YAML reads as text; write {fixed}",
    ),
    # ---- lists of allowed values, as pydantic writes them
    "word.or": ("atau", "or"),
    # ---- operating-system errors (i18n/oserror.py), the errno name shown beside them
    "os.ENOENT": ("berkas atau folder tidak ada", "no such file or folder"),
    "os.EACCES": ("izin ditolak", "permission denied"),
    "os.EPERM": ("tindakan tidak diizinkan", "operation not permitted"),
    "os.ENOSPC": ("ruang disk habis", "no space left on the disk"),
    "os.EDQUOT": ("kuota disk habis", "disk quota exceeded"),
    "os.EROFS": ("sistem berkas hanya-baca", "read-only file system"),
    "os.EISDIR": ("berupa folder", "is a folder"),
    "os.ENOTDIR": ("bagian jalurnya bukan folder", "part of the path is not a folder"),
    "os.EEXIST": ("sudah ada", "already exists"),
    "os.EFBIG": ("berkas terlalu besar", "file too large"),
    "os.ENAMETOOLONG": ("nama berkas terlalu panjang", "file name too long"),
    "os.EBADF": ("deskriptor berkas tidak sah", "bad file descriptor"),
    # ---- counted messages: the singular of keys of other catalogs ("1 file", not "1 files")
    "report.riwayat_other_one": (
        "--riwayat: {count} berkas bukan milik {institution}, dilewati",
        "--riwayat: {count} file is not of {institution}, left out",
    ),
    "split.folder_has_forms_one": (
        "{folder} sudah berisi {count} formulir (.yaml/.xlsx); pakai folder lain atau --force",
        "{folder} already holds {count} form (.yaml/.xlsx); use another folder or --force",
    ),
    "split.written_one": (
        "{count} formulir (per {by}) ditulis ke {folder}:",
        "{count} form (per {by}) written to {folder}:",
    ),
    "answers.other_kerangka_one": (
        "indikator: ini indikator {other}, bukan {framework} ({count} id tidak dikenal "
        "{framework}); tahun {year} dinilai dengan {framework}: mulai berkas {year} dengan "
        "`spbe init --tahun {year}`, atau hitung sebagai simulasi dengan --kerangka {other}",
        "indikator: these are the indicators of {other}, not of {framework} ({count} id "
        "{framework} does not have); {year} is scored with {framework}: start the {year} file "
        "with `spbe init --tahun {year}`, or score it as a what-if with --kerangka {other}",
    ),
    # ---- an unknown key in an answer file: the nearest allowed one
    "answers.nearest_key": ("; mungkin maksudnya {key}?", "; did you mean {key}?"),
}
LABELS: dict[str, tuple[str, str]] = {
    # ---- counted labels: the singular of keys of other catalogs
    "draft_one": (
        "Belum diisi {count} indikator ({ids}); indeks antara {low} ({low_predicate}) dan {high} ({high_predicate})",
        "{count} indicator not filled in ({ids}); index between {low}, {low_predicate}, and {high}, {high_predicate}",
    ),
    "import_target_floor_one": (
        "`target: {level}` pada {count} indikator yang levelnya di bawah {level} (yang lain "
        "sudah memenuhinya)",
        "`target: {level}` on the {count} indicator whose level is below {level} (the others "
        "meet it already)",
    ),
    "report_followups_note_one": (
        "{count} rekomendasi belum selesai per {day}; yang terlambat ditandai.",
        "{count} recommendation still open on {day}; a late one is marked.",
    ),
}
