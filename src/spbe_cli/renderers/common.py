"""What every renderer shows the same way: exact values rounded for display, headings, the
footer naming the kerangka, and predicate names in the chosen language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from pathlib import PurePath
from typing import TYPE_CHECKING

from spbe_cli.exact import decimal_places, display, round_half_up
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import glossed, tr
from spbe_cli.ids import id_ranges
from spbe_cli.renderers.text import csv_cell, one_line
from spbe_cli.scoring import Score

if TYPE_CHECKING:
    from spbe_cli.renderers.report.model import Baseline


def num(value: Fraction) -> float:
    """A value for JSON: rounded half-up to 2 decimals (the float only carries those digits).

    The same float as `float(round_half_up(value, 2))`, computed in integers: both the
    division of two integers and the conversion of a Decimal give the nearest float."""
    numerator, denominator = value.numerator, value.denominator
    hundredths = (abs(numerator) * 200 + denominator) // (denominator * 2)
    return (hundredths if numerator >= 0 else -hundredths) / 100


def level_value(level: Fraction) -> int | float:
    """A level for JSON: an int on a whole value, else rounded half-up to 2 decimals."""
    return level.numerator if level.denominator == 1 else num(level)


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV document: a header row, then the rows; text cells that a spreadsheet would run as
    formulas are neutralised (numbers stay numbers)."""
    import csv  # only the csv formats need it; this module loads on every run
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


def level_text(level: Fraction | None) -> str:
    """An indicator's value as shown: "3", "3.75", "1.17" (7/6 rounded), "-" when empty."""
    if level is None:
        return "-"
    if level.denominator == 1:
        return str(level.numerator)
    return display(level)


def predicate_label(framework: Framework, name: str, language: str) -> str:
    """A predicate as shown: "Baik", or in English "Good (Baik)" with the table's English
    name (as written when the table gives none)."""
    english = next((b.english for b in framework.bands if b.name == name), "")
    return glossed(name, english, language)


def index_name(score: Score, language: str = "id") -> str:
    return score.framework.index_name(language)


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
        institution=one_line(score.institution),
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
        low_predicate=predicate_label(score.framework, score.predicate, language),
        high=display(score.index_max),
        high_predicate=predicate_label(score.framework, score.predicate_max, language),
    )


def footer_line(framework: Framework, year: int, basis: str, language: str = "id") -> str:
    """Which kerangka, whether its table is official, and the basis of the year's predikat."""
    return tr(
        language,
        "footer",
        framework=framework.id,
        regulation=one_line(framework.regulation),
        status=tr(language, "status_provisional" if framework.provisional else "status_official"),
        year=year,
        basis=tr(language, "basis_exact" if basis == "tepat" else "basis_rounded"),
    )


def provisional_line(framework: Framework, language: str = "id") -> tuple[str, str] | None:
    """For a provisional kerangka: that it is, and what is not settled so that the numbers
    may change (a report says so in its header); None for an official one."""
    if not framework.provisional:
        return None
    note = one_line(framework.status_note or "")
    return (
        tr(language, "provisional_short", framework=framework.id),
        tr(language, "report_provisional", note=note).strip(),
    )


def comparison_line(baseline: Baseline, framework_id: str, language: str = "id") -> str:
    """What a report is compared with, and (for another kerangka) what is not compared."""
    return tr(
        language,
        "comparison_same" if baseline.same_framework else "comparison_other",
        file=one_line(PurePath(baseline.file).name),
        institution=one_line(baseline.institution),
        year=baseline.year,
        framework=framework_id,
        old_framework=baseline.framework_id,
    )


def signed(value: Fraction, places: int = 2) -> str:
    """The value rounded half-up, its sign always shown: "+0.33", "-0.09", "0.00"."""
    text = display(value, places)
    return f"+{text}" if value > 0 else text


def change_text(old: Fraction, new: Fraction, exact_places: int = 4, least: int = 2) -> str:
    """The change between two values shown rounded to 2 decimals, never contradicting them:
    the exact difference when it has at most `exact_places` decimals (+0.1775, +0.30; at
    least `least` decimals), else the difference of the two values as shown (2.5660 → 2.7435
    shown 2.57 → 2.74 is +0.17 by this rule only if the exact +0.1775 could not be shown)."""
    delta = new - old
    places = decimal_places(delta)
    if places is not None and places <= exact_places:
        return signed(delta, max(least, places))
    shown = Fraction(round_half_up(new, 2)) - Fraction(round_half_up(old, 2))
    return signed(shown, 2)
