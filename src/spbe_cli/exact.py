"""Exact numbers: parsing decimal text into fractions, rounding half-up for display.

The scoring path never touches a binary float: levels and weights are Fractions built
from their decimal text, and only the display layer rounds.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

_SMALL = {n: Fraction(n, 1) for n in range(-1, 11)}  # levels, read thousands of times per run


def to_fraction(value: int | Decimal | Fraction) -> Fraction:
    """An exact Fraction from an int, a Decimal (read from text) or a Fraction."""
    if type(value) is int:
        small = _SMALL.get(value)
        return small if small is not None else Fraction(value, 1)
    if type(value) is Decimal:
        return Fraction(*value.as_integer_ratio())  # exact, as Fraction(value), and quicker
    return Fraction(value)


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Round to `places` decimals, halves away from zero (1.025 -> 1.03, -1.025 -> -1.03)."""
    scale = 10**places
    scaled = abs(value) * scale
    units = (scaled.numerator * 2 + scaled.denominator) // (scaled.denominator * 2)
    if value < 0:
        units = -units
    return Decimal(units).scaleb(-places)


def rounded(value: Fraction, places: int = 2) -> Fraction:
    """`round_half_up(value, places)` as an exact Fraction, computed in integers (band checks
    of shown values run thousands of times in a batch)."""
    numerator, denominator = value.numerator, value.denominator
    scale = 10**places
    units = (abs(numerator) * scale * 2 + denominator) // (denominator * 2)
    return Fraction(-units if numerator < 0 else units, scale)


def display(value: Fraction, places: int = 2) -> str:
    """The value as users see it: rounded half-up, with exactly `places` decimals (the text of
    `round_half_up(value, places)`, written from integers: tables show thousands of values)."""
    numerator, denominator = value.numerator, value.denominator
    scale = 10**places
    units = (abs(numerator) * scale * 2 + denominator) // (denominator * 2)
    sign = "-" if numerator < 0 and units else ""
    if places <= 0:
        return f"{round_half_up(value, places):.{places}f}"
    whole, fraction = divmod(units, scale)
    return f"{sign}{whole}.{fraction:0{places}d}"


def decimal_places(value: Fraction) -> int | None:
    """How many decimals the value has exactly, or None when it is not a finite decimal."""
    return _places(value.denominator)


@lru_cache(maxsize=1024)
def _places(denominator: int) -> int | None:
    """decimal_places of any value with this (lowest-terms) denominator: a batch meets a few
    denominators thousands of times."""
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    return max(twos, fives) if denominator == 1 else None


def exact_text(value: Fraction) -> str:
    """The exact value as text: a finite decimal when there is one ("2.7435", "-0.0130" is
    "-0.013"), otherwise "p/q". Every digit is kept, however many there are."""
    numerator, denominator = value.numerator, value.denominator
    if denominator == 1:
        return str(numerator)
    places = _places(denominator)
    if places is None:
        return f"{numerator}/{denominator}"
    digits = str(abs(numerator) * 10**places // denominator)
    sign = "-" if numerator < 0 else ""
    if places == 0:
        return sign + digits
    digits = digits.rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"
