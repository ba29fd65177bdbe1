"""Messages and labels of one area of spbe (worker processes for large batches), Indonesian
then English.

Each key maps to (Indonesian, English) with the same {fields}; keys are unique across areas.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "workers.env": (
        "{name}={value} tidak dapat dipakai: tulis jumlah proses sebagai bilangan bulat "
        "1 atau lebih (1: satu proses), atau kosongkan agar dipilih sendiri",
        "{name}={value} cannot be used: write the number of processes as a whole number of "
        "1 or more (1: one process), or leave it empty to have it chosen",
    ),
}
LABELS: dict[str, tuple[str, str]] = {}
