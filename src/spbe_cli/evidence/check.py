"""An answer file checked against its evidence items (`spbe evidence`): for every indicator
the claimed value beside the level the accepted evidence supports and the level the ready
evidence supports (cascade.py), the local files that are not there, the items expired on the
day, the items to revise or rejected, and the three indices, each computed by scoring.py with
the levels replaced (simulation.with_levels), exactly.

A value converted from another agency's score (`sdi: 68.75`) needs no item: it is supported
as claimed. An indicator not filled in yet (a draft) has no claim and counts at the lowest
level in all three indices, as in the draft's own index.

Local files (`berkas`) are paths relative to the answer file's folder (standard input: the
current folder), written with `/` or `\\` (filepaths.py); an absolute path is used as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path

from spbe_cli import filepaths
from spbe_cli.answers import Answer, Answers, EvidenceItem
from spbe_cli.api import STDIN_NAME
from spbe_cli.evidence.cascade import (
    TO_FIX,
    accepted,
    counted_value,
    expired,
    in_cascade,
    needed_level,
    ready,
    supported_level,
)
from spbe_cli.frameworks import Framework, Indicator
from spbe_cli.scoring import Score, score
from spbe_cli.simulation import with_levels

Present = Callable[[str], bool]
"""Whether a local file, as written in the answer file, is there."""


@dataclass(frozen=True)
class IndicatorEvidence:
    """One indicator: its claim, the levels its evidence supports, and what is wrong."""

    indicator: Indicator
    claim: Fraction | None  # None: not filled in yet (a draft)
    accepted: Fraction  # level_bukti (for a converted value: the value itself)
    ready: Fraction  # level_siap
    converted: bool = False  # the value comes from another agency's score: needs no item
    stage: str | None = None  # the stage the claim comes from
    explanation: str | None = None
    items: tuple[EvidenceItem, ...] = ()  # every item, as written (plain texts too)
    missing_files: tuple[str, ...] = ()  # berkas_hilang: paths as written
    expired: tuple[EvidenceItem, ...] = ()  # kedaluwarsa on the day
    to_fix: tuple[EvidenceItem, ...] = ()  # items to revise or rejected
    framework: Framework | None = None  # whose bands name the claim's level (None: whole part)

    @property
    def needed(self) -> int | None:
        """The level whose evidence the claim needs (None: no claim, or a converted value)."""
        if self.claim is None or self.converted:
            return None
        if self.framework is None:
            return self.claim.numerator // self.claim.denominator
        return needed_level(self.framework, self.claim)

    @property
    def gap(self) -> bool:
        """The claim is above the evidence ready (the readiness gate)."""
        return self.needed is not None and self.needed > self.ready

    def counted(self, level: Fraction) -> Fraction | None:
        """The value counted in an index supported at `level` (None: not filled in)."""
        if self.claim is None or self.converted:
            return self.claim
        if self.framework is None:
            return min(self.claim, Fraction(int(level)))
        return counted_value(self.framework, self.claim, int(level))


@dataclass(frozen=True)
class EvidenceCheck:
    """One answer file checked on `day`."""

    day: date
    files_checked: bool  # False with --tanpa-berkas
    claimed: Score
    supported: Score  # what the accepted evidence supports (indeks_bukti)
    ready: Score  # what the ready evidence supports (indeks_siap)
    indicators: tuple[IndicatorEvidence, ...]

    @property
    def file(self) -> str:
        return self.claimed.file

    @property
    def framework(self) -> Framework:
        return self.claimed.framework

    @property
    def has_items(self) -> bool:
        """Whether the file has any evidence item for a level (plain texts do not count)."""
        return any(in_cascade(item) for i in self.indicators for item in i.items)


def local_files(answer_file: str) -> Present:
    """Whether a `berkas` of this answer file is a file that is there (relative paths from the
    answer file's folder)."""
    base = Path.cwd() if answer_file == STDIN_NAME else Path(answer_file).parent

    def present(path: str) -> bool:
        try:
            return Path(filepaths.located(str(base), path)).is_file()
        except (OSError, ValueError):  # a name the system cannot even look up is not there
            return False

    return present


def check(answers: Answers, day: date, present: Present | None = None) -> EvidenceCheck:
    """Check one validated answer file on `day`; `present` looks up local files (None: they
    are not checked, as with --tanpa-berkas)."""
    framework = answers.framework
    rows = tuple(
        _indicator(framework, indicator, answers.levels.get(indicator.id), day, present)
        for indicator in framework.indicators
    )
    claimed = score(answers)
    return EvidenceCheck(
        day=day,
        files_checked=present is not None,
        claimed=claimed,
        supported=_rescored(
            answers, claimed, {r.indicator.id: r.counted(r.accepted) for r in rows}
        ),
        ready=_rescored(answers, claimed, {r.indicator.id: r.counted(r.ready) for r in rows}),
        indicators=rows,
    )


def _rescored(answers: Answers, claimed: Score, values: Mapping[str, Fraction | None]) -> Score:
    """The score with the counted values in place of the claims (those that differ)."""
    changes = {
        key: value
        for key, value in values.items()
        if value is not None and value != answers.levels[key].level
    }
    return score(with_levels(answers, changes)) if changes else claimed


def _indicator(
    framework: Framework,
    indicator: Indicator,
    answer: Answer | None,
    day: date,
    present: Present | None,
) -> IndicatorEvidence:
    low, high = framework.level_min, framework.level_max
    if answer is None:
        return IndicatorEvidence(indicator, None, Fraction(low), Fraction(low), framework=framework)
    items = answer.evidence
    looked_at = [item for item in items if in_cascade(item)]
    missing = tuple(
        item.text
        for item in looked_at
        if item.kind == "berkas" and present is not None and not present(item.text)
    )

    def there(item: EvidenceItem) -> bool:
        return item.kind != "berkas" or item.text not in missing

    converted = answer.source is not None
    if converted:
        bukti = siap = answer.level
    else:
        bukti = Fraction(supported_level(items, low, high, accepted(day)))
        siap = Fraction(supported_level(items, low, high, ready(day, there)))
    return IndicatorEvidence(
        indicator=indicator,
        claim=answer.level,
        accepted=bukti,
        ready=siap,
        converted=converted,
        stage=answer.stage,
        explanation=answer.explanation,
        items=items,
        missing_files=tuple(dict.fromkeys(missing)),
        expired=tuple(item for item in looked_at if expired(item, day)),
        to_fix=tuple(item for item in looked_at if item.status in TO_FIX),
        framework=framework,
    )
