"""plainyaml.py reads the common answer file from its lines; whatever it accepts, the full
reader (libyaml's nodes) reads to the same value, with the same types, in the same order, and
without a problem. Checked on generated texts near the shape, tricky values included."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError
from spbe_cli.plainyaml import plain_data
from tests.conftest import SAMPLES

TRICKY = [
    "3",
    "0",
    "03",
    "3.75",
    "3.",
    ".5",
    "-1",
    "+2",
    "1e3",
    "0x1F",
    "0o7",
    "1_0",
    "1:30",
    "yes",
    "No",
    "on",
    "null",
    "Null",
    "~",
    "true",
    "3,5",
    "2024-01-01",
    "2024",
    "20 24",
    '"7/6"',
    '"34/7"',
    '"3"',
    '""',
    '"a\\"b"',
    "'3'",
    "{level: 3}",
    "[3]",
    "&a 3",
    "*a",
    "!!str 3",
    "3 # catatan",
    "3  ",
    " 3",
    "\t3",
    "Kota Contoh",
    "Kota Contoh ",
    "Kota: X",
    "Kota #1",
    "Kota (Timur), Bag. 2/3",
    "O'Brien",
    "- x",
    "? x",
    "%x",
    "@x",
    "`x",
    "|",
    ">",
    "Pemerintah Kabupaten Contoh 12",
    "x" * 40,
    "9" * 40,
    "spbe-2020",
    "pemdi-2026",
    '"Kota \\u00e9"',
    '"Kota é"',
    "Kota é",
    "\u2028",
    "Kota\u2028Timur",
    "4.7300",
]
KEYS = ["1", "12", "35.1", '"35.1"', '"12"', "01", "1.", '"1', "1.0", "a", "-1", "1 2"]
KEYS += ["1" * 64, "1" * 1025, '"' + "1" * 1023 + '"', "1." * 520 + "1"]  # libyaml: 1024 at most


GOOD = {
    "tahun": ["2024", "2026", "2019"],
    "instansi": ["Kota Contoh", '"Kota Contoh"', "Pemerintah Kabupaten Contoh 12", "O'Brien"],
    "kerangka": ["spbe-2020", "pemdi-2026"],
    "level": ["3", "1", "5", "0", "4.73", "3.5", '"7/6"', '"34/7"', "4.7300"],
}


@st.composite
def near_plain(draw: st.DrawFn) -> str:
    """A text of the plain shape, or a step or two beside it."""

    def value(kind: str) -> str:
        tricky = draw(st.integers(0, 9)) == 0
        return draw(st.sampled_from(TRICKY if tricky else GOOD[kind]))

    top = draw(st.permutations(["tahun", "instansi", "kerangka"]))
    lines = [f"{key}: {value(key)}" for key in top[: draw(st.integers(1, 3))]]
    if draw(st.integers(0, 5)) == 0:  # a duplicate or a stray key
        stray = draw(st.sampled_from(["tahun", "instansi", "target_indeks", "indikator"]))
        lines.append(f"{stray}: 3")
    lines.append(draw(st.sampled_from(["indikator:"] * 8 + ["indikator: ", "indikator:  # x"])))
    indent = draw(st.sampled_from([" ", "  ", "    "]))
    for _ in range(draw(st.integers(0, 6))):
        space = indent if draw(st.integers(0, 9)) else draw(st.sampled_from(["", " ", "   "]))
        key = draw(st.sampled_from(KEYS[:5] if draw(st.integers(0, 4)) else KEYS))
        lines.append(f"{space}{key}: {value('level')}")
    if draw(st.integers(0, 9)) == 0:
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(["", "# x", "---"])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "\n", "", "\n\n"]))


def typed(value: Any) -> Any:
    """A value as nested tuples with types and order: 3 is not Decimal("3") nor "3"."""
    if isinstance(value, dict):
        return ("dict", *((k, typed(v)) for k, v in value.items()))
    return (type(value).__name__, str(value))


def _full(text: str) -> yamlsafe.Document | None:
    try:
        return yamlsafe.parse(text, "a.yaml", shortcut=False)
    except InputError:
        return None


@settings(max_examples=1500)
@given(near_plain())
@example("tahun: 2024\ninstansi: Kota Contoh\nindikator:\n  1: 3\n  2: 4\n")
@example('tahun: 2026\ninstansi: "Kota Contoh"\nindikator:\n  1: "7/6"\n  2: 4.73\n')
def test_what_the_shortcut_reads_the_full_reader_reads_alike(text: str) -> None:
    fast = plain_data(text, yamlsafe._typed)
    if fast is None:
        return
    full = _full(text)
    assert full is not None and full.problems == ()
    assert typed(fast) == typed(full.data)


def test_the_common_files_take_the_shortcut() -> None:
    """The bench's files and the ordinary short form: the shortcut is not dead code."""
    spbe = "tahun: 2024\ninstansi: Pemerintah Kabupaten Contoh 1\nindikator:\n"
    spbe += "".join(f"  {n}: {n % 5 + 1}\n" for n in range(1, 48))
    pemdi = "tahun: 2026\ninstansi: Kota Uji\nkerangka: pemdi-2026\nindikator:\n  1: 4.73\n"
    pemdi += '  2: "34/7"\n  3: 5\n'
    for text in (spbe, pemdi):
        data = plain_data(text, yamlsafe._typed)
        assert data is not None
        assert typed(data) == typed(yamlsafe.parse(text, "a.yaml", shortcut=False).data)
    assert plain_data(pemdi, yamlsafe._typed)["indikator"]["1"] == Decimal("4.73")  # type: ignore[index]


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_files_with_more_than_levels_take_the_full_reader(sample: Any) -> None:
    assert plain_data(sample.read_text(encoding="utf-8"), yamlsafe._typed) is None


def test_a_problem_in_a_shortcut_file_is_placed_by_the_node_tree() -> None:
    """The document composes its nodes only when a position is asked for."""
    text = "tahun: 2024\ninstansi: Kota Uji\nindikator:\n  1: 3\n  99: 7\n"
    doc = yamlsafe.parse(text, "a.yaml")
    assert doc.root is None
    assert doc.position(["indikator", "99"]) == (5, 7)
    assert doc.position(["indikator", "99"], key=True) == (5, 3)
    assert doc.position(["instansi"]) == (2, 11)


@pytest.mark.parametrize(
    "key", ["1" * 1025, '"' + "1" * 1023 + '"', "1." * 520 + "1"], ids=["long", "quoted", "dots"]
)
def test_a_key_libyaml_refuses_is_left_to_it(key: str) -> None:
    """libyaml takes a key of at most 1024 characters; the shortcut leaves longer ones alone,
    so the file gets libyaml's own problem (exit 3), not an internal error."""
    text = f"tahun: 2024\ninstansi: Kab\nindikator:\n  1: 3\n  {key}: 3\n"
    assert plain_data(text, yamlsafe._typed) is None
    with pytest.raises(InputError) as caught:
        yamlsafe.parse(text, "k.yaml")
    assert str(caught.value.problems[0]).startswith("k.yaml:5:")


def test_a_carriage_return_is_left_to_the_full_reader() -> None:
    """decode() makes every line end LF; text given straight to parse() may still hold one."""
    assert (
        plain_data('tahun: 2024\ninstansi: "a\rb"\nindikator:\n  1: 3\n', yamlsafe._typed) is None
    )


def test_the_memo_keeps_short_texts_only() -> None:
    """A long name, unique to its file, is never kept between files."""
    from spbe_cli import plainyaml

    name = "Kota " + "x" * 5000
    assert plain_data(f"tahun: 2024\ninstansi: {name}\nindikator:\n  1: 3\n", yamlsafe._typed)
    seen, lines_seen = plainyaml._SEEN[yamlsafe._typed]
    assert name not in seen
    assert all(len(text) <= plainyaml._MEMO_CHARS for text in (*seen, *lines_seen))
