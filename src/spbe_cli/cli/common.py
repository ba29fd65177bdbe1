"""What every command shares: how it registers, its common options, reading and scoring
answer files, and writing output. Commands live in the modules beside this one and read as
straight-line code: errors they do not expect to handle go up to cli/app.py's boundary.

Help texts are message keys (spbe_cli/i18n/messages.py), put in the run's language when the
command is built.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from spbe_cli import api, i18n
from spbe_cli.answers import STAGES, Answers, ReadOptions
from spbe_cli.cli.app import (
    EXIT_GATE,
    EXIT_INPUT,
    EXIT_USAGE,
    LanguageOption,
    SpbeCommand,
    can_encode,
    fail,
    say,
    write_out,
)
from spbe_cli.errors import InputError, Problem, UsageError
from spbe_cli.frameworks import Catalog, Framework, load_catalog, weight_dirs
from spbe_cli.i18n import prefixed, t
from spbe_cli.ids import id_ranges
from spbe_cli.renderers import Options
from spbe_cli.scoring import Score

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["EXIT_GATE", "EXIT_INPUT", "EXIT_USAGE", "LanguageOption", "fail", "say"]


def command(name: str, help_key: str) -> tuple[typer.Typer, Callable[[F], F]]:
    """A module's Typer app holding one command, and the decorator that registers it."""
    app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)
    return app, app.command(
        name=name,
        cls=SpbeCommand,
        help=help_key,
        context_settings={"help_option_names": ["-h", "--help"]},
        no_args_is_help=False,
    )


def language() -> str:
    """The language of this run (after --bahasa)."""
    return i18n.current()


def choice(names: Iterable[str]) -> Callable[[str], str]:
    """An option callback accepting only `names` (a usage error, exit 2, otherwise)."""
    allowed = tuple(names)

    def check(value: str) -> str:
        if value not in allowed:
            raise typer.BadParameter(t("option.choice", value=value, allowed=", ".join(allowed)))
        return value

    return check


def format_option(names: Sequence[str]) -> Any:
    """`--format/-f NAME`, one of `names`."""
    return typer.Option(
        "--format",
        "-f",
        metavar="|".join(names),
        callback=choice(names),
        help="help.opt.format",
    )


WeightsOption = Annotated[
    list[Path] | None,
    typer.Option("--weights", metavar="DIR", help="help.opt.weights", show_default=False),
]
AllowIncompleteOption = Annotated[
    bool, typer.Option("--allow-incomplete", help="help.opt.allow_incomplete")
]
FrameworkOption = Annotated[
    str | None,
    typer.Option("--kerangka", metavar="KERANGKA", help="help.opt.kerangka", show_default=False),
]

GuessesOption = Annotated[
    bool, typer.Option("--termasuk-dugaan", help="help.opt.termasuk_dugaan", show_default=False)
]
"""Across kerangka: also compare through a mapping table whose pairings are all guesses."""


StageOption = Annotated[
    str | None,
    typer.Option(
        "--tahap",
        metavar="|".join(STAGES),
        callback=lambda value: None if value is None else choice(STAGES)(value),
        help="help.opt.tahap",
        show_default=False,
    ),
]


def catalog(weights: list[Path] | None) -> Catalog:
    """The weight tables: shipped ones plus --weights / SPBE_WEIGHTS folders."""
    return load_catalog(weight_dirs(weights))


def named_framework(tables: Catalog, framework_id: str) -> Framework:
    """The kerangka named by --kerangka (a usage error listing the known ones otherwise)."""
    found = tables.get(framework_id)
    if found is None:
        raise UsageError(
            t("option.kerangka", name=framework_id, known=", ".join(tables.frameworks))
        )
    return found


def read_options(
    tables: Catalog,
    *,
    allow_incomplete: bool = False,
    framework_id: str | None = None,
    draft_option: bool = True,
    stage: str | None = None,
) -> ReadOptions:
    """How the command reads answer files; a --kerangka what-if says so on stderr."""
    framework = named_framework(tables, framework_id) if framework_id is not None else None
    if framework is not None:
        say(prefixed("warning", t("whatif.kerangka", framework=framework.id)))
    return ReadOptions(allow_incomplete, framework, draft_option, stage)


def render_options(detail: bool = False) -> Options:
    """Colour and width for stdout: colour only on a terminal and without NO_COLOR; plain
    ASCII when stdout cannot encode more."""
    tty = sys.stdout.isatty()
    color = tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    width = shutil.get_terminal_size((100, 24)).columns if tty else None
    if not tty and os.environ.get("COLUMNS", "").isdigit():
        width = int(os.environ["COLUMNS"])
    return Options(
        detail=detail,
        color=bool(color),
        width=width,
        language=language(),
        ascii=not can_encode(getattr(sys.stdout, "encoding", None)),
    )


def emit(text: str | Iterable[str]) -> None:
    """Data to stdout (as plain ASCII when stdout cannot hold more); text in pieces is
    written as one text."""
    write_out(text)


def emit_bytes(data: bytes) -> None:
    """A whole file (a report) to stdout, as bytes."""
    write_out(data)


def stdin_once(sources: Sequence[str]) -> None:
    """Standard input can be read once: `-` given twice is a usage error (exit 2)."""
    if sum(1 for s in sources if s == api.STDIN) > 1:
        raise UsageError(t("option.stdin_twice"))


def read_all(
    sources: Sequence[str],
    tables: Catalog,
    options: ReadOptions,
    stages: Sequence[str | None] = (),
) -> list[Answers]:
    """Read every file (a folder: its answer files); if any is invalid, every problem in
    every file (InputError). `stages`, one per source, reads that source at its own stage
    (None: the stage of `options`)."""
    padded = [*stages, *[None] * (len(sources) - len(stages))]
    pairs = [
        (path, stage)
        for source, stage in zip(sources, padded, strict=True)
        for path in api.expand([source])
    ]
    stdin_once([path for path, _ in pairs])
    found: list[Answers] = []
    problems: list[Problem] = []
    for source, stage in pairs:
        chosen = options if stage is None else options._replace(stage=stage)
        try:
            found.append(api.read(source, tables, chosen))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return found


def score_all(
    sources: Sequence[str],
    tables: Catalog,
    options: ReadOptions,
    stages: Sequence[str | None] = (),
) -> list[Score]:
    """Score every file; if any is invalid, every problem in every file (InputError)."""
    from spbe_cli.scoring import score

    return [score(answers) for answers in read_all(sources, tables, options, stages)]


def warn(scores: Iterable[Score]) -> None:
    """One stderr line per provisional kerangka used, and one per draft."""
    shown: set[str] = set()
    for item in scores:
        for line in [*provisional_warning(item.framework, shown), *file_warnings(item)]:
            say(line)


def provisional_warning(framework: Framework, shown: set[str]) -> list[str]:
    """The warning that `framework` is provisional, unless it is in `shown` (then added)."""
    if not framework.provisional or framework.id in shown:
        return []
    shown.add(framework.id)
    return [prefixed("warning", t("warning.provisional", framework=framework.id))]


def file_warnings(item: Score) -> list[str]:
    """The warnings about one file: what its reading noted, and a draft's missing levels."""
    lines = [prefixed("warning", warning) for warning in item.warnings]
    if item.missing:
        missing = i18n.t_count(
            "warning.draft", len(item.missing), file=item.file, ids=id_ranges(item.missing)
        )
        lines.append(prefixed("warning", missing))
    return lines
