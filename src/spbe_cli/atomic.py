"""Every byte spbe writes goes through here: standard output, one file, a folder of files (the
one exception is spbe's own cache of checked weight tables, frameworks/tablecache.py).

- A stream (stdout) gets all of its bytes or an error. A short write is continued until the
  device takes the rest or refuses with an error (ENOSPC, EFBIG: exit 74; EPIPE: 141): an
  unbuffered stdout (PYTHONUNBUFFERED=1, `python -u`) otherwise drops it without a word
  (python/cpython#85393).
- A file is written atomically: its bytes go to a temporary file in the target's folder,
  which then takes the target's name in one step: a link when the target must not exist (it
  fails if it does, even if the file appeared a moment ago), a rename with `force`. With
  `force` only a regular file is replaced, and it keeps its permissions; a device, a FIFO or
  a folder never is, and neither is a file the command reads (`report ans.yaml -o ans.yaml`
  would destroy the answer file).
- The temporary file has no name where the system allows it (Linux's O_TMPFILE, linked
  through /proc/self/fd only once whole): a run killed even by SIGKILL leaves nothing. Else
  it is `.NAME.spbe-OWNER-PID-RANDOM.tmp`, removed whatever happens short of SIGKILL (SIGTERM
  included); a later write into the same folder removes such a file or folder only when it
  is provably stale: OWNER (this machine's boot and pid namespace) is this run's, and no
  process PID exists. Another live run's file is never touched.
- A folder of files (`split`'s forms, `import`'s answer files) appears whole or not at all.
  A folder that does not exist yet is built under a temporary name beside it and renamed
  into place in one step; in an existing folder every file is written first, then each takes
  its name, and the names already taken are given back if one fails.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import select
import shutil
import signal
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from types import FrameType
from typing import Protocol

from spbe_cli.errors import OutputError, UsageError
from spbe_cli.i18n import oserror, t

TERMINATED = 143  # 128 + SIGTERM, as a shell reports it
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
_CREATE |= getattr(os, "O_BINARY", 0)  # Windows: bytes as they are
_FDS = Path("/proc/self/fd")
_LINKAT = os.link in os.supports_dir_fd  # linkat(2): a link made from a descriptor's path
_NO_LINKAT = {
    getattr(errno, name)
    for name in ("EPERM", "EACCES", "EXDEV", "ENOENT", "EINVAL", "EOPNOTSUPP", "ELOOP", "ENOSYS")
}
"""What linkat through /proc/self/fd fails with where it is not allowed, unlike a full disk."""
_STALE = re.compile(r"\.spbe-([0-9a-f]{12})-([1-9][0-9]{0,9})-[0-9a-f]{8}\.tmp\Z")


class Stream(Protocol):
    """What a stream needs to be written to: `write` may take only part of the bytes (a raw
    descriptor) or none for now (non-blocking, full)."""

    def write(self, data: memoryview, /) -> int | None: ...

    def flush(self) -> None: ...

    def fileno(self) -> int: ...


def write_stream(stream: Stream, data: bytes) -> None:
    """All of `data` to `stream`, then flushed; OSError when the device refuses the rest."""

    def wait() -> None:  # a non-blocking descriptor that is full: until it takes more
        select.select([], [stream.fileno()], [])

    _write_all(stream.write, data, wait)
    while True:  # a buffered stream on a non-blocking descriptor may not take it all at once
        try:
            stream.flush()
        except BlockingIOError:
            wait()
        else:
            return


def _write_all(
    write: Callable[[memoryview], int | None], data: bytes, wait: Callable[[], None]
) -> None:
    """The one loop every write goes through: a short write is continued with the rest, so
    that the bytes are all written or the error that stopped them is raised."""
    view = memoryview(data)
    while view:
        try:
            written = write(view)
        except BlockingIOError as error:
            wait()
            written = error.characters_written
            if not written:  # none taken yet: try again once the device takes more
                continue
        if written is None:
            wait()
            continue
        if written <= 0 and view:  # nothing taken and no error: never loop for ever
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _write_fd(fd: int, data: bytes) -> None:
    def wait() -> None:
        select.select([], [fd], [])

    _write_all(lambda view: os.write(fd, view), data, wait)


# ---------------------------------------------------------------- what may be written


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


# ---------------------------------------------------------------- one file, a folder of files


def write_atomic(
    path: Path, data: bytes, *, force: bool = False, inputs: Iterable[str] = ()
) -> None:
    """Write `data` to `path` atomically. UsageError (exit 2) if `path` may not be written,
    OutputError (74) if writing fails; an existing file is then untouched."""
    target = check_target(path, force=force, inputs=inputs)
    try:
        with _cleanup_on_sigterm():
            _publish_all([(target, path, data)], force=force)
    except OSError as error:  # a full disk, a read-only folder: one line, not a traceback
        reason = oserror.reason(error)
        raise OutputError(t("output.cannot_write", path=path, reason=reason)) from None


def write_files(
    folder: Path,
    files: Sequence[tuple[str, bytes]],
    *,
    force: bool = False,
    inputs: Iterable[str] = (),
) -> list[Path]:
    """Write each `(name, bytes)` into `folder`, made with its missing parents if needed: all
    of them or none (OutputError, exit 74, and nothing left behind). The paths written."""
    paths = [folder / name for name, _ in files]
    if folder.exists() and not folder.is_dir():
        raise UsageError(t("output.not_folder", path=folder))
    try:
        with _cleanup_on_sigterm():
            if folder.is_dir():
                sources = list(inputs)
                checked = [check_target(p, force=force, inputs=sources) for p in paths]
                items = [(c, p, d) for c, p, (_, d) in zip(checked, paths, files, strict=True)]
                _publish_all(items, force=force)
            else:
                _new_folder(folder, files)
    except OSError as error:
        reason = oserror.reason(error)
        raise OutputError(t("output.none_written", folder=folder, reason=reason)) from None
    return paths


def _new_folder(folder: Path, files: Sequence[tuple[str, bytes]]) -> None:
    """`folder` and its missing parents, with its files, appear at once: built in a
    temporary folder beside the highest missing one, which is then renamed into place."""
    top = folder
    while not top.parent.exists() and top.parent != top:
        top = top.parent
    base = top.parent
    _sweep(base)
    temp = base / _temp_name(top.name)
    try:
        os.mkdir(temp)
    except OSError as error:
        reason = oserror.reason(error)
        raise OutputError(t("output.cannot_make_folder", folder=folder, reason=reason)) from None
    try:
        inner = temp / folder.relative_to(top)
        inner.mkdir(parents=True, exist_ok=True)
        for name, data in files:
            fd = os.open(inner / name, _CREATE, 0o666)  # the umask applies, as to any new file
            try:
                _write_fd(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        os.rename(temp, top)
    finally:
        shutil.rmtree(temp, ignore_errors=True)  # gone already once renamed


def _publish_all(items: Sequence[tuple[Path, Path, bytes]], *, force: bool) -> None:
    """Each `(target, shown, bytes)` written whole to a temporary file; then each target
    takes its name, new names first (a replacement needs no new space); a failure gives back
    the names already taken that were new."""
    for folder in {target.parent for target, _, _ in items}:
        _sweep(folder)
    pending: list[_Pending] = []
    try:
        for target, shown, data in items:
            pending.append(_Pending(target, shown, force=force))
            pending[-1].write(data)
        done: list[_Pending] = []
        try:
            for item in sorted(pending, key=lambda p: p.existed):
                item.publish()
                done.append(item)
        except BaseException:
            for item in done:
                item.take_back()
            raise
    finally:
        for item in pending:
            item.close()


class _Pending:
    """One file being written: an open temporary file in the target's folder, unnamed
    (O_TMPFILE) where the system allows it."""

    def __init__(self, target: Path, shown: Path, *, force: bool) -> None:
        self.target, self.shown, self.force = target, shown, force
        self.existed = os.path.lexists(target)
        self.made = False  # whether the target's name is one this run made
        self.fd, self.name = _open_temporary(target)
        self.data = b""

    def write(self, data: bytes) -> None:
        self.data = data
        _write_fd(self.fd, data)
        mode = _mode(self.target)
        if hasattr(os, "fchmod"):
            os.fchmod(self.fd, mode)
        elif self.name is not None:
            os.chmod(self.name, mode)
        os.fsync(self.fd)

    def publish(self) -> None:
        if self.name is None:  # unnamed: linked by its descriptor
            try:
                if not self.force:
                    self._new(lambda: _link_descriptor(self.fd, self.target))
                    return
                name = self.target.parent / _temp_name(self.target.name)
                _link_descriptor(self.fd, name)  # a name for a moment, to rename over the target
                self.name = name
            except OSError as error:  # no link from a descriptor (a sandbox's /proc): named
                if error.errno not in _NO_LINKAT:
                    raise
                os.close(self.fd)
                self.fd, self.name = _open_temporary(self.target, unnamed=False)
                self.write(self.data)
        assert self.name is not None
        if self.force:
            os.replace(self.name, self.target)
            self.made = not self.existed
            return
        self._new(self._link_name)

    def _link_name(self) -> None:
        assert self.name is not None
        try:
            os.link(self.name, self.target)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some network drives): check, then rename
            if os.path.lexists(self.target):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST)) from None
            os.replace(self.name, self.target)

    def _new(self, link: Callable[[], None]) -> None:
        try:
            link()
        except FileExistsError:
            raise UsageError(t("output.exists", path=self.shown)) from None
        self.made = True

    def take_back(self) -> None:
        if self.made:
            with contextlib.suppress(OSError):
                os.unlink(self.target)

    def close(self) -> None:
        os.close(self.fd)
        if self.name is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.name)


def _open_temporary(target: Path, *, unnamed: bool = True) -> tuple[int, Path | None]:
    """A descriptor open for writing on a new file in the target's folder, and its name (None:
    unnamed, removed by the system if the run ends before it is linked)."""
    flag = getattr(os, "O_TMPFILE", 0) if unnamed else 0
    if flag and _LINKAT and _FDS.is_dir():
        try:
            return os.open(target.parent, flag | os.O_WRONLY | os.O_CLOEXEC, 0o600), None
        except OSError as error:  # not on this file system (or an old kernel): a named one
            if error.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise
    name = target.parent / _temp_name(target.name)
    return os.open(name, _CREATE, 0o600), name


def _link_descriptor(fd: int, path: Path) -> None:
    """Give the unnamed file open on `fd` the name `path` (linkat through /proc/self/fd,
    following the descriptor's link): FileExistsError if `path` exists."""
    folder = os.open(_FDS, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(str(fd), path, src_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _mode(path: Path) -> int:
    """The replaced file's permissions, or those a new file gets (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


# ---------------------------------------------------------------- temporary names


def _temp_name(name: str) -> str:
    """`.NAME.spbe-OWNER-PID-RANDOM.tmp`: hidden, and telling a later run whose it is. The
    target's name is cut so that the whole stays within any file system's 255 bytes."""
    import secrets  # here, not at the top: most runs write only to stdout

    return f".{name[:40]}.spbe-{_owner() or 'x' * 12}-{os.getpid()}-{secrets.token_hex(4)}.tmp"


@lru_cache(maxsize=1)
def _owner() -> str | None:
    """What makes a process id name one process: this boot of this machine and this pid
    namespace (Linux); None where that cannot be known, and then nothing is judged stale."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        space = os.readlink("/proc/self/ns/pid")
    except (OSError, UnicodeDecodeError):
        return None
    import hashlib  # here, not at the top: most runs write only to stdout

    return hashlib.sha256(f"{boot} {space}".encode()).hexdigest()[:12]


def _sweep(folder: Path) -> None:
    """Remove what runs killed mid-write (SIGKILL, a power cut) left in `folder`: temporary
    files and folders named by this machine's boot and pid namespace whose process is gone."""
    owner = _owner()
    if owner is None:
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        found = _STALE.search(entry.name)
        if not entry.name.startswith(".") or found is None or found[1] != owner:
            continue
        if not _gone(int(found[2])):
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _gone(pid: int) -> bool:
    """Whether no process `pid` exists (in this pid namespace). A process of another user
    exists too (PermissionError); this run's own files are never stale."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):
        return False
    return False


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
