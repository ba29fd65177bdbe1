"""Gates for CI: conditions under which a command exits 1 although it did its work.

`spbe score --fail-under X` compares the index with X on the basis the year uses for its
predikat (the exact index, or in 2023 the index rounded to 2 decimals); `--fail-below NAME`
compares predikat bands. `spbe diff --exit-code` fails on any change, `--fail-on-regression`
on any indicator that went down. Each function returns one line per failing file (empty: the
gate passed); the CLI prints them and picks the exit code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from spbe_cli.errors import UsageError
from spbe_cli.exact import display, exact_text, plain_number
from spbe_cli.frameworks import Catalog, Framework
from spbe_cli.scoring import Score, predicate_basis_value

if TYPE_CHECKING:
    from spbe_cli.diff import Change, Comparison


def threshold(text: str) -> Fraction:
    """The --fail-under value, exactly as written ("3.5", "3,5" or "3"); UsageError otherwise."""
    value = plain_number(text)
    if value is None:
        raise UsageError(f"--fail-under '{text}' is not a number; give an index such as 3.5")
    return value


def _key(name: str) -> str:
    return " ".join(name.replace("-", " ").replace("_", " ").split()).casefold()


def band_names(catalog: Catalog) -> list[str]:
    """Every predikat name of the known kerangka, lowest band first, each once."""
    names: list[str] = []
    ordered = sorted(catalog.frameworks.values(), key=lambda f: f.first_year, reverse=True)
    for framework in ordered:
        for band in framework.bands:
            if band.name not in names:
                names.append(band.name)
    return names


def predicate_name(text: str, catalog: Catalog) -> str:
    """The predikat named by --fail-below, in any case ("sangat baik", "Sangat-Baik")."""
    names = band_names(catalog)
    for name in names:
        if _key(name) == _key(text):
            return name
    listed = ", ".join(f'"{n}"' if " " in n else n for n in names)
    raise UsageError(f"--fail-below '{text}' is not a predikat; use one of: {listed}")


def _band(framework: Framework, name: str) -> int:
    names = [band.name for band in framework.bands]
    if name not in names:
        raise UsageError(
            f"--fail-below '{name}' is not a predikat of kerangka {framework.id}; "
            f"its predikat: {', '.join(names)}"
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
        return (
            f"indeks {exact} (shown as {shown}) is below --fail-under {bound}; "
            f"tahun {year} compares the exact index"
        )
    if framework.rule(year).basis == "dibulatkan" and basis != index:
        return (
            f"indeks {shown} is below --fail-under {bound} "
            f"(tahun {year} compares the index rounded to 2 decimals)"
        )
    return f"indeks {shown} is below --fail-under {bound}"


def _below(score: Score, name: str) -> str | None:
    framework = score.framework
    if _band(framework, score.predicate) >= _band(framework, name):
        return None
    return f"predikat {score.predicate} is below --fail-below {name}"


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
            draft = " (draft: indicators not filled in count at the lowest level)"
            lines.append(f"{score.file}: {'; '.join(reasons)}{draft if score.missing else ''}")
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
            count = len(comparison.indicators)
            what = f"{count} indicator level{'s' if count != 1 else ''} differ"
        else:
            what = "the index or a mapped indicator differs"
        lines.append(f"{new}: {what} from {old} (--exit-code)")
    down = comparison.regressions
    if regression and down:
        count = len(down)
        lines.append(
            f"{new}: {count} indicator{'s' if count != 1 else ''} went down against {old}: "
            f"{_moves(down)} (--fail-on-regression)"
        )
    return lines
