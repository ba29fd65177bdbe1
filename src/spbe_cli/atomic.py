"""Writing a file so that a reader never sees half of it and nothing is overwritten by accident.

The bytes go to a temporary file in the target's folder, which then takes the target's name in
one step: `os.link` when the target must not exist (it fails if it does, even if the file
appeared a moment ago), `os.replace` with `force`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from spbe_cli.errors import UsageError


def write_atomic(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write `data` to `path` atomically. UsageError if `path` exists and not `force`, or if its
    folder does not exist; the existing file is then untouched."""
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise UsageError(f"{path} is a folder")
    if path.exists() and not force:
        raise UsageError(f"{path} exists; use --force to replace it")
    try:
        _write(path, data, force=force)
    except OSError as error:  # a full disk, a read-only folder: one line, not a traceback
        raise UsageError(f"{path}: cannot be written ({error.strerror})") from None


def _write(path: Path, data: bytes, *, force: bool) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        if force:
            os.replace(temp, path)
            return
        try:
            os.link(temp, path)
        except FileExistsError:
            raise UsageError(f"{path} exists; use --force to replace it") from None
        except OSError:  # no hard links here (FAT, some network drives): check, then rename
            if path.exists():
                raise UsageError(f"{path} exists; use --force to replace it") from None
            os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
