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

import os
from collections.abc import Mapping
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
