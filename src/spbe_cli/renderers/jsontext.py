"""JSON indented by two spaces, written as `json.dumps(value, ensure_ascii=False, indent=2)`
writes it, byte for byte, several times faster: with `indent` the standard library leaves its
C encoder for a Python one, which a national `spbe trend` (thousands of years) feels. Strings
are encoded by the C function json.dumps uses; a value of another type than JSON's own (a
mapping key that is not a string, a float that is not finite) is left to json.dumps.
`json_document` is the one writer of every `--format json` output."""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import Any

from spbe_cli.errors import SpbeError
from spbe_cli.renderers.text import json_safe


class _Other(SpbeError):
    """A value this module leaves to json.dumps (never leaves this module)."""


def indented(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`."""
    try:
        return _value(value, "\n")
    except _Other:
        return json.dumps(value, ensure_ascii=False, indent=2)


def _value(value: Any, newline: str) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = newline + "  "
        parts = []
        for key, item in value.items():
            if type(key) is not str:
                raise _Other
            parts.append(f"{inner}{encode_basestring(key)}: {_value(item, inner)}")
        return "{" + ",".join(parts) + newline + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = newline + "  "
        return "[" + ",".join(inner + _value(item, inner) for item in value) + newline + "]"
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    raise _Other


def json_document(value: object, ascii_only: bool = False) -> str:
    """`value` as an indented JSON document ending in a newline, through `json_safe`: the one
    way every `--format json` output is written, so text from a file never reaches a terminal
    raw through JSON."""
    return json_safe(indented(value), ascii_only) + "\n"
