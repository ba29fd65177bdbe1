"""What a report shows, built from a Score and, with `--banding`, the Score it is compared with.

Pure data, exact Fractions: the renderers (renderers/report_*.py) only lay it out and display
numbers with exact.display. With a baseline of the same kerangka every indicator, aspect and
domain carries its old value; with a baseline of another kerangka only the index and predikat
are compared (their indicators and groups are not the same things), and the report says so.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from fractions import Fraction
from typing import TYPE_CHECKING

from spbe_cli.answers import EvidenceItem
from spbe_cli.errors import UsageError
from spbe_cli.evidence import EvidenceCheck
from spbe_cli.exact import display
from spbe_cli.frameworks import Framework
from spbe_cli.i18n import t
from spbe_cli.planning import level_of
from spbe_cli.renderers.common import banded_text
from spbe_cli.renderers.text import visible
from spbe_cli.scoring import Score, predicate
from spbe_cli.team.followup import FollowUp
from spbe_cli.team.targets import IndexTarget, IndicatorTarget, index_target, indicator_targets

if TYPE_CHECKING:
    from spbe_cli.trend import History

_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    text: str
    url: str | None  # the text itself, when it is a plain http(s) link with nothing hidden
    # (a bidi override or zero-width character makes it text, shown with visible escapes)


@dataclass(frozen=True)
class GroupRow:
    """A domain or an aspect."""

    id: str
    name: str
    weight: Fraction
    index: Fraction
    predicate: str
    band: int  # position of the predicate in the kerangka's bands (0 = lowest)
    domain: str | None = None
    old: Fraction | None = None  # the baseline's index (same kerangka only)

    @property
    def change(self) -> Fraction | None:
        return None if self.old is None else self.index - self.old


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    name: str
    aspect: str
    domain: str | None
    weight: Fraction
    level: Fraction
    level_name: str
    explanation: str | None
    evidence: tuple[Evidence, ...]
    old: Fraction | None = None  # the baseline's level (same kerangka only)
    missing: bool = False  # a draft's indicator not filled in yet (`level`: the lowest level)

    @property
    def change(self) -> Fraction | None:
        return None if self.old is None else self.level - self.old


@dataclass(frozen=True)
class BandRow:
    name: str
    lower: Fraction
    upper: Fraction
    edge: str = ""  # where the band starts, as charts label it (Band.edge_label): "≥ 2.60",
    # "> 2.50–3.50"; "" for a band that starts at the scale's bottom with it
    lower_in: bool = True  # the lower edge is in this band (spbe-2018/2020) or not (pemdi)
    span: str = ""  # both edges as the regulation prints them (Band.span): "2.50 < x ≤ 3.50"


@dataclass(frozen=True)
class Baseline:
    file: str
    institution: str
    year: int
    framework_id: str
    index: Fraction
    predicate: str
    band: int
    same_framework: bool
    framework: Framework | None = None  # the baseline's own kerangka (its index's name)

    def change(self, index: Fraction) -> Fraction:
        return index - self.index

    def index_name(self, language: str) -> str:
        """The name of the baseline's own index ("Indeks SPBE" for a spbe-2020 file compared
        in a Pemdi report), so that every figure is labelled with its own kerangka's index."""
        if self.framework is None:
            return "Indeks"
        return self.framework.index_name(language)

    @property
    def index_shown(self) -> str:
        """The baseline's index as shown beside its predikat (value_text on its own kerangka
        and year), 2 decimals when its kerangka is not known."""
        if self.framework is None:
            return display(self.index)
        return banded_text(self.framework, self.year, self.index)


@dataclass(frozen=True)
class Report:
    file: str
    institution: str
    year: int
    framework: Framework
    index: Fraction
    predicate: str
    band: int
    basis: str
    bands: tuple[BandRow, ...]
    domains: tuple[GroupRow, ...]
    aspects: tuple[GroupRow, ...]
    indicators: tuple[IndicatorRow, ...]
    baseline: Baseline | None = None
    history: History | None = None  # `--riwayat`: the instansi's years, this one included
    targets: tuple[IndicatorTarget, ...] = ()  # indicators with a target, against their level
    index_target: IndexTarget | None = None  # the index against target_indeks/target_predikat
    follow_ups: tuple[FollowUp, ...] = ()  # recommendations still open
    day: str = ""  # the day `terlambat` (and evidence validity) is judged on (YYYY-MM-DD)
    evidence: EvidenceCheck | None = None  # claimed vs supported, when the file has items
    made: datetime | None = None  # when the report was made (shown in its header)
    missing: tuple[str, ...] = ()  # a draft's indicators not filled in yet (`--allow-incomplete`)
    index_max: Fraction | None = None  # a draft: the index with every missing one at the top
    predicate_max: str | None = None

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def index_shown(self) -> str:
        """The index as shown beside its predikat: 2 decimals unless they would sit in
        another band (renderers.common.value_text)."""
        return banded_text(self.framework, self.year, self.index)

    def shown(self, value: Fraction) -> str:
        """A domain's or aspect's index as shown beside its predikat (banded_text)."""
        return banded_text(self.framework, self.year, value)

    def old_shown(self, value: Fraction) -> str:
        """A baseline's domain or aspect index as shown (banded_text on the baseline's year)."""
        b = self.baseline
        if b is None or b.framework is None:
            return display(value)
        return banded_text(b.framework, b.year, value)

    @property
    def radar(self) -> tuple[GroupRow, ...]:
        """The radar's axes: the domains, or the aspects when the kerangka has no domains."""
        return self.domains or self.aspects

    @property
    def compared(self) -> bool:
        """Whether the rows carry old values (a baseline of the same kerangka)."""
        return self.baseline is not None and self.baseline.same_framework

    @property
    def scale(self) -> tuple[int, int]:
        return self.framework.level_min, self.framework.level_max


def band_position(framework: Framework, name: str) -> int:
    names = [b.name for b in framework.bands]
    return names.index(name) if name in names else 0


def evidence(item: EvidenceItem | str) -> Evidence:
    """An item of data_dukung, with its link when the whole item is an http(s) address."""
    text = item if isinstance(item, str) else item.text
    stripped = text.strip()
    link = _URL.fullmatch(stripped) and visible(stripped) == stripped  # nothing hidden in it
    return Evidence(text, stripped if link else None)


def build(
    score: Score,
    old: Score | None = None,
    follow_ups: tuple[FollowUp, ...] = (),
    day: str = "",
    history: History | None = None,
    supported: EvidenceCheck | None = None,
    made: datetime | None = None,
) -> Report:
    """The report of `score`, compared with `old` when given, with the open ones of
    `follow_ups` (judged late on `day`), the instansi's `history` (`--riwayat`), its claims
    beside what the evidence supports when `supported` is given, made at `made`. Drafts
    (`--allow-incomplete`) are reported as `score` scores them: a missing indicator at the
    lowest level, marked missing, and the index's range beside the index."""
    framework = score.framework
    same = old is not None and old.framework.id == framework.id
    old_groups = {g.id: g.index for g in (*old.domains, *old.aspects)} if same and old else {}
    old_levels = (
        {i.indicator.id: i.level for i in old.indicators if i.level is not None}
        if same and old
        else {}
    )

    def group(g_id: str, name: str, weight: Fraction, index: Fraction, dom: str | None) -> GroupRow:
        name_of_band = predicate(framework, score.year, index)
        return GroupRow(
            g_id,
            name,
            weight,
            index,
            name_of_band,
            band_position(framework, name_of_band),
            dom,
            old_groups.get(g_id),
        )

    indicators: list[IndicatorRow] = []
    lowest = Fraction(framework.level_min)
    for item in score.indicators:
        ind = item.indicator
        level = lowest if item.level is None else item.level
        names = framework.names_of_levels(ind)
        indicators.append(
            IndicatorRow(
                ind.id,
                ind.name,
                ind.aspect,
                ind.domain,
                ind.weight,
                level,
                "" if item.level is None else names.get(level_of(framework, level), ""),
                item.explanation,
                tuple(evidence(e) for e in item.evidence),
                old_levels.get(ind.id),
                item.level is None,
            )
        )
    baseline = None
    if old is not None:
        baseline = Baseline(
            old.file,
            old.institution,
            old.year,
            old.framework.id,
            old.index,
            old.predicate,
            band_position(old.framework, old.predicate),
            same,
            old.framework,
        )
    return Report(
        file=score.file,
        institution=score.institution,
        year=score.year,
        framework=framework,
        index=score.index,
        predicate=score.predicate,
        band=band_position(framework, score.predicate),
        basis=score.basis,
        bands=bands(framework),
        domains=tuple(group(d.id, d.name, d.weight, d.index, None) for d in score.domains),
        aspects=tuple(group(a.id, a.name, a.weight, a.index, a.domain) for a in score.aspects),
        indicators=tuple(indicators),
        baseline=baseline,
        history=history,
        targets=indicator_targets(score),
        index_target=index_target(score),
        follow_ups=tuple(f for f in follow_ups if f.open),
        day=day,
        evidence=supported,
        made=made,
        missing=score.missing,
        index_max=score.index_max,
        predicate_max=score.predicate_max,
    )


LATEST_EPOCH = 253402300799
"""9999-12-31 23:59:59 UTC: the last second a date can hold."""


def made_now() -> datetime:
    """Now, in the zone of "today" (days.zone); SOURCE_DATE_EPOCH (seconds, UTC) when set, so that a
    report can be made again byte for byte. A value that is not a whole number of seconds
    from 0 to LATEST_EPOCH is a usage error (the reproducible-builds rule: never ignored)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not epoch:  # in the zone "today" is counted in (days.zone: WIB on a machine on UTC)
        from spbe_cli.days import zone

        return datetime.now(zone().tz)
    digits = epoch.isascii() and epoch.isdigit() and len(epoch) <= len(str(LATEST_EPOCH))
    if not digits or int(epoch) > LATEST_EPOCH:
        shown = epoch if len(epoch) <= 40 else epoch[:40] + "…"
        raise UsageError(t("env.source_date_epoch", value=shown, largest=LATEST_EPOCH))
    return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=int(epoch))


def made_text(made: datetime) -> str:
    """When a report was made: "2026-12-01 14:05 UTC+07:00" (ISO date, 24-hour time, the
    offset from UTC, read alike in every language)."""
    offset = made.utcoffset()
    zone = "UTC"
    if offset:
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        zone += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{made:%Y-%m-%d %H:%M} {zone}"


def bands(framework: Framework) -> tuple[BandRow, ...]:
    """The kerangka's bands for the charts, each with its own edges and its edge label."""
    low = framework.level_min
    return tuple(
        BandRow(b.name, b.lower, b.upper, b.edge_label(low), b.lower_in or n == 0, b.span())
        for n, b in enumerate(framework.bands)
    )
