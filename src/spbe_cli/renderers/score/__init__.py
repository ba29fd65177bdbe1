"""`spbe score` formats. Each module's `render(scores, Options) -> str` gives the whole output;
its `item(Placed, Options) -> str` gives one file's part of it, separators included, so a
batch is written file by file as it is scored (`render` is the parts joined)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from spbe_cli.renderers import Formats, Options, Renderer
from spbe_cli.scoring import Score


class Placed(NamedTuple):
    """One file's score and its place in the output (position 0 to total - 1)."""

    score: Score
    position: int
    total: int

    @property
    def first(self) -> bool:
        return self.position == 0

    @property
    def last(self) -> bool:
        return self.position == self.total - 1


NAMES = ("table", "json", "csv", "markdown")
FORMATS: Formats[Sequence[Score], str] = Formats(__name__, NAMES)
ITEMS: Formats[Placed, str] = Formats(__name__, NAMES, function="item")


def joined(item: Renderer[Placed, str], scores: Sequence[Score], options: Options) -> str:
    """The whole output: every file's part, in order."""
    count = len(scores)
    return "".join(item(Placed(s, n, count), options) for n, s in enumerate(scores))


if TYPE_CHECKING:  # mypy holds every format to the registry's types
    from spbe_cli.renderers.score import csv, json, markdown, table

    _CHECKED: tuple[Renderer[Sequence[Score], str], ...] = (
        table.render,
        json.render,
        csv.render,
        markdown.render,
    )
    _ITEMS: tuple[Renderer[Placed, str], ...] = (table.item, json.item, csv.item, markdown.item)
