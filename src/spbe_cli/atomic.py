"""Writing a file so that a reader never sees half of it and nothing is lost by accident.

The bytes go to a temporary file in the target's folder, which then takes the target's name in
one step: `os.link` when the target must not exist (it fails if it does, even if the file
appeared a moment ago), `os.replace` with `force`. With `force` only a regular file is
replaced, and it keeps its permissions; a device, a FIFO or a folder never is, and neither is
a file the command reads (`report ans.yaml -o ans.yaml` would destroy the answer file). A
temporary file is removed whatever happens, SIGTERM included.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType

from spbe_cli.errors import OutputError, UsageError
from spbe_cli.i18n import oserror, t

TERMINATED = 143  # 128 + SIGTERM, as a shell reports it


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (both existing), or the same place."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_target(path: Path, *, force: bool = False, inputs: Iterable[str] = ()) -> Path:
    """The file to write, after the checks that need no writing (UsageError, exit 2): it is
    not an input, not a folder, device or FIFO, and does not exist unless `force`. A symbolic
    link is followed, so the link stays and its target is replaced."""
    for source in inputs:
        if source not in ("", "-") and same_file(path, Path(source)):
            raise UsageError(t("output.is_input", path=path))
    target = path.resolve() if path.is_symlink() else path
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(t("output.no_folder", path=path, folder=folder))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as error:
        raise OutputError(
            t("output.cannot_write", path=path, reason=oserror.reason(error))
        ) from None
    if not stat.S_ISREG(mode):
        raise UsageError(t("output.not_regular", path=path))
    if not force:
        raise UsageError(t("output.exists", path=path))
    return target


def write_atomic(
    path: Path, data: bytes, *, force: bool = False, inputs: Iterable[str] = ()
) -> None:
    """Write `data` to `path` atomically. UsageError (exit 2) if `path` may not be written,
    OutputError (74) if writing fails; an existing file is then untouched."""
    target = check_target(path, force=force, inputs=inputs)
    try:
        with _cleanup_on_sigterm():
            _write(target, data, force=force, shown=path)
    except OSError as error:  # a full disk, a read-only folder: one line, not a traceback
        raise OutputError(
            t("output.cannot_write", path=path, reason=oserror.reason(error))
        ) from None


def make_folder(path: Path) -> None:
    """An output folder and its parents (nothing when it is there); OutputError (74) when the
    system refuses, e.g. a file of that name in the way."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = t("output.cannot_make_folder", path=path, reason=oserror.reason(error))
        raise OutputError(message) from None


@contextlib.contextmanager
def _cleanup_on_sigterm() -> Iterator[None]:
    """While writing, SIGTERM ends the run through Python (so `finally` removes the temporary
    file) with the shell's code for it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(TERMINATED)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write(path: Path, data: bytes, *, force: bool, shown: Path) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, _mode(path))
        if force:
            os.replace(temp, path)
            return
        try:
            os.link(temp, path)
        except FileExistsError:
            raise UsageError(t("output.exists", path=shown)) from None
        except OSError:  # no hard links here (FAT, some network drives): check, then rename
            if path.exists():
                raise UsageError(t("output.exists", path=shown)) from None
            os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def _mode(path: Path) -> int:
    """The replaced file's permissions, or those a new file gets (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
