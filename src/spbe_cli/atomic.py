"""Writing a file so that nothing is lost: all or nothing, and never over an existing file
unless asked.

The text goes to a temporary file in the target's folder, is flushed to disk, then takes the
target's name in one step (os.replace with `force`; otherwise a hard link, which fails if the
name is taken, so a file that appears meanwhile is not overwritten either).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from spbe_cli.errors import UsageError


def write_text(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` (UTF-8, "\\n" line ends) to `path` atomically; UsageError when `path` exists
    and `force` is not set, or cannot be written."""
    folder = path.parent
    if path.is_dir():
        raise UsageError(f"{path}: is a directory; give a file name")
    if not folder.is_dir():
        raise UsageError(f"{path}: folder {folder} does not exist")
    if path.exists() and not force:
        raise _exists(path)
    mode = _mode(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise UsageError(f"{path}: cannot write in {folder} ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        if force:
            os.replace(temporary, path)
        else:
            _link(temporary, path)
    except OSError as error:
        raise UsageError(f"{path}: cannot be written ({error.strerror})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _exists(path: Path) -> UsageError:
    return UsageError(f"{path}: file exists; left untouched (use --force to overwrite it)")


def _link(temporary: str, path: Path) -> None:
    """Give the temporary file the target's name, failing if the name is taken."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV):
            raise
        if path.exists():  # no hard links on this file system: check, then rename
            raise _exists(path) from None
        os.replace(temporary, path)


def _mode(path: Path) -> int:
    """The existing file's permissions, or the usual ones for a new file (0666 less umask)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
