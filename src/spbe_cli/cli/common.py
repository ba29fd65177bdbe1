"""What every command shares: the typer app, common options, errors mapped to exit codes,
and writing output. Commands live in the modules beside this one.

Exit codes: 0 ok; 1 a gate failed; 2 usage error; 3 invalid input.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer

from spbe_cli import __version__, api
from spbe_cli.answers import id_ranges
from spbe_cli.errors import InputError, Problem, SpbeError, UsageError
from spbe_cli.frameworks import Catalog, Framework, load_catalog, weight_dirs
from spbe_cli.i18n import LANGUAGES
from spbe_cli.renderers import DIFF_FORMATS, Options
from spbe_cli.scoring import Score

EXIT_GATE, EXIT_USAGE, EXIT_INPUT = 1, 2, 3  # 0: done
T = TypeVar("T")

app = typer.Typer(
    name="spbe",
    help="Hitung Indeks SPBE / Indeks Pemerintah Digital (Pemdi) dengan tepat dari berkas YAML.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
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
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """spbe: the exact Indeks SPBE / Pemdi calculator.

    Exit codes: 0 ok, 1 a gate failed, 2 usage error, 3 invalid input.
    """


WeightsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--weights",
        help="Folder of extra or replacement weight tables (repeatable; env SPBE_WEIGHTS).",
        show_default=False,
    ),
]


def say(message: str) -> None:
    """One line to stderr."""
    typer.echo(message, err=True)


def fail_input(problems: Sequence[Problem]) -> NoReturn:
    """Every problem on its own line, then exit 3."""
    for problem in problems:
        say(str(problem))
    raise typer.Exit(EXIT_INPUT)


def guard(action: Callable[[], T]) -> T:
    """Run a core call, turning expected errors into one line each and their exit code."""
    try:
        return action()
    except InputError as error:
        fail_input(error.problems)
    except UsageError as error:
        say(f"error: {error}")
        raise typer.Exit(EXIT_USAGE) from None
    except SpbeError as error:
        say(f"error: {error}")
        raise typer.Exit(EXIT_INPUT) from None


def catalog(weights: list[Path] | None) -> Catalog:
    """The weight tables: shipped ones plus --weights / SPBE_WEIGHTS folders."""
    return guard(lambda: load_catalog(weight_dirs(weights)))


def render_options(detail: bool = False, language: str = "id") -> Options:
    """Colour and width for stdout: colour only on a terminal and without NO_COLOR."""
    tty = sys.stdout.isatty()
    color = tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    width = shutil.get_terminal_size((100, 24)).columns if tty else None
    if not tty and os.environ.get("COLUMNS", "").isdigit():
        width = int(os.environ["COLUMNS"])
    return Options(detail=detail, color=bool(color), width=width, language=language)


def choice(names: Iterable[str]) -> Callable[[str], str]:
    """An option callback accepting only `names` (a usage error, exit 2, otherwise)."""
    allowed = tuple(names)

    def check(value: str) -> str:
        if value not in allowed:
            raise typer.BadParameter(f"'{value}' is not one of: {', '.join(allowed)}")
        return value

    return check


AllowIncompleteOption = Annotated[
    bool,
    typer.Option(
        "--allow-incomplete",
        help="Drafts allowed: missing indicators count at the lowest level.",
    ),
]
DiffFormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        callback=choice(DIFF_FORMATS),
        help=f"Output format: {', '.join(DIFF_FORMATS)}.",
    ),
]


LanguageOption = Annotated[
    str,
    typer.Option(
        "--bahasa",
        callback=choice(LANGUAGES),
        help="Language of labels and text: id (Indonesian, default) or en (English).",
    ),
]


def warn_frameworks(scores: Iterable[Score]) -> None:
    """One stderr line per provisional kerangka used, and each file's own warnings."""
    shown: set[str] = set()
    for score in scores:
        framework = score.framework
        if framework.provisional and framework.id not in shown:
            shown.add(framework.id)
            say(
                f"warning: kerangka {framework.id} is provisional (sementara); "
                f"see `spbe kerangka {framework.id}`"
            )
        for warning in score.warnings:
            say(f"warning: {warning}")


def stdin_once(sources: Sequence[str]) -> None:
    """Standard input can be read once: `-` given twice is a usage error (exit 2)."""
    if sum(1 for s in sources if s == api.STDIN) > 1:
        say("error: - (standard input) can be given only once")
        raise typer.Exit(EXIT_USAGE)


def score_all(
    sources: Sequence[str],
    tables: Catalog,
    *,
    allow_missing: bool = False,
) -> list[Score]:
    """Score every file; if any is invalid, report every problem in every file and exit 3."""
    stdin_once(sources)
    scores: list[Score] = []
    problems: list[Problem] = []
    for source in sources:
        try:
            scores.append(api.score_source(source, tables, allow_missing=allow_missing))
        except InputError as error:
            problems.extend(error.problems)
        except UsageError as error:
            say(f"error: {error}")
            raise typer.Exit(EXIT_USAGE) from None
    if problems:
        fail_input(problems)
    return scores


def emit(text: str) -> None:
    """Data to stdout."""
    sys.stdout.write(text)
    sys.stdout.flush()


def warn_drafts(scores: Iterable[Score]) -> None:
    """One stderr line per draft: which indicators are not filled in and how they count."""
    for score in scores:
        if score.missing:
            count = len(score.missing)
            say(
                f"warning: {score.file}: draft, {count} indicator{'s' if count > 1 else ''} "
                f"not filled in ({id_ranges(score.missing)}); counted at the lowest level"
            )


def named_framework(tables: Catalog, framework_id: str) -> Framework:
    """The kerangka named by --kerangka; exit 2 listing the known ones otherwise."""
    found = tables.get(framework_id)
    if found is None:
        say(f"error: --kerangka '{framework_id}' is unknown; known: {', '.join(tables.frameworks)}")
        raise typer.Exit(EXIT_USAGE)
    return found
