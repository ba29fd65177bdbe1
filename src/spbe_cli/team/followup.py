"""Recommendations to follow up (`spbe followup`, the report, `spbe diff`).

A recommendation is late (`terlambat`) on a day when it is still open (status `belum` or
`proses`) and its `tenggat` is before that day; on the due day itself it is not late yet.
Its owner is its own `pj`, else the pj of the indicator it is about. Across two files a
recommendation is the same when it has the same `id`, else (no id, or an id the newer file
does not have) the same text, spaces and letter case aside.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spbe_cli.answers import Answers, Recommendation
from spbe_cli.answers.model import FollowUpStatus
from spbe_cli.names import text_key


@dataclass(frozen=True)
class FollowUp:
    """One recommendation of one file, with its owner and aspect filled in."""

    file: str
    institution: str
    id: str | None
    indicator: str | None
    aspect: str | None
    text: str
    source: str | None
    owner: str | None
    follow_up: str | None
    status: FollowUpStatus
    due: date | None
    late: bool

    @property
    def open(self) -> bool:
        return self.status != "selesai"


def recommendations(answers: Answers) -> Iterator[Recommendation]:
    """The file's top-level recommendations, then each indicator's, in the kerangka's order."""
    yield from answers.recommendations
    for answer in answers.levels.values():
        yield from answer.recommendations


def follow_ups(answers: Answers, day: date) -> list[FollowUp]:
    """Every recommendation of the file, late or not on `day`."""
    framework = answers.framework
    found = []
    for rec in recommendations(answers):
        answer = answers.levels.get(rec.indicator) if rec.indicator else None
        owner = rec.owner or (answer.owner if answer is not None else None)
        aspect = rec.aspect
        if aspect is None and rec.indicator is not None and rec.indicator in framework.by_id:
            aspect = framework.by_id[rec.indicator].aspect
        late = rec.status != "selesai" and rec.due is not None and rec.due < day
        found.append(
            FollowUp(
                answers.file,
                answers.institution,
                rec.id,
                rec.indicator,
                aspect,
                rec.text,
                rec.source,
                owner,
                rec.follow_up,
                rec.status,
                rec.due,
                late,
            )
        )
    return found


@dataclass(frozen=True)
class Closed:
    """A recommendation open in the older file and done (`selesai`) in the newer one."""

    old: Recommendation
    new: Recommendation


def closed_between(old: Answers, new: Answers) -> list[Closed]:
    """The recommendations closed between two files (matched by id, else by text)."""
    by_id = {r.id: r for r in recommendations(new) if r.id}
    by_text = {text_key(r.text): r for r in recommendations(new)}
    found = []
    for before in recommendations(old):
        if before.status == "selesai":
            continue
        after = by_id.get(before.id) if before.id else None
        if after is None:
            after = by_text.get(text_key(before.text))
        if after is not None and after.status == "selesai":
            found.append(Closed(before, after))
    return found
