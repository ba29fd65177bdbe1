"""The YAML reader agrees with PyYAML's safe loader on every plain value it accepts (it only
defers the resolution of plain scalars until they turn out to be values, not keys)."""

from __future__ import annotations

import datetime
import os
import re
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError, UsageError

SCALARS = st.text(alphabet="0123456789+-._:eExXoObB~ yesnoYNtrufalTRUFALN", min_size=0, max_size=8)


# YAML 1.2.2, 10.3.2 (the core schema): what an editor or a JSON Schema tool reads as a number
CORE_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
CORE_FLOAT = re.compile(
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
)
SAME_IN_BOTH = re.compile(r"[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?|[-+]?(0|[1-9][0-9]*)\.")


def number_either_way(text: str) -> bool:
    """A number to YAML 1.1 (PyYAML's resolver) or to YAML 1.2, not written in a form both
    read alike (plain digits, a point): the forms spbe refuses, advising plain digits."""
    plain = text.strip()
    resolver = yaml.resolver.Resolver()
    tag = resolver.resolve(yaml.ScalarNode, plain, (True, False))  # type: ignore[no-untyped-call]
    one_one = tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
    one_two = CORE_INT.fullmatch(plain) or CORE_FLOAT.fullmatch(plain)
    return bool(one_one or one_two) and not SAME_IN_BOTH.fullmatch(plain)


@settings(max_examples=400, deadline=None)
@given(SCALARS)
@example("3.75")
@example("1_000")
@example("0x1F")
@example("yes")
@example("~")
@example(".inf")
@example("2024-01-01")
@example("1:30")
@example("0o17")
@example("017")
@example("1e3")
@example("+.5")
@example("._")
def test_values_resolve_like_pyyaml(text: str) -> None:
    source = f"a: {text}\n"
    try:
        expected = yaml.safe_load(source)
    except yaml.YAMLError:
        return  # not a plain scalar YAML accepts
    theirs = expected["a"] if isinstance(expected, dict) else None
    try:
        ours = yamlsafe.parse(source, "x").data
    except InputError:  # refused: only a number one of the two YAML versions reads otherwise
        assert number_either_way(text), text
        return
    mine = ours["a"]
    if isinstance(theirs, datetime.date):
        assert mine == text.strip()  # dates stay the text written
    elif isinstance(theirs, float):
        if theirs != theirs or theirs in (float("inf"), float("-inf")):
            assert isinstance(mine, str)  # not a finite number: kept as text, refused later
        else:
            assert isinstance(mine, Decimal) and float(mine) == theirs
    else:
        assert type(mine) is type(theirs) and mine == theirs


def test_keys_keep_their_text() -> None:
    data = yamlsafe.parse('35.1: a\n"35.2": b\n35.10: c\n1: d\nyes: e\n', "x").data
    assert list(data) == ["35.1", "35.2", "35.10", "1", "yes"]


@given(
    st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc"),
            blacklist_characters="\ufffe\uffff",
        )
        | st.sampled_from("\t\n\x85\u2028\u2029\ufeff\\\"'#:"),
    )
)
def test_every_writer_quotes_text_so_it_reads_back_exactly(text: str) -> None:
    """init, import, split and merge write text through yamlsafe.quoted: one line, and the
    reader gives back the very text (line separators, NEL and BOM included)."""
    written = yamlsafe.quoted(text)
    assert "\n" not in written
    assert yamlsafe.parse(f"k: {written}\n", "f.yaml").data == {"k": text}


@pytest.mark.parametrize("length", [0, 1, 65_535, 65_536, 65_537, 200_000])
@pytest.mark.parametrize("size", [1, 65_536, 65_537, 131_073, 1_048_577])
def test_a_bounded_read_gives_what_one_read_of_the_size_gives(
    tmp_path: Path, length: int, size: int
) -> None:
    """A file read 64 KB first, then in growing pieces: the same bytes as `read(size)` of a
    file object, either side of each piece's edge."""
    data = (bytes(range(256)) * (length // 256 + 1))[:length]
    path = tmp_path / "f.yaml"
    path.write_bytes(data)
    with path.open("rb") as handle:
        expected = handle.read(size)
    descriptor = os.open(path, os.O_RDONLY)
    try:
        assert yamlsafe.bounded_read(descriptor, size) == expected
    finally:
        os.close(descriptor)


@settings(max_examples=40, deadline=None)
@given(
    pieces=st.lists(st.integers(0, 70_000), max_size=6),
    size=st.integers(1, 300_000),
)
def test_a_bounded_read_of_a_pipe_reads_on_to_its_end(pieces: list[int], size: int) -> None:
    """A pipe gives what its writer has written so far at each read: the reader goes on to
    the end (or to `size`), as a file object's read(size) does."""
    data = bytes(n % 251 for n in range(sum(pieces)))
    reader, writer = os.pipe()

    def write() -> None:
        start = 0
        try:
            for count in pieces:
                end = start + count
                while start < end:
                    start += os.write(writer, data[start:end])
                time.sleep(0.001)  # let the reader find the pipe short of what it asked
        except BrokenPipeError:
            pass
        finally:
            os.close(writer)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        found = yamlsafe.bounded_read(reader, size)
    finally:
        os.close(reader)  # a writer past `size` gets a broken pipe and stops
        thread.join()
    assert found == data[:size]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts descriptors in /proc")
def test_reading_a_file_leaves_no_descriptor_open(tmp_path: Path) -> None:
    """A descriptor is not a file object (no ResourceWarning when one is left open): each read
    closes its own, the file read or refused (a folder opens, then its read fails)."""
    path = tmp_path / "f.yaml"
    path.write_bytes(b"tahun: 2024\n" * 10_000)

    def open_now() -> int:
        return len(os.listdir("/proc/self/fd"))

    before = open_now()
    for _ in range(5):
        assert yamlsafe.read_bytes(path, "f.yaml", limit=1_000) == path.read_bytes()[:1_001]
        with pytest.raises(UsageError):
            yamlsafe.read_bytes(tmp_path, "folder")
    assert open_now() == before


_NUMBERS = st.from_regex(yamlsafe._NUMBERISH, fullmatch=True)


@settings(max_examples=300)
@given(st.text(max_size=12) | _NUMBERS | st.builds(str.__add__, st.text(max_size=2), _NUMBERS))
def test_the_number_shortcut_is_the_number_pattern(text: str) -> None:
    """A text is told to be number-like by its first character before the pattern runs: the
    same answer as the pattern on every text."""
    assert yamlsafe._numberish(text) is (re.fullmatch(yamlsafe._NUMBERISH, text) is not None)


@settings(max_examples=300)
@given(st.text(st.characters(max_codepoint=0x9F)) | st.text())
def test_the_ascii_search_for_forbidden_characters_is_the_full_search(text: str) -> None:
    """An ASCII text is searched for the ASCII forbidden characters only: the same position
    as the full pattern's, on every text."""
    found = re.search(yamlsafe._FORBIDDEN, text)
    assert yamlsafe._forbidden(text) == (None if found is None else found.start())
