"""The common answer file read from its lines, without composing YAML nodes:

```yaml
tahun: 2024
instansi: Pemerintah Kabupaten Contoh
kerangka: spbe-2020      # optional (but no comment may be written: see below)
indikator:
  1: 3
  2: 3.75
  "35.1": "7/6"
```

Only an ASCII text in this narrow shape is read here: `tahun`, `instansi` and `kerangka` once
each with a one-line value, then `indikator:` and one `key: value` line per indicator (a key
of digits and dots, at most 64 of them), all with the same indent, to the end of the file,
LF line ends only. A value is plain ASCII (letters, digits, spaces and
`. , ( ) / ' _ -`, no `: ` or ` #`, no space at either end) or double-quoted without
backslashes; plain values are typed by the same function as the full reader's
(`yamlsafe._plain_value`). Anything else (a comment, a blank line, a tab, a flow mapping, an
anchor, a duplicate key, a number the full reader would refuse) returns None, and the full
reader reads the file and words its problems. A test holds the two equal on generated texts.

Positions are never needed for such a file unless a later check finds a problem; then the
Document composes its node tree from the text (yamlsafe.Document.node).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Typed = Callable[[str], tuple[Any, bool]]
"""The full reader's typing of a plain scalar: (value, True), or (None, False) when it
refuses the text."""

_TOP = re.compile(r"(tahun|instansi|kerangka): (\S.*)")
_ENTRY = re.compile(r"( +)(\"?)([0-9][0-9.]{0,63})\2: (.+)")
_PLAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 .,()/'_-]*[A-Za-z0-9.)])?")
_QUOTED = re.compile(r"\"([^\"\\]*)\"")


def plain_data(text: str, typed: Typed) -> dict[str, Any] | None:
    """The file's value when the text has the narrow shape above, else None."""
    if not text.isascii() or "\r" in text:  # no other line ends, no look-alike characters
        return None
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    try:
        start = lines.index("indikator:")
    except ValueError:
        return None
    seen, lines_seen = _SEEN.setdefault(typed, ({}, {}))
    data: dict[str, Any] = {}
    for line in lines[:start]:
        top = _TOP.fullmatch(line)
        if top is None or top.group(1) in data:
            return None
        value = _scalar(top.group(2), typed, seen)
        if value is _REFUSED:
            return None
        data[top.group(1)] = value
    entries: dict[str, Any] = {}
    indent = None
    for line in lines[start + 1 :]:
        entry = lines_seen.get(line)
        if entry is None:
            entry = _entry(line, typed, seen)
            if len(line) <= _MEMO_CHARS:  # an indicator line; a long one is read every time
                if len(lines_seen) > 50_000:
                    lines_seen.clear()
                lines_seen[line] = entry
        if entry is _NOT_AN_ENTRY:
            return None
        space, key, value = entry
        if indent is None:
            indent = space
        elif space != indent or key in entries:
            return None
        entries[key] = value
    if not entries:
        return None
    data["indikator"] = entries
    return data


_REFUSED = object()
_MEMO_CHARS = 80
"""The longest value or line kept in the memo below (so it holds at most 100,000 short
texts, whatever the files hold)."""
_NOT_AN_ENTRY = ("", "", _REFUSED)
_SEEN: dict[Typed, tuple[dict[str, Any], dict[str, tuple[str, str, Any]]]] = {}
"""Each value text and each indicator line met, read, per typing function (a batch meets the
same few hundred values thousands of times; the values are immutable: ints, Decimals, text,
booleans, None)."""


def _entry(line: str, typed: Typed, seen: dict[str, Any]) -> tuple[str, str, Any]:
    """An indicator line's indent, key and value, or _NOT_AN_ENTRY."""
    entry = _ENTRY.fullmatch(line)
    if entry is None:
        return _NOT_AN_ENTRY
    space, _, key, written = entry.groups()
    value = _scalar(written, typed, seen)
    return _NOT_AN_ENTRY if value is _REFUSED else (space, key, value)


def _scalar(written: str, typed: Typed, seen: dict[str, Any]) -> Any:
    """A one-line value: plain (typed as the full reader types it) or double-quoted text."""
    found = seen.get(written, seen)
    if found is not seen:
        return found
    if _PLAIN.fullmatch(written):
        value, ok = typed(written)
        found = value if ok else _REFUSED
    else:
        quoted = _QUOTED.fullmatch(written)
        found = _REFUSED if quoted is None else quoted.group(1)
    if len(written) <= _MEMO_CHARS:  # a level, a year; not a name, unique to its file
        if len(seen) > 50_000:
            seen.clear()
        seen[written] = found
    return found
