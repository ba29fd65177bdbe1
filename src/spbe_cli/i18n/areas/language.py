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
}
LABELS: dict[str, tuple[str, str]] = {}
