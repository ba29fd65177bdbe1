"""An indicator's value: how it may be written, and whether a kerangka allows it.

Whole-number scales (spbe-2018 0-5, spbe-2020 1-5) take integers. pemdi-2026 takes a value
from 1 to 5 with up to 4 decimals (`3.75`, `1.1667`), or, as assessors keep their means, an
exact fraction in quotes (`"7/6"`). Values are read exactly, never through a binary float:
from the YAML text (yamlsafe gives a Decimal) or from a command line (`--set 13=7/6`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from spbe_cli.exact import exact_text
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t

_FRACTION = re.compile(r"\s*([0-9]{1,6})\s*/\s*([1-9][0-9]{0,5})\s*")
_PLAIN = re.compile(r"[+-]?(?:0|[1-9][0-9]{0,19})(?:[.,][0-9]{1,20})?")
"""A number as typed on a command line: ASCII digits only ("3.5", "3,5", "4"), no exponent,
no leading zero, at most 20 digits on each side of the point."""


def fraction_text(text: str) -> Fraction | None:
    """ "7/6" -> Fraction(7, 6); None for anything else."""
    found = _FRACTION.fullmatch(text)
    return None if found is None else Fraction(int(found[1]), int(found[2]))


def decimal_text(text: str) -> Decimal | None:
    """A number as people type it on a command line or in a workbook cell, with a decimal
    point or a decimal comma ("3.5", "3,5", "4"), exactly as written; None for anything else
    (other digits such as "٣", exponents, huge digit strings). The one reading of such
    numbers: every option and cell that takes one calls this."""
    cleaned = text.strip()
    if not cleaned.isascii() or not _PLAIN.fullmatch(cleaned):
        return None
    return Decimal(cleaned.replace(",", "."))


def plain_number(text: str) -> Fraction | None:
    """`decimal_text` as an exact Fraction ("3,5" -> 7/2)."""
    found = decimal_text(text)
    return None if found is None else Fraction(found)


def command_line_value(text: str) -> Fraction | None:
    """A value given on a command line: a plain number, or a fraction such as 7/6."""
    return plain_number(text) if "/" not in text else fraction_text(text)


def shown(value: int | Decimal | Fraction) -> str:
    """A value as the person wrote it: "3", "3.75", "7/6"."""
    if isinstance(value, Fraction):
        return exact_text(value)
    return str(value)


def allowed(framework: Framework) -> str:
    """The values a kerangka allows, in words, naming the kerangka."""
    scale = framework.scale
    if scale.whole:
        text = t("level.allowed_whole", low=scale.low, high=scale.high)
    elif scale.fractions:
        text = t("level.allowed_fraction", low=scale.low, high=scale.high, places=scale.decimals)
    else:
        text = t("level.allowed_decimal", low=scale.low, high=scale.high, places=scale.decimals)
    return f"{text} ({framework.id})"


def problem(framework: Framework, value: int | Decimal | Fraction) -> str | None:
    """What is wrong with a value for this kerangka (without the allowed values), or None."""
    scale = framework.scale
    if type(value) is int and scale.low <= value <= scale.high:
        return None  # the common case, decided without building a Fraction
    if isinstance(value, Fraction) and value.denominator != 1 and not scale.fractions:
        if scale.whole:
            return t("level.not_integer", value=shown(value))
        return t("level.fraction_not_allowed", value=shown(value))
    if isinstance(value, Decimal | int):
        numerator, denominator = value.as_integer_ratio()
        if numerator * 10**scale.decimals % denominator:  # more decimals than the scale has
            if scale.whole:
                return t("level.not_integer", value=shown(value))
            return t("level.too_many_decimals", value=shown(value), places=scale.decimals)
    if not scale.low <= value <= scale.high:
        return t("level.out_of_range", value=shown(value))
    return None
