"""Messages and labels of one area of spbe (writes), Indonesian then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
Writes: output folders made whole or not at all, standard input that cannot be read, and the
time a report says it was made (SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "output.cannot_make_folder": (
        "folder {folder} tidak dapat dibuat ({reason}); tidak ada berkas yang ditulis",
        "folder {folder} cannot be made ({reason}); no file was written",
    ),
    "output.not_folder": (
        "{path} bukan folder; beri folder (yang ada atau yang akan dibuat)",
        "{path} is not a folder; give a folder (existing or to be made)",
    ),
    "output.none_written": (
        "{folder}: tidak dapat ditulis ({reason}); tidak ada berkas yang ditulis",
        "{folder}: cannot be written ({reason}); no file was written",
    ),
    "output.temporary": (
        "berkas sementara untuk keluaran tidak dapat ditulis ({reason}); tidak ada keluaran "
        "yang ditulis",
        "a temporary file for the output cannot be written ({reason}); no output was written",
    ),
    "input.stdin_closed": (
        "- (masukan standar) tertutup; alirkan berkas jawaban ke spbe (mis. < jawaban.yaml) atau "
        "beri jalur berkasnya",
        "- (standard input) is closed; pipe an answer file into spbe (e.g. < answers.yaml) or "
        "give its path",
    ),
    "input.stdin_unreadable": (
        "- (masukan standar) tidak dapat dibaca ({reason}); alirkan berkas jawaban (mis. < "
        "jawaban.yaml) atau beri jalur berkasnya",
        "- (standard input) cannot be read ({reason}); pipe an answer file (e.g. < "
        "answers.yaml) or give its path",
    ),
    "env.source_date_epoch": (
        "SOURCE_DATE_EPOCH={value} tidak dapat dipakai: harus bilangan bulat detik sejak "
        "1970-01-01 00:00 UTC, dari 0 sampai {largest} (9999-12-31 23:59:59 UTC); kosongkan "
        "untuk memakai waktu sekarang",
        "SOURCE_DATE_EPOCH={value} cannot be used: it must be a whole number of seconds since "
        "1970-01-01 00:00 UTC, from 0 to {largest} (9999-12-31 23:59:59 UTC); leave it empty "
        "to use the current time",
    ),
}
LABELS: dict[str, tuple[str, str]] = {}
