"""What the commands share: read answer files from paths (or standard input) and score them."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from spbe_cli import yamlsafe
from spbe_cli.answers import Answers, ReadOptions, read_answers
from spbe_cli.errors import UsageError
from spbe_cli.folders import regular_files
from spbe_cli.frameworks import Catalog
from spbe_cli.i18n import oserror, t
from spbe_cli.scoring import Score, score

STDIN = "-"
STDIN_NAME = "<stdin>"  # how standard input is named in problems


ANSWER_SUFFIXES = (".yaml", ".yml")


def expand(sources: Iterable[str], suffixes: tuple[str, ...] = ANSWER_SUFFIXES) -> list[str]:
    """The answer files named: a folder stands for its `*.yaml` and `*.yml` files (regular
    files only, `folders.regular_files`), sorted by name; a folder with none is a usage error.
    Other `suffixes` (`spbe import`: ".pdf") pick other files from a folder."""
    found: list[str] = []
    for source in sources:
        if source and source != STDIN and os.path.isdir(source):  # os.path: one call per file
            files = [str(p) for p in regular_files(Path(source), suffixes)]
            if not files and suffixes == ANSWER_SUFFIXES:
                raise UsageError(t("file.empty_folder", folder=source))
            if not files:
                kinds = ", ".join(f"*{suffix}" for suffix in suffixes)
                raise UsageError(t("file.empty_folder_of", folder=source, kinds=kinds))
            found.extend(files)
        else:
            found.append(source)
    return found


def document(source: str) -> yamlsafe.Document:
    """The parsed YAML of a path, or of standard input for `-`. The file is never written."""
    if source == STDIN:
        raw = _stdin_bytes(yamlsafe.MAX_BYTES + 1)
        return yamlsafe.parse(yamlsafe.decode(raw, STDIN_NAME), STDIN_NAME)
    if not source:
        raise UsageError(t("file.empty_path"))
    return yamlsafe.load(Path(source), source)


def _stdin_bytes(limit: int) -> bytes:
    """Up to `limit` bytes of standard input. Closed (`<&-`) or unreadable (open for writing
    only, `0>file`) is a usage error, exit 2, like a file that cannot be opened as named: `-`
    names an input that is not there."""
    stream = sys.stdin
    if stream is None:
        raise UsageError(t("input.stdin_closed"))
    try:
        return stream.buffer.read(limit)
    except OSError as error:
        raise UsageError(t("input.stdin_unreadable", reason=oserror.reason(error))) from None
    except ValueError:  # closed by Python
        raise UsageError(t("input.stdin_closed")) from None


def read(source: str, catalog: Catalog, options: ReadOptions = ReadOptions()) -> Answers:
    """Read and validate one answer file."""
    return read_answers(document(source), catalog, options)


def score_source(source: str, catalog: Catalog, options: ReadOptions = ReadOptions()) -> Score:
    return score(read(source, catalog, options))
