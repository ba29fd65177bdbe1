"""Evidence file paths (`berkas`) as people write them, on any system: one rule for reading
them (evidence checks) and for moving them into a file in another folder (forms, merges,
next year's file).

A path written on Windows (`bukti\\01\\sk.pdf`) names the same file on Linux or macOS, and one
written there (`bukti/01/sk.pdf`) the same file on Windows: both `/` and `\\` separate folders.
A path that starts at a root (`/srv/bukti`, `C:\\bukti`, `\\\\server\\share`) is absolute and
used as it is. Written paths always use `/`, as YAML files keep them. `pathmod` is the
system's path module (`os.path`); tests pass `ntpath` to see what Windows would do.
"""

from __future__ import annotations

import ntpath
import os
import re
from types import ModuleType

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def parts(path: str) -> list[str]:
    """The folders and file name of a relative path, whichever separator it uses."""
    return [part for part in re.split(r"[\\/]", path) if part not in ("", ".")]


def is_absolute(path: str) -> bool:
    """Whether a path starts at a root on some system (Unix, a Windows drive or share)."""
    return path.startswith(("/", "\\")) or bool(_DRIVE.match(path)) or ntpath.isabs(path)


def located(base: str, path: str, pathmod: ModuleType = os.path) -> str:
    """Where `path`, written in a file in folder `base`, points on this system."""
    if is_absolute(path):
        return path
    return str(pathmod.normpath(pathmod.join(base, *parts(path))))


def moved(path: str, origin: str, destination: str, pathmod: ModuleType = os.path) -> str:
    """`path`, written in a file in folder `origin`, as written in a file in `destination`
    (with `/`); absolute paths and empty texts stay as they are."""
    if not path or is_absolute(path):
        return path
    relative = str(pathmod.relpath(located(origin, path, pathmod), destination))
    return relative.replace(pathmod.sep, "/")
