"""Gates for CI: conditions under which a command exits 1 although it did its work.

`spbe score --fail-under X` compares the index with X on the basis the year uses for its
predikat (the exact index, or in 2023 the index rounded to 2 decimals); `--fail-below NAME`
compares predikat bands. `spbe diff --exit-code` fails on any change, `--fail-on-regression`
on any indicator that went down. Each function returns one line per failing file (empty: the
gate passed); the CLI prints them and picks the exit code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from spbe_cli.errors import UsageError
from spbe_cli.exact import display, exact_text
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.i18n import t, t_count
from spbe_cli.levels import plain_number
from spbe_cli.names import band_key
from spbe_cli.scoring import Score, predicate_basis_value

if TYPE_CHECKING:
    from spbe_cli.diff import Change, Comparison


def threshold(text: str) -> Fraction:
    """The --fail-under value, exactly as written ("3.5", "3,5" or "3"); UsageError otherwise."""
    value = plain_number(text)
    if value is None:
        raise UsageError(t("gate.under_not_number", text=text))
    return value


def band_names(catalog: Catalog) -> list[str]:
    """Every predikat name of the known kerangka, lowest band first, each once."""
    names: list[str] = []
    for framework in reversed(catalog.ordered()):
        for band in framework.bands:
            if band.name not in names:
                names.append(band.name)
    return names


def predicate_name(text: str, catalog: Catalog) -> str:
    """The predikat named by --fail-below, in any case ("sangat baik", "Sangat-Baik")."""
    names = band_names(catalog)
    for name in names:
        if band_key(name) == band_key(text):
            return name
    listed = ", ".join(f'"{n}"' if " " in n else n for n in names)
    raise UsageError(t("gate.below_unknown", text=text, names=listed))


def _band(framework: Framework, name: str) -> int:
    names = [band.name for band in framework.bands]
    if name not in names:
        raise UsageError(
            t("gate.below_other", name=name, framework=framework.id, names=", ".join(names))
        )
    return names.index(name)


def _under(score: Score, limit: Fraction) -> str | None:
    framework, year, index = score.framework, score.year, score.index
    basis = predicate_basis_value(framework, year, index)
    if basis >= limit:
        return None
    shown = display(index)
    bound = exact_text(limit)
    if Fraction(shown) >= limit:  # the displayed value would not look below the limit
        exact = exact_text(index)
        if "/" in exact:
            exact = f"{exact} (≈ {display(index, 6)})"
        return t("gate.under_hidden", exact=exact, shown=shown, bound=bound, year=year)
    if framework.rule(year).basis == "dibulatkan" and basis != index:
        return t("gate.under_rounded", shown=shown, bound=bound, year=year)
    return t("gate.under", shown=shown, bound=bound)


def _below(score: Score, name: str) -> str | None:
    framework = score.framework
    if _band(framework, score.predicate) >= _band(framework, name):
        return None
    return t("gate.below", predicate=score.predicate, name=name)


@dataclass(frozen=True)
class ScoreGate:
    """`spbe score --fail-under X --fail-below NAME`, checked when given (usage errors then)."""

    under: Fraction | None
    below: str | None

    @classmethod
    def parse(cls, under: str | None, below: str | None, catalog: Catalog) -> ScoreGate:
        return cls(
            threshold(under) if under is not None else None,
            predicate_name(below, catalog) if below is not None else None,
        )

    def failures(self, scores: Iterable[Score]) -> list[str]:
        return score_failures(scores, under=self.under, below=self.below)


def score_failures(
    scores: Iterable[Score], *, under: Fraction | None = None, below: str | None = None
) -> list[str]:
    """One line per file that fails a gate, naming the file and every reason."""
    lines = []
    for score in scores:
        reasons = [
            reason
            for reason in (
                _under(score, under) if under is not None else None,
                _below(score, below) if below is not None else None,
            )
            if reason
        ]
        if reasons:
            draft = t("gate.draft") if score.missing else ""
            lines.append(f"{score.file}: {'; '.join(reasons)}{draft}")
    return lines


def _moves(changes: Sequence[Change]) -> str:
    shown = ", ".join(f"{c.id} ({_level(c.old)} → {_level(c.new)})" for c in changes[:10])
    return shown + (", ..." if len(changes) > 10 else "")


def _level(value: Fraction | None) -> str:
    if value is None:
        return "-"
    return str(value.numerator) if value.denominator == 1 else display(value)


def diff_failures(comparison: Comparison, *, any_change: bool, regression: bool) -> list[str]:
    """The lines for `spbe diff --exit-code` and `--fail-on-regression` (empty: passed)."""
    old, new = comparison.old.file, comparison.new.file
    lines = []
    if any_change and comparison.changed:
        if comparison.kind == "kerangka_sama":
            what = t_count("gate.levels_differ", len(comparison.indicators))
        else:
            what = t("gate.mapped_differ")
        lines.append(t("gate.exit_code", new=new, what=what, old=old))
    down = comparison.regressions
    if regression and down:
        count = t_count("gate.went_down", len(down))
        lines.append(t("gate.regression", new=new, count=count, old=old, moves=_moves(down)))
    return lines
