"""Shared display helpers: the exact values shown the same way by every renderer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from functools import lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING

from spbe_cli.answers import id_ranges
from spbe_cli.exact import display, round_half_up
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import index_name as _index_name
from spbe_cli.i18n import predicate_label, tr
from spbe_cli.scoring import Score

if TYPE_CHECKING:
    from spbe_cli.report import Baseline


@lru_cache(maxsize=4096)
def num(value: Fraction) -> float:
    """A value for JSON: rounded half-up to 2 decimals (the float only carries those digits)."""
    return float(round_half_up(value, 2))


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV document: a header row, then the rows (newline line endings)."""
    import csv  # only the csv formats need it; labels load on every run
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def level_text(level: Fraction | None) -> str:
    if level is None:
        return "-"
    if level.denominator == 1:
        return str(level.numerator)
    return display(level)


def index_name(score: Score, language: str = "id") -> str:
    return _index_name(score.framework.id, language)


def groups_label(framework: Framework, language: str = "id", *, detail: bool = False) -> str:
    """The heading of the domain/aspect column: "Aspek" alone for a kerangka with no domains."""
    key = "domain_aspect" if framework.domains else "aspect"
    if detail:
        key = "domain_aspect_indicator" if framework.domains else "aspect_indicator"
    return tr(language, key)


def heading(score: Score, language: str = "id") -> str:
    return tr(
        language,
        "heading",
        index=index_name(score, language),
        institution=score.institution,
        year=score.year,
        framework=score.framework.id,
    )


def draft_line(score: Score, language: str = "id") -> str | None:
    """For drafts: which indicators are missing and the range the index can still take."""
    if score.complete or score.index_max is None or score.predicate_max is None:
        return None
    return tr(
        language,
        "draft",
        count=len(score.missing),
        ids=id_ranges(score.missing),
        low=display(score.index),
        low_predicate=predicate_label(score.predicate, language),
        high=display(score.index_max),
        high_predicate=predicate_label(score.predicate_max, language),
    )


def footer_line(framework: Framework, year: int, basis: str, language: str = "id") -> str:
    """Which kerangka, whether its table is official, and the basis of the year's predikat."""
    return tr(
        language,
        "footer",
        framework=framework.id,
        regulation=framework.regulation,
        status=tr(language, "status_provisional" if framework.provisional else "status_official"),
        year=year,
        basis=tr(language, "basis_exact" if basis == "tepat" else "basis_rounded"),
    )


def comparison_line(baseline: Baseline, framework_id: str, language: str = "id") -> str:
    """What a report is compared with, and (for another kerangka) what is not compared."""
    return tr(
        language,
        "comparison_same" if baseline.same_framework else "comparison_other",
        file=PurePath(baseline.file).name,
        institution=baseline.institution,
        year=baseline.year,
        framework=framework_id,
        old_framework=baseline.framework_id,
    )
