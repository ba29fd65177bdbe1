"""The common answer file read in one pass: `tahun`, `instansi`, maybe `kerangka`, and every
indicator a plain value the kerangka allows (`  12: 3`, `  5: 3.75`, `  13: "7/6"`).

Such a file needs none of the general path's work (the schema, per-entry checks, stages,
conversions, evidence, targets): this module recognises it and builds exactly the `Answers`
that path builds. Anything else, including every file with a problem, returns None and goes
the general way, which finds and words the problems: no check is skipped, only work that
could not find anything. A test holds the two paths equal on generated files.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from spbe_cli import levels
from spbe_cli.answers.keys import YEARS
from spbe_cli.answers.model import Answer, Answers, ReadOptions
from spbe_cli.exact import to_fraction
from spbe_cli.frameworks import Framework
from spbe_cli.names import invisible

_KEYS = frozenset({"tahun", "instansi", "kerangka", "indikator"})
_ANSWERS: dict[int, Answer] = {}
"""One `Answer` per whole level: they are frozen, and a batch has thousands of each."""


def _answer(level: int) -> Answer:
    found = _ANSWERS.get(level)
    if found is None:
        found = _ANSWERS[level] = Answer(to_fraction(level))
    return found


def _number(value: object) -> Decimal | Fraction | None:
    """A decimal as written, or a fraction in quotes ("7/6"), as the schema reads them."""
    if type(value) is Decimal:
        return value
    return levels.fraction_text(value) if type(value) is str else None


def plain_answers(
    name: str, data: dict[str, Any], framework: Framework, options: ReadOptions
) -> Answers | None:
    """The file's `Answers` when it is plain (see above), else None."""
    if not _plain_top(data):
        return None
    entries = data["indikator"]
    low, high = framework.level_min, framework.level_max
    found: dict[str, Answer] = {}
    missing: list[str] = []
    for indicator in framework.indicators:
        value = entries.get(indicator.id, _ABSENT)
        if value is _ABSENT:
            missing.append(indicator.id)
        elif type(value) is int:
            if not low <= value <= high:
                return None
            found[indicator.id] = _answer(value)
        else:
            answer = _exact_answer(framework, value)
            if answer is None:
                return None
            found[indicator.id] = answer
    if len(found) != len(entries):
        return None  # a key that is not one of the kerangka's ids
    if missing and not options.allow_missing:
        return None  # reported by the general path
    return Answers(
        file=name,
        institution=data["instansi"],
        year=data["tahun"],
        framework=framework,
        levels=found,
        missing=tuple(missing),
    )


_ABSENT = object()


def _plain_top(data: dict[str, Any]) -> bool:
    """Only the keys a plain file has, each as the schema takes it without a change."""
    if not _KEYS.issuperset(data):
        return False
    year, institution = data.get("tahun"), data.get("instansi")
    if type(year) is not int or not YEARS[0] <= year <= YEARS[1]:
        return False
    if type(institution) is not str or not institution or institution.strip() != institution:
        return False  # white space the schema strips (Python's strip takes all it takes)
    if invisible(institution):
        return False  # refused by checks.check_top, on the general path
    if "kerangka" in data and type(data["kerangka"]) is not str:
        return False
    return type(data.get("indikator")) is dict


_EXACT: dict[tuple[Framework, type, object], Answer | None] = {}
"""The Answer of each decimal or quoted fraction met (None: not a value the kerangka allows),
per kerangka: a batch meets the same few hundred values thousands of times."""


def _exact_answer(framework: Framework, value: object) -> Answer | None:
    if type(value) is not Decimal and type(value) is not str:
        return None  # a mapping, a list, a boolean, nothing: the general path words it
    key = (framework, type(value), value)
    if key in _EXACT:
        return _EXACT[key]
    number = _number(value)
    found = None
    if number is not None and levels.problem(framework, number) is None:
        found = Answer(to_fraction(number))
    if len(_EXACT) > 100_000:  # values of every kind, bounded all the same
        _EXACT.clear()
    _EXACT[key] = found
    return found
