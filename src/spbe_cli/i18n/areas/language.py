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
    # ---- decimal commas: text in YAML, a number on the command line and in workbook cells
    "level.decimal_comma": (
        "'{value}' memakai koma desimal, yang dalam YAML berarti teks; tulis {fixed}",
        "'{value}' has a decimal comma, which YAML reads as text; write {fixed}",
    ),
    # ---- an unknown key in an answer file: the nearest allowed one
    "answers.nearest_key": ("; mungkin maksudnya {key}?", "; did you mean {key}?"),
}
LABELS: dict[str, tuple[str, str]] = {}
