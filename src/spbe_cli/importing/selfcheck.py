"""The import checks itself: the levels written must give every value the report prints.

Each printed value (the index, every domain and aspect) is compared with the exact value the
levels give, rounded half-up to the decimals printed (two in every report seen); the printed
predikat with the one the levels give under the year's rule. Every difference is one problem.
"""

from __future__ import annotations

from fractions import Fraction

from spbe_cli.errors import Problem
from spbe_cli.exact import exact_text, round_half_up
from spbe_cli.i18n import t
from spbe_cli.lhe import PrintedValue, Reading
from spbe_cli.scoring import Score


def _places(value: PrintedValue) -> int:
    exponent = value.value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def differences(reading: Reading, score: Score) -> list[Problem]:
    """One problem per printed value the levels do not reproduce."""
    computed: dict[str, Fraction] = {"indeks": score.index}
    computed.update({d.id: d.index for d in score.domains})
    computed.update({a.id: a.index for a in score.aspects})
    name = reading.source_name
    problems: list[Problem] = []
    for printed in (reading.index, *reading.domains.values(), *reading.aspects.values()):
        exact = computed.get(printed.id)
        if exact is None:
            message = t("import.value_unknown", id=printed.id, label=printed.label)
            problems.append(Problem(name, 1, 1, message, printed.id))
            continue
        places = _places(printed)
        if round_half_up(exact, places) != printed.value:
            message = t(
                "import.value_differs",
                id=printed.id,
                label=printed.label,
                printed=printed.text,
                computed=f"{round_half_up(exact, places):.{places}f}",
                exact=exact_text(exact),
            )
            problems.append(Problem(name, 1, 1, message, printed.id))
    if score.predicate != reading.predicate:
        message = t(
            "import.predicate_differs",
            printed=reading.predicate,
            computed=score.predicate,
            exact=exact_text(score.index),
        )
        problems.append(Problem(name, 1, 1, message, "predikat"))
    return problems
