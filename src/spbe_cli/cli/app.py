"""The `spbe` command group: commands loaded only when called, help in the run's language,
and the one place where errors become exit codes.

Exit codes: 0 ok; 1 a gate failed; 2 usage error; 3 invalid input; 70 internal error;
74 output cannot be written; 130 interrupted; 141 broken pipe.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import import_module
from typing import Annotated, Any, NoReturn

import typer
import typer.core
from typer import _click

from spbe_cli import collector, i18n
from spbe_cli.errors import (
    GateFailed,
    InputError,
    OutputError,
    Reported,
    SpbeError,
    UsageError,
)
from spbe_cli.i18n import oserror, prefixed, t
from spbe_cli.i18n.messages import MESSAGES
from spbe_cli.renderers.text import visible

EXIT_GATE, EXIT_USAGE, EXIT_INPUT = 1, 2, 3
EXIT_INTERNAL, EXIT_OUTPUT, EXIT_INTERRUPTED, EXIT_PIPE = 70, 74, 130, 141
DEBUG = "SPBE_DEBUG"

COMMANDS: dict[str, str] = {
    # name: module (each registers one command; see cli/common.py `command`)
    "score": "score",
    "validate": "validate",
    "diff": "diff",
    "simulate": "simulate",
    "plan": "plan",
    "explain": "explain",
    "rank": "rank",
    "report": "report",
    "import": "imports",
    "trend": "trend",
    "init": "init",
    "schema": "schema",
    "kerangka": "kerangka",
    "evidence": "evidence",
    "split": "split",
    "merge": "merge",
    "followup": "followup",
    "progress": "progress",
}


def say(message: str) -> None:
    """One line to stderr, control characters from files shown as visible escapes."""
    write_err(visible(message) + "\n")


def write_err(text: str) -> None:
    """Messages to stderr, as plain ASCII when stderr cannot hold more."""
    stream = sys.stderr
    if stream is None:  # stderr closed (`2>&-`): nowhere to say it
        return
    text = _encodable(text, stream)
    stream.write(text)
    stream.flush()


def write_out(data: str | bytes | Iterable[str]) -> None:
    """Data to stdout, all of it (atomic.write_stream), text as stdout's encoding can hold it
    (PYTHONIOENCODING=ascii, a Windows code page: _encodable): OutputError (exit 74)
    when stdout is closed or full; a broken pipe goes up to the boundary (141). Text given in
    pieces is encoded as one text (a byte-order mark, utf-8-sig or utf-16, comes once); an
    error from where the pieces come from is that error, not stdout's."""
    from spbe_cli.atomic import write_stream

    stream = sys.stdout
    with _stdout_errors():
        stream.flush()  # what went through the text layer first goes out first
        if isinstance(data, bytes):
            write_stream(stream.buffer, data)
            return
        encoding, errors = stream.encoding or "utf-8", stream.errors or "strict"
        encoder = codecs.getincrementalencoder(encoding)(errors)
    for piece in [data] if isinstance(data, str) else data:
        with _stdout_errors():
            write_stream(stream.buffer, encoder.encode(_encodable(piece, stream)))
    with _stdout_errors():
        write_stream(stream.buffer, encoder.encode("", final=True))


@contextmanager
def _stdout_errors() -> Iterator[None]:
    """What writing to stdout raises, as the run reports it: OutputError for a closed or full
    stdout, a broken pipe as it is."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        if error.errno == errno.EPIPE:
            raise
        _quiet_stdout()  # what is left in a buffer must not fail again at exit
        raise OutputError(t("output.stdout", reason=oserror.reason(error))) from None
    except ValueError:  # stdout closed
        raise OutputError(t("output.stdout_closed")) from None


def _encodable(text: str, stream: object) -> str:
    """`text` as `stream` can hold it: as it is where the stream's encoding shows what tables
    use, else each character the encoding lacks replaced (renderers.text.for_encoding)."""
    encoding = getattr(stream, "encoding", None)
    if can_encode(encoding):
        return text
    from spbe_cli.renderers.text import for_encoding

    return for_encoding(text, encoding or "ascii")


def can_encode(encoding: str | None) -> bool:
    """Whether an output in `encoding` can show the arrows, dashes and box lines tables use."""
    return _can_encode((encoding or "utf-8").lower())


@lru_cache(maxsize=8)
def _can_encode(encoding: str) -> bool:
    try:
        "→—–…≥Σ─│╭".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


class _ClosedStdout(io.TextIOBase):
    """What stands for stdout when the shell closed it (`spbe ... >&-`): Python has none
    then. Writing data, help or the version fails with one line and exit 74."""

    encoding = "utf-8"

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def write(self, text: str | bytes) -> int:
        raise OutputError(t("output.stdout_closed"))

    @property
    def buffer(self) -> _ClosedStdout:  # bytes (a report to `-o -`) fail alike
        return self


def _stdout_closed() -> None:
    """With descriptor 1 closed, hold it on /dev/null (so that no file opened later takes its
    place and receives output) and give Python a stdout that refuses data."""
    if sys.stdout is not None:
        return
    with contextlib.suppress(OSError):
        held = os.open(os.devnull, os.O_WRONLY)
        if held > 1:
            os.close(held)
    sys.stdout = _ClosedStdout()


def fail(code: int, lines: Sequence[str] = ()) -> NoReturn:
    for line in lines:
        say(line)
    raise typer.Exit(code)


@contextmanager
def boundary() -> Iterator[None]:
    """Errors the core raises on purpose, and the ones nobody planned, as exit codes."""
    try:
        yield
    except InputError as error:
        fail(EXIT_INPUT, [str(p) for p in error.problems])
    except UsageError as error:
        fail(EXIT_USAGE, [prefixed("error", str(error))])
    except OutputError as error:
        fail(EXIT_OUTPUT, [prefixed("error", str(error))])
    except GateFailed as error:
        fail(EXIT_GATE, error.lines)
    except Reported as error:
        fail(EXIT_INPUT if error.invalid else EXIT_USAGE, [error.note] if error.note else [])
    except SpbeError as error:
        fail(EXIT_INPUT, [prefixed("error", str(error))])
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(EXIT_PIPE) from None
    except OSError as error:
        if error.errno == errno.EPIPE:
            _quiet_stdout()
            raise typer.Exit(EXIT_PIPE) from None
        if error.errno in _FULL:  # a temporary file (openpyxl's, the spool's) while making it
            reason = oserror.reason(error)
            fail(EXIT_OUTPUT, [prefixed("error", t("output.temporary", reason=reason))])
        raise


_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
"""Errors that say a disk or a limit is full, wherever they come from: the output cannot be
written (74), never a bug."""


@contextmanager
def help_output() -> Iterator[None]:
    """While eager options (--help, --version) write: stdout full or failing is exit 74."""
    try:
        yield
    except OSError as error:
        if error.errno == errno.EPIPE:
            raise
        _quiet_stdout()
        raise OutputError(t("output.stdout", reason=oserror.reason(error))) from None


def _stdout_whole() -> None:
    """Under PYTHONUNBUFFERED=1 (`python -u`) stdout writes straight to its descriptor and
    drops what a short write left (python/cpython#85393). Help and the version, which click
    writes, then go through a buffer that writes all or fails (flushed by click and at exit);
    data goes through write_out, whole either way."""
    stream = sys.stdout
    raw = getattr(stream, "buffer", None)
    if not isinstance(stream, io.TextIOWrapper) or not isinstance(raw, io.RawIOBase):
        return
    with contextlib.suppress(OSError, ValueError):
        whole = io.BufferedWriter(io.FileIO(raw.fileno(), "w", closefd=False))
        sys.stdout = io.TextIOWrapper(
            whole, stream.encoding, stream.errors, "\n", stream.line_buffering, True
        )


def _quiet_stdout() -> None:
    """After a broken pipe, send what is left to /dev/null, so that flushing at exit does not
    print another error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (tests): nothing to quiet
        pass


LANGUAGE_OPTION = "--bahasa"


def language_in(args: Sequence[str]) -> str | None:
    """The language `--bahasa` names anywhere on the command line (before or after the
    command; the last one counts), read before anything is parsed: help texts, click's frame
    and usage errors all speak it. None when it is not given or names no language (the option
    itself then reports the value, in the language of SPBE_BAHASA)."""
    named: str | None = None
    words = list(args)
    for position, word in enumerate(words):
        if word == "--":
            break
        if word == LANGUAGE_OPTION and position + 1 < len(words):
            named = words[position + 1]
        elif word.startswith(LANGUAGE_OPTION + "="):
            named = word.partition("=")[2]
    return i18n.normalize(named)


def chosen_language(value: str | None) -> str | None:
    """The `--bahasa` callback (the root's and every command's): a known language, else a
    usage error naming the ones there are."""
    if value is None:
        return None
    found = i18n.normalize(value)
    if found is None:
        allowed = ", ".join(i18n.LANGUAGES)
        raise typer.BadParameter(t("option.choice", value=value, allowed=allowed))
    i18n.use(found)
    return found


LanguageOption = Annotated[
    str | None,
    typer.Option(
        LANGUAGE_OPTION,
        metavar="id|en",
        callback=chosen_language,
        is_eager=True,
        help="help.opt.bahasa",
        show_default=False,
    ),
]
"""`--bahasa id|en`, on the root command and on every command."""


class _Formatter(_click.HelpFormatter):
    """click's help formatter, with the usage line in the run's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix if prefix is not None else t("help.usage") + " ")


class SpbeContext(_click.Context):
    formatter_class = _Formatter


def _typer_text(message: str) -> str:
    """typer's own words (headings, "default: x", "required"), in the run's language."""
    key = _TYPER_WORDS.get(message)
    return t(key) if key is not None else message


_TYPER_WORDS = {
    "Arguments": "help.arguments",
    "Options": "help.options",
    "Commands": "help.commands",
    "required": "help.required",
    "default: {default}": "help.default",
    "env var: {var}": "help.env",
    "(dynamic)": "help.dynamic",
    "Missing command.": "usage.missing_command",
    "No such command {name!r}.": "usage.no_command",
    "Aborted!": "usage.aborted",
}
typer.core._ = _typer_text  # type: ignore[attr-defined]  # typer's gettext words: our catalog


def _translate_params(params: Sequence[_click.Parameter]) -> None:
    for param in params:
        help_text = getattr(param, "help", None)
        key = _COMPLETION.get(param.name or "") if help_text and param.name else None
        if isinstance(help_text, str) and help_text in MESSAGES:
            key = help_text
        if key is not None:
            param.help = t(key)  # type: ignore[attr-defined]
        if param.metavar:
            param.metavar = metavar(param.metavar)


def metavar(written: str) -> str:
    """A placeholder as the code writes it ("FILE|DIR...", "OUT.html") in the run's language
    ("BERKAS|FOLDER...", "HASIL.html"); choices ("table|json") and ids stay as they are."""
    return _WORD.sub(lambda found: _metavar_word(found.group()), written)


def _metavar_word(word: str) -> str:
    key = _METAVARS.get(word)
    return t(key) if key is not None else word


_WORD = re.compile(r"[A-Z]{2,}")
_METAVARS = {  # each placeholder word the commands write, and its catalog key
    "FILE": "help.metavar.file",
    "DIR": "help.metavar.dir",
    "OLD": "help.metavar.old",
    "NEW": "help.metavar.new",
    "OUT": "help.metavar.out",
    "FORM": "help.metavar.form",
    "REPORT": "help.metavar.report",
    "TAHUN": "help.metavar.year",
    "NAMA": "help.metavar.name",
    "KERANGKA": "help.metavar.framework",
    "INDEKS": "help.metavar.index",
    "PREDIKAT": "help.metavar.predicate",
    "IDS": "help.metavar.ids",
}


_COMPLETION = {
    "install_completion": "help.install_completion",
    "show_completion": "help.show_completion",
}
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
"""The shells typer writes completion for; `spbe --show-completion bash` names one."""


def _named_shell(args: Sequence[str], option: str) -> str | None:
    """The shell written after `--show-completion` / `--install-completion`, if any."""
    for n, arg in enumerate(args[:-1]):
        if arg == f"--{option}" and args[n + 1] in SHELLS:
            return args[n + 1]
    return None


def _completion_for(args: Sequence[str], params: Sequence[_click.Parameter]) -> None:
    """typer's completion options detect the shell that started spbe and ignore a shell
    named after them (from `sh`, `--show-completion bash` failed): the shell named wins."""
    for param in params:
        if param.name not in _COMPLETION or param.callback is None:
            continue
        original = getattr(param.callback, "spbe_original", param.callback)
        param.callback = _with_shell(original, _named_shell(args, param.name.replace("_", "-")))


def _with_shell(original: Callable[..., Any], shell: str | None) -> Callable[..., Any]:
    def named(ctx: _click.Context, param: _click.Parameter, value: Any) -> Any:
        return original(ctx, param, shell if value and shell else value)

    named.spbe_original = original  # type: ignore[attr-defined]
    return named


class _Localized(_click.Command):
    """What the root command and every command share: the context, a help option in the
    run's language, and help written while the context is made going where help goes."""

    context_class = SpbeContext

    def get_help_option(self, ctx: _click.Context) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = t("help.help")
        return option

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: _click.Context | None = None,
        **extra: Any,
    ) -> _click.Context:
        with help_output():
            return super().make_context(info_name, args, parent, **extra)


class SpbeCommand(_Localized, typer.core.TyperCommand):
    """A command whose help option speaks the run's language."""


def localize(command: _click.Command) -> _click.Command:
    """The command's help texts, written as message keys, in the run's language."""
    if command.help and command.help in MESSAGES:
        command.help = t(command.help)
    _translate_params(command.params)
    command.context_class = SpbeContext
    command.options_metavar = t("help.options_metavar")
    return command


class SpbeGroup(_Localized, typer.core.TyperGroup):
    """The root command: loads each command's module only when that command runs."""

    def list_commands(self, ctx: _click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        with collector.loading():  # the command's modules, and typer building it
            found = import_module(f"spbe_cli.cli.{module}")
            command = typer.main.get_command(found.app)
        command.name = cmd_name
        return localize(command)

    def format_commands(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        """The commands with the first sentence of each one's help, as click lists them, from
        the catalog: listing them imports none of them."""
        from typer._click.utils import make_default_short_help

        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [
            (name, make_default_short_help(t(f"help.{name}"), limit).strip()) for name in COMMANDS
        ]
        with formatter.section(_typer_text("Commands")):
            formatter.write_dl(rows)

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        self.help = t("help.spbe")
        _translate_params(self.params)
        super().format_help(ctx, formatter)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: _click.Context | None = None,
        **extra: Any,
    ) -> _click.Context:
        """Eager options (--help, --version) write while the context is made: a broken pipe
        or a closed stdout there ends as everywhere else."""
        _completion_for(args, self.params)
        with boundary():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: _click.Context) -> Any:
        with boundary():
            return super().invoke(ctx)

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run, and turn whatever ends the run into an exit code."""
        _stdout_closed()
        _stdout_whole()
        i18n.use(language_in(sys.argv[1:] if args is None else args) or i18n.from_environment())
        self.options_metavar = t("help.options_metavar")
        self.subcommand_metavar = t("help.subcommand_metavar")
        code = _run(self, args, prog_name or "spbe", complete_var, extra)
        if standalone_mode:
            sys.exit(code)
        return code


def _run(
    group: SpbeGroup,
    args: Sequence[str] | None,
    prog_name: str,
    complete_var: str | None,
    extra: dict[str, Any],
) -> int:
    try:
        result = typer.core.TyperGroup.main(
            group, args, prog_name, complete_var, standalone_mode=False, **extra
        )
    except _click.exceptions.UsageError as error:
        from spbe_cli.cli.usage import usage_message  # its patterns compiled only when needed

        write_err(visible(usage_message(error)))
        return EXIT_USAGE
    except typer.Abort:
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except SystemExit as exit_:  # a stray sys.exit (typer's broken-pipe handling)
        return exit_.code if isinstance(exit_.code, int) else EXIT_INTERNAL
    except Exception as error:  # a bug: one line, or the traceback on request
        if os.environ.get(DEBUG):
            import traceback

            traceback.print_exc()
            return EXIT_INTERNAL
        name = type(error).__name__
        write_err(
            visible(prefixed("error", t("internal", kind=name, detail=str(error), env=DEBUG)))
            + "\n"
        )
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0
