"""renderers/plain.py: wrapping loses nothing and keeps to the width, tables align, colour and
ASCII only when asked."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from spbe_cli.renderers.plain import Column, Look, Span, boxed, paint, table, wrap

ANSI = re.compile(r"\x1b\[[0-9;]*m")
WORD = st.text(alphabet="abcXYZ/-.é漢", min_size=1, max_size=30)


@given(st.lists(WORD, max_size=20), st.integers(min_value=1, max_value=60))
def test_wrap_keeps_every_character_and_the_width(words: list[str], width: int) -> None:
    lines = wrap(" ".join(words), width)
    assert "".join("".join(lines).split()) == "".join(words)
    assert all(cell_len(line) <= max(width, 2) for line in lines)  # a wide char needs 2
    if all(cell_len(w) <= width for w in words):  # no word cut: words stay whole
        assert " ".join(lines).split() == words


def _greedy(text: str, width: int) -> list[str]:
    """Wrapping as the reader expects it, restated with rich's cell count: words (runs of
    spaces dropped) filled greedily onto lines of `width` cells; a word wider than a line is
    cut into pieces of at most `width` cells (at least one character each), and its last
    piece starts the next line."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if not word:
            continue
        joined = f"{line} {word}" if line else word
        if cell_len(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        pieces = [""]
        for char in word:
            if pieces[-1] and cell_len(pieces[-1] + char) > width:
                pieces.append("")
            pieces[-1] += char
        lines += pieces[:-1]
        line = pieces[-1]
    return [*lines, line]


@given(
    st.text(alphabet="ab é漢\t", max_size=40) | st.lists(WORD, max_size=8).map(" ".join),
    st.integers(min_value=1, max_value=60),
)
def test_wrap_is_the_greedy_fill(text: str, width: int) -> None:
    """A text that already fits comes back as it is only when the word-by-word fill would give
    it too (single spaces between words): never with doubled or edge spaces kept."""
    assert wrap(text, width) == _greedy(text, width)


def test_wrap_breaks_between_words() -> None:
    assert wrap("Tingkat Kematangan Kebijakan Internal", 20) == [
        "Tingkat Kematangan",
        "Kebijakan Internal",
    ]
    assert wrap("Pusat/Pemerintah", 6) == ["Pusat/", "Pemeri", "ntah"]
    assert wrap("", 10) == [""]


def test_table_aligns_numbers_right_and_names_left() -> None:
    columns = [Column("ID"), Column("Nama", wraps=True), Column("Indeks", right=True)]
    rows = [
        (Span("D1"), Span("Kebijakan Internal SPBE"), Span("2.70")),
        (Span("  A1"), Span("Tata Kelola"), Span("12.50")),
    ]
    lines = table(columns, rows, Look(80))
    assert lines == [
        "ID     Nama                      Indeks",
        "─" * 39,
        "D1     Kebijakan Internal SPBE     2.70",
        "  A1   Tata Kelola                12.50",
    ]


def test_a_narrow_look_wraps_the_name_column_only() -> None:
    columns = [Column("ID"), Column("Nama", wraps=True), Column("Indeks", right=True)]
    rows = [(Span("1"), Span("Tingkat Kematangan Kebijakan Internal Arsitektur"), Span("3"))]
    lines = table(columns, rows, Look(30))
    assert max(cell_len(line) for line in lines) <= 30
    assert " ".join(line[5:21].strip() for line in lines[2:]).split() == (
        ["Tingkat", "Kematangan", "Kebijakan", "Internal", "Arsitektur"]
    )
    assert lines[2].endswith("3") and all(not line.endswith("3") for line in lines[3:])


def test_colour_only_when_on() -> None:
    assert paint("Baik", "bold green", Look(80)) == "Baik"
    assert paint("Baik", "bold green", Look(80, color=True)) == "\x1b[1;32mBaik\x1b[0m"
    lines = table([Column("A")], [(Span("x", "red"),)], Look(80, color=True))
    assert ANSI.sub("", "\n".join(lines)) == "A\n─\nx"


def test_box_in_unicode_or_ascii_and_wrapped_inside() -> None:
    spans = [Span("Indeks SPBE  ", "bold"), Span("2.74")]
    assert boxed(spans, "green", Look(80)) == [
        "╭───────────────────╮",
        "│ Indeks SPBE  2.74 │",
        "╰───────────────────╯",
    ]
    assert boxed(spans, "green", Look(80, ascii=True))[0] == "+-------------------+"
    narrow = boxed(spans, "", Look(12))
    assert all(cell_len(line) <= 12 for line in narrow)
    assert "".join(line[2:-2] for line in narrow[1:-1]).split() == ["Indeks", "SPBE", "2.74"]
