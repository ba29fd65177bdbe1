"""The console script: `spbe` and `python -m spbe_cli`, a short-lived process (the
collector set for one: collector.py)."""

from __future__ import annotations

from spbe_cli import collector


def main() -> None:
    """Console-script entry point."""
    with collector.short_run():
        with collector.loading():  # typer and the root command
            from spbe_cli.cli import app
        app()
