"""What-if: an answer file with some levels changed (`spbe simulate --set ID=LEVEL`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

from spbe_cli import levels
from spbe_cli.answers import Answer, Answers
from spbe_cli.errors import UsageError
from spbe_cli.i18n import t
from spbe_cli.ids import id_ranges


def parse_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """`["14=4", "35.1=3"]` -> `{"14": "4", "35.1": "3"}`; each id at most once."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = (part.strip() for part in pair.partition("="))
        if not sep or not key or not value:
            raise UsageError(t("set.form", pair=pair))
        if key in overrides:
            raise UsageError(t("set.twice", pair=pair, id=key))
        overrides[key] = value
    return overrides


def apply(answers: Answers, overrides: Mapping[str, str]) -> Answers:
    """The same answers with the given levels replaced (read exactly from their text, by the
    rules of an answer file: plain digits, and for pemdi-2026 a fraction such as 7/6)."""
    framework = answers.framework
    changes: dict[str, Fraction] = {}
    for key, text in overrides.items():
        where = f"--set {key}={text}"
        if key not in framework.by_id:
            raise UsageError(
                t(
                    "set.unknown",
                    where=where,
                    framework=framework.id,
                    allowed=id_ranges(framework.by_id),
                )
            )
        number = levels.command_line_value(text)
        problem: str | None = t("level.not_number", value=text)
        if number is not None:
            problem = levels.problem(framework, number)
        if number is None or problem:
            allowed = t("set.allowed", allowed=levels.allowed(framework))
            raise UsageError(f"{where}: {problem}; {allowed}")
        changes[key] = number
    return with_levels(answers, changes)


def with_levels(answers: Answers, changes: Mapping[str, Fraction]) -> Answers:
    """The answers with some levels replaced (a replaced level no longer has a source score);
    `spbe plan` and `spbe explain` score their steps from this too."""
    found = {**answers.levels}
    for indicator_id, level in changes.items():
        old = found.get(indicator_id, Answer(level))
        found[indicator_id] = old._replace(level=level, source=None)
    return answers._replace(
        levels={i.id: found[i.id] for i in answers.framework.indicators if i.id in found},
        missing=tuple(i for i in answers.missing if i not in changes),
    )
