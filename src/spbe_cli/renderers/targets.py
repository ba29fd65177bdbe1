"""Targets against realisation, as every output says them (`score --detail`, `progress`,
`report`): plain text pieces and JSON parts, no rich here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spbe_cli.exact import display, exact_text
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import tr
from spbe_cli.renderers.common import (
    Shown,
    exact_aside,
    level_text,
    level_value,
    num,
    predicate_label,
    shown_gap,
    value_text,
)
from spbe_cli.scoring import Score

if TYPE_CHECKING:
    from spbe_cli.team.targets import IndexTarget, IndicatorTarget


def index_target_of(score: Score) -> IndexTarget | None:
    """The index against the file's target_indeks/target_predikat (None without them; the
    targets module is loaded only for a file that sets one)."""
    if score.target_index is None and score.target_predicate is None:
        return None
    from spbe_cli.team.targets import index_target

    return index_target(score)


def reached_text(reached: bool, language: str) -> str:
    return tr(language, "target_reached" if reached else "target_not_reached")


def indicator_status(target: IndicatorTarget, language: str) -> str:
    """ "tercapai", or "kurang 1" / "short by 0.25"."""
    if target.reached:
        return reached_text(True, language)
    if target.level is None:
        return tr(language, "target_unfilled")
    band = target.band
    if band is not None:
        key = "target_needs_from" if band.lower_in else "target_needs_above"
        return tr(language, key, edge=display(band.lower))
    return tr(language, "target_short", gap=level_text(target.gap))


def index_gap(target: IndexTarget) -> Shown | None:
    """The index's gap to target_indeks as shown beside the two rounded values (1.75 and
    1.51: 0.24), with the exact gap (0.245); None without target_indeks or when it is met."""
    if target.target_index is None or target.index_reached:
        return None
    return shown_gap(target.target_index, target.index)


def index_line(target: IndexTarget, framework: Framework, language: str) -> str:
    """ "Target: indeks 3.00, predikat Baik; realisasi 2.57 (Baik): belum tercapai, kurang
    0.43"; a shown gap that is not the exact one has the exact one beside it, with the exact
    values it is the difference of ("kurang 0.24 (tepat 0.245 = 1.75 − 1.505)")."""
    parts = []
    if target.target_index is not None:
        parts.append(tr(language, "target_index", value=display(target.target_index)))
    if target.target_predicate is not None:
        name = predicate_label(framework, target.target_predicate, language)
        parts.append(tr(language, "target_predicate", name=name))
    status = reached_text(target.reached, language)
    gap = index_gap(target)
    if gap is not None and target.target_index is not None:
        shown = gap.text(mark=False, sign=False) + exact_aside(
            gap, language, of=(target.target_index, target.index)
        )
        status += ", " + tr(language, "target_short", gap=shown)
    return tr(
        language,
        "target_line",
        targets=", ".join(parts),
        index=value_text(framework, target.index, target.basis),
        predicate=predicate_label(framework, target.predicate, language),
        status=status,
    )


def index_object(target: IndexTarget | None) -> dict[str, Any] | None:
    """`target` of the index in JSON: the targets, whether each is met, the gap: `selisih`
    as shown beside the rounded index and target (they add up), `selisih_tepat` exact; both 0
    when target_indeks is met (IndexTarget.gap: a year whose predikat uses the rounded index
    meets 3.00 with 2.995)."""
    if target is None:
        return None
    gap = None
    if target.target_index is not None:
        met = target.index_reached
        gap = shown_gap(target.target_index, target.target_index if met else target.index)
    return {
        "indeks": None if target.target_index is None else num(target.target_index),
        "indeks_tepat": None if target.target_index is None else exact_text(target.target_index),
        "predikat": target.target_predicate,
        "indeks_tercapai": target.index_reached,
        "predikat_tercapai": target.predicate_reached,
        "tercapai": target.reached,
        "selisih": None if gap is None else num(gap.value),
        "selisih_tepat": None if gap is None else exact_text(gap.exact),
    }


def indicator_object(target: IndicatorTarget) -> dict[str, Any]:
    """`target` of an indicator in JSON. `selisih` is IndicatorTarget.gap; where the target
    names a band (pemdi-2026), `perlu` gives what the level needs: above the band's lower edge
    (`lebih_dari`) or from it (`paling_sedikit`), so that 2.50 with target 3 reads "more than
    2.50" rather than a gap of 0.50 (2.51 meets it). Whole-level kerangka have no `perlu`."""
    found: dict[str, Any] = {
        "id": target.indicator.id,
        "nama": target.indicator.name,
        "pj": target.owner,
        "level": None if target.level is None else level_value(target.level),
        "target": level_value(target.target),
        "tercapai": target.reached,
        "selisih": level_value(target.gap),
    }
    band = target.band
    if band is not None:
        found["perlu"] = {"paling_sedikit" if band.lower_in else "lebih_dari": num(band.lower)}
    return found
