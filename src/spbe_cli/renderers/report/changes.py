"""What every report format shows the same way beside its values: the changes from the
baseline, each one the difference of the two values as shown (renderers.common.Shown), every
change in a column with one number of decimals, and the footnote with the exact changes where
they differ; a draft's levels not filled in yet and the range of its index."""

from __future__ import annotations

from pathlib import PurePath

from spbe_cli.frameworks import Framework
from spbe_cli.i18n import tr
from spbe_cli.renderers.common import (
    Shown,
    column_places,
    exact_note,
    level_shown,
    range_line,
    shown_change,
)
from spbe_cli.renderers.report.model import GroupRow, IndicatorRow, Report


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


def level_change(report: Report, row: IndicatorRow) -> Shown | None:
    """An indicator's change (none for a draft's indicator not filled in yet)."""
    if row.old is None or row.missing:
        return None
    return shown_change(row.old, row.level, level_places(report))


def level_cell(row: IndicatorRow, framework: Framework) -> str:
    """An indicator's level as shown beside its level's name: "3", "3.75", "3.5001" where
    2 decimals would name another level (level_shown), "-" when a draft has not filled it
    in."""
    return "-" if row.missing else level_shown(framework, row.level)


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
        (tr(language, "evidence_for", id=i.id), level_change(report, i)) for i in report.indicators
    ]
    return exact_note(language, [(label, s) for label, s in rows if s is not None])


def draft_text(report: Report, language: str) -> str | None:
    """A draft report's missing indicators and the range of its index, as `score` says it."""
    high = None
    if report.index_max is not None and report.predicate_max is not None:
        high = (report.index_max, report.predicate_max)
    return range_line(
        report.framework, report.missing, (report.index, report.predicate), high, language
    )


def compared_labels(report: Report, language: str) -> tuple[str, str]:
    """What names this report's values and the baseline's in legends and column heads: the
    years, or, when both are of one year, the files ("...-2026-tim.yaml" beside
    "...-2026.yaml", never "2026 / 2026"), or "Baru"/"Lama" for two files of one name;
    ("<year>", "") without a baseline."""
    b = report.baseline
    if b is None:
        return str(report.year), ""
    if b.year != report.year:
        return str(report.year), str(b.year)
    new, old = PurePath(report.file).name, PurePath(b.file).name
    if new == old:
        return tr(language, "new"), tr(language, "old")
    return new, old
