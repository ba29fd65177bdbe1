"""Answer data written as YAML text (team/yamltext.py) reads back through yamlsafe as the very
same values: any text, numbers with their written digits, days, nested mappings and lists."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from spbe_cli import yamlsafe
from spbe_cli.team import yamltext

FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff\r]")
"""What no YAML file may hold (yamlsafe refuses it), and CR (a line end, read as LF)."""

texts = st.text(max_size=30).filter(lambda s: not FORBIDDEN.search(s))
keys = st.one_of(
    st.sampled_from(["level", "pj", "teks", "14", "35.1", "yes", "no", "null", "on", "a b"]),
    texts.filter(lambda s: s.strip() == s and s != ""),
)
numbers = st.one_of(
    st.integers(-(10**6), 10**6),
    st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-1000, max_value=1000),
)
days = st.dates().map(lambda d: d.isoformat()).filter(lambda d: d[0] != "0")
scalars = st.one_of(st.none(), texts, numbers, days)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(keys, inner, min_size=1, max_size=4)
    ),
    max_leaves=12,
)


def written_back(value: Any) -> Any:
    return yamlsafe.parse("\n".join(yamltext.block({"x": value}, 0)) + "\n", "t.yaml").data["x"]


@settings(max_examples=600, deadline=None)
@given(values)
def test_any_answer_data_reads_back_as_written(value: Any) -> None:
    back = written_back(value)
    assert back == value
    assert _types(back) == _types(value)  # 3 stays an int, 3.50 a Decimal, "3" a text


def _types(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_types(v) for v in value]
    return type(value).__name__


@given(texts)
def test_text_that_looks_like_a_number_a_day_or_a_word_stays_text(text: str) -> None:
    assert written_back(text) == text


def test_special_texts_survive() -> None:
    special = ["3", "3.50", "yes", "No", "~", "null", "7/6", "a: b", "#x", "- a", "\u2028"]
    special += ["\x85", "\ufeffx", " lead", "trail ", "'q'", '"q"', "", "2026-06-30x"]
    for text in special:
        assert written_back(text) == text, text


def test_decimals_keep_their_digits_and_fractions_stay_exact() -> None:
    assert yamltext.scalar(Decimal("3.50")) == "3.50"
    assert written_back(Decimal("3.50")) == Decimal("3.50")
    assert str(written_back(Decimal("3.50"))) == "3.50"
    assert yamltext.number(Fraction(7, 6)) == "7/6"
    assert yamltext.number(Fraction(15, 4)) == Decimal("3.75")
    assert yamltext.number(Fraction(3)) == 3
    assert yamltext.scalar(Fraction(7, 6)) == '"7/6"'  # quoted: an answer file's fraction


def test_short_mappings_go_on_one_line() -> None:
    lines = yamltext.entry("14", {"level": {"mandiri": 3, "dokumen": 2}, "pj": "Bappeda"})
    assert lines == ['  "14":', "    level: {mandiri: 3, dokumen: 2}", "    pj: Bappeda"]
