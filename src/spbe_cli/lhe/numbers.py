"""Printed numbers as exact Decimals: "2,98" (instansi) and "2.26" (national tables) alike."""

from __future__ import annotations

import re
from decimal import Decimal

_DECIMAL = re.compile(r"^(\d{1,3})[,.](\d{1,4})$")


def is_decimal(text: str) -> bool:
    return _DECIMAL.match(text) is not None


def to_decimal(text: str) -> Decimal:
    """The value of a printed decimal with a comma or a dot; call is_decimal first."""
    match = _DECIMAL.match(text)
    if match is None:
        raise ValueError(f"not a printed decimal: {text!r}")
    return Decimal(f"{match.group(1)}.{match.group(2)}")
