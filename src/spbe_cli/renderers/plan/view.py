"""What every plan format shows, as plain text pieces (no rich here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from spbe_cli.exact import display
from spbe_cli.i18n import tr, tr_count
from spbe_cli.ids import id_ranges
from spbe_cli.planning import Move, Plan, level_of, level_span, new_levels
from spbe_cli.renderers.common import (
    Shown,
    banded_text,
    exact_note,
    level_text,
    predicate_label,
    shown_change,
)
from spbe_cli.renderers.common import heading as score_heading
from spbe_cli.renderers.text import one_line


@dataclass(frozen=True)
class Need:
    """A level a move has to reach, with its name and criteria."""

    level: int
    name: str
    criteria: str


def on_edge_text(plan: Plan, value: Fraction) -> str:
    """An index as shown beside its predikat: 2 decimals, or the exact value where they
    would read as another predikat ("3.4975" beside "Baik", never "3.50"): banded_text, the
    one rule every command shows a value beside its band by."""
    return banded_text(plan.current.framework, plan.current.year, value)


def gain_shown(move: Move) -> Shown:
    """A move's gain as the difference of the two indices shown (before it, after it)."""
    return shown_change(move.index - move.gain, move.index)


def gains_note(plan: Plan, language: str = "id") -> str | None:
    """The footnote under the steps: the exact gains where a shown one differs from them."""
    rows = [
        (tr(language, "indicator_id", id=move.indicator.id), gain_shown(move))
        for move in plan.moves
    ]
    return exact_note(language, rows)


def heading(plan: Plan, language: str = "id") -> str:
    return tr(language, "plan_heading", heading=score_heading(plan.current, language))


def target_text(plan: Plan, language: str = "id") -> str:
    """The plan's aim: the target, the floor, or the floor then the target."""
    floor = tr(language, "plan_floor", floor=plan.floor) if plan.floor is not None else ""
    if plan.target is None:
        return floor
    basis = tr(language, "basis_exact" if plan.current.basis == "tepat" else "basis_rounded")
    value = plan.target.bound
    if plan.target.predicate:
        predicate = predicate_label(plan.current.framework, plan.target.predicate, language)
        text = tr(language, "plan_target_predicate", predicate=predicate, value=value, basis=basis)
    else:
        text = tr(language, "plan_target_index", value=value, basis=basis)
    return tr(language, "plan_floor_then", floor=floor, target=text) if floor else text


def summary(plan: Plan, language: str = "id") -> str:
    """One sentence: where the index is, where it goes, and in how many steps."""
    now = tr(
        language,
        "plan_now",
        index=on_edge_text(plan, plan.current.index),
        predicate=predicate_label(plan.current.framework, plan.current.predicate, language),
        target=target_text(plan, language),
    )
    if not plan.reached:
        return tr(
            language,
            "plan_unreachable",
            now=now,
            best=on_edge_text(plan, plan.best_index),
            best_predicate=predicate_label(plan.current.framework, plan.best_predicate, language),
        )
    if not plan.moves:
        return tr(language, "plan_met", now=now)
    return tr(
        language,
        "plan_steps",
        now=now,
        steps=tr_count(language, "n_level_steps", plan.steps),
        indicators=tr_count(language, "n_indicators", len(plan.moves)),
        index=on_edge_text(plan, plan.index),
        predicate=predicate_label(plan.current.framework, plan.predicate, language),
    )


def held_text(plan: Plan, language: str = "id") -> str | None:
    """The indicators the plan was not allowed to move, and why."""
    parts = []
    external = [i for i, why in plan.held.items() if why == "eksternal"]
    chosen = [i for i, why in plan.held.items() if why == "kecuali"]
    if external:
        parts.append(tr(language, "plan_held_external", ids=id_ranges(external)))
    if chosen:
        parts.append(f"{id_ranges(chosen)} (--kecuali)")
    if plan.below_floor:
        below = tr(language, "plan_below_floor", ids=id_ranges(plan.below_floor), floor=plan.floor)
        parts.append(below)
    return tr(language, "plan_held", reasons="; ".join(parts)) if parts else None


def cap_text(plan: Plan, language: str = "id") -> str | None:
    framework = plan.current.framework
    return None if plan.cap == framework.level_max else tr(language, "plan_cap", cap=plan.cap)


def needs(plan: Plan, move: Move) -> list[Need]:
    framework = plan.current.framework
    names = framework.names_of_levels(move.indicator)
    criteria = framework.criteria_of(move.indicator)
    return [
        Need(level, names.get(level, ""), criteria.get(level, ""))
        for level in new_levels(framework, move.start, move.end)
    ]


def need_lines(plan: Plan, move: Move, language: str = "id") -> list[str]:
    """What the move requires, one line per new level ("level 4 Kolaborasi: ...")."""
    found = needs(plan, move)
    if not found:
        framework = plan.current.framework
        level = level_of(framework, move.end)
        name = framework.names_of_levels(move.indicator).get(level, "")
        span = level_span(framework, level)
        within = tr(language, "plan_within", level=level, name=name, span=span)
        return [one_line(within)]
    return [one_line(f"{need_label(n)}: {n.criteria or '-'}") for n in found]


def short_name(name: str) -> str:
    """The name without the "Tingkat Kematangan" every spbe-2020 name starts with."""
    short = name.removeprefix("Tingkat Kematangan ")
    return short[:1].upper() + short[1:]


def need_label(need: Need) -> str:
    return " ".join(p for p in (f"level {need.level}", need.name) if p)


def row(plan: Plan, move: Move, language: str = "id") -> Sequence[str]:
    """id, nama, bobot, dari, ke, tambahan, indeks, predikat (display text; the gain is the
    difference of the indices shown, marked where the exact gain differs: `gains_note`);
    with a floor, first what the move is for."""
    purpose = (tr(language, f"plan_for_{move.purpose}"),) if plan.floor is not None else ()
    return (
        *purpose,
        move.indicator.id,
        one_line(short_name(move.indicator.name)),
        display(move.indicator.weight),
        level_text(move.start),
        level_text(move.end),
        gain_shown(move).text(),
        on_edge_text(plan, move.index),
        predicate_label(plan.current.framework, move.predicate, language),
    )


COLUMN_KEYS = ("indicator", "weight", "from", "to", "gain", "index", "predicate")


def columns(language: str = "id", floor: bool = False) -> tuple[str, ...]:
    """The column headers of the steps table (in the order of `row`)."""
    purpose = (tr(language, "plan_for"),) if floor else ()
    return (*purpose, "ID", *(tr(language, key) for key in COLUMN_KEYS))
