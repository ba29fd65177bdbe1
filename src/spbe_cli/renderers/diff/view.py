"""What every diff renderer says the same way: titles, which comparison was made, signed
numbers, and the indicator rows grouped into sections (gains, regressions, ...)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from spbe_cli.diff import Change, Comparison
from spbe_cli.exact import decimal_places, display
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import tr, tr_count
from spbe_cli.ids import id_ranges
from spbe_cli.renderers.common import (
    change_text,
    exact_note,
    index_name,
    level_text,
    shown_change,
    signed,
)
from spbe_cli.renderers.text import one_line
from spbe_cli.scoring import Score

CONTRIBUTION_PLACES = 4
"""Contributions are small (a level on a 1.30 % indicator moves the index 0.013): 4 decimals.
The index change is shown the same way, so it visibly equals the sum of the contributions."""
PREFIX = "Tingkat Kematangan "


def signed_level(value: Fraction) -> str:
    """A level difference: "+2", "-1", or "+0.25" on a decimal scale."""
    if value.denominator == 1:
        return f"{value.numerator:+d}" if value else "0"
    return signed(value)


def level_value_text(value: Fraction | None) -> str:
    """An indicator's level ("3"), or across kerangka the mean of a group ("1.67")."""
    return "-" if value is None else level_text(value)


def group_value_text(value: Fraction | None) -> str:
    """An aspect's or domain's index."""
    return "-" if value is None else display(value)


def level_delta_text(change: Change) -> str:
    return "" if change.delta is None else signed_level(change.delta)


def group_delta_text(change: Change) -> str:
    """An aspect's or domain's change, never contradicting the two values shown beside it."""
    if change.old is None or change.new is None:
        return ""
    return change_text(change.old, change.new)


def groups_note(comparison: Comparison, language: str) -> str | None:
    """The footnote under the domain and aspect tables: the exact changes where a shown one
    (of the rounded values) differs from them."""
    rows = [
        (c.id, shown_change(c.old, c.new))
        for c in (*comparison.domains, *comparison.aspects)
        if c.old is not None and c.new is not None
    ]
    return exact_note(language, rows)


def contribution_text(change: Change) -> str:
    if change.contribution is None:
        return ""
    return signed(change.contribution, CONTRIBUTION_PLACES)


def short(name: str) -> str:
    """An indicator name without the "Tingkat Kematangan" every 59/2020 name starts with."""
    return name[len(PREFIX) :] if name.startswith(PREFIX) and len(name) > len(PREFIX) else name


def row_name(change: Change) -> str:
    """The name shown for a row: the new side's (short) names, else the old side's."""
    names = change.new_names or change.old_names or (change.name,)
    return one_line(" + ".join(short(n) for n in names))


def old_name(change: Change) -> str | None:
    """Across kerangka: the old side's names when they differ from the new side's."""
    if not (change.old_names and change.new_names):
        return None
    old = one_line(" + ".join(short(n) for n in change.old_names))
    return None if old == row_name(change) else old


def index_delta_text(comparison: Comparison) -> str:
    """The index change with the contributions' 4 decimals, exact (they add up to it)."""
    old, new = comparison.old.index, comparison.new.index
    delta = new - old
    places = decimal_places(delta)
    if places is not None and places <= CONTRIBUTION_PLACES:
        return signed(delta, CONTRIBUTION_PLACES)
    return change_text(old, new, mark=False)  # no contributions to add up to: as shown


def name_of(comparison: Comparison, language: str = "id") -> str:
    old, new = index_name(comparison.old, language), index_name(comparison.new, language)
    return old if old == new else f"{old} → {new}"


def title(comparison: Comparison, language: str = "id") -> str:
    old, new = comparison.old, comparison.new
    return tr(
        language,
        "diff_title" if old.institution == new.institution else "diff_title_two",
        index=name_of(comparison, language),
        institution=one_line(new.institution),
        old_institution=one_line(old.institution),
        new_institution=one_line(new.institution),
        old_year=old.year,
        new_year=new.year,
    )


def files(comparison: Comparison, language: str = "id") -> str:
    old, new = comparison.old, comparison.new
    return tr(
        language,
        "diff_files",
        old_file=one_line(old.file),
        old_framework=old.framework.id,
        new_file=one_line(new.file),
        new_framework=new.framework.id,
    )


def describe(comparison: Comparison, language: str = "id") -> str:
    """Which comparison was made, in one sentence (shown by every format; JSON keeps the
    Indonesian one)."""
    old, new = comparison.old.framework, comparison.new.framework
    if comparison.kind == "kerangka_sama":
        return tr(language, "diff_same", framework=new.id)
    bands = tr(language, "diff_bands") if _bands(old) != _bands(new) else ""
    table = comparison.crosswalk
    if comparison.kind == "pemetaan" and table is not None:
        text = tr(
            language, "diff_mapped", old=old.id, new=new.id, table=table.table_id, bands=bands
        )
        if table.guesses_only:
            text += tr(language, "diff_guesses_included")
        return text
    withheld = comparison.withheld
    if withheld is not None:
        return tr(
            language,
            "diff_guesses_withheld",
            old=old.id,
            new=new.id,
            table=withheld.table_id,
            bands=bands,
        )
    return tr(language, "diff_index_only", old=old.id, new=new.id, bands=bands)


def _bands(framework: Framework) -> list[tuple[str, Fraction | None, bool]]:
    """Band names, lower edges and which side of each edge the band keeps (1,50 is Cukup under
    59/2020's rule, Kurang under 8/2026's), the lowest band's edge left out (the scale's
    floor)."""
    return [
        (b.name, b.lower if n else None, b.lower_in or not n) for n, b in enumerate(framework.bands)
    ]


def predicate_move(comparison: Comparison) -> str:
    """How the predikat moved, as the JSON says it: naik, turun, tetap or berubah."""
    step = comparison.predicate_step
    if comparison.old.predicate == comparison.new.predicate and step == 0:
        return "tetap"
    return "naik" if step > 0 else ("turun" if step < 0 else "berubah")


def move_text(comparison: Comparison, language: str = "id") -> str:
    """The predikat move in words: "naik" / "up"."""
    return tr(language, f"move_{predicate_move(comparison)}")


def draft_notes(comparison: Comparison, language: str = "id") -> list[str]:
    """For each side that is a draft: which indicators are not filled in yet."""
    notes = []
    for key, score in (("diff_draft_old", comparison.old), ("diff_draft_new", comparison.new)):
        if score.missing:
            notes.append(draft_note(key, score, language))
    return notes


def draft_note(key: str, score: Score, language: str = "id") -> str:
    count = tr_count(language, "n_indicators", len(score.missing))
    return tr(language, key, indicators=count, ids=id_ranges(score.missing))


@dataclass(frozen=True)
class Section:
    """A titled group of indicator rows."""

    key: str  # naik, turun, belum_diisi, tetap, hanya_lama, hanya_baru
    heading: str
    rows: tuple[Change, ...]


def sections(comparison: Comparison, language: str = "id") -> list[Section]:
    """The indicator rows in the order a reader wants them, each group with its heading."""
    same = comparison.kind == "kerangka_sama"
    old, new = comparison.old.framework.id, comparison.new.framework.id

    def total(rows: Sequence[Change]) -> str:
        if not same:
            return ""
        summed = sum((r.contribution or Fraction(0) for r in rows), Fraction(0))
        return tr(language, "section_total", total=signed(summed, CONTRIBUTION_PLACES))

    def heading(key: str, rows: Sequence[Change]) -> str:
        name = tr(language, f"section_{key}", old=old, new=new)
        return f"{name}: {_count(language, same, key, len(rows), old, new)}{total(rows)}"

    groups = [
        ("naik", comparison.gains),
        ("turun", comparison.regressions),
        ("belum_diisi", comparison.unfilled),
        ("tetap", comparison.unchanged),
        ("hanya_lama", _only(comparison, old_side=True)),
        ("hanya_baru", _only(comparison, False)),
    ]
    return [Section(key, heading(key, rows), rows) for key, rows in groups if rows]


def _count(language: str, same: bool, key: str, count: int, old: str, new: str) -> str:
    if same:
        return tr_count(language, "n_indicators", count)
    side = {"hanya_lama": old, "hanya_baru": new}.get(key)
    if side is None:
        return tr_count(language, "n_pairs", count)
    return tr_count(language, "n_framework_indicators", count, framework=side)


def _only(comparison: Comparison, old_side: bool) -> tuple[Change, ...]:
    return tuple(c for c in comparison.unmatched if (c.old is not None) == old_side)


def ids_text(ids: Sequence[str]) -> str:
    """The ids of one side of a row: "25", "11+12", or "-" for none."""
    return "+".join(ids) if ids else "-"
