"""What every renderer shows the same way: exact values rounded for display, headings, the
footer naming the kerangka, and predicate names in the chosen language."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from functools import lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING, NamedTuple

from spbe_cli.exact import decimal_places, display, exact_text
from spbe_cli.exact import rounded as exact_rounded
from spbe_cli.frameworks import Framework, Indicator
from spbe_cli.i18n import glossed, tr, tr_count
from spbe_cli.ids import id_ranges
from spbe_cli.renderers.text import csv_cell, one_line
from spbe_cli.scoring import Score, predicate_basis_value

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


def with_predicate(value: str, framework: Framework, name: str, language: str) -> str:
    """A value and its predikat: "2.74 (Baik)"; in English "2.74, Good (Baik)", not the
    nested "2.74 (Good (Baik))"."""
    label = predicate_label(framework, name, language)
    return f"{value}, {label}" if label.endswith(")") else f"{value} ({label})"


def predicate_label(framework: Framework, name: str, language: str) -> str:
    """A predicate as shown, by its own kerangka's band (Band.label): "Baik (Berkembang)"
    with a tingkat, else "Baik"; in English "Developing (Baik)" or "Good (Baik)" with the
    table's English name (as written when the table gives none)."""
    band = framework.band_named(name)
    return glossed(name, None, language) if band is None else band.label(language)


def basis_of(score: Score, value: Fraction | None = None) -> Fraction:
    """What the year's predikat was decided on (the exact index, or it rounded in 2023)."""
    chosen = score.index if value is None else value
    return predicate_basis_value(score.framework, score.year, chosen)


def banded_text(framework: Framework, year: int, value: Fraction) -> str:
    """A value (index, domain, aspect) as shown beside its predikat in `year`: value_text on
    the year's basis (the exact value, or it rounded in 2023)."""
    return _banded_text(framework, year, value.numerator, value.denominator)


@lru_cache(maxsize=8192)
def _banded_text(framework: Framework, year: int, numerator: int, denominator: int) -> str:
    """banded_text, once per value (a batch shows the same aspect values thousands of times)."""
    value = Fraction(numerator, denominator)
    return value_text(framework, value, predicate_basis_value(framework, year, value))


def index_text(score: Score, value: Fraction | None = None) -> str:
    """The index (or a domain's or aspect's `value`) as shown beside its predikat:
    value_text on the year's basis."""
    chosen = score.index if value is None else value
    return banded_text(score.framework, score.year, chosen)


def tier(framework: Framework, name: str | None) -> str | None:
    """The tingkat kematangan of a predicate's band ("Berkembang"), None where the kerangka
    names none (spbe-2018/2020)."""
    band = None if name is None else framework.band_named(name)
    return band.tier if band is not None and band.tier else None


def level_name(framework: Framework, indicator: Indicator, value: Fraction | None) -> str:
    """The name of the level an indicator's value is in, by its band (4 Melembaga, 4.5
    Unggul on pemdi-2026), "" when not filled in or unnamed."""
    if value is None:
        return ""
    return framework.names_of_levels(indicator).get(framework.level_of(value), "")


def value_text(framework: Framework, value: Fraction, basis: Fraction | None = None) -> str:
    """A value (index, aspect, indicator) rounded half-up to 2 decimals, unless the rounded
    figure would sit in another band than the value: then with as many decimals as it takes
    to stay in the value's band, or exactly ("3.5001", not "3.50" for a Sangat Baik 3.5001
    when 3.50 is Baik). `basis` is what the bands were applied to when that is not the value
    itself (an index rounded to 2 decimals in 2023): then the rounded figure never
    contradicts them. The one rule for showing a value beside its band."""
    band = framework.band_of(value if basis is None else basis)
    return _kept_in(value, lambda shown: framework.band_of(shown) is band)


def level_shown(framework: Framework, value: Fraction | None) -> str:
    """An indicator's value as shown beside its level's name: level_text, unless 2 decimals
    would name another level (3.5001 is level 4 Melembaga on pemdi-2026, "3.50" level 3):
    then as value_text keeps it, with the digits that stay in its level."""
    if value is None or value.denominator == 1:
        return level_text(value)
    level = framework.level_of(value)
    return _kept_in(value, lambda shown: framework.level_of(shown) == level)


def _kept_in(value: Fraction, same: Callable[[Fraction], bool]) -> str:
    """`value` with 2 decimals when its rounded figure is `same` (in the value's band), else
    exactly, or with the fewest decimals (up to 12) whose rounded figure is."""
    if same(exact_rounded(value, 2)):
        return display(value)
    places = decimal_places(value)
    if places is not None and places <= 12:
        return exact_text(value)
    for places in range(3, 13):
        if same(exact_rounded(value, places)):
            return display(value, places)
    return exact_text(value)


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
    return range_line(
        score.framework,
        score.missing,
        (score.index, score.predicate),
        None if score.index_max is None else (score.index_max, score.predicate_max or ""),
        language,
    )


def range_line(
    framework: Framework,
    missing: Sequence[str],
    low: tuple[Fraction, str],
    high: tuple[Fraction, str] | None,
    language: str = "id",
) -> str | None:
    """A draft's missing indicators and the range its index can still take, from `low` (every
    missing one at the lowest level) to `high` (at the top), each with its predikat; None
    for a complete file."""
    if not missing or high is None:
        return None
    return tr_count(
        language,
        "draft",
        len(missing),
        ids=id_ranges(missing),
        low=display(low[0]),
        low_predicate=predicate_label(framework, low[1], language),
        high=display(high[0]),
        high_predicate=predicate_label(framework, high[1], language),
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


SHOWN_PLACES = 2
"""Decimals of every index, domain and aspect value a reader sees (exact.display)."""
MARK = "*"
"""Beside a shown difference that is not the exact one; a footnote gives the exact one."""


class Shown(NamedTuple):
    """A difference as a reader sees it, and as it is exactly.

    The one rule for every difference shown beside rounded values (a change from a
    baseline, a plan's gain, a gap to a target): `value` is the difference of the two values
    AS SHOWN, so that the numbers on the page add up (2.74 − 2.57 = +0.17) and a column of
    them has one number of decimals; `exact` is the exact difference, which a footnote (or
    `selisih_tepat` in JSON) gives wherever the two differ."""

    value: Fraction
    exact: Fraction
    places: int = SHOWN_PLACES

    @property
    def differs(self) -> bool:
        return self.value != self.exact

    def text(self, *, mark: bool = True, sign: bool = True) -> str:
        """ "+0.17*" (marked where the exact difference differs), "0.24" without a sign."""
        shown = signed(self.value, self.places) if sign else display(self.value, self.places)
        return shown + (MARK if mark and self.differs else "")


def rounded(value: Fraction, places: int = SHOWN_PLACES) -> Fraction:
    """The value as a reader sees it, as an exact number."""
    return exact_rounded(value, places)


def shown_change(old: Fraction, new: Fraction, places: int = SHOWN_PLACES) -> Shown:
    """The change from `old` to `new` beside the two values shown with `places` decimals."""
    return Shown(rounded(new, places) - rounded(old, places), new - old, places)


def shown_gap(target: Fraction, value: Fraction, places: int = SHOWN_PLACES) -> Shown:
    """How far `value` is below `target` (0 when it is not), beside the two values shown."""
    zero = Fraction(0)
    return Shown(
        max(rounded(target, places) - rounded(value, places), zero),
        max(target - value, zero),
        places,
    )


def column_places(values: Iterable[Fraction | None]) -> int:
    """Decimals of a column of levels: none when every level is whole, else 2 (a column
    never mixes "+1" with "+0.55")."""
    whole = all(v is None or v.denominator == 1 for v in values)
    return 0 if whole else SHOWN_PLACES


def change_text(old: Fraction, new: Fraction, places: int = SHOWN_PLACES, mark: bool = True) -> str:
    """The change between two values shown with `places` decimals, never contradicting them
    (see Shown): "+0.17*" where the exact change (+0.1775) differs."""
    return shown_change(old, new, places).text(mark=mark)


def exact_signed(value: Fraction) -> str:
    """An exact difference with its sign: "+0.1775", "-0.245", "0"; one that is no finite
    decimal (1/11) to 4 decimals, marked as not exact: "≈+0.0909"."""
    text = exact_text(value)
    about = "/" in text
    if about:
        text = display(value, 4)
    text = f"+{text}" if value > 0 else text
    return f"≈{text}" if about else text


def unsigned(value: Fraction) -> str:
    """An exact value as `exact_signed` writes it, without a plus sign: "0.245", "≈0.3333"."""
    return exact_signed(value).replace("+", "", 1)


def exact_note(
    language: str, rows: Iterable[tuple[str, Shown]], *, signed_values: bool = True
) -> str | None:
    """The footnote under a column of shown differences: which of them differ from the
    exact ones, and the exact ones ("* Selisih dari nilai yang ditampilkan (dibulatkan);
    selisih tepat: A5 +0.125; Indeks SPBE +0.1775."), None when none differs."""
    parts = [
        f"{label} {exact_signed(s.exact) if signed_values else unsigned(s.exact)}"
        for label, s in rows
        if s.differs
    ]
    if not parts:
        return None
    return tr(language, "exact_note", mark=MARK, exact="; ".join(parts))


def exact_aside(
    shown: Shown,
    language: str,
    *,
    signed_value: bool = False,
    of: tuple[Fraction, Fraction] | None = None,
) -> str:
    """A shown difference's exact value right beside it, where there is no room for a
    footnote: " (tepat 0.245)", or with the exact values `of` it is the difference of
    " (tepat 0.245 = 1.75 − 1.505)"; "" when the shown and the exact are the same."""
    if not shown.differs:
        return ""
    value = exact_signed(shown.exact) if signed_value else unsigned(shown.exact)
    if of is None:
        return " " + tr(language, "exact_aside", exact=value)
    first, second = (unsigned(v) for v in of)
    return " " + tr(language, "exact_aside_of", exact=value, first=first, second=second)
