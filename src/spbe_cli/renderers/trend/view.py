"""What every trend renderer says the same way: the title, the kerangka segments, each year's
groups (domains, or aspects for a kerangka without domains) and the change of each value
from the year before, and the sentence at a kerangka change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from spbe_cli.crosswalk import Confidence
from spbe_cli.diff import Change
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import term_label, tr
from spbe_cli.renderers.common import (
    Shown,
    exact_note,
    index_text,
    predicate_label,
    shown_change,
)
from spbe_cli.renderers.diff.view import describe
from spbe_cli.renderers.text import one_line
from spbe_cli.scoring import GroupScore, Score
from spbe_cli.trend import History, Year


@dataclass(frozen=True)
class Segment:
    """Consecutive years scored with one kerangka."""

    framework: Framework
    years: tuple[Year, ...]

    @property
    def section(self) -> str:
        """ "domain", or "aspek" for a kerangka without domains."""
        return "domain" if self.framework.domains else "aspek"


@dataclass(frozen=True)
class GroupChange:
    """The change of one domain or aspect from the year before: within one kerangka always,
    across a kerangka change only where the mapping table pairs it on its own."""

    delta: Fraction
    old: Fraction
    confidence: Confidence | None = None  # across kerangka: how well the pairing is known


def segments(history: History) -> list[Segment]:
    found: list[Segment] = []
    for year in history.years:
        framework = year.score.framework
        if found and found[-1].framework.id == framework.id:
            found[-1] = Segment(framework, (*found[-1].years, year))
        else:
            found.append(Segment(framework, (year,)))
    return found


def groups(score: Score) -> tuple[GroupScore, ...]:
    """The groups a trend shows: the domains, or the aspects when the kerangka has none."""
    return score.domains or score.aspects


def index_names(history: History, language: str) -> str:
    names: list[str] = []
    for year in history.years:
        name = year.score.framework.index_name(language)
        if name not in names:
            names.append(name)
    return " → ".join(names)


def title(history: History, language: str) -> str:
    span = (
        str(history.first) if history.first == history.last else f"{history.first}–{history.last}"
    )
    return tr(
        language,
        "trend_title",
        index=index_names(history, language),
        institution=one_line(history.institution),
        years=span,
    )


def index_shown(year: Year) -> Shown | None:
    """The index change beside the two rounded values (None the first year)."""
    if year.step is None:
        return None
    return shown_change(year.step.old.index, year.step.new.index)


def change_of_index(year: Year) -> str:
    """The index change shown beside two rounded values ("" the first year), marked where
    it is not the exact change (the footnote, `note`, gives that)."""
    shown = index_shown(year)
    return "" if shown is None else shown.text()


def group_change(year: Year, group: GroupScore) -> GroupChange | None:
    step = year.step
    if step is None:
        return None
    rows: Sequence[Change] = (*step.domains, *step.aspects)
    if step.kind == "kerangka_sama":
        found = next((c for c in rows if c.id == group.id and c.new_ids == (group.id,)), None)
    else:
        found = next(
            (c for c in rows if c.new_ids == (group.id,) and c.matched and c.old_ids), None
        )
    if found is None or found.old is None or found.new is None:
        return None
    confidence = None if step.kind == "kerangka_sama" else found.confidence
    return GroupChange(found.new - found.old, found.old, confidence)


def group_parts(year: Year, group: GroupScore, language: str) -> tuple[str, str]:
    """A group's value and its change from the year before ("" when there is none to show):
    ("2.90", "+1.50"); across a kerangka change with the pairing's keyakinan."""
    change = group_change(year, group)
    if change is None:
        return index_text(year.score, group.index), ""
    text = shown_change(change.old, group.index).text()
    if change.confidence is not None:
        text += f", {term_label(change.confidence, language)}"
    return index_text(year.score, group.index), text


def group_cell(year: Year, group: GroupScore, language: str) -> str:
    """A group's value, and its change from the year before: "2.90 (+1.50)"."""
    value, change = group_parts(year, group, language)
    return f"{value} ({change})" if change else value


def boundary(year: Year, language: str) -> str | None:
    """At a kerangka change: the years and what was compared across it."""
    step = year.step
    if step is None or step.kind == "kerangka_sama":
        return None
    sentence = describe(step, language)
    return tr(language, "trend_change", old=step.old.year, new=step.new.year, sentence=sentence)


def predicate_text(score: Score, language: str) -> str:
    return predicate_label(score.framework, score.predicate, language)


def group_heading(segment: Segment, language: str) -> str:
    first, last = segment.years[0].score.year, segment.years[-1].score.year
    span = str(first) if first == last else f"{first}–{last}"
    key = "domains" if segment.section == "domain" else "aspects"
    return tr(
        language,
        "trend_groups",
        groups=tr(language, key),
        framework=segment.framework.id,
        years=span,
    )


def changes_note(history: History, language: str) -> str | None:
    """The footnote under a history's tables: the exact changes where a shown change (of the
    rounded values) differs from them ("2024 +0.1775; 2024 D2 +0.3025")."""
    rows: list[tuple[str, Shown]] = []
    for year in history.years:
        shown = index_shown(year)
        if shown is not None:
            rows.append((str(year.score.year), shown))
    for year in history.years:
        for group in groups(year.score):
            change = group_change(year, group)
            if change is not None:
                shown = shown_change(change.old, group.index)
                rows.append((f"{year.score.year} {group.id}", shown))
    return exact_note(language, rows)
