"""Answer-file data written back as YAML text that reads back as the same values.

The data is what yamlsafe reads (dict, list, str, int, Decimal, None): numbers keep their
written digits (a Decimal is written as its text, never through a float), a simple word or
name is written plain, any other text in double quotes with JSON's escapes (a valid YAML
double-quoted scalar) plus escapes for the characters YAML takes as line breaks (U+0085,
U+2028, U+2029) or strips (U+FEFF), and days (YYYY-MM-DD) are written plain. Keys that are
plain words stay plain; others (indicator ids) are quoted. tests/test_team_yamltext.py reads
random data back through yamlsafe.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from spbe_cli import yamlsafe
from spbe_cli.exact import exact_text

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WORDS = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"})
_PLAIN_TEXT = re.compile(r"[A-Za-z](?:[A-Za-z0-9 ._/()-]*[A-Za-z0-9._/)])?")
"""Text safe to write unquoted: it starts with a letter, holds no character YAML gives a
meaning (`:`, `#`, quotes, brackets) and no space at either end."""


def key_text(key: str) -> str:
    plain = _PLAIN_KEY.fullmatch(key) and key.lower() not in _WORDS
    return key if plain else text(key)


def text(value: str) -> str:
    """A double-quoted YAML scalar holding exactly `value`."""
    return yamlsafe.quoted(value)


def number(value: Fraction) -> int | Decimal | str:
    """An exact value as an answer file writes it: 3, 3.75, or "7/6" (in quotes)."""
    if value.denominator == 1:
        return value.numerator
    written = exact_text(value)
    return written if "/" in written else Decimal(written)


def scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Fraction):
        return scalar(number(value))
    if isinstance(value, str):
        plain = _PLAIN_TEXT.fullmatch(value) and value.lower() not in _WORDS
        return value if plain or _DAY.fullmatch(value) else text(value)
    raise TypeError(f"not answer-file data: {type(value).__name__}")


def flow(value: Any) -> str:
    """A value on one line: `{berkas: "a.pdf", level: 1}`, `["a", "b"]`, or a scalar."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key_text(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


FLOW_WIDTH = 72
"""A mapping of scalars shorter than this on one line is written on one line:
`level: {mandiri: 3, dokumen: 2}`, `- {berkas: bukti/sk.pdf, level: 1, status: diterima}`."""


def _short(value: Any) -> bool:
    return (
        isinstance(value, Mapping)
        and bool(value)
        and not any(isinstance(v, Mapping | list | tuple) for v in value.values())
        and len(flow(value)) <= FLOW_WIDTH
    )


def block(value: Mapping[str, Any], indent: int) -> list[str]:
    """A mapping as block lines at `indent` spaces; nested mappings and lists as blocks
    (short mappings of scalars on one line)."""
    pad = " " * indent
    lines: list[str] = []
    for key, item in value.items():
        head = f"{pad}{key_text(key)}:"
        if isinstance(item, Mapping) and item and not _short(item):
            lines += [head, *block(item, indent + 2)]
        elif isinstance(item, list | tuple) and item:
            lines += [head, *items(item, indent + 2)]
        else:
            lines.append(f"{head} {flow(item)}")
    return lines


def items(values: Sequence[Any], indent: int) -> list[str]:
    """A list as block lines: `- scalar`, or `- key: value` continued under it."""
    pad = " " * indent
    lines: list[str] = []
    for item in values:
        if isinstance(item, Mapping) and item and not _short(item):
            inner = block(item, indent + 2)
            lines.append(f"{pad}- {inner[0].lstrip()}")
            lines += inner[1:]
        else:
            lines.append(f"{pad}- {flow(item)}")
    return lines


def entry(key: str, value: Any, indent: int = 2) -> list[str]:
    """One `indikator` entry: `"14": 3`, or `"14":` and its mapping below."""
    return block({key: value}, indent)
