"""What tables share that needs no rich: the colour of each predicate band, and the width
below which a table stacks its rows (renderers/console.py, which loads rich, re-exports them;
the tables drawn by renderers/plain.py take them from here)."""

from __future__ import annotations

from spbe_cli.frameworks import Framework
from spbe_cli.renderers import Options

BAND_STYLES = ("bold red", "bold yellow", "bold green", "bold cyan", "bold blue")


def band_style(framework: Framework, name: str) -> str:
    """The colour of a predicate band, lowest red to highest blue."""
    names = [b.name for b in framework.bands]
    position = names.index(name) if name in names else 0
    return BAND_STYLES[min(position, len(BAND_STYLES) - 1)]


NARROW = 60
"""Below this many columns a table puts each name on lines of its own, wrapped to the width,
and its numbers on the line under it: a phone's terminal still shows every name, never a
column of "…"."""


def is_narrow(options: Options) -> bool:
    return (options.width or 100) < NARROW
