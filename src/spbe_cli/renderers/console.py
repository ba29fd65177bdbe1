"""The rich console every table renderer draws on, and the colours of the predicate bands."""

from __future__ import annotations

import io

from rich.console import Console

from spbe_cli.frameworks import Framework
from spbe_cli.renderers import Options

BAND_STYLES = ("bold red", "bold yellow", "bold green", "bold cyan", "bold blue")


def band_style(framework: Framework, name: str) -> str:
    """The colour of a predicate band, lowest red to highest blue."""
    names = [b.name for b in framework.bands]
    position = names.index(name) if name in names else 0
    return BAND_STYLES[min(position, len(BAND_STYLES) - 1)]


def make_console(buffer: io.StringIO, options: Options) -> Console:
    """A rich console writing into `buffer`, coloured only when the options say so; plain
    ASCII boxes when the output cannot encode more."""
    return Console(
        file=buffer,
        width=options.width or 100,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        markup=False,
        color_system="auto" if options.color else None,
        legacy_windows=False,
        safe_box=options.ascii,
    )
