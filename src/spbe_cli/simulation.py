"""What-if: an answer file with some levels changed (`spbe simulate --set ID=LEVEL`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from fractions import Fraction

from spbe_cli.answers import Answer, Answers, id_ranges, level_problem
from spbe_cli.errors import UsageError
from spbe_cli.exact import plain_number


def parse_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """`["14=4", "35.1=3"]` -> `{"14": "4", "35.1": "3"}`; each id at most once."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = (part.strip() for part in pair.partition("="))
        if not sep or not key or not value:
            raise UsageError(f"--set {pair}: write it as ID=LEVEL, e.g. --set 14=4")
        if key in overrides:
            raise UsageError(f"--set {pair}: indicator {key} is set twice")
        overrides[key] = value
    return overrides


def apply(answers: Answers, overrides: Mapping[str, str]) -> Answers:
    """The same answers with the given levels replaced (read exactly from their text)."""
    framework = answers.framework
    allowed = f"{framework.level_range()} ({framework.id})"
    levels: dict[str, Fraction] = {}
    for key, text in overrides.items():
        where = f"--set {key}={text}"
        if key not in framework.by_id:
            raise UsageError(
                f"{where}: not an indicator of {framework.id}; "
                f"allowed ids: {id_ranges(framework.by_id)}"
            )
        number = plain_number(text)
        if number is None:
            raise UsageError(f"{where}: level '{text}' is not a number; allowed: {allowed}")
        problem = level_problem(framework, number, text)
        if problem:
            raise UsageError(f"{where}: {problem}; allowed: {allowed}")
        levels[key] = number
    return with_levels(answers, levels)


def with_levels(answers: Answers, changes: Mapping[str, Fraction]) -> Answers:
    """The answers with some levels replaced (a replaced level no longer has a source score);
    `spbe plan` and `spbe explain` score their steps from this too."""
    levels = {**answers.levels}
    for indicator_id, level in changes.items():
        old = levels.get(indicator_id, Answer(level))
        levels[indicator_id] = old._replace(level=level, source=None)
    return replace(
        answers,
        levels={i.id: levels[i.id] for i in answers.framework.indicators if i.id in levels},
        missing=tuple(i for i in answers.missing if i not in changes),
    )
