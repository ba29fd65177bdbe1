"""The tables shipped with spbe, read without their criteria until a command needs them.

Every run loads every table, but only `explain` and `plan` read the per-level criteria, which
are most of a table's text. So a shipped table is first read with its `kriteria:` blocks cut
out, and the full text is read, and checked, the first time any criterion is looked at. Any
problem in the cut text sends the table to a full read, so problems are always reported at
their place in the real file. This is done only for the shipped tables, whose layout is known
(a test holds the result equal to a full read); tables from --weights folders are always
read in full.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace

from spbe_cli import yamlsafe
from spbe_cli.errors import InputError
from spbe_cli.frameworks import Framework, build

# A block-style `kriteria:` mapping with its lines (each following line indented deeper, or
# empty). Only the shipped tables are cut this way, and a test holds every one of them equal
# to a full read (a `kriteria:` line inside a block scalar, for instance, would fail it).
_CRITERIA = re.compile(r"^( +)kriteria:[ \t]*(?:#[^\n]*)?\n(?:(?:\1 [^\n]*)?\n)*", re.MULTILINE)


def without_criteria(text: str) -> str | None:
    """The text with every block-style `kriteria:` mapping cut out (None if it has none)."""
    light, cut = _CRITERIA.subn("", text)
    return light if cut else None


class LazyCriteria(Mapping[int, str]):
    """One indicator's criteria, read from the full table text on first use."""

    def __init__(self, load: Callable[[], Mapping[str, Mapping[int, str]]], indicator: str):
        self._load = load
        self._indicator = indicator

    def _criteria(self) -> Mapping[int, str]:
        return self._load()[self._indicator]

    def __getitem__(self, level: int) -> str:
        return self._criteria()[level]

    def __iter__(self) -> Iterator[int]:
        return iter(self._criteria())

    def __len__(self) -> int:
        return len(self._criteria())


def build_shipped(text: str, name: str, origin: str) -> Framework:
    """A shipped table, its criteria read on first use (InputError then, if they are bad)."""
    light = without_criteria(text)
    if light is None:
        return build(yamlsafe.parse(text, name), origin)
    try:
        framework = build(yamlsafe.parse(light, name), origin)
    except InputError:
        return build(yamlsafe.parse(text, name), origin)  # the full text gives the full story
    cache: dict[str, Mapping[int, str]] = {}

    def load() -> Mapping[str, Mapping[int, str]]:
        if not cache:
            full = build(yamlsafe.parse(text, name), origin)
            cache.update({i.id: i.criteria for i in full.indicators})
        return cache

    indicators = tuple(replace(i, criteria=LazyCriteria(load, i.id)) for i in framework.indicators)
    return replace(framework, indicators=indicators)
