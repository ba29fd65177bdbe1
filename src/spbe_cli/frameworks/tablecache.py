"""Weight tables already checked, kept between runs: a run that finds a table's exact text here
skips its YAML parse, its schema and its checks, and never loads pydantic-core.

- Where: `$SPBE_CACHE_DIR`, else `$XDG_CACHE_HOME/spbe`, else `~/.cache/spbe` (on Windows
  `%LOCALAPPDATA%\\spbe`); the file `tabel-<FORMAT>.json`. `SPBE_CACHE=0` turns it off.
- What: for each table text last loaded, the table as its schema returned it, and a CRC-32
  of the two, so that an entry changed since spbe wrote it (a flipped bit, a hand edit) is
  set aside. Only a table that passed the schema and every check is kept; a table with a
  problem is read the long way every time, so its problems are always found and worded in the
  run's language.
- When it is used: the text is the same character for character, and so is the code that
  checks it (spbe's version, and the size and time of each module that validates a table).
- Never in the way: a cache that cannot be read (missing, another user's, a link, too big,
  malformed) is ignored, and one that cannot be written is not written. Written atomically
  (a temporary file renamed over it), so two runs at once leave one whole file.

Trusted the way Python trusts its own `__pycache__`: it is the user's own file, written by
spbe; an entry that does not read, does not match its checksum or does not build is set
aside, and only an edit that also forges the checksum would be believed (deleting the folder
is always safe). The file is JSON, not pickle: reading it runs no code. Values JSON has no
type for are tagged: a Fraction {"F": [p, q]}, a tuple {"T": [...]}, a mapping
{"D": [[key, value], ...]} (its keys may be numbers).

Written by `_write` here, not atomic.write_atomic: the cache is replaced on purpose (no
--force), a link in its place is replaced, never followed, and a failure is silent.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import zlib
from fractions import Fraction
from pathlib import Path
from typing import Any

import spbe_cli
from spbe_cli.errors import SpbeError

FORMAT = 2
ENV_DIR = "SPBE_CACHE_DIR"
ENV_SWITCH = "SPBE_CACHE"
MAX_BYTES = 8 * 1024 * 1024
_HERE = Path(__file__).parent
_CHECKERS = (
    *(
        _HERE / f"{name}.py"
        for name in ("build", "checks", "bandrows", "model", "table_schema", "tablecache")
    ),
    *(
        _HERE.parent / f"{name}.py"
        for name in ("schemas", "vocabulary", "exact", "yamlsafe", "plainyaml")
    ),
)
"""The files whose code reads a table and decides whether it is valid (stat-ed, not imported:
the schema would load pydantic-core)."""


class Uncacheable(SpbeError):
    """A value the file format has no tag for (the table is then simply not kept); never
    leaves this module."""


def folder() -> Path | None:
    """The cache's folder, or None when it is turned off or there is no home to put it in."""
    if os.environ.get(ENV_SWITCH, "").strip().lower() in {"0", "no", "off", "false", "tidak"}:
        return None
    chosen = os.environ.get(ENV_DIR)
    if chosen:
        return Path(chosen)
    base = os.environ.get("LOCALAPPDATA" if sys.platform == "win32" else "XDG_CACHE_HOME")
    if base:
        return Path(base) / "spbe"
    try:
        return Path.home() / ".cache" / "spbe"
    except (RuntimeError, KeyError):  # no home directory known
        return None


def code_stamp() -> str:
    """What identifies the checking code: spbe's version, Python's, and each checking module's
    size and time (OSError when one is not a file, as in a zip: then nothing is cached)."""
    parts = [spbe_cli.__version__, f"{sys.version_info[0]}.{sys.version_info[1]}", str(FORMAT)]
    for where in _CHECKERS:
        found = os.stat(where)
        parts.append(f"{found.st_size}:{found.st_mtime_ns}")
    return " ".join(parts)


def encode(value: Any) -> Any:
    """The value as JSON data, with tags for what JSON has no type for."""
    if value is None or isinstance(value, bool | str):
        return value
    if type(value) is int:
        return value
    if type(value) is Fraction:
        return {"F": [value.numerator, value.denominator]}
    if type(value) is list:
        return [encode(v) for v in value]
    if type(value) is tuple:
        return {"T": [encode(v) for v in value]}
    if type(value) is dict:
        return {"D": [[encode(k), encode(v)] for k, v in value.items()]}
    raise Uncacheable(type(value).__name__)


def loads(text: str) -> Any:
    """encode's inverse, from the JSON text (ValueError for anything encode does not write):
    each object is read back as the parser meets it, innermost first."""
    return json.loads(text, object_hook=_tagged, parse_float=_refused, parse_constant=_refused)


def _tagged(data: dict[str, Any]) -> Any:
    """A tagged object, its insides already read back."""
    if len(data) == 1:
        ((tag, inner),) = data.items()
        if tag == "F" and isinstance(inner, list) and len(inner) == 2:
            numerator, denominator = inner
            if type(numerator) is int and type(denominator) is int and denominator > 0:
                return Fraction(numerator, denominator)
        elif tag == "T" and isinstance(inner, list):
            return tuple(inner)
        elif tag == "D" and isinstance(inner, list):
            return {_key(k): v for k, v in map(_pair, inner)}
    raise ValueError("not a value this cache writes")


def _refused(text: str) -> Any:
    raise ValueError(f"not a value this cache writes: {text}")


def _pair(item: Any) -> tuple[Any, Any]:
    if not isinstance(item, list) or len(item) != 2:
        raise ValueError("not a key and a value")
    return item[0], item[1]


def _key(key: Any) -> Any:
    if isinstance(key, list | dict):
        raise ValueError("a key that cannot be one")
    return key


class TableCache:
    """The tables known to be valid, by their exact text; `save()` writes what changed."""

    def __init__(self, where: Path | None) -> None:
        self.path = None if where is None else where / f"tabel-{FORMAT}.json"
        self._stamp: str | None = None
        self._tables: dict[str, Any] = {}
        self._used: dict[str, Any] = {}
        self._changed = False
        if self.path is not None:
            try:
                self._stamp = code_stamp()
                self._tables = self._read(self.path, self._stamp)
            except (OSError, ValueError, TypeError, KeyError, RecursionError, Uncacheable):
                self._tables = {}

    @staticmethod
    def _read(path: Path, stamp: str) -> dict[str, Any]:
        # Not through a link, and never waiting on a FIFO; then judged by what was opened.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        with open(os.open(path, flags), "rb") as handle:
            found = os.fstat(handle.fileno())
            if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_BYTES:
                return {}
            if hasattr(os, "getuid") and found.st_uid != os.getuid():
                return {}  # another user's file: not trusted
            raw = handle.read(found.st_size + 1)  # not 8 MB set aside for a small file
        if len(raw) != found.st_size:  # changed while read
            return {}
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("kode") != stamp:
            return {}
        entries = data["tabel"]
        if not isinstance(entries, list):
            return {}
        return {
            entry[0]: (entry[1], entry[2])
            for entry in entries
            if isinstance(entry, list) and len(entry) == 3 and type(entry[0]) is str
        }

    def get(self, text: str) -> dict[str, Any] | None:
        """The checked table of this exact text, or None (also when its checksum says the
        entry changed since spbe wrote it: a flipped bit, a hand edit)."""
        stored = self._tables.get(text)
        if stored is None:
            return None
        body, checksum = stored
        if type(body) is not str or checksum != _checksum(text, body):
            return None
        try:
            table = loads(body)
        except (ValueError, TypeError, RecursionError):
            return None
        if not isinstance(table, dict):
            return None
        self._used[text] = stored
        return table

    def put(self, text: str, table: dict[str, Any]) -> None:
        """Keep a table that passed the schema and every check."""
        if self.path is None:
            return
        try:
            body = json.dumps(encode(table), ensure_ascii=False, separators=(",", ":"))
        except Uncacheable:
            return
        self._used[text] = (body, _checksum(text, body))
        self._changed = True

    def save(self) -> None:
        """Write the tables used in this run, when one was new (errors are ignored)."""
        if self.path is None or not self._changed or self._stamp is None:
            return
        try:
            body = json.dumps(
                {"kode": self._stamp, "tabel": [[t, *v] for t, v in self._used.items()]},
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8")
        except (ValueError, TypeError):  # a text no file could hold (an entry forged by hand)
            return
        _write(self.path, body)
        self._changed = False


def _checksum(text: str, body: str) -> int:
    """CRC-32 of a table's text and its entry: written with the entry, checked on reading."""
    return zlib.crc32(f"{text}\0{body}".encode("utf-8", "surrogatepass"))


def _write(path: Path, body: bytes) -> None:
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open(temp, "xb") as handle:
            handle.write(body)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
