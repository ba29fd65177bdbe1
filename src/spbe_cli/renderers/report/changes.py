"""The changes a report shows beside its baseline, the same in every format: each one the
difference of the two values as shown (renderers.common.Shown), every change in a column with
one number of decimals, and the footnote with the exact changes where they differ."""

from __future__ import annotations

from fractions import Fraction

from spbe_cli.i18n import tr
from spbe_cli.renderers.common import Shown, column_places, exact_note, shown_change
from spbe_cli.renderers.report.model import GroupRow, Report


def group_change(group: GroupRow) -> Shown | None:
    """A domain's or aspect's change (2 decimals, as its index is shown)."""
    return None if group.old is None else shown_change(group.old, group.index)


def index_change(report: Report) -> Shown | None:
    """The index's change from the baseline (any kerangka)."""
    b = report.baseline
    return None if b is None else shown_change(b.index, report.index)


def level_places(report: Report) -> int:
    """Decimals of the indicators' change column: none on a whole scale, else 2."""
    return column_places(v for i in report.indicators for v in (i.level, i.old))


def level_change(report: Report, level: Fraction, old: Fraction | None) -> Shown | None:
    return None if old is None else shown_change(old, level, level_places(report))


def groups_note(report: Report, language: str) -> str | None:
    """The footnote under the domain and aspect table (its last row: the index)."""
    if not report.compared:
        return None
    rows = [(g.id, group_change(g)) for g in (*report.domains, *report.aspects)]
    found = [(label, s) for label, s in rows if s is not None]
    change = index_change(report)
    if change is not None:
        found.append((report.framework.index_name(language), change))
    return exact_note(language, found)


def indicators_note(report: Report, language: str) -> str | None:
    """The footnote under the indicator table (levels of more decimals than shown)."""
    if not report.compared:
        return None
    rows = [
        (tr(language, "evidence_for", id=i.id), level_change(report, i.level, i.old))
        for i in report.indicators
    ]
    return exact_note(language, [(label, s) for label, s in rows if s is not None])
