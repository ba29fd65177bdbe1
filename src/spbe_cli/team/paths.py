"""Evidence files named relative to an answer file, kept pointing at the same files when the
data moves to a file in another folder (a form in the forms folder, the merged file, next
year's file).

A relative `berkas` path is read from the folder of the file that holds it; written into a
file in another folder, it becomes the path from that folder to the same place (written with
forward slashes, as YAML files keep them; either separator is read: filepaths.py). Absolute
paths, links and plain texts stay as they are. The paths are joined and normalised as text
(os.path), not resolved: a symbolic link stays a link, and a file that does not exist yet is
still pointed at.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spbe_cli import filepaths


def folder_of(source: str) -> str:
    """The folder a file's relative paths start from (the current folder for stdin)."""
    if source in ("", "-"):
        return os.path.abspath(os.curdir)
    return os.path.dirname(os.path.abspath(source))


def moved(path: str, origin: str, destination: str) -> str:
    """`path`, written in a file in folder `origin`, as written in a file in `destination`."""
    return filepaths.moved(path, origin, destination)


def moved_entry(entry: Any, origin: str, destination: str) -> Any:
    """An indicator's entry (raw data) with its evidence files' paths moved."""
    if origin == destination or not isinstance(entry, Mapping):
        return entry
    evidence = entry.get("data_dukung")
    if not isinstance(evidence, list):
        return entry
    return {**entry, "data_dukung": [_moved_item(i, origin, destination) for i in evidence]}


def _moved_item(item: Any, origin: str, destination: str) -> Any:
    if isinstance(item, Mapping) and isinstance(item.get("berkas"), str):
        return {**item, "berkas": moved(item["berkas"], origin, destination)}
    return item


# ---------------------------------------------------------------- forms that move

RECORD_MARK = "# spbe-formulir: "
"""The comment line of a YAML form that holds its record (the workbook keeps it in its hidden
sheet)."""
RECORD_SCAN = 8192  # the record stands in a form's first comment lines: read this much only


def relative(path: str, start: str) -> str:
    """`path` from folder `start`, with forward slashes."""
    return Path(os.path.relpath(path, start)).as_posix()


def base_record(source: str, destination: str, base: str) -> dict[str, str | None]:
    """What a form keeps about where its relative evidence paths start (`base`, a folder), for
    a form written into folder `destination` from the answer file `source`: the answer file's
    folder (`asal`, absolute), the base from there (`dasar`), the way from the form's folder
    to the answer file's folder (`ke_asal`) and to the base (`ke_dasar`), and the answer
    file's name (`jawaban`; None for standard input)."""
    origin = folder_of(source)
    return {
        "asal": origin,
        "dasar": relative(base, origin),
        "ke_asal": relative(origin, destination),
        "ke_dasar": relative(base, destination),
        "jawaban": None if source in ("", "-") else os.path.basename(source),
    }


def valid_record(value: Any) -> dict[str, str | None] | None:
    """A record read back from a form, or None when it is not one."""
    keys = ("asal", "dasar", "ke_asal", "ke_dasar")
    if not isinstance(value, Mapping) or not all(isinstance(value.get(k), str) for k in keys):
        return None
    name = value.get("jawaban")
    return {**{k: value[k] for k in keys}, "jawaban": name if isinstance(name, str) else None}


@dataclass(frozen=True)
class Origin:
    """The folder a form's relative evidence paths are read from, and whether that is known
    (False: a guess, merge warns for every relative path)."""

    folder: str
    known: bool = True
    recorded: str = ""  # the answer file's folder as recorded (when not known)


def origin_of(form: str, record: Mapping[str, str | None] | None) -> Origin:
    """Where the relative paths of a form now in `form` start: without a record, its own
    folder (the answer-file rule); with one, the answer file's folder as recorded when that
    folder is there (the form was moved: saved from e-mail, another folder), else found from
    the form's folder the way it was at the split when the answer file is there (the whole
    tree moved: a clone elsewhere); else a guess (the form where it was written), not
    known."""
    here = folder_of(form)
    if record is None:
        return Origin(here)
    base = str(record["dasar"])
    recorded = str(record["asal"])
    if os.path.isabs(recorded) and os.path.isdir(recorded):
        return Origin(os.path.normpath(os.path.join(recorded, base)))
    found = os.path.normpath(os.path.join(here, str(record["ke_asal"])))
    name = record.get("jawaban")
    if name is not None and os.path.isfile(os.path.join(found, name)):
        return Origin(os.path.normpath(os.path.join(found, base)))
    guess = os.path.normpath(os.path.join(here, str(record["ke_dasar"])))
    return Origin(guess, False, recorded)


def yaml_record(source: str) -> dict[str, str | None] | None:
    """The record in a YAML form's first comment lines (None: none, standard input, or not a
    regular file: a pipe read once already is not opened again)."""
    if source in ("", "-") or not os.path.isfile(source):
        return None
    try:
        with open(source, "rb") as handle:
            head = handle.read(RECORD_SCAN).decode("utf-8", errors="replace")
    except OSError:
        return None
    for line in head.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith(RECORD_MARK):
            try:
                return valid_record(json.loads(line[len(RECORD_MARK) :]))
            except ValueError:
                return None
    return None


def record_line(record: Mapping[str, str | None]) -> str:
    """The record as a YAML form's comment line (ASCII JSON: one line whatever the paths)."""
    return RECORD_MARK + json.dumps(dict(record), ensure_ascii=True)


def relative_paths(entry: Any) -> list[tuple[int, str]]:
    """The relative `berkas` paths of an entry's evidence items, with their positions (1 =
    the first item)."""
    evidence = entry.get("data_dukung") if isinstance(entry, Mapping) else None
    found: list[tuple[int, str]] = []
    for n, item in enumerate(evidence if isinstance(evidence, list) else (), start=1):
        path = item.get("berkas") if isinstance(item, Mapping) else None
        if isinstance(path, str) and path and not filepaths.is_absolute(path):
            found.append((n, path))
    return found
