"""Decimal commas, as LHE reports, criteria and many users write them (3,5). In YAML `3,5` is
text: it is refused (exit 3, file:line:column) with the direct fix "tulis 3.5". Command-line
options and workbook cells take a decimal comma or point alike, read by one function, and
`--help` says so."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.levels import command_line_value, decimal_text, plain_number
from spbe_cli.team.workbook_read import read_number
from tests.conftest import ROOT, WriteAnswers

K24 = str(ROOT / "samples" / "kabupaten-contoh-2024.yaml")  # index 2.74 (exact 2.7425)
PROV = str(ROOT / "samples" / "provinsi-contoh-2026.yaml")
PEMDI = "tahun: 2026\ninstansi: P\n{top}indikator:\n" + "".join(f"  {i}: 3\n" for i in range(2, 21))


@pytest.mark.parametrize(
    ("written", "top", "place", "fixed"),
    [
        ("  1: 3,5\n", "", (4, 6), "3.5"),
        ('  1: "3,25"\n', "", (4, 6), "3.25"),
        ("  1:\n    level:\n      mandiri: 2,5\n", "", (6, 16), "2.5"),
        ("  1: 3\n", "target_indeks: 2,75\n", (3, 16), "2.75"),
    ],
    ids=["plain", "quoted", "stage", "target"],
)
def test_a_decimal_comma_in_yaml_is_refused_with_the_fix(
    runner: CliRunner,
    write: WriteAnswers,
    written: str,
    top: str,
    place: tuple[int, int],
    fixed: str,
) -> None:
    text = PEMDI.format(top=top).replace("indikator:\n", "indikator:\n" + written)
    path = write(text)
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 3 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    value = re.search(r"\d,\d+", top + written)
    assert value is not None
    assert lines[0].startswith(f"{path}:{place[0]}:{place[1]}: "), lines[0]
    assert lines[0].endswith(
        f"'{value.group()}' memakai koma desimal, yang dalam YAML berarti teks; tulis {fixed}"
    ), lines[0]
    english = runner.invoke(app, ["score", str(path), "--bahasa", "en"])
    assert english.stderr.rstrip().endswith(
        f"'{value.group()}' has a decimal comma, which YAML reads as text; write {fixed}"
    )
    fixed_file = write(text.replace(f'"{value.group()}"', fixed).replace(value.group(), fixed))
    assert runner.invoke(app, ["score", str(fixed_file)]).exit_code == 0  # the fix works


def outputs(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout


def test_score_gate_takes_a_decimal_comma(runner: CliRunner) -> None:
    assert outputs(runner, "score", K24, "--fail-under", "2,75")[0] == 1
    assert outputs(runner, "score", K24, "--fail-under", "2,7425")[0] == 0
    for comma, point in (("2,75", "2.75"), ("2,7", "2.7")):
        assert outputs(runner, "score", K24, "--fail-under", comma) == outputs(
            runner, "score", K24, "--fail-under", point
        )


def test_plan_target_takes_a_decimal_comma(runner: CliRunner) -> None:
    comma = outputs(runner, "plan", K24, "--target", "3,5", "-f", "json")
    assert comma[0] == 0 and comma == outputs(runner, "plan", K24, "--target", "3.5", "-f", "json")


def test_simulate_set_takes_a_decimal_comma(runner: CliRunner) -> None:
    comma = outputs(runner, "simulate", PROV, "--set", "19=3,5", "-f", "json")
    point = outputs(runner, "simulate", PROV, "--set", "19=3.5", "-f", "json")
    assert comma[0] == point[0] == 0
    assert comma[1].replace("3,5", "3.5") == point[1]


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize(
    ("command", "option"),
    [("score", "--fail-under"), ("plan", "--target"), ("simulate", "--set")],
)
def test_help_says_both_are_accepted(
    runner: CliRunner, command: str, option: str, language: str
) -> None:
    result = runner.invoke(app, [command, "--help", "--bahasa", language])
    lines = result.stdout.splitlines()
    start = next(
        n for n, line in enumerate(lines) if line.lstrip().startswith(("-s, ", "-t, ", option))
    )
    end = next(n for n in range(start + 1, len(lines)) if lines[n].lstrip().startswith("-"))
    said = " ".join(lines[start:end])
    assert re.search(r"\d,\d", said) and re.search(r"\d\.\d", said), said


DIGITS = st.integers(min_value=0, max_value=10**6)


@given(DIGITS, DIGITS)
def test_one_reading_for_options_and_cells(whole: int, fraction: int) -> None:
    """Against an independent reading: integer arithmetic on the digits."""
    digits = str(fraction)
    expected = Fraction(whole) + Fraction(fraction, 10 ** len(digits))
    for mark in (",", "."):
        text = f"{whole}{mark}{digits}"
        assert decimal_text(text) == Decimal(expected.numerator) / expected.denominator
        assert plain_number(text) == command_line_value(text) == expected
        number, problem = read_number(text)
        assert problem is None and number is not None and Fraction(number) == expected
