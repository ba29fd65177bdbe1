"""What the commands share: read answer files from paths (or standard input) and score them."""

from __future__ import annotations

import sys
from pathlib import Path

from spbe_cli import yamlsafe
from spbe_cli.answers import Answers, ReadOptions, read_answers
from spbe_cli.errors import UsageError
from spbe_cli.frameworks import Catalog
from spbe_cli.i18n import t
from spbe_cli.scoring import Score, score

STDIN = "-"
STDIN_NAME = "<stdin>"  # how standard input is named in problems


def document(source: str) -> yamlsafe.Document:
    """The parsed YAML of a path, or of standard input for `-`. The file is never written."""
    if source == STDIN:
        raw = sys.stdin.buffer.read(yamlsafe.MAX_BYTES + 1)
        return yamlsafe.parse(yamlsafe.decode(raw, STDIN_NAME), STDIN_NAME)
    if not source:
        raise UsageError(t("file.empty_path"))
    return yamlsafe.load(Path(source), source)


def read(source: str, catalog: Catalog, options: ReadOptions = ReadOptions()) -> Answers:
    """Read and validate one answer file."""
    return read_answers(document(source), catalog, options)


def score_source(source: str, catalog: Catalog, options: ReadOptions = ReadOptions()) -> Score:
    return score(read(source, catalog, options))
