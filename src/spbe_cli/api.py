"""What the commands share: read answer files from paths (or standard input) and score them."""

from __future__ import annotations

import sys
from pathlib import Path

from spbe_cli import yamlsafe
from spbe_cli.answers import Answers, read_answers
from spbe_cli.frameworks import Catalog
from spbe_cli.scoring import Score, score

STDIN = "-"


def read(source: str, catalog: Catalog, *, allow_missing: bool = False) -> Answers:
    """Read and validate one answer file; `-` reads standard input. The file is never written."""
    if source == STDIN:
        raw = sys.stdin.buffer.read(yamlsafe.MAX_BYTES + 1)
        doc = yamlsafe.parse(yamlsafe.decode(raw, "<stdin>"), "<stdin>")
    else:
        doc = yamlsafe.load(Path(source), source)
    return read_answers(doc, catalog, allow_missing=allow_missing)


def score_source(source: str, catalog: Catalog, *, allow_missing: bool = False) -> Score:
    return score(read(source, catalog, allow_missing=allow_missing))
