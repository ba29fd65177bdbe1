"""Display rounding and exact text: half-up, never through a binary float."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spbe_cli.exact import display, exact_text, round_half_up, rounded


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("1.025", "1.03"),  # Kab. Asmat 2024: float and round() would give 1.02
        ("1.0249", "1.02"),
        ("3.4985", "3.50"),
        ("3.4949", "3.49"),
        ("2.675", "2.68"),  # 2.675 is 2.67499... as a float
        ("0.005", "0.01"),
        ("5", "5.00"),
        ("-1.025", "-1.03"),  # deltas round away from zero at the half
        ("-0.004", "0.00"),  # no negative zero
    ],
)
def test_display_rounds_half_up(value: str, shown: str) -> None:
    assert display(Fraction(value)) == shown


def test_repeating_values_round_on_their_exact_value() -> None:
    assert display(Fraction(20, 6)) == "3.33"
    assert display(Fraction(1183, 360)) == "3.29"  # 3.28611...
    assert display(Fraction(2, 3)) == "0.67"


@given(st.fractions(min_value=-10, max_value=10, max_denominator=10_000))
def test_round_half_up_matches_decimal_rounding(value: Fraction) -> None:
    """Against an independent computation: Decimal division at high precision, then
    ROUND_HALF_UP (exact for these denominators, whose expansions we compare exactly)."""
    expected_units = abs(value) * 100
    floor = expected_units.numerator // expected_units.denominator
    units = floor + (1 if expected_units - floor >= Fraction(1, 2) else 0)
    expected = Decimal(units if value >= 0 else -units).scaleb(-2)
    assert round_half_up(value, 2) == expected


@given(
    st.fractions(min_value=-10, max_value=10, max_denominator=10_000),
    st.integers(min_value=0, max_value=12),
)
def test_rounded_is_the_half_up_decimal_as_a_fraction(value: Fraction, places: int) -> None:
    """exact.rounded (integers) against round_half_up (Decimal), which is held above to an
    independent computation."""
    assert rounded(value, places) == Fraction(round_half_up(value, places))


@pytest.mark.parametrize(
    ("value", "text"),
    [("3.4985", "3.4985"), ("1.025", "1.025"), ("3", "3"), ("0.5", "0.5")],
)
def test_exact_text_finite(value: str, text: str) -> None:
    assert exact_text(Fraction(value)) == text


def test_exact_text_repeating_is_a_fraction() -> None:
    assert exact_text(Fraction(551, 300)) == "551/300"


@given(st.fractions(min_value=-5, max_value=5, max_denominator=5_000))
def test_exact_text_round_trips(value: Fraction) -> None:
    text = exact_text(value)
    assert Fraction(text) == value  # "3.4985" or "p/q" reads back exactly
    finite = 10**20 % value.denominator == 0  # only 2s and 5s in it (each at most 2**12)
    assert ("/" in text) is not finite
    assert not (finite and "." in text and text.endswith("0"))  # every digit, and no more
