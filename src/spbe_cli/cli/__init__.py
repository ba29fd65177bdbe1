"""The command line: a thin typer layer over the core. Only this package imports typer.

`app` is the root command (cli/app.py: lazy commands, help in the run's language, the error
boundary); each command lives in its own module and is imported only when it runs, so
`spbe score` does not pay for building the options of every other command. (No annotations
kept as text here, nor in cli/score.py: typer would parse them again at every run.)
"""

from typing import Annotated

import typer

from spbe_cli import __version__
from spbe_cli.cli.app import LanguageOption, SpbeGroup

__all__ = ["app"]

app = typer.Typer(
    name="spbe",
    cls=SpbeGroup,
    help="help.spbe",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain usage errors and help: greppable, and no rich at start-up
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"spbe {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="help.version"),
    ] = False,
    language: LanguageOption = None,
) -> None:
    """help.spbe"""
