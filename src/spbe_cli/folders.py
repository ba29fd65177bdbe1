"""Which files of a folder spbe reads: one rule for answer folders, form folders, report
folders, weights folders and their mapping tables (`pemetaan/`)."""

from __future__ import annotations

from pathlib import Path


def regular_files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The regular files directly in `folder` whose names end in one of `suffixes` (in any
    case), sorted by name. Anything else is skipped: a subfolder, and a FIFO, socket or device,
    whose opening can wait for a writer forever. A symbolic link counts as what it points to.
    A FIFO named on the command line is read: only what a folder holds is chosen here."""
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in suffixes and p.is_file()), key=str
    )
