"""The catalogs of areas that keep their words in a module of their own (one per area, so
that work on one area never touches another's); messages.py and labels.py merge them."""

from __future__ import annotations

from spbe_cli.i18n.areas import (
    bands,
    evidence,
    forms,
    history,
    language,
    limits,
    output,
    reports,
    rules,
    targets,
    team,
    workers,
    writes,
)

AREAS = (
    history,
    evidence,
    team,
    output,
    language,
    rules,
    writes,
    bands,
    reports,
    forms,
    limits,
    targets,
    workers,
)
