"""What-if: an answer file with some levels changed (`spbe simulate --set ID=LEVEL`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from spbe_cli.answers import Answer, Answers, id_ranges, level_problem
from spbe_cli.errors import UsageError


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
    levels = dict(answers.levels)
    for key, text in overrides.items():
        where = f"--set {key}={text}"
        if key not in framework.by_id:
            raise UsageError(
                f"{where}: not an indicator of {framework.id}; "
                f"allowed ids: {id_ranges(framework.by_id)}"
            )
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise UsageError(
                f"{where}: level '{text}' is not a number; allowed: {allowed}"
            ) from None
        if not number.is_finite():
            raise UsageError(f"{where}: level '{text}' is not a number; allowed: {allowed}")
        problem = level_problem(framework, number, text)
        if problem:
            raise UsageError(f"{where}: {problem}; allowed: {allowed}")
        before = levels.get(key)
        level = Fraction(number)
        levels[key] = before._replace(level=level) if before else Answer(level)
    missing = tuple(m for m in answers.missing if m not in overrides)
    return replace(answers, levels=levels, missing=missing)
