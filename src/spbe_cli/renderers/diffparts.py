"""What every diff renderer says the same way: titles, which comparison was made, signed
numbers, and the indicator rows grouped into sections (gains, regressions, ...)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from spbe_cli.answers import id_ranges
from spbe_cli.diff import Change, Comparison
from spbe_cli.exact import display
from spbe_cli.frameworks import Framework
from spbe_cli.renderers.labels import index_name, level_text
from spbe_cli.scoring import Score

CONTRIBUTION_PLACES = 4
"""Contributions are small (a level on a 1.30 % indicator moves the index 0.013): 4 decimals.
The index change is shown the same way, so it visibly equals the sum of the contributions."""
PREFIX = "Tingkat Kematangan "


def signed(value: Fraction, places: int = 2) -> str:
    """The value rounded half-up, its sign always shown: "+0.33", "-0.09", "0.00"."""
    text = display(value, places)
    return f"+{text}" if value > 0 else text


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
    return "" if change.delta is None else signed(change.delta)


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
    return " + ".join(short(n) for n in names)


def old_name(change: Change) -> str | None:
    """Across kerangka: the old side's names when they differ from the new side's."""
    if not (change.old_names and change.new_names):
        return None
    old = " + ".join(short(n) for n in change.old_names)
    return None if old == row_name(change) else old


def index_delta_text(comparison: Comparison) -> str:
    return signed(comparison.index_delta, CONTRIBUTION_PLACES)


def name_of(comparison: Comparison) -> str:
    old, new = index_name(comparison.old), index_name(comparison.new)
    return old if old == new else f"{old} → {new}"


def title(comparison: Comparison) -> str:
    old, new = comparison.old, comparison.new
    if old.institution == new.institution:
        return f"Perbandingan {name_of(comparison)} {new.institution}: {old.year} → {new.year}"
    return (
        f"Perbandingan {name_of(comparison)}: {old.institution} {old.year} → "
        f"{new.institution} {new.year}"
    )


def files(comparison: Comparison) -> str:
    old, new = comparison.old, comparison.new
    return f"lama: {old.file} ({old.framework.id}); baru: {new.file} ({new.framework.id})"


def describe(comparison: Comparison) -> str:
    """Which comparison was made, in one sentence (shown by every format)."""
    old, new = comparison.old.framework, comparison.new.framework
    if comparison.kind == "kerangka_sama":
        return (
            f"Kerangka sama ({new.id}): setiap indikator dibandingkan langsung; kontribusi = "
            "selisih level × bobot / 100, dan jumlah kontribusi sama dengan selisih indeks."
        )
    bands = ""
    if _bands(old) != _bands(new):
        bands = " Pita predikat kedua kerangka berbeda."
    if comparison.kind == "pemetaan" and comparison.crosswalk is not None:
        table = comparison.crosswalk
        return (
            f"Lintas kerangka {old.id} → {new.id}: indeks dan predikat dibandingkan langsung; "
            f"domain, aspek dan indikator hanya melalui tabel pemetaan {table.table_id} "
            "(keyakinan tiap baris: primer, sebagian atau dugaan); kontribusi tidak dihitung "
            f"lintas kerangka.{bands}"
        )
    return (
        f"Lintas kerangka {old.id} → {new.id}: hanya indeks dan predikat yang dibandingkan; "
        "tidak ada tabel pemetaan untuk kedua kerangka ini, jadi domain, aspek dan indikator "
        f"tidak dibandingkan.{bands}"
    )


def _bands(framework: Framework) -> list[tuple[str, Fraction | None]]:
    """Band names and lower bounds, the lowest band's bound left out (it is the scale's floor)."""
    return [(b.name, b.lower if n else None) for n, b in enumerate(framework.bands)]


def predicate_move(comparison: Comparison) -> str:
    step = comparison.predicate_step
    if comparison.old.predicate == comparison.new.predicate and step == 0:
        return "tetap"
    return "naik" if step > 0 else ("turun" if step < 0 else "berubah")


def draft_notes(comparison: Comparison) -> list[str]:
    """For each side that is a draft: which indicators are not filled in yet."""
    notes = []
    for side, score in (("lama", comparison.old), ("baru", comparison.new)):
        if score.missing:
            notes.append(draft_note(side, score))
    return notes


def draft_note(side: str, score: Score) -> str:
    return (
        f"Berkas {side} belum lengkap: {len(score.missing)} indikator belum diisi "
        f"({id_ranges(score.missing)}), dihitung pada level terendah."
    )


@dataclass(frozen=True)
class Section:
    """A titled group of indicator rows."""

    key: str  # naik, turun, belum_diisi, tetap, hanya_lama, hanya_baru
    heading: str
    rows: tuple[Change, ...]


def sections(comparison: Comparison) -> list[Section]:
    """The indicator rows in the order a reader wants them, each group with its heading."""
    same = comparison.kind == "kerangka_sama"
    old, new = comparison.old.framework.id, comparison.new.framework.id

    def total(rows: Sequence[Change]) -> str:
        if not same:
            return ""
        summed = sum((r.contribution or Fraction(0) for r in rows), Fraction(0))
        return f", kontribusi {signed(summed, CONTRIBUTION_PLACES)}"

    groups = [
        ("naik", "Naik", comparison.gains),
        ("turun", "Turun", comparison.regressions),
        ("belum_diisi", "Belum diisi (dihitung level terendah)", comparison.unfilled),
        ("tetap", "Tetap", comparison.unchanged),
        ("hanya_lama", f"Tanpa padanan di {new}", _only(comparison, old_side=True)),
        ("hanya_baru", f"Baru di {new}, tanpa padanan di {old}", _only(comparison, False)),
    ]
    return [
        Section(key, f"{heading}: {len(rows)} {_unit(same, key, old, new)}{total(rows)}", rows)
        for key, heading, rows in groups
        if rows
    ]


def _unit(same: bool, key: str, old: str, new: str) -> str:
    if same:
        return "indikator"
    return {"hanya_lama": f"indikator {old}", "hanya_baru": f"indikator {new}"}.get(key, "pasangan")


def _only(comparison: Comparison, old_side: bool) -> tuple[Change, ...]:
    return tuple(c for c in comparison.unmatched if (c.old is not None) == old_side)


def ids_text(ids: Sequence[str]) -> str:
    """The ids of one side of a row: "25", "11+12", or "-" for none."""
    return "+".join(ids) if ids else "-"
