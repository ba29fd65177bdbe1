"""`spbe trend --format csv`: one row per instansi, year and value (the index, then each domain
and aspect), with its change from the year before. A domain's or aspect's change across a
kerangka change is given only where the mapping table pairs it on its own, with the pairing's
keyakinan; the index is compared across kerangka as it is. `selisih` is the change as the
other formats show it (never contradicting the two rounded values), `selisih_tepat` exact."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from fractions import Fraction

from spbe_cli.exact import exact_text, round_half_up
from spbe_cli.renderers import Options
from spbe_cli.renderers.common import change_text, csv_text
from spbe_cli.renderers.trend.view import group_change
from spbe_cli.trend import History

COLUMNS = (
    "instansi",
    "tahun",
    "kerangka",
    "kelompok",
    "id",
    "nama",
    "nilai",
    "nilai_tepat",
    "predikat",
    "selisih",
    "selisih_tepat",
    "keyakinan",
)


def _number(value: Fraction | None) -> Decimal | str:
    return "" if value is None else round_half_up(value, 2)


def _change(old: Fraction | None, new: Fraction) -> Decimal | str:
    """The change as the text formats show it beside the two rounded values."""
    return "" if old is None else Decimal(change_text(old, new, mark=False))


def _exact(value: Fraction | None) -> Decimal | str:
    """A finite decimal as a number (a spreadsheet keeps its sign), "p/q" as text."""
    if value is None:
        return ""
    text = exact_text(value)
    return text if "/" in text else Decimal(text)


def _rows(history: History) -> Iterator[tuple[object, ...]]:
    for year in history.years:
        score = year.score
        head = (history.institution, score.year, score.framework.id)
        change = year.change
        yield (
            *head,
            "indeks",
            "",
            score.framework.index_name("id"),
            _number(score.index),
            _exact(score.index),
            score.predicate,
            _change(None if year.step is None else year.step.old.index, score.index),
            _exact(change),
            "",
        )
        for section, items in (("domain", score.domains), ("aspek", score.aspects)):
            for group in items:
                found = group_change(year, group)
                delta = None if found is None else found.delta
                yield (
                    *head,
                    section,
                    group.id,
                    group.name,
                    _number(group.index),
                    _exact(group.index),
                    "",
                    _change(None if found is None else found.old, group.index),
                    _exact(delta),
                    (found.confidence or "") if found is not None else "",
                )


def render(histories: Sequence[History], options: Options) -> str:
    return csv_text(COLUMNS, (row for history in histories for row in _rows(history)))
