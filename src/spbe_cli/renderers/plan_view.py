"""What every plan format shows, as plain text pieces (no rich here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spbe_cli.answers import id_ranges
from spbe_cli.exact import display
from spbe_cli.planning import Move, Plan, level_of, level_span, new_levels
from spbe_cli.renderers.labels import heading as score_heading
from spbe_cli.renderers.labels import level_text

ORDER_RULE = (
    "Urutan: tambahan terbesar dulu, lalu level awal terendah, lalu urutan indikator di tabel."
)


@dataclass(frozen=True)
class Need:
    """A level a move has to reach, with its name and criteria."""

    level: int
    name: str
    criteria: str


def heading(plan: Plan) -> str:
    return f"Rencana {score_heading(plan.current)}"


def target_text(plan: Plan) -> str:
    basis = "indeks tepat" if plan.current.basis == "tepat" else "indeks dibulatkan 2 desimal"
    value = display(plan.target.value)
    if plan.target.predicate:
        return f"{plan.target.predicate} (indeks >= {value}, dari {basis})"
    return f"indeks >= {value} (dari {basis})"


def summary(plan: Plan) -> str:
    """One sentence: where the index is, where it goes, and in how many steps."""
    now = f"Sekarang {display(plan.current.index)} ({plan.current.predicate})"
    wanted = f"target {target_text(plan)}"
    if not plan.reached:
        return (
            f"{now}; {wanted} tidak tercapai: paling tinggi {display(plan.best_index)} "
            f"({plan.best_predicate}) dengan setiap langkah yang boleh"
        )
    if not plan.moves:
        return f"{now}; {wanted} sudah tercapai: tidak ada langkah yang perlu"
    return (
        f"{now}; {wanted}: {plan.steps} langkah naik level pada {len(plan.moves)} indikator "
        f"-> {display(plan.index)} ({plan.predicate})"
    )


def held_text(plan: Plan) -> str | None:
    """The indicators the plan was not allowed to move, and why."""
    parts = []
    external = [i for i, why in plan.held.items() if why == "eksternal"]
    chosen = [i for i, why in plan.held.items() if why == "kecuali"]
    if external:
        parts.append(
            f"{id_ranges(external)} (nilai dari indeks instansi lain; "
            "sertakan dengan --termasuk-eksternal)"
        )
    if chosen:
        parts.append(f"{id_ranges(chosen)} (--kecuali)")
    return "Tidak direncanakan: " + "; ".join(parts) if parts else None


def cap_text(plan: Plan) -> str | None:
    framework = plan.current.framework
    return None if plan.cap == framework.level_max else f"Level paling tinggi: {plan.cap}"


def needs(plan: Plan, move: Move) -> list[Need]:
    framework = plan.current.framework
    names = framework.names_of_levels(move.indicator)
    criteria = move.indicator.criteria
    return [
        Need(level, names.get(level, ""), criteria.get(level, ""))
        for level in new_levels(framework, move.start, move.end)
    ]


def need_lines(plan: Plan, move: Move) -> list[str]:
    """What the move requires, one line per new level ("level 4 Kolaborasi: ...")."""
    found = needs(plan, move)
    if not found:
        framework = plan.current.framework
        level = level_of(framework, move.end)
        name = framework.names_of_levels(move.indicator).get(level, "")
        span = level_span(framework, level)
        return [f"nilai naik di dalam rentang level {level} {name} ({span})".replace("  ", " ")]
    return [f"{need_label(n)}: {n.criteria or '-'}" for n in found]


def short_name(name: str) -> str:
    """The name without the "Tingkat Kematangan" every spbe-2020 name starts with."""
    short = name.removeprefix("Tingkat Kematangan ")
    return short[:1].upper() + short[1:]


def need_label(need: Need) -> str:
    return " ".join(p for p in (f"level {need.level}", need.name) if p)


def row(move: Move) -> Sequence[str]:
    """id, nama, bobot, dari, ke, tambahan, indeks, predikat (display text)."""
    return (
        move.indicator.id,
        short_name(move.indicator.name),
        display(move.indicator.weight),
        level_text(move.start),
        level_text(move.end),
        f"+{display(move.gain)}",
        display(move.index),
        move.predicate,
    )


COLUMNS = ("ID", "Indikator", "Bobot", "Dari", "Ke", "Tambahan", "Indeks", "Predikat")
