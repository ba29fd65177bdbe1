"""What the operating system said, in the run's language: the common errno texts translated,
the errno name kept beside them for searching ("ruang disk habis, ENOSPC")."""

from __future__ import annotations

import errno

from spbe_cli.i18n import t

KNOWN = (
    "ENOENT",
    "EACCES",
    "EPERM",
    "ENOSPC",
    "EDQUOT",
    "EROFS",
    "EISDIR",
    "ENOTDIR",
    "EEXIST",
    "EFBIG",
    "ENAMETOOLONG",
    "EBADF",
)
"""The errno names with a text of their own in the catalog (key "os.<name>")."""


def reason(error: OSError) -> str:
    """Why an operation failed, for the parentheses of a message: "ruang disk habis, ENOSPC";
    the system's own text (with the name) for an errno not listed in KNOWN."""
    name = errno.errorcode.get(error.errno) if isinstance(error.errno, int) else None
    if name in KNOWN:
        return f"{t('os.' + name)}, {name}"
    said = error.strerror or str(error) or type(error).__name__
    return f"{said}, {name}" if name else said
